// Original file: proto/metadata.proto

import type { ResponseHeader as _magnetar_v1_ResponseHeader, ResponseHeader__Output as _magnetar_v1_ResponseHeader__Output } from '../../magnetar/v1/ResponseHeader.js';
import type { Event as _magnetar_v1_Event, Event__Output as _magnetar_v1_Event__Output } from '../../magnetar/v1/Event.js';
import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from '../../magnetar/v1/Error.js';
import type { Long } from '@grpc/proto-loader';

export interface WatchResponse {
  /**
   * header.revision: for the created response, the revision the watch starts after (when
   * start_revision = 0); for a progress response, everything up to it has been delivered;
   * otherwise the member's revision when the response was sent.
   */
  'header'?: (_magnetar_v1_ResponseHeader | null);
  /**
   * True only in the first response of a watch that started. Carries no events.
   */
  'created'?: (boolean);
  /**
   * Changes in revision order (and, within a revision, in the order the ops were applied).
   */
  'events'?: (_magnetar_v1_Event)[];
  /**
   * True if the last revision in `events` continues in the next response (one revision's events
   * exceed the ~4 MiB response cap). A revision is complete when a response with fragment = false
   * ends it.
   */
  'fragment'?: (boolean);
  /**
   * When the watch is canceled with COMPACTED: the member's compact revision. The client must
   * resync: Range the keys (latest), then watch from that Range's header.revision + 1.
   */
  'compactRevision'?: (number | string | Long);
  /**
   * True in the last response of a canceled watch; the server then ends the stream with OK.
   */
  'canceled'?: (boolean);
  /**
   * Why the watch was canceled; set only when canceled. Code COMPACTED: start_revision was below
   * the compact revision, or the watcher fell so far behind that events it still needed were
   * compacted (the member never skips them instead). A member that stops ends its streams with a
   * gRPC UNAVAILABLE status instead of a canceled response.
   */
  'cancelReason'?: (_magnetar_v1_Error | null);
}

export interface WatchResponse__Output {
  /**
   * header.revision: for the created response, the revision the watch starts after (when
   * start_revision = 0); for a progress response, everything up to it has been delivered;
   * otherwise the member's revision when the response was sent.
   */
  'header': (_magnetar_v1_ResponseHeader__Output | null);
  /**
   * True only in the first response of a watch that started. Carries no events.
   */
  'created': (boolean);
  /**
   * Changes in revision order (and, within a revision, in the order the ops were applied).
   */
  'events': (_magnetar_v1_Event__Output)[];
  /**
   * True if the last revision in `events` continues in the next response (one revision's events
   * exceed the ~4 MiB response cap). A revision is complete when a response with fragment = false
   * ends it.
   */
  'fragment': (boolean);
  /**
   * When the watch is canceled with COMPACTED: the member's compact revision. The client must
   * resync: Range the keys (latest), then watch from that Range's header.revision + 1.
   */
  'compactRevision': (number);
  /**
   * True in the last response of a canceled watch; the server then ends the stream with OK.
   */
  'canceled': (boolean);
  /**
   * Why the watch was canceled; set only when canceled. Code COMPACTED: start_revision was below
   * the compact revision, or the watcher fell so far behind that events it still needed were
   * compacted (the member never skips them instead). A member that stops ends its streams with a
   * gRPC UNAVAILABLE status instead of a canceled response.
   */
  'cancelReason': (_magnetar_v1_Error__Output | null);
}
