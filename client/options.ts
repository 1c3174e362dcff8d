/** Options of the client, producers and consumers: types, defaults and validation. */
import { InvalidArgumentError } from "../common/errors.js";
import { COMPRESSIONS, type Compression } from "./compression.js";
import type { ConsumerInterceptor, ProducerInterceptor } from "./interceptors.js";

export interface ClientOptions {
  /** Any broker's service address, "host:port" (or a comma-separated list, tried in turn). */
  readonly serviceUrl: string;
  /** Bound on lookups, creating producers and consumers (retriable failures are retried until then), acks. Default 30 s. */
  readonly operationTimeoutMs?: number;
  /** First reconnect delay; doubles per attempt, jittered. Default 100 ms. */
  readonly initialBackoffMs?: number;
  /** Largest reconnect delay. Default 1 s. */
  readonly maxBackoffMs?: number;
}

export interface BatchingOptions {
  /** Default true. False: every message is its own batch. */
  readonly enabled?: boolean;
  /** Default 1000. */
  readonly maxMessages?: number;
  /** Encoded (uncompressed) batch size limit. Default 128 KiB. */
  readonly maxBytes?: number;
  /** How long the first message of a batch waits for others. Default 1 ms. */
  readonly maxDelayMs?: number;
}

export type BatcherType = "Default" | "KeyBased";
export type ProducerAccessMode = "Shared" | "Exclusive" | "WaitForExclusive" | "ExclusiveWithFencing";

export interface ProducerOptions {
  readonly topic: string;
  /** Default: the broker assigns a unique name (kept across reconnects). */
  readonly producerName?: string;
  /** A send rejects with TimeoutError when not confirmed within this. 0 = never. Default 30 s. */
  readonly sendTimeoutMs?: number;
  readonly batching?: BatchingOptions;
  /** KeyBased: a batch never mixes keys (for Key_Shared subscriptions). Default "Default". */
  readonly batcherType?: BatcherType;
  /** Per-batch compression. Default "none". */
  readonly compression?: Compression;
  /** Messages accepted and not yet confirmed, at most. Default 10,000. */
  readonly maxPendingMessages?: number;
  /** When maxPendingMessages is reached: true = send waits (default), false = ProducerQueueFullError. */
  readonly blockIfQueueFull?: boolean;
  /** Broker deduplication for this producer. Default: the namespace's policy. */
  readonly deduplication?: boolean;
  /** Default "Shared". */
  readonly accessMode?: ProducerAccessMode;
  /** Sequence id the application knows it published last (only used when the broker has no record). */
  readonly initialSequenceId?: number;
  /** Producer metadata shown in topic stats. */
  readonly properties?: Readonly<Record<string, string>>;
  /** Hooks on every message sent, run in this order (interceptors.ts). Default none. */
  readonly interceptors?: readonly ProducerInterceptor[];
}

export interface ProducerMessage {
  /** The payload; a string is sent as UTF-8. null = a null value (tombstone). */
  readonly value: Buffer | Uint8Array | string | null;
  readonly key?: string;
  /** Overrides `key` for Key_Shared ordering. */
  readonly orderingKey?: Buffer | Uint8Array | string;
  readonly properties?: Readonly<Record<string, string>>;
  readonly eventTimeMs?: number;
  /** Delayed delivery (Shared and Key_Shared): not before this time. */
  readonly deliverAtMs?: number;
  /** Delayed delivery: not before now + this. */
  readonly deliverAfterMs?: number;
}

export type SubscriptionType = "Exclusive" | "Failover" | "Shared" | "Key_Shared";
export const SUBSCRIPTION_TYPES: readonly SubscriptionType[] = [
  "Exclusive",
  "Failover",
  "Shared",
  "Key_Shared",
];
export type InitialPosition = "Earliest" | "Latest";
export const INITIAL_POSITIONS: readonly InitialPosition[] = ["Earliest", "Latest"];

export interface ConsumerOptions {
  readonly topic: string;
  readonly subscription: string;
  /** Default "Exclusive". */
  readonly type?: SubscriptionType;
  /** Where a new subscription starts. Default "Latest". */
  readonly subscriptionInitialPosition?: InitialPosition;
  /** Default: the broker assigns one. */
  readonly consumerName?: string;
  /** Messages buffered per partition (the initial permits). Default 1000. */
  readonly receiverQueueSize?: number;
  /** Redeliver messages not acknowledged within this (>= 1000). 0 = off (default). */
  readonly ackTimeoutMs?: number;
  /** Delay before a negatively acknowledged message comes again. Default 60 s. */
  readonly negativeAckRedeliveryDelayMs?: number;
  /** 0 is the highest priority (default). */
  readonly priorityLevel?: number;
  /** Consumer metadata shown in stats. */
  readonly properties?: Readonly<Record<string, string>>;
  /** Called when a delivered entry cannot be decoded (corrupt); its messages are skipped, left unacknowledged. */
  readonly onDecodeError?: (err: Error) => void;
  /** Hooks on every message received and acknowledged, run in this order (interceptors.ts). Default none. */
  readonly interceptors?: readonly ConsumerInterceptor[];
}

export function checkInt(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(`${name} must be an integer in [${min}, ${max}], got ${value}`);
  }
  return value;
}

export function checkOneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    throw new InvalidArgumentError(`${name} must be one of ${allowed.join(", ")}, got "${value}"`);
  }
  return found;
}

function checkInterceptors<T>(value: readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((i) => i === null || typeof i !== "object")) {
    throw new InvalidArgumentError("interceptors must be an array of objects");
  }
  return [...value];
}

function checkTopic(topic: unknown): string {
  if (typeof topic !== "string" || topic.length === 0) {
    throw new InvalidArgumentError("topic must be a non-empty string");
  }
  return topic;
}

export interface ResolvedClientOptions {
  readonly serviceUrls: string[];
  readonly operationTimeoutMs: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
}

export function resolveClientOptions(o: ClientOptions): ResolvedClientOptions {
  const urls = String(o.serviceUrl ?? "")
    .split(",")
    .map((u) => u.trim().replace(/^(magnetar|grpc):\/\//, ""))
    .filter((u) => u !== "");
  if (urls.length === 0 || urls.some((u) => !/^[^\s:]+:\d{1,5}$|^\[[0-9A-Fa-f:.]+\]:\d{1,5}$/.test(u))) {
    throw new InvalidArgumentError(`serviceUrl must be "host:port[,host:port...]", got "${o.serviceUrl}"`);
  }
  return {
    serviceUrls: urls,
    operationTimeoutMs: checkInt("operationTimeoutMs", o.operationTimeoutMs ?? 30_000, 1),
    initialBackoffMs: checkInt("initialBackoffMs", o.initialBackoffMs ?? 100, 1),
    // Kafka's reconnect.backoff.max.ms: a takeover lasts about a second, and a longer step would
    // add up to that much again to the client's outage.
    maxBackoffMs: checkInt("maxBackoffMs", o.maxBackoffMs ?? 1_000, 1),
  };
}

export interface ResolvedProducerOptions {
  readonly topic: string;
  readonly producerName: string | undefined;
  readonly sendTimeoutMs: number;
  readonly batchingEnabled: boolean;
  readonly maxMessages: number;
  readonly maxBytes: number;
  readonly maxDelayMs: number;
  readonly keyBased: boolean;
  readonly compression: Compression;
  readonly maxPendingMessages: number;
  readonly blockIfQueueFull: boolean;
  readonly deduplication:
    | "DEDUPLICATION_MODE_NAMESPACE_DEFAULT"
    | "DEDUPLICATION_MODE_ENABLED"
    | "DEDUPLICATION_MODE_DISABLED";
  readonly accessMode:
    | "PRODUCER_ACCESS_MODE_SHARED"
    | "PRODUCER_ACCESS_MODE_EXCLUSIVE"
    | "PRODUCER_ACCESS_MODE_WAIT_FOR_EXCLUSIVE"
    | "PRODUCER_ACCESS_MODE_EXCLUSIVE_WITH_FENCING";
  readonly initialSequenceId: number | undefined;
  readonly properties: Readonly<Record<string, string>>;
  readonly interceptors: readonly ProducerInterceptor[];
}

const ACCESS_MODES = {
  Shared: "PRODUCER_ACCESS_MODE_SHARED",
  Exclusive: "PRODUCER_ACCESS_MODE_EXCLUSIVE",
  WaitForExclusive: "PRODUCER_ACCESS_MODE_WAIT_FOR_EXCLUSIVE",
  ExclusiveWithFencing: "PRODUCER_ACCESS_MODE_EXCLUSIVE_WITH_FENCING",
} as const;

export function resolveProducerOptions(o: ProducerOptions): ResolvedProducerOptions {
  const b = o.batching ?? {};
  const accessMode = checkOneOf(
    "accessMode",
    o.accessMode ?? "Shared",
    Object.keys(ACCESS_MODES) as ProducerAccessMode[],
  );
  return {
    topic: checkTopic(o.topic),
    producerName: o.producerName === "" ? undefined : o.producerName,
    sendTimeoutMs: checkInt("sendTimeoutMs", o.sendTimeoutMs ?? 30_000, 0),
    batchingEnabled: b.enabled ?? true,
    maxMessages: checkInt("batching.maxMessages", b.maxMessages ?? 1000, 1, 100_000),
    maxBytes: checkInt("batching.maxBytes", b.maxBytes ?? 128 * 1024, 1),
    maxDelayMs: checkInt("batching.maxDelayMs", b.maxDelayMs ?? 1, 0),
    keyBased:
      checkOneOf<BatcherType>("batcherType", o.batcherType ?? "Default", ["Default", "KeyBased"]) ===
      "KeyBased",
    compression: checkOneOf("compression", o.compression ?? "none", COMPRESSIONS),
    maxPendingMessages: checkInt("maxPendingMessages", o.maxPendingMessages ?? 10_000, 1),
    blockIfQueueFull: o.blockIfQueueFull ?? true,
    deduplication:
      o.deduplication === undefined
        ? "DEDUPLICATION_MODE_NAMESPACE_DEFAULT"
        : o.deduplication
          ? "DEDUPLICATION_MODE_ENABLED"
          : "DEDUPLICATION_MODE_DISABLED",
    accessMode: ACCESS_MODES[accessMode],
    initialSequenceId:
      o.initialSequenceId === undefined ? undefined : checkInt("initialSequenceId", o.initialSequenceId, -1),
    properties: o.properties ?? {},
    interceptors: checkInterceptors(o.interceptors),
  };
}

export interface ResolvedConsumerOptions {
  readonly topic: string;
  readonly subscription: string;
  readonly type: SubscriptionType;
  readonly initialPosition: InitialPosition;
  readonly consumerName: string;
  readonly receiverQueueSize: number;
  readonly ackTimeoutMs: number;
  readonly negativeAckRedeliveryDelayMs: number;
  readonly priorityLevel: number;
  readonly properties: Readonly<Record<string, string>>;
  readonly onDecodeError: ((err: Error) => void) | undefined;
  readonly interceptors: readonly ConsumerInterceptor[];
}

export function resolveConsumerOptions(o: ConsumerOptions): ResolvedConsumerOptions {
  if (typeof o.subscription !== "string" || o.subscription.length === 0 || o.subscription.length > 255) {
    throw new InvalidArgumentError("subscription must be a string of 1 to 255 characters");
  }
  const ackTimeoutMs = checkInt("ackTimeoutMs", o.ackTimeoutMs ?? 0, 0);
  if (ackTimeoutMs > 0 && ackTimeoutMs < 1000) {
    throw new InvalidArgumentError(`ackTimeoutMs must be 0 (off) or >= 1000, got ${ackTimeoutMs}`);
  }
  return {
    topic: checkTopic(o.topic),
    subscription: o.subscription,
    type: checkOneOf("type", o.type ?? "Exclusive", SUBSCRIPTION_TYPES),
    initialPosition: checkOneOf(
      "subscriptionInitialPosition",
      o.subscriptionInitialPosition ?? "Latest",
      INITIAL_POSITIONS,
    ),
    consumerName: o.consumerName ?? "",
    receiverQueueSize: checkInt("receiverQueueSize", o.receiverQueueSize ?? 1000, 1, 1_000_000),
    ackTimeoutMs,
    negativeAckRedeliveryDelayMs: checkInt(
      "negativeAckRedeliveryDelayMs",
      o.negativeAckRedeliveryDelayMs ?? 60_000,
      1,
      86_400_000,
    ),
    priorityLevel: checkInt("priorityLevel", o.priorityLevel ?? 0, 0),
    properties: o.properties ?? {},
    onDecodeError: o.onDecodeError,
    interceptors: checkInterceptors(o.interceptors),
  };
}
