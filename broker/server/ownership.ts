/**
 * Bundle ownership: this broker's registration (`/brokers/<id>` on its lease) and the bundles it
 * owns (`/ownership/<tenant>/<ns>/<bundle>` on the same lease). A broker serves a bundle's topics
 * only while it holds that key: when the lease is lost, or the key is deleted (unload, or another
 * broker found this one dead), `onBundleLost` fires and the topics are closed at once.
 *
 * Takeover speed: a killed broker's keys stay until its lease expires. A lookup that finds an
 * owner whose address refuses connections does not wait for that: it deletes the key (compare-
 * and-set on its version) and assigns the bundle again. That is safe even if the owner was in
 * fact alive: the new owner fences the topic's ledger before serving it, so the old one can no
 * longer write, and it drops the bundle when it sees its key gone.
 */
import * as grpc from "@grpc/grpc-js";
import type { Logger } from "pino";
import { MagnetarError, TopicNotOwnedError, VersionMismatchError } from "../../common/errors.js";
import { type KeyValue, Lease, type MetadataStore, Watch } from "../../metadata/client/index.js";
import {
  type BundleRange,
  bundleFor,
  formatBundle,
  formatTopicName,
  type NamespaceName,
  type TopicName,
} from "../core/index.js";
import {
  BROKERS_PREFIX,
  type Namespaces,
  OWNERSHIP_PREFIX,
  type OwnershipRecord,
  ownershipKey,
} from "./namespaces.js";

/** Where an unloaded bundle should go next: `/unload-hints/<tenant>/<ns>/<bundle>`. */
function hintKey(ownershipKey: string): string {
  return `/unload-hints/${ownershipKey.slice(OWNERSHIP_PREFIX.length)}`;
}

export interface BrokerLoad {
  bundles: number;
  topics: number;
  producers: number;
  consumers: number;
  msgRateIn: number;
  msgRateOut: number;
}

export interface BrokerRecord {
  readonly id: string;
  readonly serviceAddress: string;
  readonly httpAddress: string;
  readonly startedAtMs: number;
  load: BrokerLoad;
}

export interface LookupResult {
  readonly owner: OwnershipRecord;
  readonly bundle: string;
  readonly redirect: boolean;
  readonly authoritative: boolean;
}

/** Claimed; released (unload, stop); lost (key deleted by another broker, or the lease lost). */
export type OwnershipChange = "acquired" | "released" | "lost";

export interface OwnershipOptions {
  readonly store: MetadataStore;
  readonly namespaces: Namespaces;
  readonly self: BrokerRecord;
  readonly leaseTtlMs: number;
  readonly logger: Logger;
  /** The bundle's key is gone or the lease is lost: stop serving its topics now. */
  readonly onBundleLost: (bundleKey: string) => void;
  /** Every change of this broker's ownership of a bundle (metrics). */
  readonly onChange?: (change: OwnershipChange, bundleKey: string) => void;
  /** Connect timeout of the liveness probe of another owner. */
  readonly probeTimeoutMs?: number;
}

export class Ownership {
  private lease: Lease | undefined;
  /** Bundle keys this broker owns -> the key's create revision. */
  private readonly owned = new Map<string, number>();
  private watch: Watch | undefined;
  private stopped = false;
  private registering: Promise<void> | undefined;
  private readonly probes = new Map<string, grpc.Client>();
  /** Lookups being resolved, by bundle key (and authority): the concurrent ones share the answer. */
  private readonly lookups = new Map<string, Promise<LookupResult>>();
  /** Bundles being unloaded: their keys still exist but their topics are not served. */
  private readonly releasing = new Set<string>();
  /** Brokers found unreachable -> until when they get no new bundles. */
  private readonly suspects = new Map<string, number>();

  constructor(private readonly options: OwnershipOptions) {}

  get selfRecord(): OwnershipRecord {
    const s = this.options.self;
    return { brokerId: s.id, serviceAddress: s.serviceAddress, httpAddress: s.httpAddress };
  }

  get ownedBundles(): readonly string[] {
    return [...this.owned.keys()];
  }

  /** Grants the lease, registers the broker and watches ownership keys. */
  async start(): Promise<void> {
    await this.register();
    this.watch = new Watch(this.options.store, OWNERSHIP_PREFIX, { prefix: true });
    void this.followWatch(this.watch);
    await this.watch.ready;
  }

  private async register(): Promise<void> {
    const lease = await Lease.grant(this.options.store, this.options.leaseTtlMs);
    this.lease = lease;
    lease.on("lost", (reason) => {
      this.options.logger.warn({ reason }, "broker lease lost: releasing every bundle");
      this.dropAll();
      if (!this.stopped) this.reRegister();
    });
    await this.options.store.put(
      `${BROKERS_PREFIX}${this.options.self.id}`,
      JSON.stringify(this.options.self),
      {
        lease: lease.id,
      },
    );
  }

  private reRegister(): void {
    if (this.registering) return;
    this.registering = (async () => {
      let delay = 100;
      while (!this.stopped) {
        try {
          await this.register();
          this.options.logger.info("broker registered again with a new lease");
          return;
        } catch (err) {
          this.options.logger.warn({ err: (err as Error).message }, "cannot register the broker; retrying");
          await new Promise((r) => setTimeout(r, delay).unref());
          delay = Math.min(delay * 2, 2_000);
        }
      }
    })().finally(() => {
      this.registering = undefined;
    });
  }

  private dropAll(): void {
    const keys = [...this.owned.keys()];
    this.owned.clear();
    for (const k of keys) this.lost(k);
  }

  private lost(key: string): void {
    this.options.onChange?.("lost", key);
    this.options.onBundleLost(key);
  }

  private async followWatch(watch: Watch): Promise<void> {
    try {
      for await (const batch of watch) {
        for (const ev of batch.events) {
          if (ev.type !== "delete" || !this.owned.has(ev.kv.key)) continue;
          const rev = this.owned.get(ev.kv.key);
          // A delete of an older incarnation of the key (before this broker claimed it) is not ours.
          if (rev !== undefined && ev.kv.modRevision < rev) continue;
          this.owned.delete(ev.kv.key);
          this.options.logger.warn({ bundle: ev.kv.key }, "ownership key deleted: releasing the bundle");
          this.lost(ev.kv.key);
        }
      }
    } catch (err) {
      if (!this.stopped) {
        this.options.logger.error(
          { err: (err as Error).message },
          "ownership watch failed: releasing every bundle",
        );
        this.dropAll();
        this.watch = new Watch(this.options.store, OWNERSHIP_PREFIX, { prefix: true });
        void this.followWatch(this.watch);
      }
    }
  }

  /** The bundle (and its ownership key) of a topic. */
  async bundleOf(topic: TopicName): Promise<{ bundle: BundleRange; key: string }> {
    const ns: NamespaceName = { tenant: topic.tenant, namespace: topic.namespace };
    const { bundles } = await this.options.namespaces.resolve(ns);
    const bundle = bundleFor(bundles, formatTopicName(topic));
    return { bundle, key: ownershipKey(ns, formatBundle(bundle)) };
  }

  ownsKey(key: string): boolean {
    return this.owned.has(key) && this.lease !== undefined && !this.lease.isLost;
  }

  /**
   * Messaging.Lookup: the owner of the topic's bundle, assigning it when nobody owns it.
   *
   * A bundle this broker owns is answered from memory, and concurrent lookups of one bundle share
   * one resolution: after a broker lost its session, every producer and consumer of its topics
   * looks up again at once (4,000 streams of 2,000 topics in 16 bundles), and an owner read, a
   * choice of owner (four more reads) and a claim for each one kept the metadata quorum busy for
   * longer than the lease lasts, so the new session was lost again and again. A broker with no
   * session answers UNAVAILABLE at once: it owns nothing then and could not claim the bundle.
   */
  async lookup(topic: TopicName, authoritative: boolean): Promise<LookupResult> {
    // First: without a session nothing is owned, and the namespace read below may wait on the quorum.
    this.requireSession();
    const { bundle, key } = await this.bundleOf(topic);
    const name = formatBundle(bundle);
    if (this.ownsKey(key))
      return { owner: this.selfRecord, bundle: name, redirect: false, authoritative: false };
    const flight = `${authoritative ? "a" : "l"}${key}`;
    let resolving = this.lookups.get(flight);
    if (!resolving) {
      resolving = this.resolveOwner(key, name, authoritative).finally(() => this.lookups.delete(flight));
      this.lookups.set(flight, resolving);
    }
    return resolving;
  }

  /** The broker's lease while it is live; UNAVAILABLE when this broker has no session now. */
  requireSession(): Lease {
    if (!this.lease || this.lease.isLost)
      throw new MagnetarError("UNAVAILABLE", "this broker has no metadata session right now; retry");
    return this.lease;
  }

  private async resolveOwner(key: string, name: string, authoritative: boolean): Promise<LookupResult> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.options.store.get(key);
      if (current) {
        const owner = JSON.parse(current.value.toString("utf8")) as OwnershipRecord;
        if (this.ownsKey(key) || !(await this.isStale(current, owner)))
          return { owner, bundle: name, redirect: false, authoritative: false };
        continue; // stale owner removed: assign again
      }
      const target = authoritative ? this.selfRecord : await this.chooseOwner(key);
      if (target.brokerId !== this.options.self.id)
        return { owner: target, bundle: name, redirect: true, authoritative: true };
      const winner = await this.claim(key);
      return { owner: winner, bundle: name, redirect: false, authoritative: false };
    }
    throw new MagnetarError("UNAVAILABLE", `bundle ${name} keeps changing owners; retry the lookup`);
  }

  /**
   * Makes sure this broker owns the topic's bundle, claiming it when unowned (Produce, Consume and
   * admin calls on topics). Throws TOPIC_NOT_OWNED when another live broker owns it.
   */
  async ensureOwned(topic: TopicName): Promise<string> {
    this.requireSession();
    const { key } = await this.bundleOf(topic);
    if (this.ownsKey(key)) return key;
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await this.options.store.get(key);
      if (current) {
        const owner = JSON.parse(current.value.toString("utf8")) as OwnershipRecord;
        const stale = await this.isStale(current, owner);
        if (this.ownsKey(key)) return key;
        if (!stale)
          throw new TopicNotOwnedError(
            `topic ${formatTopicName(topic)} is served by broker ${owner.brokerId} at ${owner.serviceAddress}; look it up again`,
          );
        continue;
      }
      // A client that was on this broker when it unloaded the bundle comes back here first: send it
      // where the unload sent the bundle instead of taking the bundle back.
      const hinted = await this.hintedOwner(key);
      if (hinted && hinted.brokerId !== this.options.self.id)
        throw new TopicNotOwnedError(
          `topic ${formatTopicName(topic)} was moved to broker ${hinted.brokerId} at ${hinted.serviceAddress}; look it up again`,
        );
      const winner = await this.claim(key);
      if (winner.brokerId === this.options.self.id) return key;
    }
    throw new TopicNotOwnedError(
      `topic ${formatTopicName(topic)} is owned by another broker; look it up again`,
    );
  }

  /** Claims an unowned bundle; answers whoever owns it afterwards. */
  private async claim(key: string): Promise<OwnershipRecord> {
    const lease = this.requireSession();
    try {
      const r = await this.options.store.put(key, JSON.stringify(this.selfRecord), {
        lease: lease.id,
        expectedVersion: 0,
      });
      this.owned.set(key, r.revision);
      this.options.onChange?.("acquired", key);
      this.options.logger.info({ bundle: key }, "bundle claimed");
      void this.options.store.delete(hintKey(key)).catch(() => undefined);
      return this.selfRecord;
    } catch (err) {
      if (!(err instanceof VersionMismatchError)) throw err;
      const now = await this.options.store.get(key);
      if (!now)
        throw new MagnetarError("UNAVAILABLE", `bundle ${key} changed owners during the claim; retry`);
      return JSON.parse(now.value.toString("utf8")) as OwnershipRecord;
    }
  }

  /**
   * Whether an ownership key is left over from a dead owner: this broker in an earlier life (its
   * own id, another lease), or a broker whose address refuses connections. A stale key is deleted.
   */
  private async isStale(kv: KeyValue, owner: OwnershipRecord): Promise<boolean> {
    const self = owner.brokerId === this.options.self.id;
    if (self && kv.lease === this.lease?.id) {
      // Our own key on our live lease (e.g. after a watch failure dropped it): take it back,
      // unless it is being released.
      if (!this.releasing.has(kv.key)) {
        if (!this.owned.has(kv.key)) this.options.onChange?.("acquired", kv.key);
        this.owned.set(kv.key, kv.createRevision);
      }
      return false;
    }
    if (!self && (await this.reachable(owner.serviceAddress))) return false;
    if (!self) this.suspect(owner.brokerId);
    // By mod revision: a version compare would also match a new claim made meanwhile (a deleted
    // and recreated key starts at version 1 again) and delete a live owner's key.
    if (await this.options.store.deleteIfUnchanged(kv.key, kv.modRevision))
      this.options.logger.warn({ bundle: kv.key, owner: owner.brokerId }, "took a dead broker's bundle over");
    return true;
  }

  /**
   * Whether a broker's address accepts connections: true once the channel is READY, false as soon
   * as a connection attempt fails (a dead process refuses at once) or the probe times out.
   */
  private reachable(address: string): Promise<boolean> {
    let client = this.probes.get(address);
    if (!client) {
      client = new grpc.Client(address, grpc.credentials.createInsecure(), {
        "grpc.initial_reconnect_backoff_ms": 50,
        "grpc.max_reconnect_backoff_ms": 200,
      });
      this.probes.set(address, client);
    }
    const channel = client.getChannel();
    const deadline = Date.now() + (this.options.probeTimeoutMs ?? 300);
    return new Promise((resolve) => {
      // A failure counts only after an attempt made during this probe: a channel may still show
      // the failure of an attempt made before the broker came back.
      let attempted = false;
      const check = (): void => {
        const state = channel.getConnectivityState(true);
        if (state === grpc.connectivityState.READY) resolve(true);
        else if (state === grpc.connectivityState.SHUTDOWN) resolve(false);
        else if (state === grpc.connectivityState.TRANSIENT_FAILURE && attempted) resolve(false);
        else {
          if (state === grpc.connectivityState.CONNECTING) attempted = true;
          channel.watchConnectivityState(state, deadline, (err) => (err ? resolve(false) : check()));
        }
      };
      check();
    });
  }

  /** Where an unowned bundle goes: where its last owner sent it on unload, else the least loaded. */
  private async chooseOwner(key: string): Promise<OwnershipRecord> {
    return (await this.hintedOwner(key)) ?? this.leastLoaded();
  }

  /** The live broker an unload sent this bundle to, if any. */
  private async hintedOwner(key: string): Promise<OwnershipRecord | undefined> {
    const hint = await this.options.store.get(hintKey(key));
    if (!hint) return undefined;
    const target = JSON.parse(hint.value.toString("utf8")) as OwnershipRecord;
    const live = await this.options.store.get(`${BROKERS_PREFIX}${target.brokerId}`);
    if (live && (target.brokerId === this.options.self.id || (await this.reachable(target.serviceAddress))))
      return target;
    return undefined;
  }

  private async leastLoaded(): Promise<OwnershipRecord>;
  private async leastLoaded(exclude: string): Promise<OwnershipRecord | undefined>;
  private async leastLoaded(exclude?: string): Promise<OwnershipRecord | undefined> {
    const [brokers, owners] = await Promise.all([
      this.options.store.list(BROKERS_PREFIX),
      this.options.store.list(OWNERSHIP_PREFIX),
    ]);
    const now = Date.now();
    const live = brokers.kvs
      .map((kv) => JSON.parse(kv.value.toString("utf8")) as BrokerRecord)
      .filter((b) => b.id !== exclude)
      .filter((b) => b.id === this.options.self.id || (this.suspects.get(b.id) ?? 0) < now);
    if (live.length === 0) return exclude === this.options.self.id ? undefined : this.selfRecord;
    const counts = new Map<string, number>(live.map((b) => [b.id, 0]));
    for (const kv of owners.kvs) {
      const o = JSON.parse(kv.value.toString("utf8")) as OwnershipRecord;
      if (counts.has(o.brokerId)) counts.set(o.brokerId, (counts.get(o.brokerId) ?? 0) + 1);
    }
    live.sort((a, b) => (counts.get(a.id) ?? 0) - (counts.get(b.id) ?? 0) || a.id.localeCompare(b.id));
    for (const b of live) {
      // A broker whose lease has not expired yet may already be dead: never send clients there.
      if (b.id !== this.options.self.id && !(await this.reachable(b.serviceAddress))) {
        this.suspect(b.id);
        continue;
      }
      return { brokerId: b.id, serviceAddress: b.serviceAddress, httpAddress: b.httpAddress };
    }
    return exclude === this.options.self.id ? undefined : this.selfRecord;
  }

  /** Leaves a broker that refused connections out of assignments for a while. */
  private suspect(brokerId: string): void {
    this.suspects.set(brokerId, Date.now() + this.options.leaseTtlMs * 2);
  }

  /**
   * Starts releasing a bundle (unload): this broker stops taking its topics, and leaves a hint (on
   * its lease) that sends the bundle to the least-loaded other broker, so an unload moves it.
   * The key itself goes with `finishRelease`, once the topics are closed.
   */
  async beginRelease(key: string): Promise<boolean> {
    if (!this.owned.delete(key)) return false;
    this.options.onChange?.("released", key);
    this.releasing.add(key);
    const target = await this.leastLoaded(this.options.self.id).catch(() => undefined);
    const lease = this.lease;
    if (target && lease && !lease.isLost)
      await this.options.store
        .put(hintKey(key), JSON.stringify(target), { lease: lease.id })
        .catch(() => undefined);
    return true;
  }

  async finishRelease(key: string): Promise<void> {
    try {
      // Only our own key: if our lease was lost meanwhile, the bundle may have a new owner.
      const kv = await this.options.store.get(key);
      if (kv && kv.lease === this.lease?.id) await this.options.store.deleteIfUnchanged(key, kv.modRevision);
    } catch (err) {
      this.options.logger.warn(
        { bundle: key, err: (err as Error).message },
        "could not delete an unloaded bundle's key",
      );
    } finally {
      this.releasing.delete(key);
    }
  }

  /** The owner of a bundle, if any (admin). */
  async ownerOf(ns: NamespaceName, bundle: string): Promise<OwnershipRecord | undefined> {
    const kv = await this.options.store.get(ownershipKey(ns, bundle));
    return kv ? (JSON.parse(kv.value.toString("utf8")) as OwnershipRecord) : undefined;
  }

  async updateLoad(load: BrokerLoad): Promise<void> {
    const lease = this.lease;
    if (!lease || lease.isLost) return;
    this.options.self.load = load;
    await this.options.store.put(
      `${BROKERS_PREFIX}${this.options.self.id}`,
      JSON.stringify(this.options.self),
      {
        lease: lease.id,
      },
    );
  }

  /** Stops: releases every bundle (graceful: keys deleted by revoking the lease). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.watch?.cancel();
    for (const c of this.probes.values()) c.close();
    for (const key of this.owned.keys()) this.options.onChange?.("released", key);
    this.owned.clear();
    await this.lease?.revoke().catch(() => undefined);
    this.lease?.close();
  }
}
