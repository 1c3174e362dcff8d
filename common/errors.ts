/**
 * One error vocabulary for every Magnetar process and the client library.
 *
 * Every error has a stable `code` (the name of `magnetar.v1.ErrorCode` in proto/common.proto), a
 * `retriable` flag ("retry, maybe elsewhere" versus "your request is wrong") and one gRPC status.
 * `CODES` is the single table; common/grpc.ts maps to and from gRPC with it.
 *
 * Invariant violations are not errors of this kind: they are bugs, thrown as `InvariantViolation`,
 * and the process exits.
 *
 * This module is pure (no gRPC import) so that `core/` state machines can use it; gRPC status
 * numbers are the wire values fixed by the gRPC spec.
 */

/** gRPC status codes (values from the gRPC spec, identical to `@grpc/grpc-js`'s `status`). */
export const GrpcStatus = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;
export type GrpcStatusCode = (typeof GrpcStatus)[keyof typeof GrpcStatus];

interface CodeInfo {
  readonly status: GrpcStatusCode;
  /** True when the same request may succeed later or on another server. */
  readonly retriable: boolean;
}

/** The single table of error codes. Keys match `magnetar.v1.ErrorCode` names exactly. */
export const CODES = {
  INTERNAL: { status: GrpcStatus.INTERNAL, retriable: false },
  INVALID_ARGUMENT: { status: GrpcStatus.INVALID_ARGUMENT, retriable: false },
  TIMEOUT: { status: GrpcStatus.DEADLINE_EXCEEDED, retriable: true },
  UNAVAILABLE: { status: GrpcStatus.UNAVAILABLE, retriable: true },
  CANCELLED: { status: GrpcStatus.CANCELLED, retriable: false },
  UNIMPLEMENTED: { status: GrpcStatus.UNIMPLEMENTED, retriable: false },
  NOT_FOUND: { status: GrpcStatus.NOT_FOUND, retriable: false },
  ALREADY_EXISTS: { status: GrpcStatus.ALREADY_EXISTS, retriable: false },
  PERMISSION_DENIED: { status: GrpcStatus.PERMISSION_DENIED, retriable: false },
  RESOURCE_EXHAUSTED: { status: GrpcStatus.RESOURCE_EXHAUSTED, retriable: true },

  NOT_LEADER: { status: GrpcStatus.UNAVAILABLE, retriable: true },
  VERSION_MISMATCH: { status: GrpcStatus.FAILED_PRECONDITION, retriable: false },
  LEASE_NOT_FOUND: { status: GrpcStatus.NOT_FOUND, retriable: false },
  COMPACTED: { status: GrpcStatus.OUT_OF_RANGE, retriable: false },
  KEY_NOT_FOUND: { status: GrpcStatus.NOT_FOUND, retriable: false },

  LEDGER_FENCED: { status: GrpcStatus.FAILED_PRECONDITION, retriable: false },
  LEDGER_CLOSED: { status: GrpcStatus.FAILED_PRECONDITION, retriable: false },
  LEDGER_NOT_FOUND: { status: GrpcStatus.NOT_FOUND, retriable: false },
  ENTRY_NOT_FOUND: { status: GrpcStatus.NOT_FOUND, retriable: false },
  CHECKSUM_MISMATCH: { status: GrpcStatus.DATA_LOSS, retriable: false },
  NOT_ENOUGH_BOOKIES: { status: GrpcStatus.UNAVAILABLE, retriable: true },
  BOOKIE_READ_ONLY: { status: GrpcStatus.UNAVAILABLE, retriable: true },

  TOPIC_NOT_OWNED: { status: GrpcStatus.UNAVAILABLE, retriable: true },
  TOPIC_NOT_FOUND: { status: GrpcStatus.NOT_FOUND, retriable: false },
  TENANT_NOT_FOUND: { status: GrpcStatus.NOT_FOUND, retriable: false },
  NAMESPACE_NOT_FOUND: { status: GrpcStatus.NOT_FOUND, retriable: false },
  SUBSCRIPTION_NOT_FOUND: { status: GrpcStatus.NOT_FOUND, retriable: false },
  PRODUCER_BUSY: { status: GrpcStatus.ALREADY_EXISTS, retriable: false },
  PRODUCER_FENCED: { status: GrpcStatus.FAILED_PRECONDITION, retriable: false },
  CONSUMER_BUSY: { status: GrpcStatus.ALREADY_EXISTS, retriable: false },
  MESSAGE_TOO_LARGE: { status: GrpcStatus.INVALID_ARGUMENT, retriable: false },
  PRODUCER_QUEUE_FULL: { status: GrpcStatus.RESOURCE_EXHAUSTED, retriable: true },
  BACKLOG_QUOTA_EXCEEDED: { status: GrpcStatus.RESOURCE_EXHAUSTED, retriable: true },
  NOT_EMPTY: { status: GrpcStatus.FAILED_PRECONDITION, retriable: false },
  INVALID_MESSAGE_ID: { status: GrpcStatus.INVALID_ARGUMENT, retriable: false },
  TOPIC_TERMINATED: { status: GrpcStatus.FAILED_PRECONDITION, retriable: false },
} as const satisfies Record<string, CodeInfo>;

export type ErrorCode = keyof typeof CODES;

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(CODES, value);
}

export interface MagnetarErrorOptions extends ErrorOptions {
  /** Overrides the code's default; e.g. a TIMEOUT on a non-idempotent op the caller must not repeat. */
  readonly retriable?: boolean;
  /** The member believed to lead, for NOT_LEADER; the owner broker, for TOPIC_NOT_OWNED. */
  readonly hint?: string;
}

/** An expected, operational failure with a stable code. Bad input is one of these, never a crash. */
export class MagnetarError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options?: MagnetarErrorOptions) {
    super(message, options);
    this.name = errorName(code);
    this.code = code;
    this.retriable = options?.retriable ?? CODES[code].retriable;
    this.hint = options?.hint;
  }

  get grpcStatus(): GrpcStatusCode {
    return CODES[this.code].status;
  }
}

/** TOPIC_NOT_FOUND -> TopicNotFoundError; the name a user sees in a stack trace. */
function errorName(code: ErrorCode): string {
  const camel = code
    .toLowerCase()
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
  return `${camel}Error`;
}

function errorClass(code: ErrorCode) {
  return class extends MagnetarError {
    static readonly code = code;
    constructor(message: string, options?: MagnetarErrorOptions) {
      super(code, message, options);
    }
  };
}

// The classes callers most often test for with `instanceof`. Any code can also be built as
// `new MagnetarError(code, message)`; `errorFromCode` returns these classes where they exist.
export const InvalidArgumentError = errorClass("INVALID_ARGUMENT");
export const TimeoutError = errorClass("TIMEOUT");
export const UnavailableError = errorClass("UNAVAILABLE");
export const NotFoundError = errorClass("NOT_FOUND");
export const NotLeaderError = errorClass("NOT_LEADER");
export const VersionMismatchError = errorClass("VERSION_MISMATCH");
export const LeaseNotFoundError = errorClass("LEASE_NOT_FOUND");
export const CompactedError = errorClass("COMPACTED");
export const LedgerFencedError = errorClass("LEDGER_FENCED");
export const LedgerClosedError = errorClass("LEDGER_CLOSED");
export const ChecksumMismatchError = errorClass("CHECKSUM_MISMATCH");
export const NotEnoughBookiesError = errorClass("NOT_ENOUGH_BOOKIES");
export const TopicNotOwnedError = errorClass("TOPIC_NOT_OWNED");
export const TopicNotFoundError = errorClass("TOPIC_NOT_FOUND");
export const ProducerFencedError = errorClass("PRODUCER_FENCED");
export const ConsumerBusyError = errorClass("CONSUMER_BUSY");
export const MessageTooLargeError = errorClass("MESSAGE_TOO_LARGE");
export const ProducerQueueFullError = errorClass("PRODUCER_QUEUE_FULL");

const CLASSES: Partial<
  Record<ErrorCode, new (message: string, options?: MagnetarErrorOptions) => MagnetarError>
> = Object.fromEntries(
  [
    InvalidArgumentError,
    TimeoutError,
    UnavailableError,
    NotFoundError,
    NotLeaderError,
    VersionMismatchError,
    LeaseNotFoundError,
    CompactedError,
    LedgerFencedError,
    LedgerClosedError,
    ChecksumMismatchError,
    NotEnoughBookiesError,
    TopicNotOwnedError,
    TopicNotFoundError,
    ProducerFencedError,
    ConsumerBusyError,
    MessageTooLargeError,
    ProducerQueueFullError,
  ].map((cls) => [cls.code, cls]),
);

/** Builds the most specific error class for a code (used when decoding errors off the wire). */
export function errorFromCode(
  code: ErrorCode,
  message: string,
  options?: MagnetarErrorOptions,
): MagnetarError {
  const cls = CLASSES[code];
  return cls ? new cls(message, options) : new MagnetarError(code, message, options);
}

/** A broken invariant: a bug, not an operating error. Never caught to keep going. */
export class InvariantViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvariantViolation";
  }
}

/** Asserts what must hold. Split compound conditions into separate calls so failures say which. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantViolation(message);
}

/** Exhaustiveness check for `switch` over a union: a missing case fails to compile. */
export function unreachable(value: never): never {
  throw new InvariantViolation(`unreachable: ${JSON.stringify(value)}`);
}
