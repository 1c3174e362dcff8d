// Original file: proto/admin.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateNamespaceRequest as _magnetar_v1_CreateNamespaceRequest, CreateNamespaceRequest__Output as _magnetar_v1_CreateNamespaceRequest__Output } from '../../magnetar/v1/CreateNamespaceRequest.js';
import type { CreateSubscriptionRequest as _magnetar_v1_CreateSubscriptionRequest, CreateSubscriptionRequest__Output as _magnetar_v1_CreateSubscriptionRequest__Output } from '../../magnetar/v1/CreateSubscriptionRequest.js';
import type { CreateTenantRequest as _magnetar_v1_CreateTenantRequest, CreateTenantRequest__Output as _magnetar_v1_CreateTenantRequest__Output } from '../../magnetar/v1/CreateTenantRequest.js';
import type { CreateTopicRequest as _magnetar_v1_CreateTopicRequest, CreateTopicRequest__Output as _magnetar_v1_CreateTopicRequest__Output } from '../../magnetar/v1/CreateTopicRequest.js';
import type { DeleteNamespaceRequest as _magnetar_v1_DeleteNamespaceRequest, DeleteNamespaceRequest__Output as _magnetar_v1_DeleteNamespaceRequest__Output } from '../../magnetar/v1/DeleteNamespaceRequest.js';
import type { DeleteSubscriptionRequest as _magnetar_v1_DeleteSubscriptionRequest, DeleteSubscriptionRequest__Output as _magnetar_v1_DeleteSubscriptionRequest__Output } from '../../magnetar/v1/DeleteSubscriptionRequest.js';
import type { DeleteTenantRequest as _magnetar_v1_DeleteTenantRequest, DeleteTenantRequest__Output as _magnetar_v1_DeleteTenantRequest__Output } from '../../magnetar/v1/DeleteTenantRequest.js';
import type { DeleteTopicRequest as _magnetar_v1_DeleteTopicRequest, DeleteTopicRequest__Output as _magnetar_v1_DeleteTopicRequest__Output } from '../../magnetar/v1/DeleteTopicRequest.js';
import type { Empty as _magnetar_v1_Empty, Empty__Output as _magnetar_v1_Empty__Output } from '../../magnetar/v1/Empty.js';
import type { ExpireMessagesRequest as _magnetar_v1_ExpireMessagesRequest, ExpireMessagesRequest__Output as _magnetar_v1_ExpireMessagesRequest__Output } from '../../magnetar/v1/ExpireMessagesRequest.js';
import type { ExpireMessagesResponse as _magnetar_v1_ExpireMessagesResponse, ExpireMessagesResponse__Output as _magnetar_v1_ExpireMessagesResponse__Output } from '../../magnetar/v1/ExpireMessagesResponse.js';
import type { GetInternalStatsRequest as _magnetar_v1_GetInternalStatsRequest, GetInternalStatsRequest__Output as _magnetar_v1_GetInternalStatsRequest__Output } from '../../magnetar/v1/GetInternalStatsRequest.js';
import type { GetLedgerRequest as _magnetar_v1_GetLedgerRequest, GetLedgerRequest__Output as _magnetar_v1_GetLedgerRequest__Output } from '../../magnetar/v1/GetLedgerRequest.js';
import type { GetNamespaceRequest as _magnetar_v1_GetNamespaceRequest, GetNamespaceRequest__Output as _magnetar_v1_GetNamespaceRequest__Output } from '../../magnetar/v1/GetNamespaceRequest.js';
import type { GetPartitionedStatsRequest as _magnetar_v1_GetPartitionedStatsRequest, GetPartitionedStatsRequest__Output as _magnetar_v1_GetPartitionedStatsRequest__Output } from '../../magnetar/v1/GetPartitionedStatsRequest.js';
import type { GetTenantRequest as _magnetar_v1_GetTenantRequest, GetTenantRequest__Output as _magnetar_v1_GetTenantRequest__Output } from '../../magnetar/v1/GetTenantRequest.js';
import type { GetTopicStatsRequest as _magnetar_v1_GetTopicStatsRequest, GetTopicStatsRequest__Output as _magnetar_v1_GetTopicStatsRequest__Output } from '../../magnetar/v1/GetTopicStatsRequest.js';
import type { LedgerInfo as _magnetar_v1_LedgerInfo, LedgerInfo__Output as _magnetar_v1_LedgerInfo__Output } from '../../magnetar/v1/LedgerInfo.js';
import type { ListBookiesRequest as _magnetar_v1_ListBookiesRequest, ListBookiesRequest__Output as _magnetar_v1_ListBookiesRequest__Output } from '../../magnetar/v1/ListBookiesRequest.js';
import type { ListBookiesResponse as _magnetar_v1_ListBookiesResponse, ListBookiesResponse__Output as _magnetar_v1_ListBookiesResponse__Output } from '../../magnetar/v1/ListBookiesResponse.js';
import type { ListBrokersRequest as _magnetar_v1_ListBrokersRequest, ListBrokersRequest__Output as _magnetar_v1_ListBrokersRequest__Output } from '../../magnetar/v1/ListBrokersRequest.js';
import type { ListBrokersResponse as _magnetar_v1_ListBrokersResponse, ListBrokersResponse__Output as _magnetar_v1_ListBrokersResponse__Output } from '../../magnetar/v1/ListBrokersResponse.js';
import type { ListBundlesRequest as _magnetar_v1_ListBundlesRequest, ListBundlesRequest__Output as _magnetar_v1_ListBundlesRequest__Output } from '../../magnetar/v1/ListBundlesRequest.js';
import type { ListBundlesResponse as _magnetar_v1_ListBundlesResponse, ListBundlesResponse__Output as _magnetar_v1_ListBundlesResponse__Output } from '../../magnetar/v1/ListBundlesResponse.js';
import type { ListMetadataMembersRequest as _magnetar_v1_ListMetadataMembersRequest, ListMetadataMembersRequest__Output as _magnetar_v1_ListMetadataMembersRequest__Output } from '../../magnetar/v1/ListMetadataMembersRequest.js';
import type { ListMetadataMembersResponse as _magnetar_v1_ListMetadataMembersResponse, ListMetadataMembersResponse__Output as _magnetar_v1_ListMetadataMembersResponse__Output } from '../../magnetar/v1/ListMetadataMembersResponse.js';
import type { ListNamespacesRequest as _magnetar_v1_ListNamespacesRequest, ListNamespacesRequest__Output as _magnetar_v1_ListNamespacesRequest__Output } from '../../magnetar/v1/ListNamespacesRequest.js';
import type { ListNamespacesResponse as _magnetar_v1_ListNamespacesResponse, ListNamespacesResponse__Output as _magnetar_v1_ListNamespacesResponse__Output } from '../../magnetar/v1/ListNamespacesResponse.js';
import type { ListSubscriptionsRequest as _magnetar_v1_ListSubscriptionsRequest, ListSubscriptionsRequest__Output as _magnetar_v1_ListSubscriptionsRequest__Output } from '../../magnetar/v1/ListSubscriptionsRequest.js';
import type { ListSubscriptionsResponse as _magnetar_v1_ListSubscriptionsResponse, ListSubscriptionsResponse__Output as _magnetar_v1_ListSubscriptionsResponse__Output } from '../../magnetar/v1/ListSubscriptionsResponse.js';
import type { ListTenantsRequest as _magnetar_v1_ListTenantsRequest, ListTenantsRequest__Output as _magnetar_v1_ListTenantsRequest__Output } from '../../magnetar/v1/ListTenantsRequest.js';
import type { ListTenantsResponse as _magnetar_v1_ListTenantsResponse, ListTenantsResponse__Output as _magnetar_v1_ListTenantsResponse__Output } from '../../magnetar/v1/ListTenantsResponse.js';
import type { ListTopicsRequest as _magnetar_v1_ListTopicsRequest, ListTopicsRequest__Output as _magnetar_v1_ListTopicsRequest__Output } from '../../magnetar/v1/ListTopicsRequest.js';
import type { ListTopicsResponse as _magnetar_v1_ListTopicsResponse, ListTopicsResponse__Output as _magnetar_v1_ListTopicsResponse__Output } from '../../magnetar/v1/ListTopicsResponse.js';
import type { ManagedLedgerInternalStats as _magnetar_v1_ManagedLedgerInternalStats, ManagedLedgerInternalStats__Output as _magnetar_v1_ManagedLedgerInternalStats__Output } from '../../magnetar/v1/ManagedLedgerInternalStats.js';
import type { NamespaceInfo as _magnetar_v1_NamespaceInfo, NamespaceInfo__Output as _magnetar_v1_NamespaceInfo__Output } from '../../magnetar/v1/NamespaceInfo.js';
import type { PartitionedTopicStats as _magnetar_v1_PartitionedTopicStats, PartitionedTopicStats__Output as _magnetar_v1_PartitionedTopicStats__Output } from '../../magnetar/v1/PartitionedTopicStats.js';
import type { PeekMessagesRequest as _magnetar_v1_PeekMessagesRequest, PeekMessagesRequest__Output as _magnetar_v1_PeekMessagesRequest__Output } from '../../magnetar/v1/PeekMessagesRequest.js';
import type { PeekMessagesResponse as _magnetar_v1_PeekMessagesResponse, PeekMessagesResponse__Output as _magnetar_v1_PeekMessagesResponse__Output } from '../../magnetar/v1/PeekMessagesResponse.js';
import type { ResetCursorRequest as _magnetar_v1_ResetCursorRequest, ResetCursorRequest__Output as _magnetar_v1_ResetCursorRequest__Output } from '../../magnetar/v1/ResetCursorRequest.js';
import type { SetPoliciesRequest as _magnetar_v1_SetPoliciesRequest, SetPoliciesRequest__Output as _magnetar_v1_SetPoliciesRequest__Output } from '../../magnetar/v1/SetPoliciesRequest.js';
import type { SkipMessagesRequest as _magnetar_v1_SkipMessagesRequest, SkipMessagesRequest__Output as _magnetar_v1_SkipMessagesRequest__Output } from '../../magnetar/v1/SkipMessagesRequest.js';
import type { SkipMessagesResponse as _magnetar_v1_SkipMessagesResponse, SkipMessagesResponse__Output as _magnetar_v1_SkipMessagesResponse__Output } from '../../magnetar/v1/SkipMessagesResponse.js';
import type { SplitBundleRequest as _magnetar_v1_SplitBundleRequest, SplitBundleRequest__Output as _magnetar_v1_SplitBundleRequest__Output } from '../../magnetar/v1/SplitBundleRequest.js';
import type { SplitBundleResponse as _magnetar_v1_SplitBundleResponse, SplitBundleResponse__Output as _magnetar_v1_SplitBundleResponse__Output } from '../../magnetar/v1/SplitBundleResponse.js';
import type { TenantInfo as _magnetar_v1_TenantInfo, TenantInfo__Output as _magnetar_v1_TenantInfo__Output } from '../../magnetar/v1/TenantInfo.js';
import type { TerminateTopicRequest as _magnetar_v1_TerminateTopicRequest, TerminateTopicRequest__Output as _magnetar_v1_TerminateTopicRequest__Output } from '../../magnetar/v1/TerminateTopicRequest.js';
import type { TerminateTopicResponse as _magnetar_v1_TerminateTopicResponse, TerminateTopicResponse__Output as _magnetar_v1_TerminateTopicResponse__Output } from '../../magnetar/v1/TerminateTopicResponse.js';
import type { TopicStats as _magnetar_v1_TopicStats, TopicStats__Output as _magnetar_v1_TopicStats__Output } from '../../magnetar/v1/TopicStats.js';
import type { UnloadBundleRequest as _magnetar_v1_UnloadBundleRequest, UnloadBundleRequest__Output as _magnetar_v1_UnloadBundleRequest__Output } from '../../magnetar/v1/UnloadBundleRequest.js';
import type { UnloadTopicRequest as _magnetar_v1_UnloadTopicRequest, UnloadTopicRequest__Output as _magnetar_v1_UnloadTopicRequest__Output } from '../../magnetar/v1/UnloadTopicRequest.js';
import type { UpdatePartitionedTopicRequest as _magnetar_v1_UpdatePartitionedTopicRequest, UpdatePartitionedTopicRequest__Output as _magnetar_v1_UpdatePartitionedTopicRequest__Output } from '../../magnetar/v1/UpdatePartitionedTopicRequest.js';
import type { UpdateTenantRequest as _magnetar_v1_UpdateTenantRequest, UpdateTenantRequest__Output as _magnetar_v1_UpdateTenantRequest__Output } from '../../magnetar/v1/UpdateTenantRequest.js';

export interface AdminClient extends grpc.Client {
  /**
   * Creates a namespace with the given policies (absent fields = broker defaults) and its bundles.
   * Errors: INVALID_ARGUMENT (malformed name or policy value), TENANT_NOT_FOUND, ALREADY_EXISTS.
   */
  CreateNamespace(argument: _magnetar_v1_CreateNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _magnetar_v1_CreateNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _magnetar_v1_CreateNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  CreateNamespace(argument: _magnetar_v1_CreateNamespaceRequest, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a namespace with the given policies (absent fields = broker defaults) and its bundles.
   * Errors: INVALID_ARGUMENT (malformed name or policy value), TENANT_NOT_FOUND, ALREADY_EXISTS.
   */
  createNamespace(argument: _magnetar_v1_CreateNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _magnetar_v1_CreateNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _magnetar_v1_CreateNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  createNamespace(argument: _magnetar_v1_CreateNamespaceRequest, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a durable subscription without a consumer, so it retains messages from `start` on.
   * Errors: TOPIC_NOT_FOUND, ALREADY_EXISTS, INVALID_ARGUMENT (a message id on a partitioned
   * topic's base name: ids belong to one partition).
   */
  CreateSubscription(argument: _magnetar_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  CreateSubscription(argument: _magnetar_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  CreateSubscription(argument: _magnetar_v1_CreateSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  CreateSubscription(argument: _magnetar_v1_CreateSubscriptionRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a durable subscription without a consumer, so it retains messages from `start` on.
   * Errors: TOPIC_NOT_FOUND, ALREADY_EXISTS, INVALID_ARGUMENT (a message id on a partitioned
   * topic's base name: ids belong to one partition).
   */
  createSubscription(argument: _magnetar_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  createSubscription(argument: _magnetar_v1_CreateSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  createSubscription(argument: _magnetar_v1_CreateSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  createSubscription(argument: _magnetar_v1_CreateSubscriptionRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a tenant. Errors: INVALID_ARGUMENT (name not 1-64 characters of [A-Za-z0-9_.=:-]),
   * ALREADY_EXISTS.
   */
  CreateTenant(argument: _magnetar_v1_CreateTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  CreateTenant(argument: _magnetar_v1_CreateTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  CreateTenant(argument: _magnetar_v1_CreateTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  CreateTenant(argument: _magnetar_v1_CreateTenantRequest, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a tenant. Errors: INVALID_ARGUMENT (name not 1-64 characters of [A-Za-z0-9_.=:-]),
   * ALREADY_EXISTS.
   */
  createTenant(argument: _magnetar_v1_CreateTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  createTenant(argument: _magnetar_v1_CreateTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  createTenant(argument: _magnetar_v1_CreateTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  createTenant(argument: _magnetar_v1_CreateTenantRequest, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates a non-partitioned topic (partitions 0) or a partitioned topic and all its partitions.
   * Errors: INVALID_ARGUMENT (malformed name, a partitioned topic whose name contains
   * "-partition-", partitions out of range), NAMESPACE_NOT_FOUND, ALREADY_EXISTS (the topic, or a
   * topic of the same base name, exists).
   */
  CreateTopic(argument: _magnetar_v1_CreateTopicRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  CreateTopic(argument: _magnetar_v1_CreateTopicRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  CreateTopic(argument: _magnetar_v1_CreateTopicRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  CreateTopic(argument: _magnetar_v1_CreateTopicRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a non-partitioned topic (partitions 0) or a partitioned topic and all its partitions.
   * Errors: INVALID_ARGUMENT (malformed name, a partitioned topic whose name contains
   * "-partition-", partitions out of range), NAMESPACE_NOT_FOUND, ALREADY_EXISTS (the topic, or a
   * topic of the same base name, exists).
   */
  createTopic(argument: _magnetar_v1_CreateTopicRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  createTopic(argument: _magnetar_v1_CreateTopicRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  createTopic(argument: _magnetar_v1_CreateTopicRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  createTopic(argument: _magnetar_v1_CreateTopicRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a namespace. Errors: NAMESPACE_NOT_FOUND, NOT_EMPTY (it has topics and force is false).
   */
  DeleteNamespace(argument: _magnetar_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteNamespace(argument: _magnetar_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteNamespace(argument: _magnetar_v1_DeleteNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteNamespace(argument: _magnetar_v1_DeleteNamespaceRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a namespace. Errors: NAMESPACE_NOT_FOUND, NOT_EMPTY (it has topics and force is false).
   */
  deleteNamespace(argument: _magnetar_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteNamespace(argument: _magnetar_v1_DeleteNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteNamespace(argument: _magnetar_v1_DeleteNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteNamespace(argument: _magnetar_v1_DeleteNamespaceRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a subscription and its cursor; its backlog no longer retains messages. Errors:
   * TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, CONSUMER_BUSY (consumers connected and force is
   * false; with force they get `closed` with SUBSCRIPTION_NOT_FOUND).
   */
  DeleteSubscription(argument: _magnetar_v1_DeleteSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteSubscription(argument: _magnetar_v1_DeleteSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteSubscription(argument: _magnetar_v1_DeleteSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteSubscription(argument: _magnetar_v1_DeleteSubscriptionRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a subscription and its cursor; its backlog no longer retains messages. Errors:
   * TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, CONSUMER_BUSY (consumers connected and force is
   * false; with force they get `closed` with SUBSCRIPTION_NOT_FOUND).
   */
  deleteSubscription(argument: _magnetar_v1_DeleteSubscriptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteSubscription(argument: _magnetar_v1_DeleteSubscriptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteSubscription(argument: _magnetar_v1_DeleteSubscriptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteSubscription(argument: _magnetar_v1_DeleteSubscriptionRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a tenant. Errors: TENANT_NOT_FOUND, NOT_EMPTY (it has namespaces and force is false).
   */
  DeleteTenant(argument: _magnetar_v1_DeleteTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteTenant(argument: _magnetar_v1_DeleteTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteTenant(argument: _magnetar_v1_DeleteTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteTenant(argument: _magnetar_v1_DeleteTenantRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a tenant. Errors: TENANT_NOT_FOUND, NOT_EMPTY (it has namespaces and force is false).
   */
  deleteTenant(argument: _magnetar_v1_DeleteTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteTenant(argument: _magnetar_v1_DeleteTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteTenant(argument: _magnetar_v1_DeleteTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteTenant(argument: _magnetar_v1_DeleteTenantRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a topic (all partitions of a partitioned one) with its ledgers and subscriptions.
   * Errors: TOPIC_NOT_FOUND, PRODUCER_BUSY / CONSUMER_BUSY (clients are connected and force is
   * false).
   */
  DeleteTopic(argument: _magnetar_v1_DeleteTopicRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteTopic(argument: _magnetar_v1_DeleteTopicRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteTopic(argument: _magnetar_v1_DeleteTopicRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteTopic(argument: _magnetar_v1_DeleteTopicRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a topic (all partitions of a partitioned one) with its ledgers and subscriptions.
   * Errors: TOPIC_NOT_FOUND, PRODUCER_BUSY / CONSUMER_BUSY (clients are connected and force is
   * false).
   */
  deleteTopic(argument: _magnetar_v1_DeleteTopicRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteTopic(argument: _magnetar_v1_DeleteTopicRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteTopic(argument: _magnetar_v1_DeleteTopicRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteTopic(argument: _magnetar_v1_DeleteTopicRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Acknowledges every unacknowledged message of the subscription whose entry the broker appended
   * more than expire_time_seconds ago (EntryHeader.broker_publish_time_ms), as message TTL does.
   * Errors: TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT.
   */
  ExpireMessages(argument: _magnetar_v1_ExpireMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ExpireMessagesResponse__Output>): grpc.ClientUnaryCall;
  ExpireMessages(argument: _magnetar_v1_ExpireMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ExpireMessagesResponse__Output>): grpc.ClientUnaryCall;
  ExpireMessages(argument: _magnetar_v1_ExpireMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ExpireMessagesResponse__Output>): grpc.ClientUnaryCall;
  ExpireMessages(argument: _magnetar_v1_ExpireMessagesRequest, callback: grpc.requestCallback<_magnetar_v1_ExpireMessagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Acknowledges every unacknowledged message of the subscription whose entry the broker appended
   * more than expire_time_seconds ago (EntryHeader.broker_publish_time_ms), as message TTL does.
   * Errors: TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT.
   */
  expireMessages(argument: _magnetar_v1_ExpireMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ExpireMessagesResponse__Output>): grpc.ClientUnaryCall;
  expireMessages(argument: _magnetar_v1_ExpireMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ExpireMessagesResponse__Output>): grpc.ClientUnaryCall;
  expireMessages(argument: _magnetar_v1_ExpireMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ExpireMessagesResponse__Output>): grpc.ClientUnaryCall;
  expireMessages(argument: _magnetar_v1_ExpireMessagesRequest, callback: grpc.requestCallback<_magnetar_v1_ExpireMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Storage-level state of one topic or partition: its managed ledger and cursors. Like
   * GetTopicStats, answered from metadata alone when no broker owns the bundle. Errors:
   * TOPIC_NOT_FOUND, INVALID_ARGUMENT (a partitioned topic's base name).
   */
  GetInternalStats(argument: _magnetar_v1_GetInternalStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ManagedLedgerInternalStats__Output>): grpc.ClientUnaryCall;
  GetInternalStats(argument: _magnetar_v1_GetInternalStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ManagedLedgerInternalStats__Output>): grpc.ClientUnaryCall;
  GetInternalStats(argument: _magnetar_v1_GetInternalStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ManagedLedgerInternalStats__Output>): grpc.ClientUnaryCall;
  GetInternalStats(argument: _magnetar_v1_GetInternalStatsRequest, callback: grpc.requestCallback<_magnetar_v1_ManagedLedgerInternalStats__Output>): grpc.ClientUnaryCall;
  /**
   * Storage-level state of one topic or partition: its managed ledger and cursors. Like
   * GetTopicStats, answered from metadata alone when no broker owns the bundle. Errors:
   * TOPIC_NOT_FOUND, INVALID_ARGUMENT (a partitioned topic's base name).
   */
  getInternalStats(argument: _magnetar_v1_GetInternalStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ManagedLedgerInternalStats__Output>): grpc.ClientUnaryCall;
  getInternalStats(argument: _magnetar_v1_GetInternalStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ManagedLedgerInternalStats__Output>): grpc.ClientUnaryCall;
  getInternalStats(argument: _magnetar_v1_GetInternalStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ManagedLedgerInternalStats__Output>): grpc.ClientUnaryCall;
  getInternalStats(argument: _magnetar_v1_GetInternalStatsRequest, callback: grpc.requestCallback<_magnetar_v1_ManagedLedgerInternalStats__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reads one ledger's metadata (/ledgers/<id>). Errors: LEDGER_NOT_FOUND.
   */
  GetLedger(argument: _magnetar_v1_GetLedgerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LedgerInfo__Output>): grpc.ClientUnaryCall;
  GetLedger(argument: _magnetar_v1_GetLedgerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LedgerInfo__Output>): grpc.ClientUnaryCall;
  GetLedger(argument: _magnetar_v1_GetLedgerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LedgerInfo__Output>): grpc.ClientUnaryCall;
  GetLedger(argument: _magnetar_v1_GetLedgerRequest, callback: grpc.requestCallback<_magnetar_v1_LedgerInfo__Output>): grpc.ClientUnaryCall;
  /**
   * Reads one ledger's metadata (/ledgers/<id>). Errors: LEDGER_NOT_FOUND.
   */
  getLedger(argument: _magnetar_v1_GetLedgerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LedgerInfo__Output>): grpc.ClientUnaryCall;
  getLedger(argument: _magnetar_v1_GetLedgerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_LedgerInfo__Output>): grpc.ClientUnaryCall;
  getLedger(argument: _magnetar_v1_GetLedgerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_LedgerInfo__Output>): grpc.ClientUnaryCall;
  getLedger(argument: _magnetar_v1_GetLedgerRequest, callback: grpc.requestCallback<_magnetar_v1_LedgerInfo__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reads a namespace's policies and their version. Errors: NAMESPACE_NOT_FOUND.
   */
  GetNamespace(argument: _magnetar_v1_GetNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _magnetar_v1_GetNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _magnetar_v1_GetNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  GetNamespace(argument: _magnetar_v1_GetNamespaceRequest, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  /**
   * Reads a namespace's policies and their version. Errors: NAMESPACE_NOT_FOUND.
   */
  getNamespace(argument: _magnetar_v1_GetNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _magnetar_v1_GetNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _magnetar_v1_GetNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  getNamespace(argument: _magnetar_v1_GetNamespaceRequest, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  
  /**
   * Statistics of a partitioned topic: the aggregate over its partitions, and optionally each one.
   * Errors: TOPIC_NOT_FOUND, INVALID_ARGUMENT (not a partitioned topic).
   */
  GetPartitionedStats(argument: _magnetar_v1_GetPartitionedStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PartitionedTopicStats__Output>): grpc.ClientUnaryCall;
  GetPartitionedStats(argument: _magnetar_v1_GetPartitionedStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_PartitionedTopicStats__Output>): grpc.ClientUnaryCall;
  GetPartitionedStats(argument: _magnetar_v1_GetPartitionedStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PartitionedTopicStats__Output>): grpc.ClientUnaryCall;
  GetPartitionedStats(argument: _magnetar_v1_GetPartitionedStatsRequest, callback: grpc.requestCallback<_magnetar_v1_PartitionedTopicStats__Output>): grpc.ClientUnaryCall;
  /**
   * Statistics of a partitioned topic: the aggregate over its partitions, and optionally each one.
   * Errors: TOPIC_NOT_FOUND, INVALID_ARGUMENT (not a partitioned topic).
   */
  getPartitionedStats(argument: _magnetar_v1_GetPartitionedStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PartitionedTopicStats__Output>): grpc.ClientUnaryCall;
  getPartitionedStats(argument: _magnetar_v1_GetPartitionedStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_PartitionedTopicStats__Output>): grpc.ClientUnaryCall;
  getPartitionedStats(argument: _magnetar_v1_GetPartitionedStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PartitionedTopicStats__Output>): grpc.ClientUnaryCall;
  getPartitionedStats(argument: _magnetar_v1_GetPartitionedStatsRequest, callback: grpc.requestCallback<_magnetar_v1_PartitionedTopicStats__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reads a tenant. Errors: TENANT_NOT_FOUND.
   */
  GetTenant(argument: _magnetar_v1_GetTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  GetTenant(argument: _magnetar_v1_GetTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  GetTenant(argument: _magnetar_v1_GetTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  GetTenant(argument: _magnetar_v1_GetTenantRequest, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  /**
   * Reads a tenant. Errors: TENANT_NOT_FOUND.
   */
  getTenant(argument: _magnetar_v1_GetTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  getTenant(argument: _magnetar_v1_GetTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  getTenant(argument: _magnetar_v1_GetTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  getTenant(argument: _magnetar_v1_GetTenantRequest, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  
  /**
   * Current statistics of one non-partitioned topic or partition, from its owner. If the bundle
   * has no owner, the answering broker does not assign it (observing must not load topics): it
   * answers from the metadata alone (rates 0, no publishers or consumers, owner absent).
   * Errors: TOPIC_NOT_FOUND, INVALID_ARGUMENT (a partitioned topic's base name: use
   * GetPartitionedStats).
   */
  GetTopicStats(argument: _magnetar_v1_GetTopicStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TopicStats__Output>): grpc.ClientUnaryCall;
  GetTopicStats(argument: _magnetar_v1_GetTopicStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TopicStats__Output>): grpc.ClientUnaryCall;
  GetTopicStats(argument: _magnetar_v1_GetTopicStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TopicStats__Output>): grpc.ClientUnaryCall;
  GetTopicStats(argument: _magnetar_v1_GetTopicStatsRequest, callback: grpc.requestCallback<_magnetar_v1_TopicStats__Output>): grpc.ClientUnaryCall;
  /**
   * Current statistics of one non-partitioned topic or partition, from its owner. If the bundle
   * has no owner, the answering broker does not assign it (observing must not load topics): it
   * answers from the metadata alone (rates 0, no publishers or consumers, owner absent).
   * Errors: TOPIC_NOT_FOUND, INVALID_ARGUMENT (a partitioned topic's base name: use
   * GetPartitionedStats).
   */
  getTopicStats(argument: _magnetar_v1_GetTopicStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TopicStats__Output>): grpc.ClientUnaryCall;
  getTopicStats(argument: _magnetar_v1_GetTopicStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TopicStats__Output>): grpc.ClientUnaryCall;
  getTopicStats(argument: _magnetar_v1_GetTopicStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TopicStats__Output>): grpc.ClientUnaryCall;
  getTopicStats(argument: _magnetar_v1_GetTopicStatsRequest, callback: grpc.requestCallback<_magnetar_v1_TopicStats__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists the live bookies (registered under /bookies) with their last reports, by id.
   */
  ListBookies(argument: _magnetar_v1_ListBookiesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBookiesResponse__Output>): grpc.ClientUnaryCall;
  ListBookies(argument: _magnetar_v1_ListBookiesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListBookiesResponse__Output>): grpc.ClientUnaryCall;
  ListBookies(argument: _magnetar_v1_ListBookiesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBookiesResponse__Output>): grpc.ClientUnaryCall;
  ListBookies(argument: _magnetar_v1_ListBookiesRequest, callback: grpc.requestCallback<_magnetar_v1_ListBookiesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists the live bookies (registered under /bookies) with their last reports, by id.
   */
  listBookies(argument: _magnetar_v1_ListBookiesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBookiesResponse__Output>): grpc.ClientUnaryCall;
  listBookies(argument: _magnetar_v1_ListBookiesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListBookiesResponse__Output>): grpc.ClientUnaryCall;
  listBookies(argument: _magnetar_v1_ListBookiesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBookiesResponse__Output>): grpc.ClientUnaryCall;
  listBookies(argument: _magnetar_v1_ListBookiesRequest, callback: grpc.requestCallback<_magnetar_v1_ListBookiesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists the live brokers (registered under /brokers) with their last load reports, by id.
   */
  ListBrokers(argument: _magnetar_v1_ListBrokersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBrokersResponse__Output>): grpc.ClientUnaryCall;
  ListBrokers(argument: _magnetar_v1_ListBrokersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListBrokersResponse__Output>): grpc.ClientUnaryCall;
  ListBrokers(argument: _magnetar_v1_ListBrokersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBrokersResponse__Output>): grpc.ClientUnaryCall;
  ListBrokers(argument: _magnetar_v1_ListBrokersRequest, callback: grpc.requestCallback<_magnetar_v1_ListBrokersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists the live brokers (registered under /brokers) with their last load reports, by id.
   */
  listBrokers(argument: _magnetar_v1_ListBrokersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBrokersResponse__Output>): grpc.ClientUnaryCall;
  listBrokers(argument: _magnetar_v1_ListBrokersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListBrokersResponse__Output>): grpc.ClientUnaryCall;
  listBrokers(argument: _magnetar_v1_ListBrokersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBrokersResponse__Output>): grpc.ClientUnaryCall;
  listBrokers(argument: _magnetar_v1_ListBrokersRequest, callback: grpc.requestCallback<_magnetar_v1_ListBrokersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists a namespace's bundles in hash order with their owners (from the ownership keys).
   * Errors: NAMESPACE_NOT_FOUND.
   */
  ListBundles(argument: _magnetar_v1_ListBundlesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBundlesResponse__Output>): grpc.ClientUnaryCall;
  ListBundles(argument: _magnetar_v1_ListBundlesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListBundlesResponse__Output>): grpc.ClientUnaryCall;
  ListBundles(argument: _magnetar_v1_ListBundlesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBundlesResponse__Output>): grpc.ClientUnaryCall;
  ListBundles(argument: _magnetar_v1_ListBundlesRequest, callback: grpc.requestCallback<_magnetar_v1_ListBundlesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists a namespace's bundles in hash order with their owners (from the ownership keys).
   * Errors: NAMESPACE_NOT_FOUND.
   */
  listBundles(argument: _magnetar_v1_ListBundlesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBundlesResponse__Output>): grpc.ClientUnaryCall;
  listBundles(argument: _magnetar_v1_ListBundlesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListBundlesResponse__Output>): grpc.ClientUnaryCall;
  listBundles(argument: _magnetar_v1_ListBundlesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListBundlesResponse__Output>): grpc.ClientUnaryCall;
  listBundles(argument: _magnetar_v1_ListBundlesRequest, callback: grpc.requestCallback<_magnetar_v1_ListBundlesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists the members of the metadata quorum with their Raft state, asking each member; a member
   * that does not answer within the call's deadline is listed as unreachable.
   */
  ListMetadataMembers(argument: _magnetar_v1_ListMetadataMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListMetadataMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMetadataMembers(argument: _magnetar_v1_ListMetadataMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListMetadataMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMetadataMembers(argument: _magnetar_v1_ListMetadataMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListMetadataMembersResponse__Output>): grpc.ClientUnaryCall;
  ListMetadataMembers(argument: _magnetar_v1_ListMetadataMembersRequest, callback: grpc.requestCallback<_magnetar_v1_ListMetadataMembersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists the members of the metadata quorum with their Raft state, asking each member; a member
   * that does not answer within the call's deadline is listed as unreachable.
   */
  listMetadataMembers(argument: _magnetar_v1_ListMetadataMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListMetadataMembersResponse__Output>): grpc.ClientUnaryCall;
  listMetadataMembers(argument: _magnetar_v1_ListMetadataMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListMetadataMembersResponse__Output>): grpc.ClientUnaryCall;
  listMetadataMembers(argument: _magnetar_v1_ListMetadataMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListMetadataMembersResponse__Output>): grpc.ClientUnaryCall;
  listMetadataMembers(argument: _magnetar_v1_ListMetadataMembersRequest, callback: grpc.requestCallback<_magnetar_v1_ListMetadataMembersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists a tenant's namespaces ("tenant/namespace"), sorted. Errors: TENANT_NOT_FOUND.
   */
  ListNamespaces(argument: _magnetar_v1_ListNamespacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _magnetar_v1_ListNamespacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _magnetar_v1_ListNamespacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  ListNamespaces(argument: _magnetar_v1_ListNamespacesRequest, callback: grpc.requestCallback<_magnetar_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists a tenant's namespaces ("tenant/namespace"), sorted. Errors: TENANT_NOT_FOUND.
   */
  listNamespaces(argument: _magnetar_v1_ListNamespacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _magnetar_v1_ListNamespacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _magnetar_v1_ListNamespacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  listNamespaces(argument: _magnetar_v1_ListNamespacesRequest, callback: grpc.requestCallback<_magnetar_v1_ListNamespacesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists a topic's subscriptions (durable ones and the non-durable ones of connected readers),
   * sorted; for a partitioned topic, the union over its partitions. Errors: TOPIC_NOT_FOUND.
   */
  ListSubscriptions(argument: _magnetar_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptions(argument: _magnetar_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptions(argument: _magnetar_v1_ListSubscriptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  ListSubscriptions(argument: _magnetar_v1_ListSubscriptionsRequest, callback: grpc.requestCallback<_magnetar_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists a topic's subscriptions (durable ones and the non-durable ones of connected readers),
   * sorted; for a partitioned topic, the union over its partitions. Errors: TOPIC_NOT_FOUND.
   */
  listSubscriptions(argument: _magnetar_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptions(argument: _magnetar_v1_ListSubscriptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptions(argument: _magnetar_v1_ListSubscriptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  listSubscriptions(argument: _magnetar_v1_ListSubscriptionsRequest, callback: grpc.requestCallback<_magnetar_v1_ListSubscriptionsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists all tenant names, sorted.
   */
  ListTenants(argument: _magnetar_v1_ListTenantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListTenantsResponse__Output>): grpc.ClientUnaryCall;
  ListTenants(argument: _magnetar_v1_ListTenantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListTenantsResponse__Output>): grpc.ClientUnaryCall;
  ListTenants(argument: _magnetar_v1_ListTenantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListTenantsResponse__Output>): grpc.ClientUnaryCall;
  ListTenants(argument: _magnetar_v1_ListTenantsRequest, callback: grpc.requestCallback<_magnetar_v1_ListTenantsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists all tenant names, sorted.
   */
  listTenants(argument: _magnetar_v1_ListTenantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListTenantsResponse__Output>): grpc.ClientUnaryCall;
  listTenants(argument: _magnetar_v1_ListTenantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListTenantsResponse__Output>): grpc.ClientUnaryCall;
  listTenants(argument: _magnetar_v1_ListTenantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListTenantsResponse__Output>): grpc.ClientUnaryCall;
  listTenants(argument: _magnetar_v1_ListTenantsRequest, callback: grpc.requestCallback<_magnetar_v1_ListTenantsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists a namespace's topics: non-partitioned topics and partitioned topics by base name (their
   * partitions are not listed separately), sorted. Errors: NAMESPACE_NOT_FOUND.
   */
  ListTopics(argument: _magnetar_v1_ListTopicsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListTopicsResponse__Output>): grpc.ClientUnaryCall;
  ListTopics(argument: _magnetar_v1_ListTopicsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListTopicsResponse__Output>): grpc.ClientUnaryCall;
  ListTopics(argument: _magnetar_v1_ListTopicsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListTopicsResponse__Output>): grpc.ClientUnaryCall;
  ListTopics(argument: _magnetar_v1_ListTopicsRequest, callback: grpc.requestCallback<_magnetar_v1_ListTopicsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists a namespace's topics: non-partitioned topics and partitioned topics by base name (their
   * partitions are not listed separately), sorted. Errors: NAMESPACE_NOT_FOUND.
   */
  listTopics(argument: _magnetar_v1_ListTopicsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListTopicsResponse__Output>): grpc.ClientUnaryCall;
  listTopics(argument: _magnetar_v1_ListTopicsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_ListTopicsResponse__Output>): grpc.ClientUnaryCall;
  listTopics(argument: _magnetar_v1_ListTopicsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_ListTopicsResponse__Output>): grpc.ClientUnaryCall;
  listTopics(argument: _magnetar_v1_ListTopicsRequest, callback: grpc.requestCallback<_magnetar_v1_ListTopicsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns the oldest unacknowledged messages of the subscription without delivering or
   * acknowledging them. Errors: TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT (a
   * partitioned topic's base name: peek each partition; count out of range).
   */
  PeekMessages(argument: _magnetar_v1_PeekMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PeekMessagesResponse__Output>): grpc.ClientUnaryCall;
  PeekMessages(argument: _magnetar_v1_PeekMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_PeekMessagesResponse__Output>): grpc.ClientUnaryCall;
  PeekMessages(argument: _magnetar_v1_PeekMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PeekMessagesResponse__Output>): grpc.ClientUnaryCall;
  PeekMessages(argument: _magnetar_v1_PeekMessagesRequest, callback: grpc.requestCallback<_magnetar_v1_PeekMessagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns the oldest unacknowledged messages of the subscription without delivering or
   * acknowledging them. Errors: TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT (a
   * partitioned topic's base name: peek each partition; count out of range).
   */
  peekMessages(argument: _magnetar_v1_PeekMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PeekMessagesResponse__Output>): grpc.ClientUnaryCall;
  peekMessages(argument: _magnetar_v1_PeekMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_PeekMessagesResponse__Output>): grpc.ClientUnaryCall;
  peekMessages(argument: _magnetar_v1_PeekMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_PeekMessagesResponse__Output>): grpc.ClientUnaryCall;
  peekMessages(argument: _magnetar_v1_PeekMessagesRequest, callback: grpc.requestCallback<_magnetar_v1_PeekMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Moves a subscription's cursor: messages from the target on become unacknowledged, those
   * before it acknowledged. Connected consumers get `cursor_reset`. Errors: TOPIC_NOT_FOUND,
   * SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT (no target; a message id on a partitioned topic's
   * base name), INVALID_MESSAGE_ID (the id is of another partition).
   */
  ResetCursor(argument: _magnetar_v1_ResetCursorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  ResetCursor(argument: _magnetar_v1_ResetCursorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  ResetCursor(argument: _magnetar_v1_ResetCursorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  ResetCursor(argument: _magnetar_v1_ResetCursorRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Moves a subscription's cursor: messages from the target on become unacknowledged, those
   * before it acknowledged. Connected consumers get `cursor_reset`. Errors: TOPIC_NOT_FOUND,
   * SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT (no target; a message id on a partitioned topic's
   * base name), INVALID_MESSAGE_ID (the id is of another partition).
   */
  resetCursor(argument: _magnetar_v1_ResetCursorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  resetCursor(argument: _magnetar_v1_ResetCursorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  resetCursor(argument: _magnetar_v1_ResetCursorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  resetCursor(argument: _magnetar_v1_ResetCursorRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Replaces a namespace's policies as a whole (read, modify, write back with expected_version).
   * Brokers apply the change to loaded topics within seconds (they watch the policies key); new
   * persistence settings apply from the next ledger of each topic. Errors: NAMESPACE_NOT_FOUND,
   * INVALID_ARGUMENT, VERSION_MISMATCH.
   */
  SetPolicies(argument: _magnetar_v1_SetPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  SetPolicies(argument: _magnetar_v1_SetPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  SetPolicies(argument: _magnetar_v1_SetPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  SetPolicies(argument: _magnetar_v1_SetPoliciesRequest, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  /**
   * Replaces a namespace's policies as a whole (read, modify, write back with expected_version).
   * Brokers apply the change to loaded topics within seconds (they watch the policies key); new
   * persistence settings apply from the next ledger of each topic. Errors: NAMESPACE_NOT_FOUND,
   * INVALID_ARGUMENT, VERSION_MISMATCH.
   */
  setPolicies(argument: _magnetar_v1_SetPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  setPolicies(argument: _magnetar_v1_SetPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  setPolicies(argument: _magnetar_v1_SetPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  setPolicies(argument: _magnetar_v1_SetPoliciesRequest, callback: grpc.requestCallback<_magnetar_v1_NamespaceInfo__Output>): grpc.ClientUnaryCall;
  
  /**
   * Acknowledges the oldest `count` unacknowledged messages of the subscription, or all of them
   * (clears the backlog). Errors: TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT.
   */
  SkipMessages(argument: _magnetar_v1_SkipMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_SkipMessagesResponse__Output>): grpc.ClientUnaryCall;
  SkipMessages(argument: _magnetar_v1_SkipMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_SkipMessagesResponse__Output>): grpc.ClientUnaryCall;
  SkipMessages(argument: _magnetar_v1_SkipMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_SkipMessagesResponse__Output>): grpc.ClientUnaryCall;
  SkipMessages(argument: _magnetar_v1_SkipMessagesRequest, callback: grpc.requestCallback<_magnetar_v1_SkipMessagesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Acknowledges the oldest `count` unacknowledged messages of the subscription, or all of them
   * (clears the backlog). Errors: TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT.
   */
  skipMessages(argument: _magnetar_v1_SkipMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_SkipMessagesResponse__Output>): grpc.ClientUnaryCall;
  skipMessages(argument: _magnetar_v1_SkipMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_SkipMessagesResponse__Output>): grpc.ClientUnaryCall;
  skipMessages(argument: _magnetar_v1_SkipMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_SkipMessagesResponse__Output>): grpc.ClientUnaryCall;
  skipMessages(argument: _magnetar_v1_SkipMessagesRequest, callback: grpc.requestCallback<_magnetar_v1_SkipMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Splits a bundle at the middle of its hash range into two bundles, both kept by the owner
   * unless `unload` is set. Errors: NAMESPACE_NOT_FOUND, NOT_FOUND (no such bundle),
   * INVALID_ARGUMENT (the range is a single hash), RESOURCE_EXHAUSTED (the namespace already has
   * 1024 bundles).
   */
  SplitBundle(argument: _magnetar_v1_SplitBundleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_SplitBundleResponse__Output>): grpc.ClientUnaryCall;
  SplitBundle(argument: _magnetar_v1_SplitBundleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_SplitBundleResponse__Output>): grpc.ClientUnaryCall;
  SplitBundle(argument: _magnetar_v1_SplitBundleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_SplitBundleResponse__Output>): grpc.ClientUnaryCall;
  SplitBundle(argument: _magnetar_v1_SplitBundleRequest, callback: grpc.requestCallback<_magnetar_v1_SplitBundleResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Splits a bundle at the middle of its hash range into two bundles, both kept by the owner
   * unless `unload` is set. Errors: NAMESPACE_NOT_FOUND, NOT_FOUND (no such bundle),
   * INVALID_ARGUMENT (the range is a single hash), RESOURCE_EXHAUSTED (the namespace already has
   * 1024 bundles).
   */
  splitBundle(argument: _magnetar_v1_SplitBundleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_SplitBundleResponse__Output>): grpc.ClientUnaryCall;
  splitBundle(argument: _magnetar_v1_SplitBundleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_SplitBundleResponse__Output>): grpc.ClientUnaryCall;
  splitBundle(argument: _magnetar_v1_SplitBundleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_SplitBundleResponse__Output>): grpc.ClientUnaryCall;
  splitBundle(argument: _magnetar_v1_SplitBundleRequest, callback: grpc.requestCallback<_magnetar_v1_SplitBundleResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Terminates the topic: it takes no more messages, for good. Connected producers get `closed`
   * with TOPIC_TERMINATED, new producers are refused with TOPIC_TERMINATED, and consumers get
   * `reached_end_of_topic` once they have received everything. Idempotent. Errors:
   * TOPIC_NOT_FOUND, INVALID_ARGUMENT (a partitioned topic's base name: terminate each partition).
   */
  TerminateTopic(argument: _magnetar_v1_TerminateTopicRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TerminateTopicResponse__Output>): grpc.ClientUnaryCall;
  TerminateTopic(argument: _magnetar_v1_TerminateTopicRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TerminateTopicResponse__Output>): grpc.ClientUnaryCall;
  TerminateTopic(argument: _magnetar_v1_TerminateTopicRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TerminateTopicResponse__Output>): grpc.ClientUnaryCall;
  TerminateTopic(argument: _magnetar_v1_TerminateTopicRequest, callback: grpc.requestCallback<_magnetar_v1_TerminateTopicResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Terminates the topic: it takes no more messages, for good. Connected producers get `closed`
   * with TOPIC_TERMINATED, new producers are refused with TOPIC_TERMINATED, and consumers get
   * `reached_end_of_topic` once they have received everything. Idempotent. Errors:
   * TOPIC_NOT_FOUND, INVALID_ARGUMENT (a partitioned topic's base name: terminate each partition).
   */
  terminateTopic(argument: _magnetar_v1_TerminateTopicRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TerminateTopicResponse__Output>): grpc.ClientUnaryCall;
  terminateTopic(argument: _magnetar_v1_TerminateTopicRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TerminateTopicResponse__Output>): grpc.ClientUnaryCall;
  terminateTopic(argument: _magnetar_v1_TerminateTopicRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TerminateTopicResponse__Output>): grpc.ClientUnaryCall;
  terminateTopic(argument: _magnetar_v1_TerminateTopicRequest, callback: grpc.requestCallback<_magnetar_v1_TerminateTopicResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Makes the owner release the bundle: it closes the bundle's topics (clients get `closed` with
   * TOPIC_NOT_OWNED) and deletes its ownership key, so the next lookup assigns the bundle to the
   * least-loaded live broker. An unowned bundle is left as is (not assigned first). Errors:
   * NAMESPACE_NOT_FOUND, NOT_FOUND (no such bundle).
   */
  UnloadBundle(argument: _magnetar_v1_UnloadBundleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  UnloadBundle(argument: _magnetar_v1_UnloadBundleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  UnloadBundle(argument: _magnetar_v1_UnloadBundleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  UnloadBundle(argument: _magnetar_v1_UnloadBundleRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Makes the owner release the bundle: it closes the bundle's topics (clients get `closed` with
   * TOPIC_NOT_OWNED) and deletes its ownership key, so the next lookup assigns the bundle to the
   * least-loaded live broker. An unowned bundle is left as is (not assigned first). Errors:
   * NAMESPACE_NOT_FOUND, NOT_FOUND (no such bundle).
   */
  unloadBundle(argument: _magnetar_v1_UnloadBundleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  unloadBundle(argument: _magnetar_v1_UnloadBundleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  unloadBundle(argument: _magnetar_v1_UnloadBundleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  unloadBundle(argument: _magnetar_v1_UnloadBundleRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Closes the topic on its owner: producers and consumers get `closed` with TOPIC_NOT_OWNED and
   * reconnect after a new lookup (which reloads the topic, on the same broker as long as it owns
   * the bundle). A topic not loaded anywhere is left as is. Errors: TOPIC_NOT_FOUND.
   */
  UnloadTopic(argument: _magnetar_v1_UnloadTopicRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  UnloadTopic(argument: _magnetar_v1_UnloadTopicRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  UnloadTopic(argument: _magnetar_v1_UnloadTopicRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  UnloadTopic(argument: _magnetar_v1_UnloadTopicRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Closes the topic on its owner: producers and consumers get `closed` with TOPIC_NOT_OWNED and
   * reconnect after a new lookup (which reloads the topic, on the same broker as long as it owns
   * the bundle). A topic not loaded anywhere is left as is. Errors: TOPIC_NOT_FOUND.
   */
  unloadTopic(argument: _magnetar_v1_UnloadTopicRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  unloadTopic(argument: _magnetar_v1_UnloadTopicRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  unloadTopic(argument: _magnetar_v1_UnloadTopicRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  unloadTopic(argument: _magnetar_v1_UnloadTopicRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Raises the partition count of a partitioned topic; partitions are never removed. Every
   * subscription of the topic is created on the new partitions at their start, so no message
   * published to them is missed. Clients pick the new partitions up when they next read the
   * partitioned metadata. Errors: TOPIC_NOT_FOUND, INVALID_ARGUMENT (not partitioned, count not
   * greater than the current one, or above the limit).
   */
  UpdatePartitionedTopic(argument: _magnetar_v1_UpdatePartitionedTopicRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  UpdatePartitionedTopic(argument: _magnetar_v1_UpdatePartitionedTopicRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  UpdatePartitionedTopic(argument: _magnetar_v1_UpdatePartitionedTopicRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  UpdatePartitionedTopic(argument: _magnetar_v1_UpdatePartitionedTopicRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  /**
   * Raises the partition count of a partitioned topic; partitions are never removed. Every
   * subscription of the topic is created on the new partitions at their start, so no message
   * published to them is missed. Clients pick the new partitions up when they next read the
   * partitioned metadata. Errors: TOPIC_NOT_FOUND, INVALID_ARGUMENT (not partitioned, count not
   * greater than the current one, or above the limit).
   */
  updatePartitionedTopic(argument: _magnetar_v1_UpdatePartitionedTopicRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  updatePartitionedTopic(argument: _magnetar_v1_UpdatePartitionedTopicRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  updatePartitionedTopic(argument: _magnetar_v1_UpdatePartitionedTopicRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  updatePartitionedTopic(argument: _magnetar_v1_UpdatePartitionedTopicRequest, callback: grpc.requestCallback<_magnetar_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  /**
   * Replaces a tenant's admin roles and allowed clusters. Errors: TENANT_NOT_FOUND,
   * VERSION_MISMATCH (expected_version given and stale: read again and retry), INVALID_ARGUMENT
   * (removing an allowed cluster that a namespace still uses).
   */
  UpdateTenant(argument: _magnetar_v1_UpdateTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  UpdateTenant(argument: _magnetar_v1_UpdateTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  UpdateTenant(argument: _magnetar_v1_UpdateTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  UpdateTenant(argument: _magnetar_v1_UpdateTenantRequest, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  /**
   * Replaces a tenant's admin roles and allowed clusters. Errors: TENANT_NOT_FOUND,
   * VERSION_MISMATCH (expected_version given and stale: read again and retry), INVALID_ARGUMENT
   * (removing an allowed cluster that a namespace still uses).
   */
  updateTenant(argument: _magnetar_v1_UpdateTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  updateTenant(argument: _magnetar_v1_UpdateTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  updateTenant(argument: _magnetar_v1_UpdateTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  updateTenant(argument: _magnetar_v1_UpdateTenantRequest, callback: grpc.requestCallback<_magnetar_v1_TenantInfo__Output>): grpc.ClientUnaryCall;
  
}

export interface AdminHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Creates a namespace with the given policies (absent fields = broker defaults) and its bundles.
   * Errors: INVALID_ARGUMENT (malformed name or policy value), TENANT_NOT_FOUND, ALREADY_EXISTS.
   */
  CreateNamespace: grpc.handleUnaryCall<_magnetar_v1_CreateNamespaceRequest__Output, _magnetar_v1_NamespaceInfo>;
  
  /**
   * Creates a durable subscription without a consumer, so it retains messages from `start` on.
   * Errors: TOPIC_NOT_FOUND, ALREADY_EXISTS, INVALID_ARGUMENT (a message id on a partitioned
   * topic's base name: ids belong to one partition).
   */
  CreateSubscription: grpc.handleUnaryCall<_magnetar_v1_CreateSubscriptionRequest__Output, _magnetar_v1_Empty>;
  
  /**
   * Creates a tenant. Errors: INVALID_ARGUMENT (name not 1-64 characters of [A-Za-z0-9_.=:-]),
   * ALREADY_EXISTS.
   */
  CreateTenant: grpc.handleUnaryCall<_magnetar_v1_CreateTenantRequest__Output, _magnetar_v1_TenantInfo>;
  
  /**
   * Creates a non-partitioned topic (partitions 0) or a partitioned topic and all its partitions.
   * Errors: INVALID_ARGUMENT (malformed name, a partitioned topic whose name contains
   * "-partition-", partitions out of range), NAMESPACE_NOT_FOUND, ALREADY_EXISTS (the topic, or a
   * topic of the same base name, exists).
   */
  CreateTopic: grpc.handleUnaryCall<_magnetar_v1_CreateTopicRequest__Output, _magnetar_v1_Empty>;
  
  /**
   * Deletes a namespace. Errors: NAMESPACE_NOT_FOUND, NOT_EMPTY (it has topics and force is false).
   */
  DeleteNamespace: grpc.handleUnaryCall<_magnetar_v1_DeleteNamespaceRequest__Output, _magnetar_v1_Empty>;
  
  /**
   * Deletes a subscription and its cursor; its backlog no longer retains messages. Errors:
   * TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, CONSUMER_BUSY (consumers connected and force is
   * false; with force they get `closed` with SUBSCRIPTION_NOT_FOUND).
   */
  DeleteSubscription: grpc.handleUnaryCall<_magnetar_v1_DeleteSubscriptionRequest__Output, _magnetar_v1_Empty>;
  
  /**
   * Deletes a tenant. Errors: TENANT_NOT_FOUND, NOT_EMPTY (it has namespaces and force is false).
   */
  DeleteTenant: grpc.handleUnaryCall<_magnetar_v1_DeleteTenantRequest__Output, _magnetar_v1_Empty>;
  
  /**
   * Deletes a topic (all partitions of a partitioned one) with its ledgers and subscriptions.
   * Errors: TOPIC_NOT_FOUND, PRODUCER_BUSY / CONSUMER_BUSY (clients are connected and force is
   * false).
   */
  DeleteTopic: grpc.handleUnaryCall<_magnetar_v1_DeleteTopicRequest__Output, _magnetar_v1_Empty>;
  
  /**
   * Acknowledges every unacknowledged message of the subscription whose entry the broker appended
   * more than expire_time_seconds ago (EntryHeader.broker_publish_time_ms), as message TTL does.
   * Errors: TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT.
   */
  ExpireMessages: grpc.handleUnaryCall<_magnetar_v1_ExpireMessagesRequest__Output, _magnetar_v1_ExpireMessagesResponse>;
  
  /**
   * Storage-level state of one topic or partition: its managed ledger and cursors. Like
   * GetTopicStats, answered from metadata alone when no broker owns the bundle. Errors:
   * TOPIC_NOT_FOUND, INVALID_ARGUMENT (a partitioned topic's base name).
   */
  GetInternalStats: grpc.handleUnaryCall<_magnetar_v1_GetInternalStatsRequest__Output, _magnetar_v1_ManagedLedgerInternalStats>;
  
  /**
   * Reads one ledger's metadata (/ledgers/<id>). Errors: LEDGER_NOT_FOUND.
   */
  GetLedger: grpc.handleUnaryCall<_magnetar_v1_GetLedgerRequest__Output, _magnetar_v1_LedgerInfo>;
  
  /**
   * Reads a namespace's policies and their version. Errors: NAMESPACE_NOT_FOUND.
   */
  GetNamespace: grpc.handleUnaryCall<_magnetar_v1_GetNamespaceRequest__Output, _magnetar_v1_NamespaceInfo>;
  
  /**
   * Statistics of a partitioned topic: the aggregate over its partitions, and optionally each one.
   * Errors: TOPIC_NOT_FOUND, INVALID_ARGUMENT (not a partitioned topic).
   */
  GetPartitionedStats: grpc.handleUnaryCall<_magnetar_v1_GetPartitionedStatsRequest__Output, _magnetar_v1_PartitionedTopicStats>;
  
  /**
   * Reads a tenant. Errors: TENANT_NOT_FOUND.
   */
  GetTenant: grpc.handleUnaryCall<_magnetar_v1_GetTenantRequest__Output, _magnetar_v1_TenantInfo>;
  
  /**
   * Current statistics of one non-partitioned topic or partition, from its owner. If the bundle
   * has no owner, the answering broker does not assign it (observing must not load topics): it
   * answers from the metadata alone (rates 0, no publishers or consumers, owner absent).
   * Errors: TOPIC_NOT_FOUND, INVALID_ARGUMENT (a partitioned topic's base name: use
   * GetPartitionedStats).
   */
  GetTopicStats: grpc.handleUnaryCall<_magnetar_v1_GetTopicStatsRequest__Output, _magnetar_v1_TopicStats>;
  
  /**
   * Lists the live bookies (registered under /bookies) with their last reports, by id.
   */
  ListBookies: grpc.handleUnaryCall<_magnetar_v1_ListBookiesRequest__Output, _magnetar_v1_ListBookiesResponse>;
  
  /**
   * Lists the live brokers (registered under /brokers) with their last load reports, by id.
   */
  ListBrokers: grpc.handleUnaryCall<_magnetar_v1_ListBrokersRequest__Output, _magnetar_v1_ListBrokersResponse>;
  
  /**
   * Lists a namespace's bundles in hash order with their owners (from the ownership keys).
   * Errors: NAMESPACE_NOT_FOUND.
   */
  ListBundles: grpc.handleUnaryCall<_magnetar_v1_ListBundlesRequest__Output, _magnetar_v1_ListBundlesResponse>;
  
  /**
   * Lists the members of the metadata quorum with their Raft state, asking each member; a member
   * that does not answer within the call's deadline is listed as unreachable.
   */
  ListMetadataMembers: grpc.handleUnaryCall<_magnetar_v1_ListMetadataMembersRequest__Output, _magnetar_v1_ListMetadataMembersResponse>;
  
  /**
   * Lists a tenant's namespaces ("tenant/namespace"), sorted. Errors: TENANT_NOT_FOUND.
   */
  ListNamespaces: grpc.handleUnaryCall<_magnetar_v1_ListNamespacesRequest__Output, _magnetar_v1_ListNamespacesResponse>;
  
  /**
   * Lists a topic's subscriptions (durable ones and the non-durable ones of connected readers),
   * sorted; for a partitioned topic, the union over its partitions. Errors: TOPIC_NOT_FOUND.
   */
  ListSubscriptions: grpc.handleUnaryCall<_magnetar_v1_ListSubscriptionsRequest__Output, _magnetar_v1_ListSubscriptionsResponse>;
  
  /**
   * Lists all tenant names, sorted.
   */
  ListTenants: grpc.handleUnaryCall<_magnetar_v1_ListTenantsRequest__Output, _magnetar_v1_ListTenantsResponse>;
  
  /**
   * Lists a namespace's topics: non-partitioned topics and partitioned topics by base name (their
   * partitions are not listed separately), sorted. Errors: NAMESPACE_NOT_FOUND.
   */
  ListTopics: grpc.handleUnaryCall<_magnetar_v1_ListTopicsRequest__Output, _magnetar_v1_ListTopicsResponse>;
  
  /**
   * Returns the oldest unacknowledged messages of the subscription without delivering or
   * acknowledging them. Errors: TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT (a
   * partitioned topic's base name: peek each partition; count out of range).
   */
  PeekMessages: grpc.handleUnaryCall<_magnetar_v1_PeekMessagesRequest__Output, _magnetar_v1_PeekMessagesResponse>;
  
  /**
   * Moves a subscription's cursor: messages from the target on become unacknowledged, those
   * before it acknowledged. Connected consumers get `cursor_reset`. Errors: TOPIC_NOT_FOUND,
   * SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT (no target; a message id on a partitioned topic's
   * base name), INVALID_MESSAGE_ID (the id is of another partition).
   */
  ResetCursor: grpc.handleUnaryCall<_magnetar_v1_ResetCursorRequest__Output, _magnetar_v1_Empty>;
  
  /**
   * Replaces a namespace's policies as a whole (read, modify, write back with expected_version).
   * Brokers apply the change to loaded topics within seconds (they watch the policies key); new
   * persistence settings apply from the next ledger of each topic. Errors: NAMESPACE_NOT_FOUND,
   * INVALID_ARGUMENT, VERSION_MISMATCH.
   */
  SetPolicies: grpc.handleUnaryCall<_magnetar_v1_SetPoliciesRequest__Output, _magnetar_v1_NamespaceInfo>;
  
  /**
   * Acknowledges the oldest `count` unacknowledged messages of the subscription, or all of them
   * (clears the backlog). Errors: TOPIC_NOT_FOUND, SUBSCRIPTION_NOT_FOUND, INVALID_ARGUMENT.
   */
  SkipMessages: grpc.handleUnaryCall<_magnetar_v1_SkipMessagesRequest__Output, _magnetar_v1_SkipMessagesResponse>;
  
  /**
   * Splits a bundle at the middle of its hash range into two bundles, both kept by the owner
   * unless `unload` is set. Errors: NAMESPACE_NOT_FOUND, NOT_FOUND (no such bundle),
   * INVALID_ARGUMENT (the range is a single hash), RESOURCE_EXHAUSTED (the namespace already has
   * 1024 bundles).
   */
  SplitBundle: grpc.handleUnaryCall<_magnetar_v1_SplitBundleRequest__Output, _magnetar_v1_SplitBundleResponse>;
  
  /**
   * Terminates the topic: it takes no more messages, for good. Connected producers get `closed`
   * with TOPIC_TERMINATED, new producers are refused with TOPIC_TERMINATED, and consumers get
   * `reached_end_of_topic` once they have received everything. Idempotent. Errors:
   * TOPIC_NOT_FOUND, INVALID_ARGUMENT (a partitioned topic's base name: terminate each partition).
   */
  TerminateTopic: grpc.handleUnaryCall<_magnetar_v1_TerminateTopicRequest__Output, _magnetar_v1_TerminateTopicResponse>;
  
  /**
   * Makes the owner release the bundle: it closes the bundle's topics (clients get `closed` with
   * TOPIC_NOT_OWNED) and deletes its ownership key, so the next lookup assigns the bundle to the
   * least-loaded live broker. An unowned bundle is left as is (not assigned first). Errors:
   * NAMESPACE_NOT_FOUND, NOT_FOUND (no such bundle).
   */
  UnloadBundle: grpc.handleUnaryCall<_magnetar_v1_UnloadBundleRequest__Output, _magnetar_v1_Empty>;
  
  /**
   * Closes the topic on its owner: producers and consumers get `closed` with TOPIC_NOT_OWNED and
   * reconnect after a new lookup (which reloads the topic, on the same broker as long as it owns
   * the bundle). A topic not loaded anywhere is left as is. Errors: TOPIC_NOT_FOUND.
   */
  UnloadTopic: grpc.handleUnaryCall<_magnetar_v1_UnloadTopicRequest__Output, _magnetar_v1_Empty>;
  
  /**
   * Raises the partition count of a partitioned topic; partitions are never removed. Every
   * subscription of the topic is created on the new partitions at their start, so no message
   * published to them is missed. Clients pick the new partitions up when they next read the
   * partitioned metadata. Errors: TOPIC_NOT_FOUND, INVALID_ARGUMENT (not partitioned, count not
   * greater than the current one, or above the limit).
   */
  UpdatePartitionedTopic: grpc.handleUnaryCall<_magnetar_v1_UpdatePartitionedTopicRequest__Output, _magnetar_v1_Empty>;
  
  /**
   * Replaces a tenant's admin roles and allowed clusters. Errors: TENANT_NOT_FOUND,
   * VERSION_MISMATCH (expected_version given and stale: read again and retry), INVALID_ARGUMENT
   * (removing an allowed cluster that a namespace still uses).
   */
  UpdateTenant: grpc.handleUnaryCall<_magnetar_v1_UpdateTenantRequest__Output, _magnetar_v1_TenantInfo>;
  
}

export interface AdminDefinition extends grpc.ServiceDefinition {
  CreateNamespace: MethodDefinition<_magnetar_v1_CreateNamespaceRequest, _magnetar_v1_NamespaceInfo, _magnetar_v1_CreateNamespaceRequest__Output, _magnetar_v1_NamespaceInfo__Output>
  CreateSubscription: MethodDefinition<_magnetar_v1_CreateSubscriptionRequest, _magnetar_v1_Empty, _magnetar_v1_CreateSubscriptionRequest__Output, _magnetar_v1_Empty__Output>
  CreateTenant: MethodDefinition<_magnetar_v1_CreateTenantRequest, _magnetar_v1_TenantInfo, _magnetar_v1_CreateTenantRequest__Output, _magnetar_v1_TenantInfo__Output>
  CreateTopic: MethodDefinition<_magnetar_v1_CreateTopicRequest, _magnetar_v1_Empty, _magnetar_v1_CreateTopicRequest__Output, _magnetar_v1_Empty__Output>
  DeleteNamespace: MethodDefinition<_magnetar_v1_DeleteNamespaceRequest, _magnetar_v1_Empty, _magnetar_v1_DeleteNamespaceRequest__Output, _magnetar_v1_Empty__Output>
  DeleteSubscription: MethodDefinition<_magnetar_v1_DeleteSubscriptionRequest, _magnetar_v1_Empty, _magnetar_v1_DeleteSubscriptionRequest__Output, _magnetar_v1_Empty__Output>
  DeleteTenant: MethodDefinition<_magnetar_v1_DeleteTenantRequest, _magnetar_v1_Empty, _magnetar_v1_DeleteTenantRequest__Output, _magnetar_v1_Empty__Output>
  DeleteTopic: MethodDefinition<_magnetar_v1_DeleteTopicRequest, _magnetar_v1_Empty, _magnetar_v1_DeleteTopicRequest__Output, _magnetar_v1_Empty__Output>
  ExpireMessages: MethodDefinition<_magnetar_v1_ExpireMessagesRequest, _magnetar_v1_ExpireMessagesResponse, _magnetar_v1_ExpireMessagesRequest__Output, _magnetar_v1_ExpireMessagesResponse__Output>
  GetInternalStats: MethodDefinition<_magnetar_v1_GetInternalStatsRequest, _magnetar_v1_ManagedLedgerInternalStats, _magnetar_v1_GetInternalStatsRequest__Output, _magnetar_v1_ManagedLedgerInternalStats__Output>
  GetLedger: MethodDefinition<_magnetar_v1_GetLedgerRequest, _magnetar_v1_LedgerInfo, _magnetar_v1_GetLedgerRequest__Output, _magnetar_v1_LedgerInfo__Output>
  GetNamespace: MethodDefinition<_magnetar_v1_GetNamespaceRequest, _magnetar_v1_NamespaceInfo, _magnetar_v1_GetNamespaceRequest__Output, _magnetar_v1_NamespaceInfo__Output>
  GetPartitionedStats: MethodDefinition<_magnetar_v1_GetPartitionedStatsRequest, _magnetar_v1_PartitionedTopicStats, _magnetar_v1_GetPartitionedStatsRequest__Output, _magnetar_v1_PartitionedTopicStats__Output>
  GetTenant: MethodDefinition<_magnetar_v1_GetTenantRequest, _magnetar_v1_TenantInfo, _magnetar_v1_GetTenantRequest__Output, _magnetar_v1_TenantInfo__Output>
  GetTopicStats: MethodDefinition<_magnetar_v1_GetTopicStatsRequest, _magnetar_v1_TopicStats, _magnetar_v1_GetTopicStatsRequest__Output, _magnetar_v1_TopicStats__Output>
  ListBookies: MethodDefinition<_magnetar_v1_ListBookiesRequest, _magnetar_v1_ListBookiesResponse, _magnetar_v1_ListBookiesRequest__Output, _magnetar_v1_ListBookiesResponse__Output>
  ListBrokers: MethodDefinition<_magnetar_v1_ListBrokersRequest, _magnetar_v1_ListBrokersResponse, _magnetar_v1_ListBrokersRequest__Output, _magnetar_v1_ListBrokersResponse__Output>
  ListBundles: MethodDefinition<_magnetar_v1_ListBundlesRequest, _magnetar_v1_ListBundlesResponse, _magnetar_v1_ListBundlesRequest__Output, _magnetar_v1_ListBundlesResponse__Output>
  ListMetadataMembers: MethodDefinition<_magnetar_v1_ListMetadataMembersRequest, _magnetar_v1_ListMetadataMembersResponse, _magnetar_v1_ListMetadataMembersRequest__Output, _magnetar_v1_ListMetadataMembersResponse__Output>
  ListNamespaces: MethodDefinition<_magnetar_v1_ListNamespacesRequest, _magnetar_v1_ListNamespacesResponse, _magnetar_v1_ListNamespacesRequest__Output, _magnetar_v1_ListNamespacesResponse__Output>
  ListSubscriptions: MethodDefinition<_magnetar_v1_ListSubscriptionsRequest, _magnetar_v1_ListSubscriptionsResponse, _magnetar_v1_ListSubscriptionsRequest__Output, _magnetar_v1_ListSubscriptionsResponse__Output>
  ListTenants: MethodDefinition<_magnetar_v1_ListTenantsRequest, _magnetar_v1_ListTenantsResponse, _magnetar_v1_ListTenantsRequest__Output, _magnetar_v1_ListTenantsResponse__Output>
  ListTopics: MethodDefinition<_magnetar_v1_ListTopicsRequest, _magnetar_v1_ListTopicsResponse, _magnetar_v1_ListTopicsRequest__Output, _magnetar_v1_ListTopicsResponse__Output>
  PeekMessages: MethodDefinition<_magnetar_v1_PeekMessagesRequest, _magnetar_v1_PeekMessagesResponse, _magnetar_v1_PeekMessagesRequest__Output, _magnetar_v1_PeekMessagesResponse__Output>
  ResetCursor: MethodDefinition<_magnetar_v1_ResetCursorRequest, _magnetar_v1_Empty, _magnetar_v1_ResetCursorRequest__Output, _magnetar_v1_Empty__Output>
  SetPolicies: MethodDefinition<_magnetar_v1_SetPoliciesRequest, _magnetar_v1_NamespaceInfo, _magnetar_v1_SetPoliciesRequest__Output, _magnetar_v1_NamespaceInfo__Output>
  SkipMessages: MethodDefinition<_magnetar_v1_SkipMessagesRequest, _magnetar_v1_SkipMessagesResponse, _magnetar_v1_SkipMessagesRequest__Output, _magnetar_v1_SkipMessagesResponse__Output>
  SplitBundle: MethodDefinition<_magnetar_v1_SplitBundleRequest, _magnetar_v1_SplitBundleResponse, _magnetar_v1_SplitBundleRequest__Output, _magnetar_v1_SplitBundleResponse__Output>
  TerminateTopic: MethodDefinition<_magnetar_v1_TerminateTopicRequest, _magnetar_v1_TerminateTopicResponse, _magnetar_v1_TerminateTopicRequest__Output, _magnetar_v1_TerminateTopicResponse__Output>
  UnloadBundle: MethodDefinition<_magnetar_v1_UnloadBundleRequest, _magnetar_v1_Empty, _magnetar_v1_UnloadBundleRequest__Output, _magnetar_v1_Empty__Output>
  UnloadTopic: MethodDefinition<_magnetar_v1_UnloadTopicRequest, _magnetar_v1_Empty, _magnetar_v1_UnloadTopicRequest__Output, _magnetar_v1_Empty__Output>
  UpdatePartitionedTopic: MethodDefinition<_magnetar_v1_UpdatePartitionedTopicRequest, _magnetar_v1_Empty, _magnetar_v1_UpdatePartitionedTopicRequest__Output, _magnetar_v1_Empty__Output>
  UpdateTenant: MethodDefinition<_magnetar_v1_UpdateTenantRequest, _magnetar_v1_TenantInfo, _magnetar_v1_UpdateTenantRequest__Output, _magnetar_v1_TenantInfo__Output>
}
