/**
 * Leader election on leases (etcd's recipe): each candidate puts `<prefix><leaseId>` on its lease;
 * the candidate whose key has the lowest create revision leads. A waiting candidate watches only
 * the key just ahead of it, so a leader change wakes one candidate, not all of them. When the
 * leader's lease expires its key vanishes and the next candidate takes over.
 */
import { MagnetarError, VersionMismatchError } from "../../common/errors.js";
import type { Lease } from "./lease.js";
import type { KeyValue, MetadataStore, Value } from "./store.js";
import { Watch } from "./watch.js";

export class Election {
  private myKey: string | undefined;

  constructor(
    private readonly store: MetadataStore,
    /** Key prefix of this election, e.g. "/elections/auditor/". */
    readonly prefix: string,
  ) {}

  /** The current leader's key, or undefined when nobody campaigns. */
  async leader(): Promise<KeyValue | undefined> {
    const { kvs } = await this.store.list(this.prefix);
    return lowestCreateRevision(kvs);
  }

  /**
   * Campaigns with `value` on `lease` and resolves once this candidate leads. Rejects when the
   * lease is lost before that.
   */
  async campaign(lease: Lease, value: Value): Promise<void> {
    const key = `${this.prefix}${lease.id.toString(16)}`;
    this.myKey = key;
    try {
      await this.store.put(key, value, { lease: lease.id, expectedVersion: 0 });
    } catch (err) {
      // Already campaigning on this lease: just update the value.
      if (!(err instanceof VersionMismatchError)) throw err;
      await this.store.put(key, value, { lease: lease.id });
    }
    for (;;) {
      if (lease.isLost)
        throw new MagnetarError("LEASE_NOT_FOUND", `lease ${lease.id} was lost while campaigning`);
      const { kvs, revision } = await this.store.list(this.prefix);
      const ordered = [...kvs].sort((a, b) => a.createRevision - b.createRevision);
      const mine = ordered.findIndex((kv) => kv.key === key);
      if (mine < 0) throw new MagnetarError("LEASE_NOT_FOUND", `campaign key ${key} vanished: lease lost`);
      if (mine === 0) return;
      const ahead = ordered[mine - 1] as KeyValue;
      await this.waitDeleted(ahead.key, revision + 1, lease);
    }
  }

  private async waitDeleted(key: string, fromRevision: number, lease: Lease): Promise<void> {
    const watch = new Watch(this.store, key, { startRevision: fromRevision });
    const onLost = () => watch.cancel();
    lease.once("lost", onLost);
    try {
      for await (const batch of watch) {
        if (batch.events.some((e) => e.type === "delete")) return;
      }
    } finally {
      lease.off("lost", onLost);
      watch.cancel();
    }
  }

  /** Steps down: deletes this candidate's key so the next one leads. */
  async resign(): Promise<void> {
    if (this.myKey === undefined) return;
    await this.store.delete(this.myKey);
    this.myKey = undefined;
  }

  /** Yields the leader (or undefined) now and after every change. */
  async *observe(): AsyncGenerator<KeyValue | undefined> {
    const { kvs, revision } = await this.store.list(this.prefix);
    const current = new Map(kvs.map((kv) => [kv.key, kv]));
    let last = lowestCreateRevision(kvs);
    yield last;
    const watch = new Watch(this.store, this.prefix, { prefix: true, startRevision: revision + 1 });
    try {
      for await (const batch of watch) {
        for (const ev of batch.events) {
          if (ev.type === "delete") current.delete(ev.kv.key);
          else current.set(ev.kv.key, ev.kv);
        }
        const now = lowestCreateRevision([...current.values()]);
        if (now?.key !== last?.key || now?.modRevision !== last?.modRevision) {
          last = now;
          yield now;
        }
      }
    } finally {
      watch.cancel();
    }
  }
}

function lowestCreateRevision(kvs: readonly KeyValue[]): KeyValue | undefined {
  let best: KeyValue | undefined;
  for (const kv of kvs) if (!best || kv.createRevision < best.createRevision) best = kv;
  return best;
}
