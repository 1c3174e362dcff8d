/**
 * Static validation of commands and reads: everything that can be checked without the store's
 * state. Failures throw InvalidArgumentError with a message naming the field and the limit. The
 * server may call `validateCommand` before proposing (to reject early); the store calls it again
 * at apply, because a command in the Raft log must be judged identically on every member.
 */
import { InvalidArgumentError } from "../../../common/errors.js";
import { compareKeys, isSingleKey, quoteKey, type Span, spanContains, spanOf, utf8Length } from "./keys.js";
import {
  CLIENT_ID_BYTES_MAX,
  type Compare,
  KEY_BYTES_MAX,
  type KeySpan,
  type KvCommand,
  LEASE_TTL_MS_MAX,
  RANGE_END_ALL,
  type RangeOptions,
  type RangeRequest,
  type RequestId,
  TXN_COMPARES_MAX,
  TXN_OPS_MAX,
  type TxnOp,
  VALUE_BYTES_MAX,
} from "./types.js";

const COMPARE_TARGETS = new Set(["VERSION", "CREATE_REVISION", "MOD_REVISION", "VALUE", "LEASE"]);
const COMPARE_RESULTS = new Set(["EQUAL", "NOT_EQUAL", "GREATER", "LESS"]);

function fail(message: string): never {
  throw new InvalidArgumentError(message);
}

export function validateCommand(command: KvCommand): void {
  if (typeof command !== "object" || command === null) fail("a command must be an object");
  if (command.requestId !== undefined) validateRequestId(command.requestId);
  switch (command.type) {
    case "put":
      validatePut(command, "put");
      if (command.expectedVersion !== undefined)
        checkCount(command.expectedVersion, "put", "expectedVersion");
      return;
    case "delete":
      validateDelete(command, "delete");
      if (command.expectedVersion !== undefined) {
        checkCount(command.expectedVersion, "delete", "expectedVersion");
        if (!isSingleKey(command))
          fail("delete: expectedVersion applies to a single key, not a prefix or range");
      }
      return;
    case "txn":
      validateTxn(command.compares, command.success, command.failure);
      return;
    case "leaseGrant":
      checkPositive(command.id, "leaseGrant", "id");
      checkPositive(command.ttlMs, "leaseGrant", "ttlMs");
      if (command.ttlMs > LEASE_TTL_MS_MAX) {
        fail(`leaseGrant: ttlMs ${command.ttlMs} is more than LEASE_TTL_MS_MAX (${LEASE_TTL_MS_MAX})`);
      }
      return;
    case "leaseRevoke":
    case "leaseExpire":
      checkPositive(command.id, command.type, "id");
      return;
    case "compact":
      checkPositive(command.revision, "compact", "revision");
      return;
    default:
      fail(`unknown command type ${JSON.stringify((command as { type: unknown }).type)}`);
  }
}

export function validateRequestId(requestId: RequestId): void {
  if (typeof requestId !== "object" || requestId === null) fail("requestId must be {clientId, seq}");
  const { clientId, seq } = requestId;
  if (typeof clientId !== "string" || clientId === "") fail("requestId.clientId must be a non-empty string");
  const bytes = utf8Length(clientId);
  if (bytes < 0) fail("requestId.clientId is not valid Unicode (unpaired surrogate)");
  if (bytes > CLIENT_ID_BYTES_MAX) {
    fail(`requestId.clientId is ${bytes} bytes, more than CLIENT_ID_BYTES_MAX (${CLIENT_ID_BYTES_MAX})`);
  }
  checkPositive(seq, "requestId", "seq");
}

export function validateRange(request: RangeRequest): void {
  validateKeySpan(request, "range");
  validateRangeOptions(request, "range");
  if (request.revision !== undefined) checkCount(request.revision, "range", "revision");
}

/** Checks a key span: see KeySpan for the three forms. */
export function validateKeySpan(selector: KeySpan, what: string): void {
  checkKeyText(selector.key, what, "key");
  checkFlag(selector.prefix, what, "prefix");
  if (selector.prefix === true) {
    if (selector.rangeEnd !== undefined) fail(`${what}: give either prefix or rangeEnd, not both`);
    return;
  }
  if (selector.rangeEnd !== undefined) {
    checkKeyText(selector.rangeEnd, what, "rangeEnd");
    if (selector.rangeEnd !== RANGE_END_ALL && compareKeys(selector.rangeEnd, selector.key) <= 0) {
      fail(
        `${what}: rangeEnd ${quoteKey(selector.rangeEnd)} must be greater than key ${quoteKey(selector.key)}`,
      );
    }
    return;
  }
  if (selector.key === "") fail(`${what}: key must not be empty`);
}

function validatePut(
  op: { key: string; value: Uint8Array; lease?: number; prevKv?: boolean },
  what: string,
): void {
  checkKeyText(op.key, what, "key");
  if (op.key === "") fail(`${what}: key must not be empty`);
  if (!(op.value instanceof Uint8Array)) fail(`${what}: value of key ${quoteKey(op.key)} must be bytes`);
  if (op.value.length > VALUE_BYTES_MAX) {
    fail(
      `${what}: value of key ${quoteKey(op.key)} is ${op.value.length} bytes, ` +
        `more than VALUE_BYTES_MAX (${VALUE_BYTES_MAX})`,
    );
  }
  if (op.lease !== undefined) checkCount(op.lease, what, "lease");
  checkFlag(op.prevKv, what, "prevKv");
}

function validateDelete(op: KeySpan & { prevKv?: boolean }, what: string): void {
  validateKeySpan(op, what);
  checkFlag(op.prevKv, what, "prevKv");
}

function validateRangeOptions(options: RangeOptions, what: string): void {
  if (options.limit !== undefined) checkCount(options.limit, what, "limit");
  checkFlag(options.keysOnly, what, "keysOnly");
  checkFlag(options.countOnly, what, "countOnly");
}

function validateTxn(
  compares: readonly Compare[],
  success: readonly TxnOp[],
  failure: readonly TxnOp[],
): void {
  if (!Array.isArray(compares) || !Array.isArray(success) || !Array.isArray(failure)) {
    fail("txn: compares, success and failure must be arrays");
  }
  if (compares.length > TXN_COMPARES_MAX) {
    fail(`txn: ${compares.length} compares, more than TXN_COMPARES_MAX (${TXN_COMPARES_MAX})`);
  }
  compares.forEach((compare, i) => {
    validateCompare(compare, `txn compares[${i}]`);
  });
  validateBranch(success, "success");
  validateBranch(failure, "failure");
}

function validateCompare(compare: Compare, what: string): void {
  validateKeySpan(compare, what);
  if (!COMPARE_TARGETS.has(compare.target)) fail(`${what}: unknown target ${JSON.stringify(compare.target)}`);
  if (!COMPARE_RESULTS.has(compare.result)) fail(`${what}: unknown result ${JSON.stringify(compare.result)}`);
  if (compare.target === "VALUE") {
    if (!(compare.value instanceof Uint8Array)) fail(`${what}: a VALUE compare needs bytes`);
    if (compare.value.length > VALUE_BYTES_MAX) fail(`${what}: value is more than VALUE_BYTES_MAX`);
  } else {
    checkCount(compare.value, what, "value");
  }
}

function validateBranch(ops: readonly TxnOp[], branch: string): void {
  if (ops.length > TXN_OPS_MAX) {
    fail(`txn: ${ops.length} ${branch} ops, more than TXN_OPS_MAX (${TXN_OPS_MAX})`);
  }
  const putKeys = new Set<string>();
  const deleteSpans: Span[] = [];
  ops.forEach((op, i) => {
    const what = `txn ${branch}[${i}] (${op.type})`;
    switch (op.type) {
      case "range":
        validateKeySpan(op, what);
        validateRangeOptions(op, what);
        return;
      case "put":
        validatePut(op, what);
        if (putKeys.has(op.key)) fail(`${what}: duplicate key ${quoteKey(op.key)} in one txn branch`);
        putKeys.add(op.key);
        return;
      case "delete":
        validateDelete(op, what);
        deleteSpans.push(spanOf(op));
        return;
      default:
        fail(`${what}: unknown op type`);
    }
  });
  for (const key of putKeys) {
    if (deleteSpans.some((span) => spanContains(span, key))) {
      fail(`txn ${branch}: key ${quoteKey(key)} is both put and deleted in one txn branch`);
    }
  }
}

/** A string usable in a key position (may be empty; callers reject "" where it is not allowed). */
function checkKeyText(text: unknown, what: string, field: string): asserts text is string {
  if (typeof text !== "string") fail(`${what}: ${field} must be a string`);
  const bytes = utf8Length(text);
  if (bytes < 0) fail(`${what}: ${field} is not valid Unicode (unpaired surrogate)`);
  if (bytes > KEY_BYTES_MAX) {
    fail(`${what}: ${field} is ${bytes} bytes, more than KEY_BYTES_MAX (${KEY_BYTES_MAX})`);
  }
}

function checkFlag(flag: unknown, what: string, field: string): void {
  if (flag !== undefined && typeof flag !== "boolean") fail(`${what}: ${field} must be a boolean`);
}

/** A non-negative safe integer. */
function checkCount(n: unknown, what: string, field: string): void {
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
    fail(`${what}: ${field} must be a non-negative integer, got ${String(n)}`);
  }
}

function checkPositive(n: unknown, what: string, field: string): void {
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 1) {
    fail(`${what}: ${field} must be a positive integer, got ${String(n)}`);
  }
}
