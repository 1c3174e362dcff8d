/**
 * `magnetar produce` and `magnetar consume`: the client library from the command line.
 * bin/magnetar.ts declares the commands and calls these; flags arrive as commander gives them
 * (strings), and are checked here so a bad value names its flag and the allowed values.
 */

import {
  type Consumer,
  INITIAL_POSITIONS,
  MagnetarClient,
  type MessageId,
  messageIdToString,
  SUBSCRIPTION_TYPES,
} from "../client/index.js";
import { ConfigError, formatHostPort, type HostPort } from "../common/config.js";

export interface ProduceCliOptions {
  readonly message: string;
  readonly count: string;
  readonly key?: string;
  readonly url: HostPort;
}

export interface ConsumeCliOptions {
  readonly subscription: string;
  readonly count: string;
  readonly type: string;
  readonly position: string;
  readonly url: HostPort;
}

/** An integer flag value >= min, or a ConfigError naming the flag. */
export function parseCountFlag(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new ConfigError(`option '${flag}': expected an integer >= ${min}, got "${value}"`);
  }
  return n;
}

/** One of `allowed` (case-insensitive), or a ConfigError naming the flag and the allowed values. */
export function parseChoiceFlag<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (found === undefined) {
    throw new ConfigError(`option '${flag}': expected one of ${allowed.join(", ")}, got "${value}"`);
  }
  return found;
}

/** At most this many sends in flight from the CLI (the producer batches and pipelines them). */
const WINDOW = 5_000;

export async function runProduce(topic: string, opts: ProduceCliOptions): Promise<void> {
  const count = parseCountFlag("-n, --count <N>", opts.count, 1);
  const client = await MagnetarClient.connect({ serviceUrl: formatHostPort(opts.url) });
  try {
    const producer = await client.createProducer({ topic });
    const inFlight: Promise<MessageId>[] = [];
    let last: MessageId | undefined;
    for (let i = 0; i < count; i++) {
      inFlight.push(
        producer.send({ value: opts.message, ...(opts.key !== undefined ? { key: opts.key } : {}) }),
      );
      if (inFlight.length >= WINDOW) last = await inFlight.shift();
    }
    for (const p of inFlight) last = await p;
    await producer.close();
    const lastId = last === undefined ? "" : ` (last id ${messageIdToString(last)})`;
    process.stdout.write(`sent ${count} message${count === 1 ? "" : "s"} to ${producer.topic}${lastId}\n`);
  } finally {
    await client.close();
  }
}

export async function runConsume(topic: string, opts: ConsumeCliOptions): Promise<void> {
  const count = parseCountFlag("-n, --count <N>", opts.count, 0);
  const type = parseChoiceFlag("--type <TYPE>", opts.type, SUBSCRIPTION_TYPES);
  const position = parseChoiceFlag("--position <POS>", opts.position, INITIAL_POSITIONS);
  const client = await MagnetarClient.connect({ serviceUrl: formatHostPort(opts.url) });
  let consumer: Consumer | undefined;
  let stopping = false;
  const onSignal = () => {
    stopping = true;
    // Ends the iteration below; the finally block closes the client.
    void consumer?.close();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    consumer = await client.subscribe({
      topic,
      subscription: opts.subscription,
      type,
      subscriptionInitialPosition: position,
    });
    if (stopping) return;
    let received = 0;
    for await (const msg of consumer) {
      process.stdout.write(`${msg.valueString()}\n`);
      try {
        await consumer.ack(msg);
      } catch (err) {
        if (stopping) break; // closed by a signal while acking: the message comes again later
        throw err;
      }
      received++;
      if (count > 0 && received >= count) break;
    }
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await client.close();
  }
}
