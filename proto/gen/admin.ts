import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Ack as _magnetar_v1_Ack, Ack__Output as _magnetar_v1_Ack__Output } from './magnetar/v1/Ack.js';
import type { AckedRange as _magnetar_v1_AckedRange, AckedRange__Output as _magnetar_v1_AckedRange__Output } from './magnetar/v1/AckedRange.js';
import type { ActiveConsumerChange as _magnetar_v1_ActiveConsumerChange, ActiveConsumerChange__Output as _magnetar_v1_ActiveConsumerChange__Output } from './magnetar/v1/ActiveConsumerChange.js';
import type { AdminClient as _magnetar_v1_AdminClient, AdminDefinition as _magnetar_v1_AdminDefinition } from './magnetar/v1/Admin.js';
import type { BacklogQuota as _magnetar_v1_BacklogQuota, BacklogQuota__Output as _magnetar_v1_BacklogQuota__Output } from './magnetar/v1/BacklogQuota.js';
import type { BookieSummary as _magnetar_v1_BookieSummary, BookieSummary__Output as _magnetar_v1_BookieSummary__Output } from './magnetar/v1/BookieSummary.js';
import type { BrokerAddress as _magnetar_v1_BrokerAddress, BrokerAddress__Output as _magnetar_v1_BrokerAddress__Output } from './magnetar/v1/BrokerAddress.js';
import type { BrokerLoad as _magnetar_v1_BrokerLoad, BrokerLoad__Output as _magnetar_v1_BrokerLoad__Output } from './magnetar/v1/BrokerLoad.js';
import type { BrokerSummary as _magnetar_v1_BrokerSummary, BrokerSummary__Output as _magnetar_v1_BrokerSummary__Output } from './magnetar/v1/BrokerSummary.js';
import type { BundleInfo as _magnetar_v1_BundleInfo, BundleInfo__Output as _magnetar_v1_BundleInfo__Output } from './magnetar/v1/BundleInfo.js';
import type { CloseConsumer as _magnetar_v1_CloseConsumer, CloseConsumer__Output as _magnetar_v1_CloseConsumer__Output } from './magnetar/v1/CloseConsumer.js';
import type { CloseProducer as _magnetar_v1_CloseProducer, CloseProducer__Output as _magnetar_v1_CloseProducer__Output } from './magnetar/v1/CloseProducer.js';
import type { ConsumeRequest as _magnetar_v1_ConsumeRequest, ConsumeRequest__Output as _magnetar_v1_ConsumeRequest__Output } from './magnetar/v1/ConsumeRequest.js';
import type { ConsumeResponse as _magnetar_v1_ConsumeResponse, ConsumeResponse__Output as _magnetar_v1_ConsumeResponse__Output } from './magnetar/v1/ConsumeResponse.js';
import type { ConsumerClosed as _magnetar_v1_ConsumerClosed, ConsumerClosed__Output as _magnetar_v1_ConsumerClosed__Output } from './magnetar/v1/ConsumerClosed.js';
import type { ConsumerStats as _magnetar_v1_ConsumerStats, ConsumerStats__Output as _magnetar_v1_ConsumerStats__Output } from './magnetar/v1/ConsumerStats.js';
import type { CreateNamespaceRequest as _magnetar_v1_CreateNamespaceRequest, CreateNamespaceRequest__Output as _magnetar_v1_CreateNamespaceRequest__Output } from './magnetar/v1/CreateNamespaceRequest.js';
import type { CreateSubscriptionRequest as _magnetar_v1_CreateSubscriptionRequest, CreateSubscriptionRequest__Output as _magnetar_v1_CreateSubscriptionRequest__Output } from './magnetar/v1/CreateSubscriptionRequest.js';
import type { CreateTenantRequest as _magnetar_v1_CreateTenantRequest, CreateTenantRequest__Output as _magnetar_v1_CreateTenantRequest__Output } from './magnetar/v1/CreateTenantRequest.js';
import type { CreateTopicRequest as _magnetar_v1_CreateTopicRequest, CreateTopicRequest__Output as _magnetar_v1_CreateTopicRequest__Output } from './magnetar/v1/CreateTopicRequest.js';
import type { CursorInternalStats as _magnetar_v1_CursorInternalStats, CursorInternalStats__Output as _magnetar_v1_CursorInternalStats__Output } from './magnetar/v1/CursorInternalStats.js';
import type { CursorReset as _magnetar_v1_CursorReset, CursorReset__Output as _magnetar_v1_CursorReset__Output } from './magnetar/v1/CursorReset.js';
import type { DeleteNamespaceRequest as _magnetar_v1_DeleteNamespaceRequest, DeleteNamespaceRequest__Output as _magnetar_v1_DeleteNamespaceRequest__Output } from './magnetar/v1/DeleteNamespaceRequest.js';
import type { DeleteSubscriptionRequest as _magnetar_v1_DeleteSubscriptionRequest, DeleteSubscriptionRequest__Output as _magnetar_v1_DeleteSubscriptionRequest__Output } from './magnetar/v1/DeleteSubscriptionRequest.js';
import type { DeleteTenantRequest as _magnetar_v1_DeleteTenantRequest, DeleteTenantRequest__Output as _magnetar_v1_DeleteTenantRequest__Output } from './magnetar/v1/DeleteTenantRequest.js';
import type { DeleteTopicRequest as _magnetar_v1_DeleteTopicRequest, DeleteTopicRequest__Output as _magnetar_v1_DeleteTopicRequest__Output } from './magnetar/v1/DeleteTopicRequest.js';
import type { DeliveredEntry as _magnetar_v1_DeliveredEntry, DeliveredEntry__Output as _magnetar_v1_DeliveredEntry__Output } from './magnetar/v1/DeliveredEntry.js';
import type { DispatchRate as _magnetar_v1_DispatchRate, DispatchRate__Output as _magnetar_v1_DispatchRate__Output } from './magnetar/v1/DispatchRate.js';
import type { Empty as _magnetar_v1_Empty, Empty__Output as _magnetar_v1_Empty__Output } from './magnetar/v1/Empty.js';
import type { EntryHeader as _magnetar_v1_EntryHeader, EntryHeader__Output as _magnetar_v1_EntryHeader__Output } from './magnetar/v1/EntryHeader.js';
import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from './magnetar/v1/Error.js';
import type { ExpireMessagesRequest as _magnetar_v1_ExpireMessagesRequest, ExpireMessagesRequest__Output as _magnetar_v1_ExpireMessagesRequest__Output } from './magnetar/v1/ExpireMessagesRequest.js';
import type { ExpireMessagesResponse as _magnetar_v1_ExpireMessagesResponse, ExpireMessagesResponse__Output as _magnetar_v1_ExpireMessagesResponse__Output } from './magnetar/v1/ExpireMessagesResponse.js';
import type { Flow as _magnetar_v1_Flow, Flow__Output as _magnetar_v1_Flow__Output } from './magnetar/v1/Flow.js';
import type { GetInternalStatsRequest as _magnetar_v1_GetInternalStatsRequest, GetInternalStatsRequest__Output as _magnetar_v1_GetInternalStatsRequest__Output } from './magnetar/v1/GetInternalStatsRequest.js';
import type { GetLastMessageId as _magnetar_v1_GetLastMessageId, GetLastMessageId__Output as _magnetar_v1_GetLastMessageId__Output } from './magnetar/v1/GetLastMessageId.js';
import type { GetLedgerRequest as _magnetar_v1_GetLedgerRequest, GetLedgerRequest__Output as _magnetar_v1_GetLedgerRequest__Output } from './magnetar/v1/GetLedgerRequest.js';
import type { GetNamespaceRequest as _magnetar_v1_GetNamespaceRequest, GetNamespaceRequest__Output as _magnetar_v1_GetNamespaceRequest__Output } from './magnetar/v1/GetNamespaceRequest.js';
import type { GetPartitionedMetadataRequest as _magnetar_v1_GetPartitionedMetadataRequest, GetPartitionedMetadataRequest__Output as _magnetar_v1_GetPartitionedMetadataRequest__Output } from './magnetar/v1/GetPartitionedMetadataRequest.js';
import type { GetPartitionedMetadataResponse as _magnetar_v1_GetPartitionedMetadataResponse, GetPartitionedMetadataResponse__Output as _magnetar_v1_GetPartitionedMetadataResponse__Output } from './magnetar/v1/GetPartitionedMetadataResponse.js';
import type { GetPartitionedStatsRequest as _magnetar_v1_GetPartitionedStatsRequest, GetPartitionedStatsRequest__Output as _magnetar_v1_GetPartitionedStatsRequest__Output } from './magnetar/v1/GetPartitionedStatsRequest.js';
import type { GetTenantRequest as _magnetar_v1_GetTenantRequest, GetTenantRequest__Output as _magnetar_v1_GetTenantRequest__Output } from './magnetar/v1/GetTenantRequest.js';
import type { GetTopicStatsRequest as _magnetar_v1_GetTopicStatsRequest, GetTopicStatsRequest__Output as _magnetar_v1_GetTopicStatsRequest__Output } from './magnetar/v1/GetTopicStatsRequest.js';
import type { HashRange as _magnetar_v1_HashRange, HashRange__Output as _magnetar_v1_HashRange__Output } from './magnetar/v1/HashRange.js';
import type { KeySharedOptions as _magnetar_v1_KeySharedOptions, KeySharedOptions__Output as _magnetar_v1_KeySharedOptions__Output } from './magnetar/v1/KeySharedOptions.js';
import type { LastMessageId as _magnetar_v1_LastMessageId, LastMessageId__Output as _magnetar_v1_LastMessageId__Output } from './magnetar/v1/LastMessageId.js';
import type { LedgerInfo as _magnetar_v1_LedgerInfo, LedgerInfo__Output as _magnetar_v1_LedgerInfo__Output } from './magnetar/v1/LedgerInfo.js';
import type { LedgerRolloverPolicy as _magnetar_v1_LedgerRolloverPolicy, LedgerRolloverPolicy__Output as _magnetar_v1_LedgerRolloverPolicy__Output } from './magnetar/v1/LedgerRolloverPolicy.js';
import type { LedgerSegment as _magnetar_v1_LedgerSegment, LedgerSegment__Output as _magnetar_v1_LedgerSegment__Output } from './magnetar/v1/LedgerSegment.js';
import type { LedgerSummary as _magnetar_v1_LedgerSummary, LedgerSummary__Output as _magnetar_v1_LedgerSummary__Output } from './magnetar/v1/LedgerSummary.js';
import type { ListBookiesRequest as _magnetar_v1_ListBookiesRequest, ListBookiesRequest__Output as _magnetar_v1_ListBookiesRequest__Output } from './magnetar/v1/ListBookiesRequest.js';
import type { ListBookiesResponse as _magnetar_v1_ListBookiesResponse, ListBookiesResponse__Output as _magnetar_v1_ListBookiesResponse__Output } from './magnetar/v1/ListBookiesResponse.js';
import type { ListBrokersRequest as _magnetar_v1_ListBrokersRequest, ListBrokersRequest__Output as _magnetar_v1_ListBrokersRequest__Output } from './magnetar/v1/ListBrokersRequest.js';
import type { ListBrokersResponse as _magnetar_v1_ListBrokersResponse, ListBrokersResponse__Output as _magnetar_v1_ListBrokersResponse__Output } from './magnetar/v1/ListBrokersResponse.js';
import type { ListBundlesRequest as _magnetar_v1_ListBundlesRequest, ListBundlesRequest__Output as _magnetar_v1_ListBundlesRequest__Output } from './magnetar/v1/ListBundlesRequest.js';
import type { ListBundlesResponse as _magnetar_v1_ListBundlesResponse, ListBundlesResponse__Output as _magnetar_v1_ListBundlesResponse__Output } from './magnetar/v1/ListBundlesResponse.js';
import type { ListMetadataMembersRequest as _magnetar_v1_ListMetadataMembersRequest, ListMetadataMembersRequest__Output as _magnetar_v1_ListMetadataMembersRequest__Output } from './magnetar/v1/ListMetadataMembersRequest.js';
import type { ListMetadataMembersResponse as _magnetar_v1_ListMetadataMembersResponse, ListMetadataMembersResponse__Output as _magnetar_v1_ListMetadataMembersResponse__Output } from './magnetar/v1/ListMetadataMembersResponse.js';
import type { ListNamespacesRequest as _magnetar_v1_ListNamespacesRequest, ListNamespacesRequest__Output as _magnetar_v1_ListNamespacesRequest__Output } from './magnetar/v1/ListNamespacesRequest.js';
import type { ListNamespacesResponse as _magnetar_v1_ListNamespacesResponse, ListNamespacesResponse__Output as _magnetar_v1_ListNamespacesResponse__Output } from './magnetar/v1/ListNamespacesResponse.js';
import type { ListSubscriptionsRequest as _magnetar_v1_ListSubscriptionsRequest, ListSubscriptionsRequest__Output as _magnetar_v1_ListSubscriptionsRequest__Output } from './magnetar/v1/ListSubscriptionsRequest.js';
import type { ListSubscriptionsResponse as _magnetar_v1_ListSubscriptionsResponse, ListSubscriptionsResponse__Output as _magnetar_v1_ListSubscriptionsResponse__Output } from './magnetar/v1/ListSubscriptionsResponse.js';
import type { ListTenantsRequest as _magnetar_v1_ListTenantsRequest, ListTenantsRequest__Output as _magnetar_v1_ListTenantsRequest__Output } from './magnetar/v1/ListTenantsRequest.js';
import type { ListTenantsResponse as _magnetar_v1_ListTenantsResponse, ListTenantsResponse__Output as _magnetar_v1_ListTenantsResponse__Output } from './magnetar/v1/ListTenantsResponse.js';
import type { ListTopicsRequest as _magnetar_v1_ListTopicsRequest, ListTopicsRequest__Output as _magnetar_v1_ListTopicsRequest__Output } from './magnetar/v1/ListTopicsRequest.js';
import type { ListTopicsResponse as _magnetar_v1_ListTopicsResponse, ListTopicsResponse__Output as _magnetar_v1_ListTopicsResponse__Output } from './magnetar/v1/ListTopicsResponse.js';
import type { LookupRequest as _magnetar_v1_LookupRequest, LookupRequest__Output as _magnetar_v1_LookupRequest__Output } from './magnetar/v1/LookupRequest.js';
import type { LookupResponse as _magnetar_v1_LookupResponse, LookupResponse__Output as _magnetar_v1_LookupResponse__Output } from './magnetar/v1/LookupResponse.js';
import type { ManagedLedgerInternalStats as _magnetar_v1_ManagedLedgerInternalStats, ManagedLedgerInternalStats__Output as _magnetar_v1_ManagedLedgerInternalStats__Output } from './magnetar/v1/ManagedLedgerInternalStats.js';
import type { MessageBatch as _magnetar_v1_MessageBatch, MessageBatch__Output as _magnetar_v1_MessageBatch__Output } from './magnetar/v1/MessageBatch.js';
import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from './magnetar/v1/MessageId.js';
import type { MessagingClient as _magnetar_v1_MessagingClient, MessagingDefinition as _magnetar_v1_MessagingDefinition } from './magnetar/v1/Messaging.js';
import type { MetadataMember as _magnetar_v1_MetadataMember, MetadataMember__Output as _magnetar_v1_MetadataMember__Output } from './magnetar/v1/MetadataMember.js';
import type { NamespaceInfo as _magnetar_v1_NamespaceInfo, NamespaceInfo__Output as _magnetar_v1_NamespaceInfo__Output } from './magnetar/v1/NamespaceInfo.js';
import type { NegativeAck as _magnetar_v1_NegativeAck, NegativeAck__Output as _magnetar_v1_NegativeAck__Output } from './magnetar/v1/NegativeAck.js';
import type { PartitionedTopicStats as _magnetar_v1_PartitionedTopicStats, PartitionedTopicStats__Output as _magnetar_v1_PartitionedTopicStats__Output } from './magnetar/v1/PartitionedTopicStats.js';
import type { PeekMessagesRequest as _magnetar_v1_PeekMessagesRequest, PeekMessagesRequest__Output as _magnetar_v1_PeekMessagesRequest__Output } from './magnetar/v1/PeekMessagesRequest.js';
import type { PeekMessagesResponse as _magnetar_v1_PeekMessagesResponse, PeekMessagesResponse__Output as _magnetar_v1_PeekMessagesResponse__Output } from './magnetar/v1/PeekMessagesResponse.js';
import type { PersistencePolicy as _magnetar_v1_PersistencePolicy, PersistencePolicy__Output as _magnetar_v1_PersistencePolicy__Output } from './magnetar/v1/PersistencePolicy.js';
import type { Policies as _magnetar_v1_Policies, Policies__Output as _magnetar_v1_Policies__Output } from './magnetar/v1/Policies.js';
import type { ProduceBatch as _magnetar_v1_ProduceBatch, ProduceBatch__Output as _magnetar_v1_ProduceBatch__Output } from './magnetar/v1/ProduceBatch.js';
import type { ProduceReceipt as _magnetar_v1_ProduceReceipt, ProduceReceipt__Output as _magnetar_v1_ProduceReceipt__Output } from './magnetar/v1/ProduceReceipt.js';
import type { ProduceRequest as _magnetar_v1_ProduceRequest, ProduceRequest__Output as _magnetar_v1_ProduceRequest__Output } from './magnetar/v1/ProduceRequest.js';
import type { ProduceResponse as _magnetar_v1_ProduceResponse, ProduceResponse__Output as _magnetar_v1_ProduceResponse__Output } from './magnetar/v1/ProduceResponse.js';
import type { ProducerClosed as _magnetar_v1_ProducerClosed, ProducerClosed__Output as _magnetar_v1_ProducerClosed__Output } from './magnetar/v1/ProducerClosed.js';
import type { ProducerOpen as _magnetar_v1_ProducerOpen, ProducerOpen__Output as _magnetar_v1_ProducerOpen__Output } from './magnetar/v1/ProducerOpen.js';
import type { ProducerOpened as _magnetar_v1_ProducerOpened, ProducerOpened__Output as _magnetar_v1_ProducerOpened__Output } from './magnetar/v1/ProducerOpened.js';
import type { PublisherStats as _magnetar_v1_PublisherStats, PublisherStats__Output as _magnetar_v1_PublisherStats__Output } from './magnetar/v1/PublisherStats.js';
import type { ReachedEndOfTopic as _magnetar_v1_ReachedEndOfTopic, ReachedEndOfTopic__Output as _magnetar_v1_ReachedEndOfTopic__Output } from './magnetar/v1/ReachedEndOfTopic.js';
import type { RedeliverUnacked as _magnetar_v1_RedeliverUnacked, RedeliverUnacked__Output as _magnetar_v1_RedeliverUnacked__Output } from './magnetar/v1/RedeliverUnacked.js';
import type { RequestReceipt as _magnetar_v1_RequestReceipt, RequestReceipt__Output as _magnetar_v1_RequestReceipt__Output } from './magnetar/v1/RequestReceipt.js';
import type { ResetCursorRequest as _magnetar_v1_ResetCursorRequest, ResetCursorRequest__Output as _magnetar_v1_ResetCursorRequest__Output } from './magnetar/v1/ResetCursorRequest.js';
import type { RetentionPolicy as _magnetar_v1_RetentionPolicy, RetentionPolicy__Output as _magnetar_v1_RetentionPolicy__Output } from './magnetar/v1/RetentionPolicy.js';
import type { RoleActions as _magnetar_v1_RoleActions, RoleActions__Output as _magnetar_v1_RoleActions__Output } from './magnetar/v1/RoleActions.js';
import type { Seek as _magnetar_v1_Seek, Seek__Output as _magnetar_v1_Seek__Output } from './magnetar/v1/Seek.js';
import type { SeekTarget as _magnetar_v1_SeekTarget, SeekTarget__Output as _magnetar_v1_SeekTarget__Output } from './magnetar/v1/SeekTarget.js';
import type { SetPoliciesRequest as _magnetar_v1_SetPoliciesRequest, SetPoliciesRequest__Output as _magnetar_v1_SetPoliciesRequest__Output } from './magnetar/v1/SetPoliciesRequest.js';
import type { SingleMessage as _magnetar_v1_SingleMessage, SingleMessage__Output as _magnetar_v1_SingleMessage__Output } from './magnetar/v1/SingleMessage.js';
import type { SkipMessagesRequest as _magnetar_v1_SkipMessagesRequest, SkipMessagesRequest__Output as _magnetar_v1_SkipMessagesRequest__Output } from './magnetar/v1/SkipMessagesRequest.js';
import type { SkipMessagesResponse as _magnetar_v1_SkipMessagesResponse, SkipMessagesResponse__Output as _magnetar_v1_SkipMessagesResponse__Output } from './magnetar/v1/SkipMessagesResponse.js';
import type { SplitBundleRequest as _magnetar_v1_SplitBundleRequest, SplitBundleRequest__Output as _magnetar_v1_SplitBundleRequest__Output } from './magnetar/v1/SplitBundleRequest.js';
import type { SplitBundleResponse as _magnetar_v1_SplitBundleResponse, SplitBundleResponse__Output as _magnetar_v1_SplitBundleResponse__Output } from './magnetar/v1/SplitBundleResponse.js';
import type { StoredEntry as _magnetar_v1_StoredEntry, StoredEntry__Output as _magnetar_v1_StoredEntry__Output } from './magnetar/v1/StoredEntry.js';
import type { Subscribe as _magnetar_v1_Subscribe, Subscribe__Output as _magnetar_v1_Subscribe__Output } from './magnetar/v1/Subscribe.js';
import type { Subscribed as _magnetar_v1_Subscribed, Subscribed__Output as _magnetar_v1_Subscribed__Output } from './magnetar/v1/Subscribed.js';
import type { SubscriptionStats as _magnetar_v1_SubscriptionStats, SubscriptionStats__Output as _magnetar_v1_SubscriptionStats__Output } from './magnetar/v1/SubscriptionStats.js';
import type { TenantInfo as _magnetar_v1_TenantInfo, TenantInfo__Output as _magnetar_v1_TenantInfo__Output } from './magnetar/v1/TenantInfo.js';
import type { TerminateTopicRequest as _magnetar_v1_TerminateTopicRequest, TerminateTopicRequest__Output as _magnetar_v1_TerminateTopicRequest__Output } from './magnetar/v1/TerminateTopicRequest.js';
import type { TerminateTopicResponse as _magnetar_v1_TerminateTopicResponse, TerminateTopicResponse__Output as _magnetar_v1_TerminateTopicResponse__Output } from './magnetar/v1/TerminateTopicResponse.js';
import type { TopicListing as _magnetar_v1_TopicListing, TopicListing__Output as _magnetar_v1_TopicListing__Output } from './magnetar/v1/TopicListing.js';
import type { TopicStats as _magnetar_v1_TopicStats, TopicStats__Output as _magnetar_v1_TopicStats__Output } from './magnetar/v1/TopicStats.js';
import type { UnloadBundleRequest as _magnetar_v1_UnloadBundleRequest, UnloadBundleRequest__Output as _magnetar_v1_UnloadBundleRequest__Output } from './magnetar/v1/UnloadBundleRequest.js';
import type { UnloadTopicRequest as _magnetar_v1_UnloadTopicRequest, UnloadTopicRequest__Output as _magnetar_v1_UnloadTopicRequest__Output } from './magnetar/v1/UnloadTopicRequest.js';
import type { Unsubscribe as _magnetar_v1_Unsubscribe, Unsubscribe__Output as _magnetar_v1_Unsubscribe__Output } from './magnetar/v1/Unsubscribe.js';
import type { UpdatePartitionedTopicRequest as _magnetar_v1_UpdatePartitionedTopicRequest, UpdatePartitionedTopicRequest__Output as _magnetar_v1_UpdatePartitionedTopicRequest__Output } from './magnetar/v1/UpdatePartitionedTopicRequest.js';
import type { UpdateTenantRequest as _magnetar_v1_UpdateTenantRequest, UpdateTenantRequest__Output as _magnetar_v1_UpdateTenantRequest__Output } from './magnetar/v1/UpdateTenantRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  magnetar: {
    v1: {
      Ack: MessageTypeDefinition<_magnetar_v1_Ack, _magnetar_v1_Ack__Output>
      AckType: EnumTypeDefinition
      AckedRange: MessageTypeDefinition<_magnetar_v1_AckedRange, _magnetar_v1_AckedRange__Output>
      ActiveConsumerChange: MessageTypeDefinition<_magnetar_v1_ActiveConsumerChange, _magnetar_v1_ActiveConsumerChange__Output>
      Admin: SubtypeConstructor<typeof grpc.Client, _magnetar_v1_AdminClient> & { service: _magnetar_v1_AdminDefinition }
      AuthAction: EnumTypeDefinition
      BacklogQuota: MessageTypeDefinition<_magnetar_v1_BacklogQuota, _magnetar_v1_BacklogQuota__Output>
      BookieSummary: MessageTypeDefinition<_magnetar_v1_BookieSummary, _magnetar_v1_BookieSummary__Output>
      BrokerAddress: MessageTypeDefinition<_magnetar_v1_BrokerAddress, _magnetar_v1_BrokerAddress__Output>
      BrokerLoad: MessageTypeDefinition<_magnetar_v1_BrokerLoad, _magnetar_v1_BrokerLoad__Output>
      BrokerSummary: MessageTypeDefinition<_magnetar_v1_BrokerSummary, _magnetar_v1_BrokerSummary__Output>
      BundleInfo: MessageTypeDefinition<_magnetar_v1_BundleInfo, _magnetar_v1_BundleInfo__Output>
      CloseConsumer: MessageTypeDefinition<_magnetar_v1_CloseConsumer, _magnetar_v1_CloseConsumer__Output>
      CloseProducer: MessageTypeDefinition<_magnetar_v1_CloseProducer, _magnetar_v1_CloseProducer__Output>
      CompressionCodec: EnumTypeDefinition
      ConsumeRequest: MessageTypeDefinition<_magnetar_v1_ConsumeRequest, _magnetar_v1_ConsumeRequest__Output>
      ConsumeResponse: MessageTypeDefinition<_magnetar_v1_ConsumeResponse, _magnetar_v1_ConsumeResponse__Output>
      ConsumerClosed: MessageTypeDefinition<_magnetar_v1_ConsumerClosed, _magnetar_v1_ConsumerClosed__Output>
      ConsumerStats: MessageTypeDefinition<_magnetar_v1_ConsumerStats, _magnetar_v1_ConsumerStats__Output>
      CreateNamespaceRequest: MessageTypeDefinition<_magnetar_v1_CreateNamespaceRequest, _magnetar_v1_CreateNamespaceRequest__Output>
      CreateSubscriptionRequest: MessageTypeDefinition<_magnetar_v1_CreateSubscriptionRequest, _magnetar_v1_CreateSubscriptionRequest__Output>
      CreateTenantRequest: MessageTypeDefinition<_magnetar_v1_CreateTenantRequest, _magnetar_v1_CreateTenantRequest__Output>
      CreateTopicRequest: MessageTypeDefinition<_magnetar_v1_CreateTopicRequest, _magnetar_v1_CreateTopicRequest__Output>
      CursorInternalStats: MessageTypeDefinition<_magnetar_v1_CursorInternalStats, _magnetar_v1_CursorInternalStats__Output>
      CursorReset: MessageTypeDefinition<_magnetar_v1_CursorReset, _magnetar_v1_CursorReset__Output>
      DeduplicationMode: EnumTypeDefinition
      DeleteNamespaceRequest: MessageTypeDefinition<_magnetar_v1_DeleteNamespaceRequest, _magnetar_v1_DeleteNamespaceRequest__Output>
      DeleteSubscriptionRequest: MessageTypeDefinition<_magnetar_v1_DeleteSubscriptionRequest, _magnetar_v1_DeleteSubscriptionRequest__Output>
      DeleteTenantRequest: MessageTypeDefinition<_magnetar_v1_DeleteTenantRequest, _magnetar_v1_DeleteTenantRequest__Output>
      DeleteTopicRequest: MessageTypeDefinition<_magnetar_v1_DeleteTopicRequest, _magnetar_v1_DeleteTopicRequest__Output>
      DeliveredEntry: MessageTypeDefinition<_magnetar_v1_DeliveredEntry, _magnetar_v1_DeliveredEntry__Output>
      DispatchRate: MessageTypeDefinition<_magnetar_v1_DispatchRate, _magnetar_v1_DispatchRate__Output>
      Empty: MessageTypeDefinition<_magnetar_v1_Empty, _magnetar_v1_Empty__Output>
      EntryHeader: MessageTypeDefinition<_magnetar_v1_EntryHeader, _magnetar_v1_EntryHeader__Output>
      Error: MessageTypeDefinition<_magnetar_v1_Error, _magnetar_v1_Error__Output>
      ErrorCode: EnumTypeDefinition
      ExpireMessagesRequest: MessageTypeDefinition<_magnetar_v1_ExpireMessagesRequest, _magnetar_v1_ExpireMessagesRequest__Output>
      ExpireMessagesResponse: MessageTypeDefinition<_magnetar_v1_ExpireMessagesResponse, _magnetar_v1_ExpireMessagesResponse__Output>
      Flow: MessageTypeDefinition<_magnetar_v1_Flow, _magnetar_v1_Flow__Output>
      GetInternalStatsRequest: MessageTypeDefinition<_magnetar_v1_GetInternalStatsRequest, _magnetar_v1_GetInternalStatsRequest__Output>
      GetLastMessageId: MessageTypeDefinition<_magnetar_v1_GetLastMessageId, _magnetar_v1_GetLastMessageId__Output>
      GetLedgerRequest: MessageTypeDefinition<_magnetar_v1_GetLedgerRequest, _magnetar_v1_GetLedgerRequest__Output>
      GetNamespaceRequest: MessageTypeDefinition<_magnetar_v1_GetNamespaceRequest, _magnetar_v1_GetNamespaceRequest__Output>
      GetPartitionedMetadataRequest: MessageTypeDefinition<_magnetar_v1_GetPartitionedMetadataRequest, _magnetar_v1_GetPartitionedMetadataRequest__Output>
      GetPartitionedMetadataResponse: MessageTypeDefinition<_magnetar_v1_GetPartitionedMetadataResponse, _magnetar_v1_GetPartitionedMetadataResponse__Output>
      GetPartitionedStatsRequest: MessageTypeDefinition<_magnetar_v1_GetPartitionedStatsRequest, _magnetar_v1_GetPartitionedStatsRequest__Output>
      GetTenantRequest: MessageTypeDefinition<_magnetar_v1_GetTenantRequest, _magnetar_v1_GetTenantRequest__Output>
      GetTopicStatsRequest: MessageTypeDefinition<_magnetar_v1_GetTopicStatsRequest, _magnetar_v1_GetTopicStatsRequest__Output>
      HashRange: MessageTypeDefinition<_magnetar_v1_HashRange, _magnetar_v1_HashRange__Output>
      InitialPosition: EnumTypeDefinition
      KeySharedMode: EnumTypeDefinition
      KeySharedOptions: MessageTypeDefinition<_magnetar_v1_KeySharedOptions, _magnetar_v1_KeySharedOptions__Output>
      LastMessageId: MessageTypeDefinition<_magnetar_v1_LastMessageId, _magnetar_v1_LastMessageId__Output>
      LedgerInfo: MessageTypeDefinition<_magnetar_v1_LedgerInfo, _magnetar_v1_LedgerInfo__Output>
      LedgerRolloverPolicy: MessageTypeDefinition<_magnetar_v1_LedgerRolloverPolicy, _magnetar_v1_LedgerRolloverPolicy__Output>
      LedgerSegment: MessageTypeDefinition<_magnetar_v1_LedgerSegment, _magnetar_v1_LedgerSegment__Output>
      LedgerSummary: MessageTypeDefinition<_magnetar_v1_LedgerSummary, _magnetar_v1_LedgerSummary__Output>
      ListBookiesRequest: MessageTypeDefinition<_magnetar_v1_ListBookiesRequest, _magnetar_v1_ListBookiesRequest__Output>
      ListBookiesResponse: MessageTypeDefinition<_magnetar_v1_ListBookiesResponse, _magnetar_v1_ListBookiesResponse__Output>
      ListBrokersRequest: MessageTypeDefinition<_magnetar_v1_ListBrokersRequest, _magnetar_v1_ListBrokersRequest__Output>
      ListBrokersResponse: MessageTypeDefinition<_magnetar_v1_ListBrokersResponse, _magnetar_v1_ListBrokersResponse__Output>
      ListBundlesRequest: MessageTypeDefinition<_magnetar_v1_ListBundlesRequest, _magnetar_v1_ListBundlesRequest__Output>
      ListBundlesResponse: MessageTypeDefinition<_magnetar_v1_ListBundlesResponse, _magnetar_v1_ListBundlesResponse__Output>
      ListMetadataMembersRequest: MessageTypeDefinition<_magnetar_v1_ListMetadataMembersRequest, _magnetar_v1_ListMetadataMembersRequest__Output>
      ListMetadataMembersResponse: MessageTypeDefinition<_magnetar_v1_ListMetadataMembersResponse, _magnetar_v1_ListMetadataMembersResponse__Output>
      ListNamespacesRequest: MessageTypeDefinition<_magnetar_v1_ListNamespacesRequest, _magnetar_v1_ListNamespacesRequest__Output>
      ListNamespacesResponse: MessageTypeDefinition<_magnetar_v1_ListNamespacesResponse, _magnetar_v1_ListNamespacesResponse__Output>
      ListSubscriptionsRequest: MessageTypeDefinition<_magnetar_v1_ListSubscriptionsRequest, _magnetar_v1_ListSubscriptionsRequest__Output>
      ListSubscriptionsResponse: MessageTypeDefinition<_magnetar_v1_ListSubscriptionsResponse, _magnetar_v1_ListSubscriptionsResponse__Output>
      ListTenantsRequest: MessageTypeDefinition<_magnetar_v1_ListTenantsRequest, _magnetar_v1_ListTenantsRequest__Output>
      ListTenantsResponse: MessageTypeDefinition<_magnetar_v1_ListTenantsResponse, _magnetar_v1_ListTenantsResponse__Output>
      ListTopicsRequest: MessageTypeDefinition<_magnetar_v1_ListTopicsRequest, _magnetar_v1_ListTopicsRequest__Output>
      ListTopicsResponse: MessageTypeDefinition<_magnetar_v1_ListTopicsResponse, _magnetar_v1_ListTopicsResponse__Output>
      LookupRequest: MessageTypeDefinition<_magnetar_v1_LookupRequest, _magnetar_v1_LookupRequest__Output>
      LookupResponse: MessageTypeDefinition<_magnetar_v1_LookupResponse, _magnetar_v1_LookupResponse__Output>
      ManagedLedgerInternalStats: MessageTypeDefinition<_magnetar_v1_ManagedLedgerInternalStats, _magnetar_v1_ManagedLedgerInternalStats__Output>
      MessageBatch: MessageTypeDefinition<_magnetar_v1_MessageBatch, _magnetar_v1_MessageBatch__Output>
      MessageId: MessageTypeDefinition<_magnetar_v1_MessageId, _magnetar_v1_MessageId__Output>
      /**
       * Client <-> broker messaging. Every broker serves it. Lookup and GetPartitionedMetadata can be
       * asked of any broker; Produce and Consume only of the broker that owns the topic (the others
       * refuse them with TOPIC_NOT_OWNED).
       */
      Messaging: SubtypeConstructor<typeof grpc.Client, _magnetar_v1_MessagingClient> & { service: _magnetar_v1_MessagingDefinition }
      MetadataMember: MessageTypeDefinition<_magnetar_v1_MetadataMember, _magnetar_v1_MetadataMember__Output>
      NamespaceInfo: MessageTypeDefinition<_magnetar_v1_NamespaceInfo, _magnetar_v1_NamespaceInfo__Output>
      NegativeAck: MessageTypeDefinition<_magnetar_v1_NegativeAck, _magnetar_v1_NegativeAck__Output>
      PartitionedTopicStats: MessageTypeDefinition<_magnetar_v1_PartitionedTopicStats, _magnetar_v1_PartitionedTopicStats__Output>
      PeekMessagesRequest: MessageTypeDefinition<_magnetar_v1_PeekMessagesRequest, _magnetar_v1_PeekMessagesRequest__Output>
      PeekMessagesResponse: MessageTypeDefinition<_magnetar_v1_PeekMessagesResponse, _magnetar_v1_PeekMessagesResponse__Output>
      PersistencePolicy: MessageTypeDefinition<_magnetar_v1_PersistencePolicy, _magnetar_v1_PersistencePolicy__Output>
      Policies: MessageTypeDefinition<_magnetar_v1_Policies, _magnetar_v1_Policies__Output>
      ProduceBatch: MessageTypeDefinition<_magnetar_v1_ProduceBatch, _magnetar_v1_ProduceBatch__Output>
      ProduceReceipt: MessageTypeDefinition<_magnetar_v1_ProduceReceipt, _magnetar_v1_ProduceReceipt__Output>
      ProduceRequest: MessageTypeDefinition<_magnetar_v1_ProduceRequest, _magnetar_v1_ProduceRequest__Output>
      ProduceResponse: MessageTypeDefinition<_magnetar_v1_ProduceResponse, _magnetar_v1_ProduceResponse__Output>
      ProducerAccessMode: EnumTypeDefinition
      ProducerClosed: MessageTypeDefinition<_magnetar_v1_ProducerClosed, _magnetar_v1_ProducerClosed__Output>
      ProducerOpen: MessageTypeDefinition<_magnetar_v1_ProducerOpen, _magnetar_v1_ProducerOpen__Output>
      ProducerOpened: MessageTypeDefinition<_magnetar_v1_ProducerOpened, _magnetar_v1_ProducerOpened__Output>
      PublisherStats: MessageTypeDefinition<_magnetar_v1_PublisherStats, _magnetar_v1_PublisherStats__Output>
      ReachedEndOfTopic: MessageTypeDefinition<_magnetar_v1_ReachedEndOfTopic, _magnetar_v1_ReachedEndOfTopic__Output>
      RedeliverUnacked: MessageTypeDefinition<_magnetar_v1_RedeliverUnacked, _magnetar_v1_RedeliverUnacked__Output>
      RequestReceipt: MessageTypeDefinition<_magnetar_v1_RequestReceipt, _magnetar_v1_RequestReceipt__Output>
      ResetCursorRequest: MessageTypeDefinition<_magnetar_v1_ResetCursorRequest, _magnetar_v1_ResetCursorRequest__Output>
      RetentionPolicy: MessageTypeDefinition<_magnetar_v1_RetentionPolicy, _magnetar_v1_RetentionPolicy__Output>
      RoleActions: MessageTypeDefinition<_magnetar_v1_RoleActions, _magnetar_v1_RoleActions__Output>
      Seek: MessageTypeDefinition<_magnetar_v1_Seek, _magnetar_v1_Seek__Output>
      SeekTarget: MessageTypeDefinition<_magnetar_v1_SeekTarget, _magnetar_v1_SeekTarget__Output>
      SetPoliciesRequest: MessageTypeDefinition<_magnetar_v1_SetPoliciesRequest, _magnetar_v1_SetPoliciesRequest__Output>
      SingleMessage: MessageTypeDefinition<_magnetar_v1_SingleMessage, _magnetar_v1_SingleMessage__Output>
      SkipMessagesRequest: MessageTypeDefinition<_magnetar_v1_SkipMessagesRequest, _magnetar_v1_SkipMessagesRequest__Output>
      SkipMessagesResponse: MessageTypeDefinition<_magnetar_v1_SkipMessagesResponse, _magnetar_v1_SkipMessagesResponse__Output>
      SplitBundleRequest: MessageTypeDefinition<_magnetar_v1_SplitBundleRequest, _magnetar_v1_SplitBundleRequest__Output>
      SplitBundleResponse: MessageTypeDefinition<_magnetar_v1_SplitBundleResponse, _magnetar_v1_SplitBundleResponse__Output>
      StoredEntry: MessageTypeDefinition<_magnetar_v1_StoredEntry, _magnetar_v1_StoredEntry__Output>
      Subscribe: MessageTypeDefinition<_magnetar_v1_Subscribe, _magnetar_v1_Subscribe__Output>
      Subscribed: MessageTypeDefinition<_magnetar_v1_Subscribed, _magnetar_v1_Subscribed__Output>
      SubscriptionDurability: EnumTypeDefinition
      SubscriptionStats: MessageTypeDefinition<_magnetar_v1_SubscriptionStats, _magnetar_v1_SubscriptionStats__Output>
      SubscriptionType: EnumTypeDefinition
      TenantInfo: MessageTypeDefinition<_magnetar_v1_TenantInfo, _magnetar_v1_TenantInfo__Output>
      TerminateTopicRequest: MessageTypeDefinition<_magnetar_v1_TerminateTopicRequest, _magnetar_v1_TerminateTopicRequest__Output>
      TerminateTopicResponse: MessageTypeDefinition<_magnetar_v1_TerminateTopicResponse, _magnetar_v1_TerminateTopicResponse__Output>
      TopicListing: MessageTypeDefinition<_magnetar_v1_TopicListing, _magnetar_v1_TopicListing__Output>
      TopicStats: MessageTypeDefinition<_magnetar_v1_TopicStats, _magnetar_v1_TopicStats__Output>
      UnloadBundleRequest: MessageTypeDefinition<_magnetar_v1_UnloadBundleRequest, _magnetar_v1_UnloadBundleRequest__Output>
      UnloadTopicRequest: MessageTypeDefinition<_magnetar_v1_UnloadTopicRequest, _magnetar_v1_UnloadTopicRequest__Output>
      Unsubscribe: MessageTypeDefinition<_magnetar_v1_Unsubscribe, _magnetar_v1_Unsubscribe__Output>
      UpdatePartitionedTopicRequest: MessageTypeDefinition<_magnetar_v1_UpdatePartitionedTopicRequest, _magnetar_v1_UpdatePartitionedTopicRequest__Output>
      UpdateTenantRequest: MessageTypeDefinition<_magnetar_v1_UpdateTenantRequest, _magnetar_v1_UpdateTenantRequest__Output>
    }
  }
}

