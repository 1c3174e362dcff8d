/**
 * Topic and namespace names, after Pulsar's `TopicName`/`NamespaceName`, following the naming
 * rules at the top of proto/messaging.proto:
 *
 *  - full form `persistent://<tenant>/<namespace>/<local-name>`;
 *  - `<local-name>` alone means `persistent://public/default/<local-name>`;
 *  - `<tenant>/<namespace>/<local-name>` means `persistent://<tenant>/<namespace>/<local-name>`.
 *
 * Tenant and namespace are 1 to 64 characters from [A-Za-z0-9_.=:-]; the local name is 1 to 255
 * characters (code points), without '/' and without control characters. Only the `persistent`
 * domain exists. A local name ending in `-partition-<N>` (N canonical decimal, no leading zeros)
 * names partition N of the partitioned topic whose local name is the part before the suffix.
 *
 * Every malformed name is an `InvalidArgumentError` whose message quotes the input and says which
 * rule it broke. Pure; no I/O.
 */
import { InvalidArgumentError, invariant } from "../../common/errors.js";

export const TOPIC_DOMAIN = "persistent";
export const DEFAULT_TENANT = "public";
export const DEFAULT_NAMESPACE = "default";
/** Longest tenant or namespace part, in characters. */
export const NAME_PART_LENGTH_MAX = 64;
/** Longest local name, in code points. */
export const LOCAL_NAME_LENGTH_MAX = 255;
/** Longest input accepted at all: bounds the work of parsing hostile input. */
export const TOPIC_INPUT_LENGTH_MAX = 1024;
/** Largest partition index (the proto's `partition` is an int32). */
export const PARTITION_INDEX_MAX = 2 ** 31 - 1;

const PARTITION_SUFFIX = "-partition-";
const NAME_PART_PATTERN = /^[A-Za-z0-9_.=:-]+$/;
// C0 controls, DEL and C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTER_PATTERN = /[\u0000-\u001f\u007f-\u009f]/;

/** `tenant/namespace`: the unit of policies and of bundles. */
export interface NamespaceName {
  readonly tenant: string;
  readonly namespace: string;
}

/** A parsed, validated, normalized topic name. */
export interface TopicName extends NamespaceName {
  readonly domain: typeof TOPIC_DOMAIN;
  /** The local name as written, including any `-partition-N` suffix. */
  readonly localName: string;
  /** N for `<base>-partition-N`; -1 for a topic that is not a partition. */
  readonly partitionIndex: number;
}

function invalid(input: string, reason: string): InstanceType<typeof InvalidArgumentError> {
  return new InvalidArgumentError(`invalid topic name ${JSON.stringify(input)}: ${reason}`);
}

/** The problem with a tenant or namespace part, or undefined when it is valid. */
function namePartProblem(kind: "tenant" | "namespace", part: string): string | undefined {
  if (part.length === 0) return `${kind} must not be empty`;
  if (part.length > NAME_PART_LENGTH_MAX)
    return `${kind} is ${part.length} characters, more than ${NAME_PART_LENGTH_MAX}`;
  if (!NAME_PART_PATTERN.test(part))
    return `${kind} ${JSON.stringify(part)} may contain only letters, digits and - _ . : =`;
  return undefined;
}

function localNameProblem(localName: string): string | undefined {
  if (localName.length === 0) return "local name must not be empty";
  const codePoints = [...localName].length;
  if (codePoints > LOCAL_NAME_LENGTH_MAX)
    return `local name is ${codePoints} characters, more than ${LOCAL_NAME_LENGTH_MAX}`;
  if (localName.includes("/")) return "local name must not contain '/'";
  if (CONTROL_CHARACTER_PATTERN.test(localName)) return "local name must not contain control characters";
  return undefined;
}

/**
 * The partition index encoded in a local name: N for `<base>-partition-N`, -1 without the suffix.
 * A suffix with a non-canonical number (`-partition-01`, `-partition-x`) is rejected rather than
 * read as a plain name, so that one topic never has two spellings.
 */
function partitionIndexOf(input: string, localName: string): number {
  const at = localName.lastIndexOf(PARTITION_SUFFIX);
  if (at < 0) return -1;
  const digits = localName.slice(at + PARTITION_SUFFIX.length);
  if (at === 0) throw invalid(input, "a partition name needs a base name before '-partition-'");
  if (!/^(0|[1-9][0-9]*)$/.test(digits))
    throw invalid(input, `partition suffix must be '-partition-' and a number without leading zeros`);
  const index = Number(digits);
  if (index > PARTITION_INDEX_MAX)
    throw invalid(input, `partition index ${digits} is larger than ${PARTITION_INDEX_MAX}`);
  return index;
}

/** Splits the input into domain and the path after `://`, filling in the short forms' defaults. */
function splitParts(input: string): [string, string, string] {
  const schemeAt = input.indexOf("://");
  if (schemeAt >= 0) {
    const domain = input.slice(0, schemeAt);
    if (domain === "non-persistent")
      throw invalid(input, "non-persistent topics are not supported; only persistent:// exists");
    if (domain !== TOPIC_DOMAIN)
      throw invalid(input, `unknown domain ${JSON.stringify(domain)}; only persistent:// is supported`);
    const parts = input.slice(schemeAt + 3).split("/");
    if (parts.length !== 3) throw invalid(input, "expected persistent://<tenant>/<namespace>/<local-name>");
    return [parts[0] ?? "", parts[1] ?? "", parts[2] ?? ""];
  }
  const parts = input.split("/");
  if (parts.length === 1) return [DEFAULT_TENANT, DEFAULT_NAMESPACE, parts[0] ?? ""];
  if (parts.length === 3) return [parts[0] ?? "", parts[1] ?? "", parts[2] ?? ""];
  throw invalid(
    input,
    "expected <local-name>, <tenant>/<namespace>/<local-name> or persistent://<tenant>/<namespace>/<local-name>",
  );
}

/** Parses any accepted spelling of a topic name; throws InvalidArgumentError for anything else. */
export function parseTopicName(input: string): TopicName {
  if (input.length === 0) throw invalid(input, "the name is empty");
  if (input.length > TOPIC_INPUT_LENGTH_MAX)
    throw invalid(input.slice(0, 64), `the name is longer than ${TOPIC_INPUT_LENGTH_MAX} characters`);
  const [tenant, namespace, localName] = splitParts(input);
  const problem =
    namePartProblem("tenant", tenant) ??
    namePartProblem("namespace", namespace) ??
    localNameProblem(localName);
  if (problem !== undefined) throw invalid(input, problem);
  const partitionIndex = partitionIndexOf(input, localName);
  return { domain: TOPIC_DOMAIN, tenant, namespace, localName, partitionIndex };
}

/** The full, normalized name: `persistent://tenant/namespace/local-name`. */
export function formatTopicName(topic: TopicName): string {
  return `${topic.domain}://${topic.tenant}/${topic.namespace}/${topic.localName}`;
}

/** Normalizes any accepted spelling to the full name (parse then format). */
export function normalizeTopicName(input: string): string {
  return formatTopicName(parseTopicName(input));
}

export function isPartition(topic: TopicName): boolean {
  return topic.partitionIndex >= 0;
}

/** The partitioned topic a partition belongs to; a topic that is not a partition is returned as is. */
export function partitionedTopicOf(topic: TopicName): TopicName {
  if (topic.partitionIndex < 0) return topic;
  const suffix = `${PARTITION_SUFFIX}${topic.partitionIndex}`;
  invariant(topic.localName.endsWith(suffix), "partition local name ends with its suffix");
  return { ...topic, localName: topic.localName.slice(0, -suffix.length), partitionIndex: -1 };
}

/** Partition `index` of the partitioned topic `topic` (which must not itself be a partition). */
export function partitionOf(topic: TopicName, index: number): TopicName {
  if (topic.partitionIndex >= 0)
    throw new InvalidArgumentError(`${formatTopicName(topic)} is already a partition`);
  if (!Number.isSafeInteger(index) || index < 0 || index > PARTITION_INDEX_MAX)
    throw new InvalidArgumentError(
      `partition index must be an integer 0..${PARTITION_INDEX_MAX}, got ${index}`,
    );
  // Re-parse so that the length limit of the local name also holds for the suffixed name.
  return parseTopicName(`${formatTopicName(topic)}${PARTITION_SUFFIX}${index}`);
}

export function namespaceOf(topic: TopicName): NamespaceName {
  return { tenant: topic.tenant, namespace: topic.namespace };
}

/** Parses `tenant/namespace`; throws InvalidArgumentError naming the broken rule. */
export function parseNamespaceName(input: string): NamespaceName {
  const fail = (reason: string) =>
    new InvalidArgumentError(`invalid namespace name ${JSON.stringify(input.slice(0, 200))}: ${reason}`);
  const parts = input.split("/");
  if (parts.length !== 2) throw fail("expected <tenant>/<namespace>");
  const [tenant = "", namespace = ""] = parts;
  const problem = namePartProblem("tenant", tenant) ?? namePartProblem("namespace", namespace);
  if (problem !== undefined) throw fail(problem);
  return { tenant, namespace };
}

export function formatNamespaceName(name: NamespaceName): string {
  return `${name.tenant}/${name.namespace}`;
}
