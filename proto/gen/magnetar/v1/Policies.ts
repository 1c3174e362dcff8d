// Original file: proto/admin.proto

import type { RetentionPolicy as _magnetar_v1_RetentionPolicy, RetentionPolicy__Output as _magnetar_v1_RetentionPolicy__Output } from '../../magnetar/v1/RetentionPolicy.js';
import type { BacklogQuota as _magnetar_v1_BacklogQuota, BacklogQuota__Output as _magnetar_v1_BacklogQuota__Output } from '../../magnetar/v1/BacklogQuota.js';
import type { PersistencePolicy as _magnetar_v1_PersistencePolicy, PersistencePolicy__Output as _magnetar_v1_PersistencePolicy__Output } from '../../magnetar/v1/PersistencePolicy.js';
import type { LedgerRolloverPolicy as _magnetar_v1_LedgerRolloverPolicy, LedgerRolloverPolicy__Output as _magnetar_v1_LedgerRolloverPolicy__Output } from '../../magnetar/v1/LedgerRolloverPolicy.js';
import type { RoleActions as _magnetar_v1_RoleActions, RoleActions__Output as _magnetar_v1_RoleActions__Output } from '../../magnetar/v1/RoleActions.js';
import type { DispatchRate as _magnetar_v1_DispatchRate, DispatchRate__Output as _magnetar_v1_DispatchRate__Output } from '../../magnetar/v1/DispatchRate.js';
import type { Long } from '@grpc/proto-loader';

/**
 * A namespace's policies. Rule for every field: absent (unset message, unset `optional` scalar, or
 * 0 where 0 is not a valid value) means the broker's default, which is stated on the field.
 * Values are checked by CreateNamespace and SetPolicies (INVALID_ARGUMENT with the field name).
 */
export interface Policies {
  /**
   * How long acknowledged messages are kept. Absent = broker default (not kept).
   */
  'retention'?: (_magnetar_v1_RetentionPolicy | null);
  /**
   * Messages older than this (by broker append time) are acknowledged automatically on every
   * subscription. 0 = no TTL. Absent = broker default (no TTL). At most 10 years in seconds.
   */
  'messageTtlSeconds'?: (number | string | Long);
  /**
   * Limit on the backlog of the slowest subscription. Absent = broker default (no quota).
   */
  'backlogQuota'?: (_magnetar_v1_BacklogQuota | null);
  /**
   * Deduplication for producers that do not choose (DEDUPLICATION_MODE_NAMESPACE_DEFAULT).
   * Absent = broker default (on).
   */
  'deduplicationEnabled'?: (boolean);
  /**
   * Replication of new ledgers. Absent = broker defaults.
   */
  'persistence'?: (_magnetar_v1_PersistencePolicy | null);
  /**
   * Number of bundles the namespace is created with; 0 = 16. 1 to 1024. Set only by
   * CreateNamespace: afterwards it reports the current count (SplitBundle raises it) and
   * SetPolicies ignores it.
   */
  'bundles'?: (number);
  /**
   * Most producers connected to one topic (RESOURCE_EXHAUSTED beyond). 0 = unlimited. Absent =
   * broker default (unlimited).
   */
  'maxProducersPerTopic'?: (number);
  /**
   * Most consumers connected to one topic. 0 = unlimited. Absent = broker default (unlimited).
   */
  'maxConsumersPerTopic'?: (number);
  /**
   * Most consumers connected to one subscription. 0 = unlimited. Absent = broker default
   * (unlimited).
   */
  'maxConsumersPerSubscription'?: (number);
  /**
   * Largest accepted batch payload (compressed), in bytes. 0 = broker default (5 MiB). At most the
   * broker's configured cap (INVALID_ARGUMENT beyond), which bounds its gRPC receive limit.
   */
  'maxMessageSizeBytes'?: (number);
  /**
   * When a topic's current ledger is closed and a new one started. Absent = broker defaults.
   */
  'ledgerRollover'?: (_magnetar_v1_LedgerRolloverPolicy | null);
  /**
   * Produce and consume permissions: role -> granted actions. Tenant admin roles and superusers
   * may do everything without an entry. At most 1024 roles.
   */
  'permissions'?: ({[key: string]: _magnetar_v1_RoleActions});
  /**
   * Whether deliver_at_time_ms is honoured; when false, delayed messages are delivered at once.
   * Absent = broker default (true).
   */
  'delayedDeliveryEnabled'?: (boolean);
  /**
   * Dispatch rate limit of each topic, over all its subscriptions. Absent = unlimited.
   */
  'topicDispatchRate'?: (_magnetar_v1_DispatchRate | null);
  /**
   * Dispatch rate limit of each subscription. Absent = unlimited.
   */
  'subscriptionDispatchRate'?: (_magnetar_v1_DispatchRate | null);
  /**
   * Whether producers and consumers create a missing topic (non-partitioned) on open. Absent =
   * broker default (true).
   */
  'autoTopicCreationEnabled'?: (boolean);
  '_messageTtlSeconds'?: "messageTtlSeconds";
  '_deduplicationEnabled'?: "deduplicationEnabled";
  '_maxProducersPerTopic'?: "maxProducersPerTopic";
  '_maxConsumersPerTopic'?: "maxConsumersPerTopic";
  '_maxConsumersPerSubscription'?: "maxConsumersPerSubscription";
  '_delayedDeliveryEnabled'?: "delayedDeliveryEnabled";
  '_autoTopicCreationEnabled'?: "autoTopicCreationEnabled";
}

/**
 * A namespace's policies. Rule for every field: absent (unset message, unset `optional` scalar, or
 * 0 where 0 is not a valid value) means the broker's default, which is stated on the field.
 * Values are checked by CreateNamespace and SetPolicies (INVALID_ARGUMENT with the field name).
 */
export interface Policies__Output {
  /**
   * How long acknowledged messages are kept. Absent = broker default (not kept).
   */
  'retention': (_magnetar_v1_RetentionPolicy__Output | null);
  /**
   * Messages older than this (by broker append time) are acknowledged automatically on every
   * subscription. 0 = no TTL. Absent = broker default (no TTL). At most 10 years in seconds.
   */
  'messageTtlSeconds'?: (number);
  /**
   * Limit on the backlog of the slowest subscription. Absent = broker default (no quota).
   */
  'backlogQuota': (_magnetar_v1_BacklogQuota__Output | null);
  /**
   * Deduplication for producers that do not choose (DEDUPLICATION_MODE_NAMESPACE_DEFAULT).
   * Absent = broker default (on).
   */
  'deduplicationEnabled'?: (boolean);
  /**
   * Replication of new ledgers. Absent = broker defaults.
   */
  'persistence': (_magnetar_v1_PersistencePolicy__Output | null);
  /**
   * Number of bundles the namespace is created with; 0 = 16. 1 to 1024. Set only by
   * CreateNamespace: afterwards it reports the current count (SplitBundle raises it) and
   * SetPolicies ignores it.
   */
  'bundles': (number);
  /**
   * Most producers connected to one topic (RESOURCE_EXHAUSTED beyond). 0 = unlimited. Absent =
   * broker default (unlimited).
   */
  'maxProducersPerTopic'?: (number);
  /**
   * Most consumers connected to one topic. 0 = unlimited. Absent = broker default (unlimited).
   */
  'maxConsumersPerTopic'?: (number);
  /**
   * Most consumers connected to one subscription. 0 = unlimited. Absent = broker default
   * (unlimited).
   */
  'maxConsumersPerSubscription'?: (number);
  /**
   * Largest accepted batch payload (compressed), in bytes. 0 = broker default (5 MiB). At most the
   * broker's configured cap (INVALID_ARGUMENT beyond), which bounds its gRPC receive limit.
   */
  'maxMessageSizeBytes': (number);
  /**
   * When a topic's current ledger is closed and a new one started. Absent = broker defaults.
   */
  'ledgerRollover': (_magnetar_v1_LedgerRolloverPolicy__Output | null);
  /**
   * Produce and consume permissions: role -> granted actions. Tenant admin roles and superusers
   * may do everything without an entry. At most 1024 roles.
   */
  'permissions': ({[key: string]: _magnetar_v1_RoleActions__Output});
  /**
   * Whether deliver_at_time_ms is honoured; when false, delayed messages are delivered at once.
   * Absent = broker default (true).
   */
  'delayedDeliveryEnabled'?: (boolean);
  /**
   * Dispatch rate limit of each topic, over all its subscriptions. Absent = unlimited.
   */
  'topicDispatchRate': (_magnetar_v1_DispatchRate__Output | null);
  /**
   * Dispatch rate limit of each subscription. Absent = unlimited.
   */
  'subscriptionDispatchRate': (_magnetar_v1_DispatchRate__Output | null);
  /**
   * Whether producers and consumers create a missing topic (non-partitioned) on open. Absent =
   * broker default (true).
   */
  'autoTopicCreationEnabled'?: (boolean);
  '_messageTtlSeconds'?: "messageTtlSeconds";
  '_deduplicationEnabled'?: "deduplicationEnabled";
  '_maxProducersPerTopic'?: "maxProducersPerTopic";
  '_maxConsumersPerTopic'?: "maxConsumersPerTopic";
  '_maxConsumersPerSubscription'?: "maxConsumersPerSubscription";
  '_delayedDeliveryEnabled'?: "delayedDeliveryEnabled";
  '_autoTopicCreationEnabled'?: "autoTopicCreationEnabled";
}
