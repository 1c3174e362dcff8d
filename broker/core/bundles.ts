/**
 * Namespace bundles, after Pulsar's `NamespaceBundles`: a namespace's topics are grouped into
 * bundles, contiguous ranges of the 32-bit hash space of topic names. A broker owns whole bundles.
 *
 * A topic's hash is Murmur3 x86 32-bit, seed 0, of its full normalized name in UTF-8 (the contract
 * in proto/messaging.proto, `LookupResponse.bundle`). A bundle is named `0x<lower>_0x<upper>` with
 * 8 lowercase hex digits each and covers [lower, upper), except that the last bundle, whose name
 * ends in `0xffffffff`, also covers 0xffffffff. Internally a range's `upper` is exclusive and the
 * last one's is 2^32; its name shows 0xffffffff. Consequently no range other than the last may end
 * at 0xffffffff (its name would be ambiguous), and splitting never creates one.
 *
 * Pure; no I/O.
 */
import { InvalidArgumentError, invariant, MagnetarError, NotFoundError } from "../../common/errors.js";
import { murmur3x86_32 } from "../../common/murmur3.js";

/** Number of 32-bit hashes: the exclusive upper bound of the last bundle. */
export const HASH_SPACE = 2 ** 32;
/** The largest hash, shown as the upper bound of the last bundle. */
export const HASH_MAX = 0xffffffff;
export const BUNDLE_COUNT_DEFAULT = 16;
/** Most bundles a namespace may have (admin.proto: CreateNamespace and SplitBundle). */
export const BUNDLE_COUNT_MAX = 1024;

/** The hashes [lower, upper) of one bundle; `upper` is HASH_SPACE for the last bundle. */
export interface BundleRange {
  readonly lower: number;
  readonly upper: number;
}

const encoder = new TextEncoder();

/** The 32-bit hash that places a topic in a bundle: Murmur3 x86 32, seed 0, of the UTF-8 full name. */
export function topicHash(fullTopicName: string): number {
  return murmur3x86_32(encoder.encode(fullTopicName), 0);
}

function hex8(value: number): string {
  return `0x${value.toString(16).padStart(8, "0")}`;
}

function assertRange(range: BundleRange): void {
  invariant(Number.isSafeInteger(range.lower) && range.lower >= 0, "bundle lower is a hash");
  invariant(Number.isSafeInteger(range.upper) && range.upper <= HASH_SPACE, "bundle upper <= 2^32");
  invariant(range.lower < range.upper, "bundle is not empty");
  invariant(range.upper !== HASH_MAX, "only the last bundle ends at 0xffffffff, and it ends at 2^32");
}

/** `0x<lower>_0x<upper>`; the last bundle's upper shows as 0xffffffff. */
export function formatBundle(range: BundleRange): string {
  assertRange(range);
  return `${hex8(range.lower)}_${hex8(range.upper === HASH_SPACE ? HASH_MAX : range.upper)}`;
}

/** Parses a bundle name; throws InvalidArgumentError naming the broken rule. */
export function parseBundle(name: string): BundleRange {
  const fail = (reason: string) =>
    new InvalidArgumentError(`invalid bundle name ${JSON.stringify(name.slice(0, 64))}: ${reason}`);
  const match = /^0x([0-9a-fA-F]{8})_0x([0-9a-fA-F]{8})$/.exec(name);
  if (match === null) throw fail("expected 0x<8 hex digits>_0x<8 hex digits>, e.g. 0x00000000_0x10000000");
  const lower = Number.parseInt(match[1] ?? "", 16);
  const shown = Number.parseInt(match[2] ?? "", 16);
  const upper = shown === HASH_MAX ? HASH_SPACE : shown;
  if (lower >= upper) throw fail("the lower bound must be below the upper bound");
  return { lower, upper };
}

export function bundleContains(range: BundleRange, hash: number): boolean {
  return range.lower <= hash && hash < range.upper;
}

/** The `count` equal bundles of a new namespace (boundaries floor(2^32 * i / count)). */
export function initialBundles(count: number = BUNDLE_COUNT_DEFAULT): BundleRange[] {
  if (!Number.isSafeInteger(count) || count < 1 || count > BUNDLE_COUNT_MAX)
    throw new InvalidArgumentError(`bundle count must be an integer 1..${BUNDLE_COUNT_MAX}, got ${count}`);
  const bundles: BundleRange[] = [];
  for (let i = 0; i < count; i++) {
    bundles.push({
      lower: Math.floor((HASH_SPACE * i) / count),
      upper: Math.floor((HASH_SPACE * (i + 1)) / count),
    });
  }
  assertPartition(bundles);
  return bundles;
}

/** The problems that keep `bundles` from covering [0, 2^32) in order without gaps or overlaps. */
export function bundlesProblems(bundles: readonly BundleRange[]): string[] {
  const problems: string[] = [];
  if (bundles.length === 0) return ["a namespace has at least one bundle"];
  if (bundles.length > BUNDLE_COUNT_MAX) problems.push(`more than ${BUNDLE_COUNT_MAX} bundles`);
  if (bundles[0]?.lower !== 0) problems.push("the first bundle must start at 0x00000000");
  if (bundles[bundles.length - 1]?.upper !== HASH_SPACE)
    problems.push("the last bundle must end at 0xffffffff");
  bundles.forEach((b, i) => {
    if (!(Number.isSafeInteger(b.lower) && Number.isSafeInteger(b.upper) && b.lower < b.upper))
      problems.push(`bundle ${i} is not a non-empty integer range`);
    if (b.upper === HASH_MAX) problems.push(`bundle ${i} ends at 0xffffffff but is exclusive there`);
    const next = bundles[i + 1];
    if (next !== undefined && next.lower !== b.upper)
      problems.push(`bundle ${i + 1} must start where bundle ${i} ends (${hex8(b.upper)})`);
  });
  return problems;
}

function assertPartition(bundles: readonly BundleRange[]): void {
  const problems = bundlesProblems(bundles);
  invariant(problems.length === 0, `bundles partition the hash space: ${problems.join("; ")}`);
}

/** Validates bundles read from outside (metadata); throws InvalidArgumentError listing every problem. */
export function validateBundles(bundles: readonly BundleRange[]): void {
  const problems = bundlesProblems(bundles);
  if (problems.length > 0) throw new InvalidArgumentError(`invalid bundles: ${problems.join("; ")}`);
}

/** Index of the bundle that holds `hash`, by binary search; bundles must partition the space. */
export function bundleIndexForHash(bundles: readonly BundleRange[], hash: number): number {
  invariant(Number.isInteger(hash) && hash >= 0 && hash <= HASH_MAX, "hash is 32-bit unsigned");
  let low = 0;
  let high = bundles.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    const bundle = bundles[mid];
    invariant(bundle !== undefined, "mid is in range");
    if (bundle.lower <= hash) low = mid;
    else high = mid - 1;
  }
  const found = bundles[low];
  invariant(found !== undefined && bundleContains(found, hash), "bundles cover every hash");
  return low;
}

/** The bundle of a topic, given its full normalized name. */
export function bundleFor(bundles: readonly BundleRange[], fullTopicName: string): BundleRange {
  const bundle = bundles[bundleIndexForHash(bundles, topicHash(fullTopicName))];
  invariant(bundle !== undefined, "bundle index is in range");
  return bundle;
}

/**
 * Splits one range at the middle of its hashes. INVALID_ARGUMENT when the range is too small: a
 * single hash, or the last two hashes [0xfffffffe, 0xffffffff] (the lower half would end at
 * 0xffffffff and could not be named).
 */
export function splitRange(range: BundleRange): [BundleRange, BundleRange] {
  assertRange(range);
  const middle = range.lower + Math.floor((range.upper - range.lower) / 2);
  if (middle === range.lower || middle === HASH_MAX)
    throw new InvalidArgumentError(`bundle ${formatBundle(range)} is too small to split`);
  return [
    { lower: range.lower, upper: middle },
    { lower: middle, upper: range.upper },
  ];
}

/**
 * The namespace's bundles with the named one split in two. NOT_FOUND when no bundle has that
 * name, INVALID_ARGUMENT when it is too small, RESOURCE_EXHAUSTED at BUNDLE_COUNT_MAX bundles.
 */
export function splitBundle(bundles: readonly BundleRange[], name: string): BundleRange[] {
  assertPartition(bundles);
  const target = parseBundle(name);
  const index = bundles.findIndex((b) => b.lower === target.lower && b.upper === target.upper);
  if (index < 0) throw new NotFoundError(`no bundle ${name} in this namespace`);
  if (bundles.length >= BUNDLE_COUNT_MAX)
    throw new MagnetarError(
      "RESOURCE_EXHAUSTED",
      `the namespace already has ${BUNDLE_COUNT_MAX} bundles, the most allowed`,
    );
  const result = [...bundles.slice(0, index), ...splitRange(target), ...bundles.slice(index + 1)];
  assertPartition(result);
  return result;
}
