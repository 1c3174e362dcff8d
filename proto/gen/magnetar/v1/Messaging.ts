// Original file: proto/messaging.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ConsumeRequest as _magnetar_v1_ConsumeRequest, ConsumeRequest__Output as _magnetar_v1_ConsumeRequest__Output } from '../../magnetar/v1/ConsumeRequest.js';
import type { ConsumeResponse as _magnetar_v1_ConsumeResponse, ConsumeResponse__Output as _magnetar_v1_ConsumeResponse__Output } from '../../magnetar/v1/ConsumeResponse.js';
import type { GetPartitionedMetadataRequest as _magnetar_v1_GetPartitionedMetadataRequest, GetPartitionedMetadataRequest__Output as _magnetar_v1_GetPartitionedMetadataRequest__Output } from '../../magnetar/v1/GetPartitionedMetadataRequest.js';
import type { GetPartitionedMetadataResponse as _magnetar_v1_GetPartitionedMetadataResponse, GetPartitionedMetadataResponse__Output as _magnetar_v1_GetPartitionedMetadataResponse__Output } from '../../magnetar/v1/GetPartitionedMetadataResponse.js';
import type { LookupRequest as _magnetar_v1_LookupRequest, LookupRequest__Output as _magnetar_v1_LookupRequest__Output } from '../../magnetar/v1/LookupRequest.js';
import type { LookupResponse as _magnetar_v1_LookupResponse, LookupResponse__Output as _magnetar_v1_LookupResponse__Output } from '../../magnetar/v1/LookupResponse.js';
import type { ProduceRequest as _magnetar_v1_ProduceRequest, ProduceRequest__Output as _magnetar_v1_ProduceRequest__Output } from '../../magnetar/v1/ProduceRequest.js';
import type { ProduceResponse as _magnetar_v1_ProduceResponse, ProduceResponse__Output as _magnetar_v1_ProduceResponse__Output } from '../../magnetar/v1/ProduceResponse.js';

/**
 * Client <-> broker messaging. Every broker serves it. Lookup and GetPartitionedMetadata can be
 * asked of any broker; Produce and Consume only of the broker that owns the topic (the others
 * refuse them with TOPIC_NOT_OWNED).
 */
export interface MessagingClient extends grpc.Client {
  /**
   * One stream per consumer: subscribe, then flow permits, acknowledgements and the other
   * requests; the broker pushes whole entries (see DeliveredEntry) as permits allow.
   * Subscribe errors (the call ends with this status): INVALID_ARGUMENT, TOPIC_NOT_OWNED (look up
   * again), TOPIC_NOT_FOUND, TENANT_NOT_FOUND, NAMESPACE_NOT_FOUND, PERMISSION_DENIED,
   * CONSUMER_BUSY (Exclusive subscription taken, subscription type or Key_Shared mode mismatch,
   * overlapping sticky hash ranges, name of an existing durable subscription used non-durably),
   * RESOURCE_EXHAUSTED (max consumers per topic or per subscription reached), UNAVAILABLE.
   */
  Consume(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_ConsumeRequest, _magnetar_v1_ConsumeResponse__Output>;
  Consume(options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_ConsumeRequest, _magnetar_v1_ConsumeResponse__Output>;
  /**
   * One stream per consumer: subscribe, then flow permits, acknowledgements and the other
   * requests; the broker pushes whole entries (see DeliveredEntry) as permits allow.
   * Subscribe errors (the call ends with this status): INVALID_ARGUMENT, TOPIC_NOT_OWNED (look up
   * again), TOPIC_NOT_FOUND, TENANT_NOT_FOUND, NAMESPACE_NOT_FOUND, PERMISSION_DENIED,
   * CONSUMER_BUSY (Exclusive subscription taken, subscription type or Key_Shared mode mismatch,
   * overlapping sticky hash ranges, name of an existing durable subscription used non-durably),
   * RESOURCE_EXHAUSTED (max consumers per topic or per subscription reached), UNAVAILABLE.
   */
  consume(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_ConsumeRequest, _magnetar_v1_ConsumeResponse__Output>;
  consume(options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_ConsumeRequest, _magnetar_v1_ConsumeResponse__Output>;
  
  /**
   * Says whether `topic` is partitioned and into how many partitions. Any broker answers from the
   * metadata store. Errors: INVALID_ARGUMENT (malformed name), TENANT_NOT_FOUND,
   * NAMESPACE_NOT_FOUND, PERMISSION_DENIED, UNAVAILABLE, TIMEOUT.
   */
  GetPartitionedMetadata(argument: _magnetar_v1_GetPartitionedMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_GetPartitionedMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetPartitionedMetadata(argument: _magnetar_v1_GetPartitionedMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_GetPartitionedMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetPartitionedMetadata(argument: _magnetar_v1_GetPartitionedMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_GetPartitionedMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetPartitionedMetadata(argument: _magnetar_v1_GetPartitionedMetadataRequest, callback: grpc.requestCallback<_magnetar_v1_GetPartitionedMetadataResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Says whether `topic` is partitioned and into how many partitions. Any broker answers from the
   * metadata store. Errors: INVALID_ARGUMENT (malformed name), TENANT_NOT_FOUND,
   * NAMESPACE_NOT_FOUND, PERMISSION_DENIED, UNAVAILABLE, TIMEOUT.
   */
  getPartitionedMetadata(argument: _magnetar_v1_GetPartitionedMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_GetPartitionedMetadataResponse__Output>): grpc.ClientUnaryCall;
  getPartitionedMetadata(argument: _magnetar_v1_GetPartitionedMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_GetPartitionedMetadataResponse__Output>): grpc.ClientUnaryCall;
  getPartitionedMetadata(argument: _magnetar_v1_GetPartitionedMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_GetPartitionedMetadataResponse__Output>): grpc.ClientUnaryCall;
  getPartitionedMetadata(argument: _magnetar_v1_GetPartitionedMetadataRequest, callback: grpc.requestCallback<_magnetar_v1_GetPartitionedMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Finds the broker that owns `topic`, assigning the topic's bundle to a broker when nobody owns
   * it. Semantics follow Pulsar's lookup:
   * - The bundle has an owner (an ephemeral ownership key exists): the answer is that owner with
   * `redirect` false. The client connects there.
   * - The bundle has no owner: the answering broker picks the least-loaded live broker from the
   * load reports. If that is itself (or the request is `authoritative`), it claims the bundle
   * with a compare-and-set and answers with itself (or with whoever won a concurrent claim).
   * Otherwise it answers `redirect` true with the chosen broker and `authoritative` true: the
   * client must ask that broker again with `authoritative` set, and that broker then claims the
   * bundle itself instead of choosing again, so a lookup converges in at most two hops.
   * - A broker that cannot decide (e.g. it is shutting down) may answer `redirect` true with
   * `authoritative` false: ask that broker, which will decide afresh.
   * Clients follow at most 5 redirects, then fail with UNAVAILABLE.
   * The topic need not exist: ownership is per bundle, and a producer or consumer creates the topic
   * when the namespace allows auto-creation.
   * Errors: INVALID_ARGUMENT (malformed name, or the base name of a partitioned topic: look up each
   * partition), TENANT_NOT_FOUND, NAMESPACE_NOT_FOUND, PERMISSION_DENIED, UNAVAILABLE (no live
   * broker, metadata quorum unavailable), TIMEOUT.
   */
  Lookup(argument: _magnetar_v1_LookupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LookupResponse__Output>): grpc.ClientUnaryCall;
  Lookup(argument: _magnetar_v1_LookupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LookupResponse__Output>): grpc.ClientUnaryCall;
  Lookup(argument: _magnetar_v1_LookupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LookupResponse__Output>): grpc.ClientUnaryCall;
  Lookup(argument: _magnetar_v1_LookupRequest, callback: grpc.requestCallback<_magnetar_v1_LookupResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Finds the broker that owns `topic`, assigning the topic's bundle to a broker when nobody owns
   * it. Semantics follow Pulsar's lookup:
   * - The bundle has an owner (an ephemeral ownership key exists): the answer is that owner with
   * `redirect` false. The client connects there.
   * - The bundle has no owner: the answering broker picks the least-loaded live broker from the
   * load reports. If that is itself (or the request is `authoritative`), it claims the bundle
   * with a compare-and-set and answers with itself (or with whoever won a concurrent claim).
   * Otherwise it answers `redirect` true with the chosen broker and `authoritative` true: the
   * client must ask that broker again with `authoritative` set, and that broker then claims the
   * bundle itself instead of choosing again, so a lookup converges in at most two hops.
   * - A broker that cannot decide (e.g. it is shutting down) may answer `redirect` true with
   * `authoritative` false: ask that broker, which will decide afresh.
   * Clients follow at most 5 redirects, then fail with UNAVAILABLE.
   * The topic need not exist: ownership is per bundle, and a producer or consumer creates the topic
   * when the namespace allows auto-creation.
   * Errors: INVALID_ARGUMENT (malformed name, or the base name of a partitioned topic: look up each
   * partition), TENANT_NOT_FOUND, NAMESPACE_NOT_FOUND, PERMISSION_DENIED, UNAVAILABLE (no live
   * broker, metadata quorum unavailable), TIMEOUT.
   */
  lookup(argument: _magnetar_v1_LookupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LookupResponse__Output>): grpc.ClientUnaryCall;
  lookup(argument: _magnetar_v1_LookupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LookupResponse__Output>): grpc.ClientUnaryCall;
  lookup(argument: _magnetar_v1_LookupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LookupResponse__Output>): grpc.ClientUnaryCall;
  lookup(argument: _magnetar_v1_LookupRequest, callback: grpc.requestCallback<_magnetar_v1_LookupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One stream per producer: open, then any number of batches, then close.
   * Batches are pipelined: the client sends batch n+1 without waiting for batch n's receipt, up to
   * `ProducerOpened.max_pending_batches`. Receipts arrive in exactly the order the batches were
   * sent on this stream, including duplicates and per-batch errors, so a client may match them by
   * position as well as by `request_id`.
   * Open errors (the call ends with this status): INVALID_ARGUMENT, TOPIC_NOT_OWNED (look up again),
   * TOPIC_NOT_FOUND (the topic does not exist and the namespace forbids auto-creation),
   * TENANT_NOT_FOUND, NAMESPACE_NOT_FOUND, PERMISSION_DENIED, PRODUCER_BUSY (the producer name is
   * in use on this topic, or access mode conflict; retriable: a dead stream is detected by gRPC
   * keepalive and released), RESOURCE_EXHAUSTED (max producers per topic reached),
   * BACKLOG_QUOTA_EXCEEDED (quota policy PRODUCER_EXCEPTION and the quota is exceeded),
   * TOPIC_TERMINATED (the topic is terminated: it takes no more messages), UNAVAILABLE (the topic
   * could not be loaded, e.g. not enough bookies or no metadata quorum).
   */
  Produce(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_ProduceRequest, _magnetar_v1_ProduceResponse__Output>;
  Produce(options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_ProduceRequest, _magnetar_v1_ProduceResponse__Output>;
  /**
   * One stream per producer: open, then any number of batches, then close.
   * Batches are pipelined: the client sends batch n+1 without waiting for batch n's receipt, up to
   * `ProducerOpened.max_pending_batches`. Receipts arrive in exactly the order the batches were
   * sent on this stream, including duplicates and per-batch errors, so a client may match them by
   * position as well as by `request_id`.
   * Open errors (the call ends with this status): INVALID_ARGUMENT, TOPIC_NOT_OWNED (look up again),
   * TOPIC_NOT_FOUND (the topic does not exist and the namespace forbids auto-creation),
   * TENANT_NOT_FOUND, NAMESPACE_NOT_FOUND, PERMISSION_DENIED, PRODUCER_BUSY (the producer name is
   * in use on this topic, or access mode conflict; retriable: a dead stream is detected by gRPC
   * keepalive and released), RESOURCE_EXHAUSTED (max producers per topic reached),
   * BACKLOG_QUOTA_EXCEEDED (quota policy PRODUCER_EXCEPTION and the quota is exceeded),
   * TOPIC_TERMINATED (the topic is terminated: it takes no more messages), UNAVAILABLE (the topic
   * could not be loaded, e.g. not enough bookies or no metadata quorum).
   */
  produce(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_ProduceRequest, _magnetar_v1_ProduceResponse__Output>;
  produce(options?: grpc.CallOptions): grpc.ClientDuplexStream<_magnetar_v1_ProduceRequest, _magnetar_v1_ProduceResponse__Output>;
  
}

/**
 * Client <-> broker messaging. Every broker serves it. Lookup and GetPartitionedMetadata can be
 * asked of any broker; Produce and Consume only of the broker that owns the topic (the others
 * refuse them with TOPIC_NOT_OWNED).
 */
export interface MessagingHandlers extends grpc.UntypedServiceImplementation {
  /**
   * One stream per consumer: subscribe, then flow permits, acknowledgements and the other
   * requests; the broker pushes whole entries (see DeliveredEntry) as permits allow.
   * Subscribe errors (the call ends with this status): INVALID_ARGUMENT, TOPIC_NOT_OWNED (look up
   * again), TOPIC_NOT_FOUND, TENANT_NOT_FOUND, NAMESPACE_NOT_FOUND, PERMISSION_DENIED,
   * CONSUMER_BUSY (Exclusive subscription taken, subscription type or Key_Shared mode mismatch,
   * overlapping sticky hash ranges, name of an existing durable subscription used non-durably),
   * RESOURCE_EXHAUSTED (max consumers per topic or per subscription reached), UNAVAILABLE.
   */
  Consume: grpc.handleBidiStreamingCall<_magnetar_v1_ConsumeRequest__Output, _magnetar_v1_ConsumeResponse>;
  
  /**
   * Says whether `topic` is partitioned and into how many partitions. Any broker answers from the
   * metadata store. Errors: INVALID_ARGUMENT (malformed name), TENANT_NOT_FOUND,
   * NAMESPACE_NOT_FOUND, PERMISSION_DENIED, UNAVAILABLE, TIMEOUT.
   */
  GetPartitionedMetadata: grpc.handleUnaryCall<_magnetar_v1_GetPartitionedMetadataRequest__Output, _magnetar_v1_GetPartitionedMetadataResponse>;
  
  /**
   * Finds the broker that owns `topic`, assigning the topic's bundle to a broker when nobody owns
   * it. Semantics follow Pulsar's lookup:
   * - The bundle has an owner (an ephemeral ownership key exists): the answer is that owner with
   * `redirect` false. The client connects there.
   * - The bundle has no owner: the answering broker picks the least-loaded live broker from the
   * load reports. If that is itself (or the request is `authoritative`), it claims the bundle
   * with a compare-and-set and answers with itself (or with whoever won a concurrent claim).
   * Otherwise it answers `redirect` true with the chosen broker and `authoritative` true: the
   * client must ask that broker again with `authoritative` set, and that broker then claims the
   * bundle itself instead of choosing again, so a lookup converges in at most two hops.
   * - A broker that cannot decide (e.g. it is shutting down) may answer `redirect` true with
   * `authoritative` false: ask that broker, which will decide afresh.
   * Clients follow at most 5 redirects, then fail with UNAVAILABLE.
   * The topic need not exist: ownership is per bundle, and a producer or consumer creates the topic
   * when the namespace allows auto-creation.
   * Errors: INVALID_ARGUMENT (malformed name, or the base name of a partitioned topic: look up each
   * partition), TENANT_NOT_FOUND, NAMESPACE_NOT_FOUND, PERMISSION_DENIED, UNAVAILABLE (no live
   * broker, metadata quorum unavailable), TIMEOUT.
   */
  Lookup: grpc.handleUnaryCall<_magnetar_v1_LookupRequest__Output, _magnetar_v1_LookupResponse>;
  
  /**
   * One stream per producer: open, then any number of batches, then close.
   * Batches are pipelined: the client sends batch n+1 without waiting for batch n's receipt, up to
   * `ProducerOpened.max_pending_batches`. Receipts arrive in exactly the order the batches were
   * sent on this stream, including duplicates and per-batch errors, so a client may match them by
   * position as well as by `request_id`.
   * Open errors (the call ends with this status): INVALID_ARGUMENT, TOPIC_NOT_OWNED (look up again),
   * TOPIC_NOT_FOUND (the topic does not exist and the namespace forbids auto-creation),
   * TENANT_NOT_FOUND, NAMESPACE_NOT_FOUND, PERMISSION_DENIED, PRODUCER_BUSY (the producer name is
   * in use on this topic, or access mode conflict; retriable: a dead stream is detected by gRPC
   * keepalive and released), RESOURCE_EXHAUSTED (max producers per topic reached),
   * BACKLOG_QUOTA_EXCEEDED (quota policy PRODUCER_EXCEPTION and the quota is exceeded),
   * TOPIC_TERMINATED (the topic is terminated: it takes no more messages), UNAVAILABLE (the topic
   * could not be loaded, e.g. not enough bookies or no metadata quorum).
   */
  Produce: grpc.handleBidiStreamingCall<_magnetar_v1_ProduceRequest__Output, _magnetar_v1_ProduceResponse>;
  
}

export interface MessagingDefinition extends grpc.ServiceDefinition {
  Consume: MethodDefinition<_magnetar_v1_ConsumeRequest, _magnetar_v1_ConsumeResponse, _magnetar_v1_ConsumeRequest__Output, _magnetar_v1_ConsumeResponse__Output>
  GetPartitionedMetadata: MethodDefinition<_magnetar_v1_GetPartitionedMetadataRequest, _magnetar_v1_GetPartitionedMetadataResponse, _magnetar_v1_GetPartitionedMetadataRequest__Output, _magnetar_v1_GetPartitionedMetadataResponse__Output>
  Lookup: MethodDefinition<_magnetar_v1_LookupRequest, _magnetar_v1_LookupResponse, _magnetar_v1_LookupRequest__Output, _magnetar_v1_LookupResponse__Output>
  Produce: MethodDefinition<_magnetar_v1_ProduceRequest, _magnetar_v1_ProduceResponse, _magnetar_v1_ProduceRequest__Output, _magnetar_v1_ProduceResponse__Output>
}
