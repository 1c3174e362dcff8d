// Original file: proto/admin.proto

import type { PublisherStats as _magnetar_v1_PublisherStats, PublisherStats__Output as _magnetar_v1_PublisherStats__Output } from '../../magnetar/v1/PublisherStats.js';
import type { SubscriptionStats as _magnetar_v1_SubscriptionStats, SubscriptionStats__Output as _magnetar_v1_SubscriptionStats__Output } from '../../magnetar/v1/SubscriptionStats.js';
import type { LedgerSummary as _magnetar_v1_LedgerSummary, LedgerSummary__Output as _magnetar_v1_LedgerSummary__Output } from '../../magnetar/v1/LedgerSummary.js';
import type { BrokerAddress as _magnetar_v1_BrokerAddress, BrokerAddress__Output as _magnetar_v1_BrokerAddress__Output } from '../../magnetar/v1/BrokerAddress.js';
import type { MessageId as _magnetar_v1_MessageId, MessageId__Output as _magnetar_v1_MessageId__Output } from '../../magnetar/v1/MessageId.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Statistics of one non-partitioned topic or partition. Rates are per second, averaged over the
 * owner's last stats interval (about a minute); totals count since the topic was loaded on its
 * current owner.
 */
export interface TopicStats {
  /**
   * Full topic name.
   */
  'topic'?: (string);
  /**
   * Messages published per second.
   */
  'msgRateIn'?: (number | string);
  /**
   * Bytes (batch payloads) published per second.
   */
  'msgThroughputIn'?: (number | string);
  /**
   * Messages delivered per second, over all subscriptions.
   */
  'msgRateOut'?: (number | string);
  /**
   * Bytes delivered per second, over all subscriptions.
   */
  'msgThroughputOut'?: (number | string);
  /**
   * Messages published since the topic was loaded.
   */
  'msgsInTotal'?: (number | string | Long);
  /**
   * Bytes published since the topic was loaded.
   */
  'bytesInTotal'?: (number | string | Long);
  /**
   * Messages delivered since the topic was loaded.
   */
  'msgsOutTotal'?: (number | string | Long);
  /**
   * Bytes delivered since the topic was loaded.
   */
  'bytesOutTotal'?: (number | string | Long);
  /**
   * Bytes stored for the topic in all its ledgers (one replica; multiply by W for disk use).
   */
  'storageSizeBytes'?: (number | string | Long);
  /**
   * Bytes of the largest subscription backlog.
   */
  'backlogSizeBytes'?: (number | string | Long);
  /**
   * Connected producers, by name.
   */
  'publishers'?: (_magnetar_v1_PublisherStats)[];
  /**
   * Subscriptions by name.
   */
  'subscriptions'?: ({[key: string]: _magnetar_v1_SubscriptionStats});
  /**
   * The topic's ledgers, oldest first.
   */
  'ledgers'?: (_magnetar_v1_LedgerSummary)[];
  /**
   * The broker that owns the topic's bundle; absent if none (stats then come from metadata only).
   */
  'owner'?: (_magnetar_v1_BrokerAddress | null);
  /**
   * Id of the last message published (batch_index = last index of its entry); absent if none.
   */
  'lastMessageId'?: (_magnetar_v1_MessageId | null);
  /**
   * Publish time of the last entry; 0 if none.
   */
  'lastPublishTimeMs'?: (number | string | Long);
  /**
   * Whether deduplication is on for producers that use the namespace default.
   */
  'deduplicationEnabled'?: (boolean);
  /**
   * Whether the topic was terminated (TerminateTopic).
   */
  'terminated'?: (boolean);
  /**
   * When these statistics were computed.
   */
  'statsTimeMs'?: (number | string | Long);
}

/**
 * Statistics of one non-partitioned topic or partition. Rates are per second, averaged over the
 * owner's last stats interval (about a minute); totals count since the topic was loaded on its
 * current owner.
 */
export interface TopicStats__Output {
  /**
   * Full topic name.
   */
  'topic': (string);
  /**
   * Messages published per second.
   */
  'msgRateIn': (number);
  /**
   * Bytes (batch payloads) published per second.
   */
  'msgThroughputIn': (number);
  /**
   * Messages delivered per second, over all subscriptions.
   */
  'msgRateOut': (number);
  /**
   * Bytes delivered per second, over all subscriptions.
   */
  'msgThroughputOut': (number);
  /**
   * Messages published since the topic was loaded.
   */
  'msgsInTotal': (number);
  /**
   * Bytes published since the topic was loaded.
   */
  'bytesInTotal': (number);
  /**
   * Messages delivered since the topic was loaded.
   */
  'msgsOutTotal': (number);
  /**
   * Bytes delivered since the topic was loaded.
   */
  'bytesOutTotal': (number);
  /**
   * Bytes stored for the topic in all its ledgers (one replica; multiply by W for disk use).
   */
  'storageSizeBytes': (number);
  /**
   * Bytes of the largest subscription backlog.
   */
  'backlogSizeBytes': (number);
  /**
   * Connected producers, by name.
   */
  'publishers': (_magnetar_v1_PublisherStats__Output)[];
  /**
   * Subscriptions by name.
   */
  'subscriptions': ({[key: string]: _magnetar_v1_SubscriptionStats__Output});
  /**
   * The topic's ledgers, oldest first.
   */
  'ledgers': (_magnetar_v1_LedgerSummary__Output)[];
  /**
   * The broker that owns the topic's bundle; absent if none (stats then come from metadata only).
   */
  'owner': (_magnetar_v1_BrokerAddress__Output | null);
  /**
   * Id of the last message published (batch_index = last index of its entry); absent if none.
   */
  'lastMessageId': (_magnetar_v1_MessageId__Output | null);
  /**
   * Publish time of the last entry; 0 if none.
   */
  'lastPublishTimeMs': (number);
  /**
   * Whether deduplication is on for producers that use the namespace default.
   */
  'deduplicationEnabled': (boolean);
  /**
   * Whether the topic was terminated (TerminateTopic).
   */
  'terminated': (boolean);
  /**
   * When these statistics were computed.
   */
  'statsTimeMs': (number);
}
