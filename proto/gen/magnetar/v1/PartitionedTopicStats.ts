// Original file: proto/admin.proto

import type { TopicStats as _magnetar_v1_TopicStats, TopicStats__Output as _magnetar_v1_TopicStats__Output } from '../../magnetar/v1/TopicStats.js';

export interface PartitionedTopicStats {
  /**
   * Full base name.
   */
  'topic'?: (string);
  /**
   * Number of partitions.
   */
  'partitions'?: (number);
  /**
   * The partitions combined: rates, totals and sizes summed; publishers listed together;
   * subscriptions merged by name (counts and rates summed, consumers listed together, oldest
   * unacked age the maximum, mark_delete_position absent); ledgers empty; owner absent;
   * last_message_id absent; last_publish_time_ms the latest.
   */
  'aggregated'?: (_magnetar_v1_TopicStats | null);
  /**
   * per_partition only: partition index -> that partition's statistics.
   */
  'partitionStats'?: ({[key: number]: _magnetar_v1_TopicStats});
}

export interface PartitionedTopicStats__Output {
  /**
   * Full base name.
   */
  'topic': (string);
  /**
   * Number of partitions.
   */
  'partitions': (number);
  /**
   * The partitions combined: rates, totals and sizes summed; publishers listed together;
   * subscriptions merged by name (counts and rates summed, consumers listed together, oldest
   * unacked age the maximum, mark_delete_position absent); ledgers empty; owner absent;
   * last_message_id absent; last_publish_time_ms the latest.
   */
  'aggregated': (_magnetar_v1_TopicStats__Output | null);
  /**
   * per_partition only: partition index -> that partition's statistics.
   */
  'partitionStats': ({[key: number]: _magnetar_v1_TopicStats__Output});
}
