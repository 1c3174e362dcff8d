/**
 * The live bookies, as registered under /bookies/<id> (ephemeral keys on each bookie's lease),
 * kept current by a watch. Ensembles are picked from here.
 */
import { MagnetarError, NotEnoughBookiesError } from "../../common/errors.js";
import type { Logger } from "../../common/log.js";
import { type KeyValue, type MetadataStore, Watch } from "../../metadata/client/index.js";

export const BOOKIES_PREFIX = "/bookies/";

export interface BookieInfo {
  readonly id: string;
  /** gRPC host:port. */
  readonly address: string;
  readonly freeBytes: number;
  /** "RW" accepts new ledgers; "RO" only serves reads. */
  readonly state: "RW" | "RO";
}

function parse(kv: KeyValue): BookieInfo | undefined {
  try {
    const v = JSON.parse(kv.value.toString("utf8")) as Partial<BookieInfo>;
    if (typeof v.id !== "string" || typeof v.address !== "string") return undefined;
    return {
      id: v.id,
      address: v.address,
      freeBytes: Number(v.freeBytes ?? 0),
      state: v.state === "RO" ? "RO" : "RW",
    };
  } catch {
    return undefined;
  }
}

const gib = (bytes: number): number => Math.floor(bytes / 1024 ** 3);

export class BookieRegistry {
  private readonly bookies = new Map<string, BookieInfo>();
  private watch: Watch | undefined;
  private closed = false;

  private constructor(
    private readonly store: MetadataStore,
    private readonly logger: Logger | undefined,
  ) {}

  /** Lists the live bookies and keeps the list current. */
  static async open(store: MetadataStore, logger?: Logger): Promise<BookieRegistry> {
    const registry = new BookieRegistry(store, logger);
    const { kvs, revision } = await store.list(BOOKIES_PREFIX);
    for (const kv of kvs) registry.apply("put", kv);
    registry.follow(revision + 1);
    return registry;
  }

  private apply(type: "put" | "delete", kv: KeyValue): void {
    const id = kv.key.slice(BOOKIES_PREFIX.length);
    if (type === "delete") {
      this.bookies.delete(id);
      return;
    }
    const info = parse(kv);
    if (info) this.bookies.set(id, info);
    else this.logger?.warn({ key: kv.key }, "ignoring a malformed bookie registration");
  }

  private follow(fromRevision: number): void {
    const watch = new Watch(this.store, BOOKIES_PREFIX, { prefix: true, startRevision: fromRevision });
    this.watch = watch;
    void (async () => {
      try {
        for await (const batch of watch) for (const e of batch.events) this.apply(e.type, e.kv);
      } catch (err) {
        if (this.closed) return;
        // Compacted or too far behind: re-list and watch again (retrying while the store is down).
        this.logger?.warn(
          { err: err instanceof MagnetarError ? err.message : String(err) },
          "bookie watch ended; re-listing",
        );
        void this.relist();
      }
    })();
  }

  private async relist(): Promise<void> {
    for (let backoffMs = 100; !this.closed; backoffMs = Math.min(5_000, backoffMs * 2)) {
      try {
        const { kvs, revision } = await this.store.list(BOOKIES_PREFIX);
        this.bookies.clear();
        for (const kv of kvs) this.apply("put", kv);
        this.follow(revision + 1);
        return;
      } catch (err) {
        this.logger?.warn(
          { err: err instanceof Error ? err.message : String(err), backoffMs },
          "bookie re-list failed",
        );
        await new Promise((r) => setTimeout(r, backoffMs).unref());
      }
    }
  }

  get(id: string): BookieInfo | undefined {
    return this.bookies.get(id);
  }

  isLive(id: string): boolean {
    return this.bookies.has(id);
  }

  live(): BookieInfo[] {
    return [...this.bookies.values()];
  }

  /**
   * Picks `count` writable bookies not in `exclude`: most free space first (in whole GiB, so
   * bookies on similar disks count as equal), ties broken at random so ledgers spread evenly.
   */
  choose(count: number, exclude: ReadonlySet<string> = new Set()): BookieInfo[] {
    const candidates = this.live()
      .filter((b) => b.state === "RW" && !exclude.has(b.id))
      .map((b) => ({ b, r: Math.random() }))
      .sort((x, y) => gib(y.b.freeBytes) - gib(x.b.freeBytes) || x.r - y.r)
      .map((x) => x.b);
    if (candidates.length < count) {
      throw new NotEnoughBookiesError(
        `need ${count} writable bookies${exclude.size > 0 ? ` besides ${[...exclude].join(", ")}` : ""}, ${candidates.length} available (live: ${
          this.live()
            .map((b) => b.id)
            .join(", ") || "none"
        })`,
      );
    }
    return candidates.slice(0, count);
  }

  close(): void {
    this.closed = true;
    this.watch?.cancel();
  }
}
