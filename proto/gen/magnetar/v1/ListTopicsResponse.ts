// Original file: proto/admin.proto

import type { TopicListing as _magnetar_v1_TopicListing, TopicListing__Output as _magnetar_v1_TopicListing__Output } from '../../magnetar/v1/TopicListing.js';

export interface ListTopicsResponse {
  /**
   * The namespace's topics, sorted by name.
   */
  'topics'?: (_magnetar_v1_TopicListing)[];
}

export interface ListTopicsResponse__Output {
  /**
   * The namespace's topics, sorted by name.
   */
  'topics': (_magnetar_v1_TopicListing__Output)[];
}
