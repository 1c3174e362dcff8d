/**
 * One bookie process's lifecycle: open the entry store, serve the Bookie gRPC service and the
 * HTTP endpoint, register in the metadata store, watch the disk; on close, unregister first (so
 * no new ensemble picks this bookie), then answer what is in flight, then close the store.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type * as grpc from "@grpc/grpc-js";
import type { Registry } from "prom-client";
import { formatHostPort, type HostPort } from "../../common/config.js";
import { InvalidArgumentError } from "../../common/errors.js";
import { bindServer, createServer, GRPC_MESSAGE_BYTES_MAX, shutdownServer } from "../../common/grpc.js";
import { createRegistry, type Health, type HttpEndpoint, startHttpEndpoint } from "../../common/http.js";
import type { Logger } from "../../common/log.js";
import { MetadataStore } from "../../metadata/client/index.js";
import { magnetarV1 } from "../../proto/index.js";
import type { BookieConnection } from "../client/bookie-client.js";
import { AddStreams } from "./add-stream.js";
import { ENTRY_STORE_DEFAULTS, EntryStore } from "./entry-store.js";
import { LocalBookieConnection } from "./local-connection.js";
import { type BookieMetrics, createBookieMetrics } from "./metrics.js";
import {
  type BookieRegistrationValue,
  bookieKey,
  REGISTRATION_DEFAULTS,
  Registration,
} from "./registration.js";
import { bookieService, checkIdentity, type ServiceContext } from "./service.js";

export const BOOKIE_DEFAULTS = {
  ...ENTRY_STORE_DEFAULTS,
  /** Per AddEntry stream: body bytes accepted but not yet synced before the bookie stops reading. */
  streamPendingBytesMax: 64 * 1024 * 1024,
  /** Per AddEntry stream: adds accepted but not yet answered before the bookie stops reading. */
  streamPendingAddsMax: 10_000,
  leaseTtlMs: REGISTRATION_DEFAULTS.leaseTtlMs,
  refreshMs: REGISTRATION_DEFAULTS.refreshMs,
  /** The bookie turns read-only when the disk is fuller than this. */
  diskUsageRatioMax: 0.95,
  /** How often the disk usage is checked. */
  diskCheckMs: 10_000,
  /** How long in-flight calls may finish on close before they are cut. */
  shutdownGraceMs: 2_000,
} as const;

/** The gRPC message limit must leave room for an entry plus its envelope (bookie.proto). */
const ENVELOPE_BYTES_MIN = 64 * 1024;

export interface BookieOptions {
  readonly id: string;
  /** gRPC listen address (port 0 = any free port). */
  readonly listen: HostPort;
  /** HTTP endpoint (/healthz, /metrics); omitted = none (the embedding process serves its own). */
  readonly http?: HostPort;
  /** Metadata quorum members. */
  readonly metadata: readonly HostPort[];
  readonly dataDir: string;
  readonly logger: Logger;
  /** Reported by GetBookieInfo. */
  readonly version: string;
  /** Metrics go here; default: a fresh registry with the process metrics. */
  readonly registry?: Registry;
  readonly entryBytesMax?: number;
  readonly batchEntriesMax?: number;
  readonly batchBytesMax?: number;
  readonly streamPendingBytesMax?: number;
  readonly streamPendingAddsMax?: number;
  readonly leaseTtlMs?: number;
  readonly refreshMs?: number;
  readonly diskUsageRatioMax?: number;
  readonly diskCheckMs?: number;
}

/** Problems with a configuration, checked before anything starts. */
export function bookieConfigProblems(options: BookieOptions): string[] {
  const problems: string[] = [];
  const entryBytesMax = options.entryBytesMax ?? BOOKIE_DEFAULTS.entryBytesMax;
  if (entryBytesMax > GRPC_MESSAGE_BYTES_MAX - ENVELOPE_BYTES_MIN) {
    problems.push(
      `entryBytesMax ${entryBytesMax} must stay ${ENVELOPE_BYTES_MIN} bytes below the gRPC message limit ${GRPC_MESSAGE_BYTES_MAX}`,
    );
  }
  const streamBytes = options.streamPendingBytesMax ?? BOOKIE_DEFAULTS.streamPendingBytesMax;
  if (streamBytes < entryBytesMax)
    problems.push(`streamPendingBytesMax ${streamBytes} is below entryBytesMax`);
  const ratio = options.diskUsageRatioMax ?? BOOKIE_DEFAULTS.diskUsageRatioMax;
  if (!(ratio > 0 && ratio <= 1)) problems.push(`diskUsageRatioMax ${ratio} must be in (0, 1]`);
  return problems;
}

export class Bookie {
  readonly startedAtMs = Date.now();
  private closing = false;
  private diskFull: string | null = null;
  private diskTimer: NodeJS.Timeout | undefined;
  private http: HttpEndpoint | undefined;
  private registration: Registration | undefined;
  private metadataStore: MetadataStore | undefined;
  private readonly service: ServiceContext;
  private local: LocalBookieConnection | undefined;

  private constructor(
    readonly id: string,
    readonly store: EntryStore,
    readonly metrics: BookieMetrics,
    readonly registry: Registry,
    private readonly server: grpc.Server,
    private readonly addStreams: AddStreams,
    private readonly options: BookieOptions,
    private grpcAddress: HostPort,
  ) {
    this.service = {
      bookieId: id,
      store,
      metrics,
      logger: options.logger,
      version: options.version,
      startedAtMs: this.startedAtMs,
      streamPendingBytesMax: options.streamPendingBytesMax ?? BOOKIE_DEFAULTS.streamPendingBytesMax,
      addStreams,
      closing: () => this.closing,
    };
  }

  static async start(options: BookieOptions): Promise<Bookie> {
    const problems = bookieConfigProblems(options);
    if (problems.length > 0)
      throw new InvalidArgumentError(`bad bookie configuration: ${problems.join("; ")}`);
    const logger = options.logger;
    const registry = options.registry ?? createRegistry({ node: options.id });
    let store: EntryStore | undefined;
    const metrics = createBookieMetrics(registry, () => store);
    const dir = join(options.dataDir, "ledgers");
    await mkdir(dir, { recursive: true });
    store = await EntryStore.open({
      dir,
      bookieId: options.id,
      entryBytesMax: options.entryBytesMax ?? BOOKIE_DEFAULTS.entryBytesMax,
      batchEntriesMax: options.batchEntriesMax ?? BOOKIE_DEFAULTS.batchEntriesMax,
      batchBytesMax: options.batchBytesMax ?? BOOKIE_DEFAULTS.batchBytesMax,
      logger,
      onSync: (stats) => metrics.onSync(stats),
      onCorruptEntry: () => metrics.corruptEntries.inc(),
    });
    const addStreams = new AddStreams({
      bookieId: options.id,
      store,
      metrics,
      logger,
      pendingBytesMax: options.streamPendingBytesMax ?? BOOKIE_DEFAULTS.streamPendingBytesMax,
      pendingAddsMax: options.streamPendingAddsMax ?? BOOKIE_DEFAULTS.streamPendingAddsMax,
      checkIdentity: (md) => checkIdentity({ bookieId: options.id }, md),
    });
    const server = createServer();
    const bookie = new Bookie(
      options.id,
      store,
      metrics,
      registry,
      server,
      addStreams,
      options,
      options.listen,
    );
    server.addService(magnetarV1().Bookie.service, bookieService(bookie.service));
    try {
      bookie.grpcAddress = await bindServer(server, options.listen);
      if (options.http) {
        bookie.http = await startHttpEndpoint({
          listen: options.http,
          registry,
          health: () => bookie.health(),
        });
      }
    } catch (err) {
      await bookie.close();
      throw err;
    }
    await bookie.checkDisk();
    bookie.diskTimer = setInterval(
      () => void bookie.checkDisk(),
      options.diskCheckMs ?? BOOKIE_DEFAULTS.diskCheckMs,
    );
    bookie.diskTimer.unref();
    bookie.register();
    logger.info(
      {
        grpc: formatHostPort(bookie.grpcAddress),
        http: bookie.http && formatHostPort(bookie.http.address),
        dir,
      },
      "bookie started",
    );
    return bookie;
  }

  /**
   * The connection a ledger client in this process uses instead of gRPC (standalone's broker).
   * One per bookie; closed with it.
   */
  localConnection(): BookieConnection {
    this.local ??= new LocalBookieConnection(this.service);
    return this.local;
  }

  get address(): HostPort {
    return this.grpcAddress;
  }

  get httpAddress(): HostPort | undefined {
    return this.http?.address;
  }

  /** True while /bookies/<id> is stored on a live lease. */
  get registered(): boolean {
    return this.registration?.registered ?? false;
  }

  health(): Health {
    const counts = this.store.counts();
    return {
      healthy: this.registered && !this.closing,
      id: this.id,
      registered: this.registered,
      readOnly: this.store.readOnlyReason,
      ledgers: counts.ledgers,
      entries: counts.entries,
    };
  }

  /** Unregisters (lease revoked), answers in-flight adds, stops serving, closes the store. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    clearInterval(this.diskTimer);
    await this.registration?.close();
    this.metadataStore?.close();
    const grace = new Promise<void>((resolve) =>
      setTimeout(resolve, BOOKIE_DEFAULTS.shutdownGraceMs).unref(),
    );
    // The adds in flight, over gRPC or from this process, get the grace period to be answered.
    await Promise.race([
      Promise.all([this.addStreams.close(), this.local?.close(BOOKIE_DEFAULTS.shutdownGraceMs)]),
      grace,
    ]);
    await this.local?.close();
    await shutdownServer(this.server, BOOKIE_DEFAULTS.shutdownGraceMs);
    await this.store.close();
    await this.http?.close();
    this.options.logger.info("bookie stopped");
  }

  private register(): void {
    const options = this.options;
    this.metadataStore = new MetadataStore({ endpoints: options.metadata, logger: options.logger });
    this.registration = new Registration({
      store: this.metadataStore,
      bookieId: this.id,
      logger: options.logger,
      leaseTtlMs: options.leaseTtlMs ?? BOOKIE_DEFAULTS.leaseTtlMs,
      refreshMs: options.refreshMs ?? BOOKIE_DEFAULTS.refreshMs,
      value: () => this.registrationValue(),
    });
    this.registration.start();
    options.logger.debug({ key: bookieKey(this.id) }, "registering");
  }

  private async registrationValue(): Promise<BookieRegistrationValue> {
    const disk = await this.store.disk();
    return {
      id: this.id,
      address: formatHostPort(this.grpcAddress),
      httpAddress: this.http ? formatHostPort(this.http.address) : "",
      freeBytes: disk.freeBytes,
      state: this.store.readOnlyReason === null ? "RW" : "RO",
    };
  }

  /** Turns the bookie read-only when the disk is too full, and back when space returns. */
  private async checkDisk(): Promise<void> {
    if (this.closing) return;
    try {
      const { freeBytes, totalBytes } = await this.store.disk();
      const ratioMax = this.options.diskUsageRatioMax ?? BOOKIE_DEFAULTS.diskUsageRatioMax;
      const used = totalBytes > 0 ? 1 - freeBytes / totalBytes : 0;
      const reason = used > ratioMax ? `disk usage above ${Math.round(ratioMax * 100)}%` : null;
      if (reason !== this.diskFull) {
        this.options.logger.warn({ used, reason }, reason ? "bookie is read-only" : "disk space is back");
        this.diskFull = reason;
        this.store.setDiskFull(reason);
        this.registration?.refreshNow();
      }
    } catch (err) {
      this.options.logger.warn({ err }, "disk check failed");
    }
  }
}
