/**
 * The public surface of the `magnetar` package: the client library and its error vocabulary, so
 * callers can tell "retry elsewhere" (`err.retriable`) from "your request is wrong".
 *
 *   const client = await MagnetarClient.connect({ serviceUrl: "127.0.0.1:6650" });
 *   const producer = await client.createProducer({ topic: "orders" });
 *   await producer.send({ value: "hello", key: "user-1" });
 *   const consumer = await client.subscribe({ topic: "orders", subscription: "billing", type: "Shared" });
 *   for await (const msg of consumer) await consumer.ack(msg);
 */
export {
  ChecksumMismatchError,
  CODES as ERROR_CODES,
  CompactedError,
  ConsumerBusyError,
  type ErrorCode,
  errorFromCode,
  InvalidArgumentError,
  isErrorCode,
  LeaseNotFoundError,
  LedgerClosedError,
  LedgerFencedError,
  MagnetarError,
  MessageTooLargeError,
  NotEnoughBookiesError,
  NotFoundError,
  NotLeaderError,
  ProducerFencedError,
  ProducerQueueFullError,
  TimeoutError,
  TopicNotFoundError,
  TopicNotOwnedError,
  UnavailableError,
  VersionMismatchError,
} from "../common/errors.js";
export { MagnetarClient } from "./client.js";
export type { Compression } from "./compression.js";
export type { LookupResult } from "./connection.js";
export { Consumer, PartitionConsumer } from "./consumer.js";
export type { ConsumerInterceptor, ProducerInterceptor } from "./interceptors.js";
export {
  LOSS_DETECTOR_PRODUCER_PROPERTY,
  LOSS_DETECTOR_SEQUENCE_PROPERTY,
  LossDetector,
  type LossDetectorEvents,
  type LossDetectorOptions,
  type LossDetectorStats,
  type MessageGap,
  type SequenceEvent,
  type SequenceSource,
} from "./loss-detector.js";
export { Message, type MessageFields } from "./message.js";
export {
  compareMessageIds,
  isUnknownMessageId,
  type MessageId,
  messageId,
  messageIdEquals,
  messageIdToString,
  parseMessageId,
} from "./message-id.js";
export type { ClientMetricsSnapshot, LatencySnapshot } from "./metrics.js";
export {
  type BatcherType,
  type BatchingOptions,
  type ClientOptions,
  type ConsumerOptions,
  INITIAL_POSITIONS,
  type InitialPosition,
  type ProducerAccessMode,
  type ProducerMessage,
  type ProducerOptions,
  SUBSCRIPTION_TYPES,
  type SubscriptionType,
} from "./options.js";
export { PartitionProducer, Producer } from "./producer.js";
export { partitionForKey } from "./routing.js";
