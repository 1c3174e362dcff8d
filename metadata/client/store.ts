/**
 * The metadata store client used by brokers, bookies and `magnetar kv`.
 *
 * - Talks to any member; prefers the leader once known (followers forward writes anyway).
 * - Retries retriable failures (no leader, member down, timeout) on the next member with
 *   backoff, up to a deadline. Every write carries a request id (client id + sequence number), and
 *   a retry reuses it, so a write the old leader already applied is not applied twice.
 * - Reads are linearizable unless `serializable` is asked for.
 */
import { randomUUID } from "node:crypto";
import * as grpc from "@grpc/grpc-js";
import { formatHostPort, type HostPort } from "../../common/config.js";
import { InvalidArgumentError, MagnetarError, VersionMismatchError } from "../../common/errors.js";
import { callUnary, channelOptions } from "../../common/grpc.js";
import type { Logger } from "../../common/log.js";
import type { Compare } from "../../proto/gen/magnetar/v1/Compare.js";
import type { KeyValue__Output } from "../../proto/gen/magnetar/v1/KeyValue.js";
import type { MetadataClient } from "../../proto/gen/magnetar/v1/Metadata.js";
import type { RequestOp } from "../../proto/gen/magnetar/v1/RequestOp.js";
import type { ResponseHeader__Output } from "../../proto/gen/magnetar/v1/ResponseHeader.js";
import type { StatusResponse__Output } from "../../proto/gen/magnetar/v1/StatusResponse.js";
import type { TxnResponse__Output } from "../../proto/gen/magnetar/v1/TxnResponse.js";
import { magnetarV1 } from "../../proto/index.js";
import { DEFAULT_RETRY, type RetryPolicy, withRetry } from "./retry.js";

export interface KeyValue {
  readonly key: string;
  readonly value: Buffer;
  readonly createRevision: number;
  readonly modRevision: number;
  /** Puts since creation (etcd); the expected version for a compare-and-set. */
  readonly version: number;
  /** Lease id the key is attached to; 0 = none. */
  readonly lease: number;
}

export type Value = Buffer | Uint8Array | string;

export interface PutOptions {
  /** Attach the key to this lease: it is deleted when the lease expires or is revoked. */
  readonly lease?: number;
  /** Compare-and-set: the write happens only if the key's version is this (0 = must not exist). */
  readonly expectedVersion?: number;
}

export interface PutResult {
  readonly revision: number;
  /** The key's version after the put. */
  readonly version: number;
}

export interface ListOptions {
  readonly limit?: number;
  readonly keysOnly?: boolean;
  /** Read from the member answering, without confirming with the leader (may be stale). */
  readonly serializable?: boolean;
}

export interface StoreOptions {
  /** Members of the metadata quorum; any subset works. */
  readonly endpoints: readonly HostPort[];
  /** Deadline of one attempt. */
  readonly attemptTimeoutMs?: number;
  readonly retry?: RetryPolicy;
  readonly logger?: Logger;
}

export const DEFAULT_ATTEMPT_TIMEOUT_MS = 3_000;

export function decodeKv(kv: KeyValue__Output): KeyValue {
  return {
    key: kv.key.toString("utf8"),
    value: kv.value,
    createRevision: kv.createRevision,
    modRevision: kv.modRevision,
    version: kv.version,
    lease: kv.lease,
  };
}

export function toBuffer(value: Value): Buffer {
  if (typeof value === "string") return Buffer.from(value, "utf8");
  return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

function requireKey(key: string): Buffer {
  if (key.length === 0) throw new InvalidArgumentError("key must not be empty");
  return Buffer.from(key, "utf8");
}

export class MetadataStore {
  readonly clientId = randomUUID();
  private readonly endpoints: readonly HostPort[];
  private readonly clients = new Map<string, MetadataClient>();
  private readonly attemptTimeoutMs: number;
  private readonly retry: RetryPolicy;
  private readonly logger: Logger | undefined;
  private preferred = 0;
  private seq = 0;
  private readonly pendingSeqs = new Set<number>();
  private closed = false;

  constructor(options: StoreOptions) {
    if (options.endpoints.length === 0)
      throw new InvalidArgumentError("at least one metadata endpoint is needed");
    this.endpoints = options.endpoints;
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.logger = options.logger;
  }

  /** The gRPC stub for endpoint `i` (created once, reused). */
  client(i: number): MetadataClient {
    const ep = this.endpoints[i % this.endpoints.length] as HostPort;
    const addr = formatHostPort(ep);
    let c = this.clients.get(addr);
    if (!c) {
      c = new (magnetarV1().Metadata)(addr, grpc.credentials.createInsecure(), channelOptions());
      this.clients.set(addr, c);
    }
    return c;
  }

  get endpointCount(): number {
    return this.endpoints.length;
  }

  /** Runs `fn` against the preferred member, moving to the next member on retriable failures. */
  async call<T>(fn: (client: MetadataClient, timeoutMs: number) => Promise<T>): Promise<T> {
    if (this.closed) throw new MagnetarError("CANCELLED", "the metadata store client is closed");
    return withRetry(
      this.retry,
      async () => {
        if (this.closed) throw new MagnetarError("CANCELLED", "the metadata store client is closed");
        const index = this.preferred;
        try {
          return await fn(this.client(index), this.attemptTimeoutMs);
        } catch (err) {
          if (err instanceof MagnetarError && err.retriable) this.failover(index, err);
          throw err;
        }
      },
      (err, n) => this.logger?.debug({ err: err.message, attempt: n }, "metadata call retried"),
    );
  }

  /** The endpoint calls should go to now (the leader, once known). */
  get preferredEndpoint(): number {
    return this.preferred;
  }

  /** Moves away from endpoint `index` after a retriable failure there (to the hinted leader if any). */
  reportFailure(index: number, err: MagnetarError): void {
    this.failover(index, err);
  }

  private failover(index: number, err: MagnetarError): void {
    if (this.preferred !== index) return;
    const hinted = err.code === "NOT_LEADER" && err.hint ? this.endpointOfMember(err.hint) : undefined;
    this.preferred = hinted ?? (index + 1) % this.endpoints.length;
  }

  private readonly memberAddresses = new Map<string, string>();

  private endpointOfMember(memberId: string): number | undefined {
    const addr = this.memberAddresses.get(memberId);
    if (addr === undefined) return undefined;
    const i = this.endpoints.findIndex((e) => formatHostPort(e) === addr);
    return i >= 0 ? i : undefined;
  }

  /** Learns member addresses and the leader from a Status answer. */
  noteStatus(status: StatusResponse__Output): void {
    for (const m of status.members) this.memberAddresses.set(m.id, m.address);
    const leader = status.leaderId ? this.endpointOfMember(status.leaderId) : undefined;
    if (leader !== undefined) this.preferred = leader;
  }

  /** A fresh request id for a write; `done()` must be called when its outcome is known. */
  private nextRequestId() {
    const seq = ++this.seq;
    this.pendingSeqs.add(seq);
    // Seqs are added in increasing order and a Set keeps insertion order: the first is the least.
    // (Math.min over the set cost O(pending) per write, quadratic with thousands pending.)
    const minPendingSeq = this.pendingSeqs.values().next().value as number;
    return {
      requestId: { clientId: this.clientId, seq, minPendingSeq },
      done: () => this.pendingSeqs.delete(seq),
    };
  }

  private async write<T>(
    fn: (requestId: object, client: MetadataClient, timeoutMs: number) => Promise<T>,
  ): Promise<T> {
    const { requestId, done } = this.nextRequestId();
    try {
      return await this.call((client, timeoutMs) => fn(requestId, client, timeoutMs));
    } finally {
      done();
    }
  }

  async get(key: string, options: { serializable?: boolean } = {}): Promise<KeyValue | undefined> {
    const k = requireKey(key);
    const res = await this.call((c, t) =>
      callUnary(c, "Range", { key: k, serializable: options.serializable ?? false }, t),
    );
    const kv = res.kvs[0];
    return kv ? decodeKv(kv) : undefined;
  }

  /** Keys starting with `prefix`, in key order. */
  async list(
    prefix: string,
    options: ListOptions = {},
  ): Promise<{ kvs: KeyValue[]; more: boolean; revision: number }> {
    const res = await this.call((c, t) =>
      callUnary(
        c,
        "Range",
        {
          key: Buffer.from(prefix, "utf8"),
          prefix: true,
          limit: options.limit ?? 0,
          keysOnly: options.keysOnly ?? false,
          serializable: options.serializable ?? false,
        },
        t,
      ),
    );
    return { kvs: res.kvs.map(decodeKv), more: res.more, revision: res.header?.revision ?? 0 };
  }

  async put(key: string, value: Value, options: PutOptions = {}): Promise<PutResult> {
    const k = requireKey(key);
    const res = await this.write((requestId, c, t) =>
      callUnary(
        c,
        "Put",
        {
          key: k,
          value: toBuffer(value),
          lease: options.lease ?? 0,
          ...(options.expectedVersion === undefined ? {} : { expectedVersion: options.expectedVersion }),
          requestId,
        },
        t,
      ),
    );
    return { revision: res.header?.revision ?? 0, version: res.version };
  }

  /** Compare-and-set: throws VersionMismatchError when the key is not at `expectedVersion`. */
  cas(
    key: string,
    expectedVersion: number,
    value: Value,
    options: { lease?: number } = {},
  ): Promise<PutResult> {
    return this.put(key, value, { ...options, expectedVersion });
  }

  /** Like `cas`, but answers false instead of throwing on a version mismatch. */
  async tryCas(
    key: string,
    expectedVersion: number,
    value: Value,
    options: { lease?: number } = {},
  ): Promise<boolean> {
    try {
      await this.cas(key, expectedVersion, value, options);
      return true;
    } catch (err) {
      if (err instanceof VersionMismatchError) return false;
      throw err;
    }
  }

  /** Deletes a key (or every key under a prefix); returns how many were deleted. */
  async delete(key: string, options: { prefix?: boolean; expectedVersion?: number } = {}): Promise<number> {
    const k = options.prefix ? Buffer.from(key, "utf8") : requireKey(key);
    const res = await this.write((requestId, c, t) =>
      callUnary(
        c,
        "Delete",
        {
          key: k,
          prefix: options.prefix ?? false,
          ...(options.expectedVersion === undefined ? {} : { expectedVersion: options.expectedVersion }),
          requestId,
        },
        t,
      ),
    );
    return res.deleted;
  }

  /**
   * Deletes `key` only if it was not written since `modRevision` (as read). Unlike a version
   * compare this cannot match a key deleted and created again meanwhile, whose version restarts.
   */
  async deleteIfUnchanged(key: string, modRevision: number): Promise<boolean> {
    const k = requireKey(key);
    const res = await this.txn(
      [{ key: k, target: "MOD_REVISION", result: "EQUAL", modRevision }],
      [{ requestDelete: { key: k } }],
    );
    return res.succeeded;
  }

  /** A transaction: if every compare holds, the success ops run, otherwise the failure ops. */
  txn(compares: Compare[], success: RequestOp[], failure: RequestOp[] = []): Promise<TxnResponse__Output> {
    return this.write((requestId, c, t) => callUnary(c, "Txn", { compares, success, failure, requestId }, t));
  }

  /** Status of every endpoint that answers (unreachable ones are reported with their error). */
  async status(): Promise<
    ({ endpoint: string } & ({ status: StatusResponse__Output } | { error: string }))[]
  > {
    return Promise.all(
      this.endpoints.map(async (ep, i) => {
        const endpoint = formatHostPort(ep);
        try {
          const c = this.client(i);
          const status = await callUnary(c, "Status", {}, this.attemptTimeoutMs);
          this.noteStatus(status);
          return { endpoint, status };
        } catch (err) {
          return { endpoint, error: err instanceof Error ? err.message : String(err) };
        }
      }),
    );
  }

  /** Grants a lease of `ttlMs`; see Lease for keep-alive. */
  async grantLeaseRaw(
    ttlMs: number,
  ): Promise<{ id: number; ttlMs: number; header: ResponseHeader__Output | null }> {
    const res = await this.write((requestId, c, t) =>
      callUnary(c, "LeaseGrant", { ttlMs, id: 0, requestId }, t),
    );
    return { id: res.id, ttlMs: res.ttlMs, header: res.header };
  }

  async revokeLease(id: number): Promise<void> {
    await this.write((requestId, c, t) => callUnary(c, "LeaseRevoke", { id, requestId }, t));
  }

  isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    this.closed = true;
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
