/**
 * Connections to brokers: one gRPC channel per broker address, shared by every producer and consumer
 * of the client on that broker; topic lookup (following at most 5 redirects) and partition metadata.
 */
import * as grpc from "@grpc/grpc-js";
import { UnavailableError } from "../common/errors.js";
import { callUnary, channelOptions } from "../common/grpc.js";
import type { MessagingClient } from "../proto/gen/magnetar/v1/Messaging.js";
import { magnetarV1 } from "../proto/index.js";
import type { ResolvedClientOptions } from "./options.js";

export const MAX_LOOKUP_REDIRECTS = 5;

export interface LookupResult {
  /** host:port of the owning broker's gRPC service. */
  readonly address: string;
  /** The full, normalized topic name. */
  readonly topic: string;
  /** The namespace bundle the topic belongs to ("0x<lower>_0x<upper>"). */
  readonly bundle: string;
}

export class ConnectionPool {
  private readonly clients = new Map<string, MessagingClient>();
  private serviceIndex = 0;
  private closed = false;

  constructor(readonly options: ResolvedClientOptions) {}

  /** The shared client (channel) for a broker address. */
  client(address: string): MessagingClient {
    if (this.closed) throw new UnavailableError("the client is closed");
    let c = this.clients.get(address);
    if (c === undefined) {
      const Messaging = magnetarV1().Messaging;
      c = new Messaging(address, grpc.credentials.createInsecure(), channelOptions());
      this.clients.set(address, c);
    }
    return c;
  }

  /** Number of open channels (one per broker address used). */
  get channelCount(): number {
    return this.clients.size;
  }

  private serviceClient(): { client: MessagingClient; failed: () => void } {
    const urls = this.options.serviceUrls;
    const index = this.serviceIndex % urls.length;
    const address = urls[index] ?? urls[0] ?? "";
    return {
      client: this.client(address),
      failed: () => {
        if (this.serviceIndex % urls.length === index) this.serviceIndex++;
      },
    };
  }

  private get callTimeoutMs(): number {
    return Math.min(this.options.operationTimeoutMs, 10_000);
  }

  /** Finds the broker that owns `topic` (a non-partitioned topic or one partition). */
  async lookup(topic: string): Promise<LookupResult> {
    const first = this.serviceClient();
    let client = first.client;
    let authoritative = false;
    for (let hop = 0; ; hop++) {
      let res: Awaited<ReturnType<typeof callUnary<MessagingClient, "Lookup">>>;
      try {
        res = await callUnary(client, "Lookup", { topic, authoritative }, this.callTimeoutMs);
      } catch (err) {
        if (hop === 0) first.failed();
        throw err;
      }
      const address = res.broker?.serviceAddress ?? "";
      if (address === "") throw new UnavailableError(`lookup of ${topic} answered no broker address`);
      if (!res.redirect) return { address, topic: res.topic || topic, bundle: res.bundle };
      if (hop >= MAX_LOOKUP_REDIRECTS) {
        throw new UnavailableError(`lookup of ${topic} redirected more than ${MAX_LOOKUP_REDIRECTS} times`);
      }
      client = this.client(address);
      authoritative = res.authoritative;
    }
  }

  /** Number of partitions of `topic` (0 = not partitioned) and its full name. */
  async partitionedMetadata(topic: string): Promise<{ partitions: number; topic: string }> {
    const service = this.serviceClient();
    try {
      const res = await callUnary(service.client, "GetPartitionedMetadata", { topic }, this.callTimeoutMs);
      return { partitions: res.partitions, topic: res.topic || topic };
    } catch (err) {
      service.failed();
      throw err;
    }
  }

  close(): void {
    this.closed = true;
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
