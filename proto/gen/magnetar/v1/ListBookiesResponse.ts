// Original file: proto/admin.proto

import type { BookieSummary as _magnetar_v1_BookieSummary, BookieSummary__Output as _magnetar_v1_BookieSummary__Output } from '../../magnetar/v1/BookieSummary.js';

export interface ListBookiesResponse {
  /**
   * Live bookies, by id.
   */
  'bookies'?: (_magnetar_v1_BookieSummary)[];
}

export interface ListBookiesResponse__Output {
  /**
   * Live bookies, by id.
   */
  'bookies': (_magnetar_v1_BookieSummary__Output)[];
}
