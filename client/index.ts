/**
 * The public surface of the `magnetar` package. The client library (MagnetarClient, Producer,
 * Consumer, Admin) arrives with the broker stage; the error vocabulary is public already, so callers
 * can tell "retry elsewhere" (`err.retriable`) from "your request is wrong".
 */
export {
  type ErrorCode,
  InvalidArgumentError,
  MagnetarError,
  MessageTooLargeError,
  ProducerFencedError,
  ProducerQueueFullError,
  TimeoutError,
  TopicNotFoundError,
  TopicNotOwnedError,
  UnavailableError,
} from "../common/errors.js";
