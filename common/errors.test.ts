import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CODES,
  errorFromCode,
  InvariantViolation,
  invariant,
  isErrorCode,
  LedgerFencedError,
  MagnetarError,
  TopicNotFoundError,
} from "./errors.js";

/** The enum value names of magnetar.v1.ErrorCode, read from the proto itself. */
function protoErrorCodes(): string[] {
  const text = readFileSync(new URL("../proto/common.proto", import.meta.url), "utf8");
  const body = /enum ErrorCode \{([\s\S]*?)\n\}/.exec(text)?.[1] ?? "";
  return [...body.matchAll(/^\s*([A-Z_]+)\s*=\s*\d+;/gm)].map((m) => m[1] ?? "");
}

describe("errors - vocabulary", () => {
  it("has exactly the codes of magnetar.v1.ErrorCode", () => {
    const fromProto = protoErrorCodes().filter((c) => c !== "ERROR_CODE_UNSPECIFIED");
    expect(fromProto.length).toBeGreaterThan(20);
    expect(Object.keys(CODES).sort()).toEqual(fromProto.sort());
  });

  it("builds the specific class for a code, with name, code and retriable flag", () => {
    const err = errorFromCode("TOPIC_NOT_FOUND", "no topic orders");
    expect(err).toBeInstanceOf(TopicNotFoundError);
    expect(err).toBeInstanceOf(MagnetarError);
    expect(err.name).toBe("TopicNotFoundError");
    expect(err.code).toBe("TOPIC_NOT_FOUND");
    expect(err.retriable).toBe(false);
    expect(errorFromCode("TOPIC_NOT_OWNED", "moved").retriable).toBe(true);
    expect(new LedgerFencedError("fenced").code).toBe("LEDGER_FENCED");
  });

  it("falls back to the base class for codes without one", () => {
    const err = errorFromCode("NOT_EMPTY", "namespace has topics");
    expect(err.constructor).toBe(MagnetarError);
    expect(err.name).toBe("NotEmptyError");
  });

  it("lets the caller override retriable and keeps the cause", () => {
    const cause = new Error("socket closed");
    const err = new MagnetarError("TIMEOUT", "put timed out", { retriable: false, cause });
    expect(err.retriable).toBe(false);
    expect(err.cause).toBe(cause);
  });

  it("recognises codes", () => {
    expect(isErrorCode("LEDGER_FENCED")).toBe(true);
    expect(isErrorCode("toString")).toBe(false);
  });

  it("invariant throws InvariantViolation, a bug and not a MagnetarError", () => {
    expect(() => invariant(false, "lac moved backwards")).toThrow(InvariantViolation);
    expect(() => invariant(false, "x")).not.toThrow(MagnetarError);
    expect(() => invariant(true, "x")).not.toThrow();
  });
});
