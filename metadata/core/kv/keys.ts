/**
 * Key order and key spans. Keys are ordered by Unicode code point (which for UTF-8 equals byte
 * order, as in etcd); JavaScript's `<` compares UTF-16 code units, which differs once characters
 * outside the Basic Multilingual Plane meet U+E000..U+FFFF, hence `compareKeys`.
 */
import { invariant } from "../../../common/errors.js";
import { type KeySpan, RANGE_END_ALL } from "./types.js";

/** A half-open interval of keys [start, end); `end` undefined = unbounded. */
export interface Span {
  readonly start: string;
  readonly end: string | undefined;
}

/** Code point order: negative if a < b, 0 if equal, positive if a > b. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Moves surrogates above U+E000..U+FFFF so that code-unit order becomes code-point order. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/**
 * The smallest key greater than every key that starts with `prefix`; undefined when there is none
 * (empty prefix, or only U+10FFFF code points).
 */
export function prefixEnd(prefix: string): string | undefined {
  const points = Array.from(prefix, (c) => c.codePointAt(0) ?? 0);
  while (points.length > 0) {
    const last = points.pop() ?? 0;
    if (last < 0x10ffff) {
      const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
      return String.fromCodePoint(...points, next);
    }
  }
  return undefined;
}

/** The span a validated KeySpan addresses. */
export function spanOf(selector: KeySpan): Span {
  if (selector.prefix === true) return { start: selector.key, end: prefixEnd(selector.key) };
  if (selector.rangeEnd === RANGE_END_ALL) return { start: selector.key, end: undefined };
  if (selector.rangeEnd !== undefined) return { start: selector.key, end: selector.rangeEnd };
  // The immediate successor of a key in code-point order is the key followed by U+0000.
  return { start: selector.key, end: `${selector.key}\u0000` };
}

export function isSingleKey(selector: KeySpan): boolean {
  return selector.prefix !== true && selector.rangeEnd === undefined;
}

export function spanContains(span: Span, key: string): boolean {
  if (compareKeys(key, span.start) < 0) return false;
  return span.end === undefined || compareKeys(key, span.end) < 0;
}

/**
 * UTF-8 length of a string, or -1 if it holds an unpaired surrogate (not representable as UTF-8,
 * so not a valid key).
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (!(low >= 0xdc00 && low <= 0xdfff)) return -1;
      bytes += 4;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return -1;
    else bytes += 3;
  }
  return bytes;
}

/** A key for an error message: quoted, and cut after 64 characters. */
export function quoteKey(key: string): string {
  const shown = key.length > 64 ? `${key.slice(0, 64)}...` : key;
  return JSON.stringify(shown);
}

/** Bytewise unsigned lexicographic order of two values. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x - y;
  }
  return a.length - b.length;
}

export function assertSortedKeys(keys: readonly string[], what: string): void {
  for (let i = 1; i < keys.length; i++) {
    invariant(compareKeys(keys[i - 1] ?? "", keys[i] ?? "") < 0, `${what}: keys not strictly ascending`);
  }
}
