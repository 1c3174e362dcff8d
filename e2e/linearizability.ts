/**
 * A linearizability checker for recorded client histories (Wing & Gong's search with Lowe's
 * memoisation, as in Porcupine). Each operation has a call and a return time; an operation whose
 * outcome is unknown (it timed out) has `ret = Infinity` and no output, so it may take effect at
 * any point after its call, or never.
 *
 * A history is linearizable when some total order of the operations respects real time (an
 * operation that returned before another was called comes first) and replays through the
 * sequential model giving every recorded output. Single-key KV operations are checked per key
 * (linearizability is compositional).
 */

export interface Model<State, Input, Output> {
  init(): State;
  /** Applies `input` to `state`; `output` undefined means "unknown: accept any". */
  step(state: State, input: Input, output: Output | undefined): { ok: boolean; state: State };
  /** A string identifying the state, for memoisation. */
  key(state: State): string;
}

export interface Operation<Input, Output> {
  readonly client: string;
  readonly input: Input;
  /** Undefined when the outcome is unknown (timeout, connection lost). */
  readonly output: Output | undefined;
  /** Time the call was issued (any monotonic unit). */
  readonly call: number;
  /** Time the result was received; Infinity when the outcome is unknown. */
  readonly ret: number;
}

export type CheckResult =
  | { readonly linearizable: true }
  | { readonly linearizable: false; readonly longestPrefix: number }
  | { readonly linearizable: "unknown"; readonly reason: string };

interface Node {
  readonly op: number;
  readonly isCall: boolean;
  match: Node | undefined;
  prev: Node | undefined;
  next: Node | undefined;
}

function buildList<I, O>(ops: readonly Operation<I, O>[]): Node {
  const events: { time: number; node: Node }[] = [];
  ops.forEach((o, i) => {
    const call: Node = { op: i, isCall: true, match: undefined, prev: undefined, next: undefined };
    const ret: Node = { op: i, isCall: false, match: undefined, prev: undefined, next: undefined };
    call.match = ret;
    events.push({ time: o.call, node: call }, { time: o.ret, node: ret });
  });
  // At equal times calls go first: the operations are then concurrent, the permissive reading.
  events.sort((a, b) => a.time - b.time || Number(b.node.isCall) - Number(a.node.isCall));
  const head: Node = { op: -1, isCall: false, match: undefined, prev: undefined, next: undefined };
  let tail = head;
  for (const { node } of events) {
    node.prev = tail;
    tail.next = node;
    tail = node;
  }
  return head;
}

function lift(call: Node): void {
  const ret = call.match as Node;
  (call.prev as Node).next = call.next;
  if (call.next) call.next.prev = call.prev;
  (ret.prev as Node).next = ret.next;
  if (ret.next) ret.next.prev = ret.prev;
}

function unlift(call: Node): void {
  const ret = call.match as Node;
  (ret.prev as Node).next = ret;
  if (ret.next) ret.next.prev = ret;
  (call.prev as Node).next = call;
  if (call.next) call.next.prev = call;
}

/** Checks one history against a model; gives up with "unknown" after `budgetSteps` search steps. */
export function checkOperations<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  budgetSteps = 5_000_000,
): CheckResult {
  const head = buildList(ops);
  const linearized = new Uint8Array(ops.length);
  const cache = new Set<string>();
  const stack: { node: Node; state: S }[] = [];
  let state = model.init();
  let entry = head.next;
  let longest = 0;
  for (let steps = 0; entry !== undefined; steps++) {
    if (steps > budgetSteps)
      return { linearizable: "unknown", reason: `search exceeded ${budgetSteps} steps` };
    if (entry.isCall) {
      const op = ops[entry.op] as Operation<I, O>;
      const result = model.step(state, op.input, op.output);
      if (result.ok) {
        linearized[entry.op] = 1;
        const key = `${Buffer.from(linearized).toString("base64")}|${model.key(result.state)}`;
        if (!cache.has(key)) {
          cache.add(key);
          stack.push({ node: entry, state });
          state = result.state;
          lift(entry);
          longest = Math.max(longest, stack.length);
          entry = head.next;
          continue;
        }
        linearized[entry.op] = 0;
      }
      entry = entry.next;
      continue;
    }
    // A return whose call is still in the list: nothing linearized so far can include it; backtrack.
    const top = stack.pop();
    if (!top) return { linearizable: false, longestPrefix: longest };
    linearized[top.node.op] = 0;
    state = top.state;
    unlift(top.node);
    entry = top.node.next;
  }
  return { linearizable: true };
}

// ---- a versioned register: the model of one key of the metadata store ----

export type KvInput =
  | { readonly kind: "get" }
  | { readonly kind: "put"; readonly value: string }
  | { readonly kind: "cas"; readonly expectedVersion: number; readonly value: string }
  | { readonly kind: "delete" };

export type KvOutput =
  | { readonly kind: "get"; readonly value: string | null; readonly version: number }
  | { readonly kind: "put"; readonly version: number }
  | { readonly kind: "cas"; readonly ok: boolean }
  | { readonly kind: "delete"; readonly deleted: boolean };

export interface Register {
  readonly value: string | null;
  /** etcd semantics: puts since creation; 0 when the key does not exist. */
  readonly version: number;
}

export const registerModel: Model<Register, KvInput, KvOutput> = {
  init: () => ({ value: null, version: 0 }),
  key: (s) => `${s.version}:${s.value ?? ""}`,
  step(s, input, output) {
    switch (input.kind) {
      case "get":
        return {
          ok:
            output === undefined ||
            (output.kind === "get" && output.value === s.value && output.version === s.version),
          state: s,
        };
      case "put": {
        const next = { value: input.value, version: s.version + 1 };
        return {
          ok: output === undefined || (output.kind === "put" && output.version === next.version),
          state: next,
        };
      }
      case "cas": {
        const applies = s.version === input.expectedVersion;
        const next = applies ? { value: input.value, version: s.version + 1 } : s;
        if (output === undefined) return { ok: true, state: next };
        return { ok: output.kind === "cas" && output.ok === applies, state: next };
      }
      case "delete": {
        const existed = s.version > 0;
        const next = { value: null, version: 0 };
        return {
          ok: output === undefined || (output.kind === "delete" && output.deleted === existed),
          state: next,
        };
      }
    }
  },
};

export interface KvOperation extends Operation<KvInput, KvOutput> {
  readonly key: string;
}

/** Checks a multi-key history key by key; the first non-linearizable key is reported. */
export function checkKvHistory(ops: readonly KvOperation[]): {
  readonly linearizable: boolean | "unknown";
  readonly key?: string;
  readonly detail?: CheckResult;
} {
  const byKey = new Map<string, KvOperation[]>();
  for (const op of ops) {
    const list = byKey.get(op.key) ?? [];
    list.push(op);
    byKey.set(op.key, list);
  }
  let unknown: { key: string; detail: CheckResult } | undefined;
  for (const [key, list] of byKey) {
    const detail = checkOperations(registerModel, list);
    if (detail.linearizable === false) return { linearizable: false, key, detail };
    if (detail.linearizable === "unknown") unknown = { key, detail };
  }
  return unknown ? { linearizable: "unknown", ...unknown } : { linearizable: true };
}
