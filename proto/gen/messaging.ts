import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Ack as _magnetar_v1_Ack, Ack__Output as _magnetar_v1_Ack__Output } from './magnetar/v1/Ack.js';
import type { ActiveConsumerChange as _magnetar_v1_ActiveConsumerChange, ActiveConsumerChange__Output as _magnetar_v1_ActiveConsumerChange__Output } from './magnetar/v1/ActiveConsumerChange.js';
import type { BrokerAddress as _magnetar_v1_BrokerAddress, BrokerAddress__Output as _magnetar_v1_BrokerAddress__Output } from './magnetar/v1/BrokerAddress.js';
import type { CloseConsumer as _magnetar_v1_CloseConsumer, CloseConsumer__Output as _magnetar_v1_CloseConsumer__Output } from './magnetar/v1/CloseConsumer.js';
import type { CloseProducer as _magnetar_v1_CloseProducer, CloseProducer__Output as _magnetar_v1_CloseProducer__Output } from './magnetar/v1/CloseProducer.js';
import type { ConsumeRequest as _magnetar_v1_ConsumeRequest, ConsumeRequest__Output as _magnetar_v1_ConsumeRequest__Output } from './magnetar/v1/ConsumeRequest.js';
import type { ConsumeResponse as _magnetar_v1_ConsumeResponse, ConsumeResponse__Output as _magnetar_v1_ConsumeResponse__Output } from './magnetar/v1/ConsumeResponse.js';
import type { ConsumerClosed as _magnetar_v1_ConsumerClosed, ConsumerClosed__Output as _magnetar_v1_ConsumerClosed__Output } from './magnetar/v1/ConsumerClosed.js';
import type { CursorReset as _magnetar_v1_CursorReset, CursorReset__Output as _magnetar_v1_CursorReset__Output } from './magnetar/v1/CursorReset.js';
import type { DeliveredEntry as _magnetar_v1_DeliveredEntry, DeliveredEntry__Output as _magnetar_v1_DeliveredEntry__Output } from './magnetar/v1/DeliveredEntry.js';
import type { Empty as _magnetar_v1_Empty, Empty__Output as _magnetar_v1_Empty__Output } from './magnetar/v1/Empty.js';
import type { EntryHeader as _magnetar_v1_EntryHeader, EntryHeader__Output as _magnetar_v1_EntryHeader__Output } from './magnetar/v1/EntryHeader.js';
import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from './magnetar/v1/Error.js';
import type { Flow as _magnetar_v1_Flow, Flow__Output as _magnetar_v1_Flow__Output } from './magnetar/v1/Flow.js';
import type { GetLastMessageId as _magnetar_v1_GetLastMessageId, GetLastMessageId__Output as _magnetar_v1_GetLastMessageId__Output } from './magnetar/v1/GetLastMessageId.js';
import type { GetPartitionedMetadataRequest as _magnetar_v1_GetPartitionedMetadataRequest, GetPartitionedMetadataRequest__Output as _magnetar_v1_GetPartitionedMetadataRequest__Output } from './magnetar/v1/GetPartitionedMetadataRequest.js';
import type { GetPartitionedMetadataResponse as _magnetar_v1_GetPartitionedMetadataResponse, GetPartitionedMetadataResponse__Output as _magnetar_v1_GetPartitionedMetadataResponse__Output } from './magnetar/v1/GetPartitionedMetadataResponse.js';
import type { HashRange as _magnetar_v1_HashRange, HashRange__Output as _magnetar_v1_HashRange__Output } from './magnetar/v1/HashRange.js';
import type { KeySharedOptions as _magnetar_v1_KeySharedOptions, KeySharedOptions__Output as _magnetar_v1_KeySharedOptions__Output } from './magnetar/v1/KeySharedOptions.js';
import type { LastMessageId as _magnetar_v1_LastMessageId, LastMessageId__Output as _magnetar_v1_LastMessageId__Output } from './magnetar/v1/LastMessageId.js';
import type { LookupRequest as _magnetar_v1_LookupRequest, LookupRequest__Output as _magnetar_v1_LookupRequest__Output } from './magnetar/v1/LookupRequest.js';
import type { LookupResponse as _magnetar_v1_LookupResponse, LookupResponse__Output as _magnetar_v1_LookupResponse__Output } from './magnetar/v1/LookupResponse.js';
import type { MessageBatch as _magnetar_v1_MessageBatch, MessageBatch__Output as _magnetar_v1_MessageBatch__Output } from './magnetar/v1/MessageBatch.js';
import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from './magnetar/v1/MessageId.js';
import type { MessagingClient as _magnetar_v1_MessagingClient, MessagingDefinition as _magnetar_v1_MessagingDefinition } from './magnetar/v1/Messaging.js';
import type { NegativeAck as _magnetar_v1_NegativeAck, NegativeAck__Output as _magnetar_v1_NegativeAck__Output } from './magnetar/v1/NegativeAck.js';
import type { ProduceBatch as _magnetar_v1_ProduceBatch, ProduceBatch__Output as _magnetar_v1_ProduceBatch__Output } from './magnetar/v1/ProduceBatch.js';
import type { ProduceReceipt as _magnetar_v1_ProduceReceipt, ProduceReceipt__Output as _magnetar_v1_ProduceReceipt__Output } from './magnetar/v1/ProduceReceipt.js';
import type { ProduceRequest as _magnetar_v1_ProduceRequest, ProduceRequest__Output as _magnetar_v1_ProduceRequest__Output } from './magnetar/v1/ProduceRequest.js';
import type { ProduceResponse as _magnetar_v1_ProduceResponse, ProduceResponse__Output as _magnetar_v1_ProduceResponse__Output } from './magnetar/v1/ProduceResponse.js';
import type { ProducerClosed as _magnetar_v1_ProducerClosed, ProducerClosed__Output as _magnetar_v1_ProducerClosed__Output } from './magnetar/v1/ProducerClosed.js';
import type { ProducerOpen as _magnetar_v1_ProducerOpen, ProducerOpen__Output as _magnetar_v1_ProducerOpen__Output } from './magnetar/v1/ProducerOpen.js';
import type { ProducerOpened as _magnetar_v1_ProducerOpened, ProducerOpened__Output as _magnetar_v1_ProducerOpened__Output } from './magnetar/v1/ProducerOpened.js';
import type { ReachedEndOfTopic as _magnetar_v1_ReachedEndOfTopic, ReachedEndOfTopic__Output as _magnetar_v1_ReachedEndOfTopic__Output } from './magnetar/v1/ReachedEndOfTopic.js';
import type { RedeliverUnacked as _magnetar_v1_RedeliverUnacked, RedeliverUnacked__Output as _magnetar_v1_RedeliverUnacked__Output } from './magnetar/v1/RedeliverUnacked.js';
import type { RequestReceipt as _magnetar_v1_RequestReceipt, RequestReceipt__Output as _magnetar_v1_RequestReceipt__Output } from './magnetar/v1/RequestReceipt.js';
import type { Seek as _magnetar_v1_Seek, Seek__Output as _magnetar_v1_Seek__Output } from './magnetar/v1/Seek.js';
import type { SeekTarget as _magnetar_v1_SeekTarget, SeekTarget__Output as _magnetar_v1_SeekTarget__Output } from './magnetar/v1/SeekTarget.js';
import type { SingleMessage as _magnetar_v1_SingleMessage, SingleMessage__Output as _magnetar_v1_SingleMessage__Output } from './magnetar/v1/SingleMessage.js';
import type { StoredEntry as _magnetar_v1_StoredEntry, StoredEntry__Output as _magnetar_v1_StoredEntry__Output } from './magnetar/v1/StoredEntry.js';
import type { Subscribe as _magnetar_v1_Subscribe, Subscribe__Output as _magnetar_v1_Subscribe__Output } from './magnetar/v1/Subscribe.js';
import type { Subscribed as _magnetar_v1_Subscribed, Subscribed__Output as _magnetar_v1_Subscribed__Output } from './magnetar/v1/Subscribed.js';
import type { Unsubscribe as _magnetar_v1_Unsubscribe, Unsubscribe__Output as _magnetar_v1_Unsubscribe__Output } from './magnetar/v1/Unsubscribe.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  magnetar: {
    v1: {
      Ack: MessageTypeDefinition<_magnetar_v1_Ack, _magnetar_v1_Ack__Output>
      AckType: EnumTypeDefinition
      ActiveConsumerChange: MessageTypeDefinition<_magnetar_v1_ActiveConsumerChange, _magnetar_v1_ActiveConsumerChange__Output>
      BrokerAddress: MessageTypeDefinition<_magnetar_v1_BrokerAddress, _magnetar_v1_BrokerAddress__Output>
      CloseConsumer: MessageTypeDefinition<_magnetar_v1_CloseConsumer, _magnetar_v1_CloseConsumer__Output>
      CloseProducer: MessageTypeDefinition<_magnetar_v1_CloseProducer, _magnetar_v1_CloseProducer__Output>
      CompressionCodec: EnumTypeDefinition
      ConsumeRequest: MessageTypeDefinition<_magnetar_v1_ConsumeRequest, _magnetar_v1_ConsumeRequest__Output>
      ConsumeResponse: MessageTypeDefinition<_magnetar_v1_ConsumeResponse, _magnetar_v1_ConsumeResponse__Output>
      ConsumerClosed: MessageTypeDefinition<_magnetar_v1_ConsumerClosed, _magnetar_v1_ConsumerClosed__Output>
      CursorReset: MessageTypeDefinition<_magnetar_v1_CursorReset, _magnetar_v1_CursorReset__Output>
      DeduplicationMode: EnumTypeDefinition
      DeliveredEntry: MessageTypeDefinition<_magnetar_v1_DeliveredEntry, _magnetar_v1_DeliveredEntry__Output>
      Empty: MessageTypeDefinition<_magnetar_v1_Empty, _magnetar_v1_Empty__Output>
      EntryHeader: MessageTypeDefinition<_magnetar_v1_EntryHeader, _magnetar_v1_EntryHeader__Output>
      Error: MessageTypeDefinition<_magnetar_v1_Error, _magnetar_v1_Error__Output>
      ErrorCode: EnumTypeDefinition
      Flow: MessageTypeDefinition<_magnetar_v1_Flow, _magnetar_v1_Flow__Output>
      GetLastMessageId: MessageTypeDefinition<_magnetar_v1_GetLastMessageId, _magnetar_v1_GetLastMessageId__Output>
      GetPartitionedMetadataRequest: MessageTypeDefinition<_magnetar_v1_GetPartitionedMetadataRequest, _magnetar_v1_GetPartitionedMetadataRequest__Output>
      GetPartitionedMetadataResponse: MessageTypeDefinition<_magnetar_v1_GetPartitionedMetadataResponse, _magnetar_v1_GetPartitionedMetadataResponse__Output>
      HashRange: MessageTypeDefinition<_magnetar_v1_HashRange, _magnetar_v1_HashRange__Output>
      InitialPosition: EnumTypeDefinition
      KeySharedMode: EnumTypeDefinition
      KeySharedOptions: MessageTypeDefinition<_magnetar_v1_KeySharedOptions, _magnetar_v1_KeySharedOptions__Output>
      LastMessageId: MessageTypeDefinition<_magnetar_v1_LastMessageId, _magnetar_v1_LastMessageId__Output>
      LookupRequest: MessageTypeDefinition<_magnetar_v1_LookupRequest, _magnetar_v1_LookupRequest__Output>
      LookupResponse: MessageTypeDefinition<_magnetar_v1_LookupResponse, _magnetar_v1_LookupResponse__Output>
      MessageBatch: MessageTypeDefinition<_magnetar_v1_MessageBatch, _magnetar_v1_MessageBatch__Output>
      MessageId: MessageTypeDefinition<_magnetar_v1_MessageId, _magnetar_v1_MessageId__Output>
      /**
       * Client <-> broker messaging. Every broker serves it. Lookup and GetPartitionedMetadata can be
       * asked of any broker; Produce and Consume only of the broker that owns the topic (the others
       * refuse them with TOPIC_NOT_OWNED).
       */
      Messaging: SubtypeConstructor<typeof grpc.Client, _magnetar_v1_MessagingClient> & { service: _magnetar_v1_MessagingDefinition }
      NegativeAck: MessageTypeDefinition<_magnetar_v1_NegativeAck, _magnetar_v1_NegativeAck__Output>
      ProduceBatch: MessageTypeDefinition<_magnetar_v1_ProduceBatch, _magnetar_v1_ProduceBatch__Output>
      ProduceReceipt: MessageTypeDefinition<_magnetar_v1_ProduceReceipt, _magnetar_v1_ProduceReceipt__Output>
      ProduceRequest: MessageTypeDefinition<_magnetar_v1_ProduceRequest, _magnetar_v1_ProduceRequest__Output>
      ProduceResponse: MessageTypeDefinition<_magnetar_v1_ProduceResponse, _magnetar_v1_ProduceResponse__Output>
      ProducerAccessMode: EnumTypeDefinition
      ProducerClosed: MessageTypeDefinition<_magnetar_v1_ProducerClosed, _magnetar_v1_ProducerClosed__Output>
      ProducerOpen: MessageTypeDefinition<_magnetar_v1_ProducerOpen, _magnetar_v1_ProducerOpen__Output>
      ProducerOpened: MessageTypeDefinition<_magnetar_v1_ProducerOpened, _magnetar_v1_ProducerOpened__Output>
      ReachedEndOfTopic: MessageTypeDefinition<_magnetar_v1_ReachedEndOfTopic, _magnetar_v1_ReachedEndOfTopic__Output>
      RedeliverUnacked: MessageTypeDefinition<_magnetar_v1_RedeliverUnacked, _magnetar_v1_RedeliverUnacked__Output>
      RequestReceipt: MessageTypeDefinition<_magnetar_v1_RequestReceipt, _magnetar_v1_RequestReceipt__Output>
      Seek: MessageTypeDefinition<_magnetar_v1_Seek, _magnetar_v1_Seek__Output>
      SeekTarget: MessageTypeDefinition<_magnetar_v1_SeekTarget, _magnetar_v1_SeekTarget__Output>
      SingleMessage: MessageTypeDefinition<_magnetar_v1_SingleMessage, _magnetar_v1_SingleMessage__Output>
      StoredEntry: MessageTypeDefinition<_magnetar_v1_StoredEntry, _magnetar_v1_StoredEntry__Output>
      Subscribe: MessageTypeDefinition<_magnetar_v1_Subscribe, _magnetar_v1_Subscribe__Output>
      Subscribed: MessageTypeDefinition<_magnetar_v1_Subscribed, _magnetar_v1_Subscribed__Output>
      SubscriptionDurability: EnumTypeDefinition
      SubscriptionType: EnumTypeDefinition
      Unsubscribe: MessageTypeDefinition<_magnetar_v1_Unsubscribe, _magnetar_v1_Unsubscribe__Output>
    }
  }
}

