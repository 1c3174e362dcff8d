/**
 * A loss detector built on interceptors. The producer side stamps every message with its producer
 * instance's identity and a sequence number counting from 0 per topic partition; the consumer side
 * follows, per subscription, partition and producer instance, the highest sequence seen and the
 * ranges missing below it, and reports:
 *
 * - `gap`: sequences that never arrived (lost: skipped, filtered out, or never stored),
 * - `duplicate`: a sequence seen again without being a redelivery,
 * - `redelivery`: a sequence seen again with `redeliveryCount` > 0 (at-least-once, not a fault),
 * - `late`: a sequence that arrived after its gap was reported.
 *
 * On Exclusive and Failover subscriptions one partition's messages arrive in publish order, so a
 * higher sequence proves the ones skipped are missing: report at once (the default). On Shared and
 * Key_Shared subscriptions (and with delayed delivery or nacks) messages legitimately arrive out of
 * order: set `gapToleranceMs` and/or `gapToleranceMessages` so a gap is reported only once it stayed
 * open that long or the producer's sequence moved that far past it.
 *
 * The detector must see every message of the subscription: give all its consumers the same
 * detector. Its sequence is the interceptor's own (`magnetar-seq`), not the broker's sequence id,
 * which is per producer name and survives producer restarts.
 */
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { InvalidArgumentError } from "../common/errors.js";
import type { Consumer } from "./consumer.js";
import type { ConsumerInterceptor, ProducerInterceptor } from "./interceptors.js";
import type { Message } from "./message.js";
import type { MessageId } from "./message-id.js";
import { type ClientMetrics, metricsOf } from "./metrics.js";
import type { Producer } from "./producer.js";

/** Message property with the producer-side sequence number (decimal, from 0 per partition). */
export const LOSS_DETECTOR_SEQUENCE_PROPERTY = "magnetar-seq";
/** Message property with the producer instance's identity (a random UUID per Producer object). */
export const LOSS_DETECTOR_PRODUCER_PROPERTY = "magnetar-producer";

export interface LossDetectorOptions {
  /**
   * Report a gap only once it stayed open this long (milliseconds; checked on a timer). 0 = no time
   * tolerance (default).
   */
  readonly gapToleranceMs?: number;
  /**
   * Report a gap only once the producer's sequence moved more than this many past its end. 0 = no
   * count tolerance (default). With both tolerances 0 a gap is reported as soon as it is seen.
   */
  readonly gapToleranceMessages?: number;
}

/** One sequence as a subscription sees it: one producer instance on one topic partition. */
export interface SequenceSource {
  readonly subscription: string;
  /** The topic partition's full name. */
  readonly topic: string;
  /** The producer instance's identity (`magnetar-producer`). */
  readonly producer: string;
  /** The broker's producer name, for people (not unique over time). */
  readonly producerName: string;
}

/** Sequences `from`..`to` (inclusive) of one source never arrived. */
export interface MessageGap extends SequenceSource {
  readonly from: number;
  readonly to: number;
  /** `to - from + 1`. */
  readonly count: number;
}

/** One message of note: a duplicate, a redelivery, or a late arrival. */
export interface SequenceEvent extends SequenceSource {
  readonly sequence: number;
  readonly messageId: MessageId;
  readonly redeliveryCount: number;
}

export interface LossDetectorStats {
  /** Gaps reported, and the messages in them. */
  readonly gaps: number;
  readonly lostMessages: number;
  readonly duplicates: number;
  readonly redeliveries: number;
  /** Messages that arrived after their gap was reported (lostMessages - lateMessages were never seen). */
  readonly lateMessages: number;
  /** Messages without the detector's properties (ignored). */
  readonly unstampedMessages: number;
  /** Gaps open and not reported yet (within the tolerance). */
  readonly openGaps: number;
  /** Sources followed. */
  readonly sources: number;
}

export interface LossDetectorEvents {
  gap: [MessageGap];
  duplicate: [SequenceEvent];
  redelivery: [SequenceEvent];
  late: [SequenceEvent];
}

/** Gaps followed per source, reported and not: beyond this the oldest is reported and forgotten. */
const MAX_TRACKED_GAPS = 1024;

interface Gap {
  from: number;
  to: number;
  readonly openedAt: number;
}

interface Source extends SequenceSource {
  producerName: string;
  lowest: number;
  highest: number;
  /** Not yet reported, ascending. */
  readonly open: Gap[];
  /** Reported, ascending; kept to tell late arrivals from duplicates. */
  readonly reported: Gap[];
  /** The client metrics of the consumer that saw this source last. */
  metrics: ClientMetrics | undefined;
}

/** Index of the gap of `gaps` holding `seq`, or -1. */
function findGap(gaps: readonly Gap[], seq: number): number {
  for (let i = gaps.length - 1; i >= 0; i--) {
    const g = gaps[i];
    if (g === undefined || g.to < seq) return -1;
    if (g.from <= seq) return i;
  }
  return -1;
}

/** Inserts `gap` (disjoint from the others) in ascending order; usually at the end. */
function insert(gaps: Gap[], gap: Gap): void {
  let i = gaps.length;
  while (i > 0 && (gaps[i - 1]?.from ?? 0) > gap.from) i--;
  gaps.splice(i, 0, gap);
}

/** Takes `seq` out of `gaps[i]`; returns how many gaps were added (+1 split, 0 shrunk, -1 gone). */
function fill(gaps: Gap[], i: number, seq: number): number {
  const g = gaps[i];
  if (g === undefined) return 0;
  if (g.from === seq && g.to === seq) {
    gaps.splice(i, 1);
    return -1;
  }
  if (g.from === seq) g.from++;
  else if (g.to === seq) g.to--;
  else {
    gaps.splice(i + 1, 0, { from: seq + 1, to: g.to, openedAt: g.openedAt });
    g.to = seq - 1;
    return 1;
  }
  return 0;
}

/**
 * Detects lost and duplicated messages between producers and consumers that carry its
 * interceptors. Listen with `on("gap" | "duplicate" | "redelivery" | "late", ...)`; gaps, lost,
 * duplicate and late messages are also counted in the metrics of the consuming client.
 */
export class LossDetector extends EventEmitter<LossDetectorEvents> {
  private readonly toleranceMs: number;
  private readonly toleranceMessages: number;
  /** subscription -> topic -> producer identity -> source. */
  private readonly sources = new Map<string, Map<string, Map<string, Source>>>();
  private readonly producers = new WeakMap<Producer, { readonly id: string; readonly next: number[] }>();
  private openGaps = 0;
  private sourceCount = 0;
  private gaps = 0;
  private lostMessages = 0;
  private duplicates = 0;
  private redeliveries = 0;
  private lateMessages = 0;
  private unstampedMessages = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(options: LossDetectorOptions = {}) {
    super();
    const ms = options.gapToleranceMs ?? 0;
    const n = options.gapToleranceMessages ?? 0;
    if (!Number.isSafeInteger(ms) || ms < 0 || !Number.isSafeInteger(n) || n < 0) {
      throw new InvalidArgumentError("gapToleranceMs and gapToleranceMessages must be integers >= 0");
    }
    this.toleranceMs = ms;
    this.toleranceMessages = n;
  }

  /** The interceptor for producers: stamps `magnetar-producer` and `magnetar-seq`. */
  producerInterceptor(): ProducerInterceptor {
    return {
      beforeSend: (producer, message, partition) => {
        let p = this.producers.get(producer);
        if (p === undefined) {
          p = { id: randomUUID(), next: [] };
          this.producers.set(producer, p);
        }
        // Partition -1 (not partitioned) is slot 0.
        const slot = partition + 1;
        const seq = p.next[slot] ?? 0;
        p.next[slot] = seq + 1;
        return {
          ...message,
          properties: {
            ...message.properties,
            [LOSS_DETECTOR_PRODUCER_PROPERTY]: p.id,
            [LOSS_DETECTOR_SEQUENCE_PROPERTY]: String(seq),
          },
        };
      },
    };
  }

  /** The interceptor for consumers: checks every message handed to the application. */
  consumerInterceptor(): ConsumerInterceptor {
    return {
      beforeConsume: (consumer: Consumer, message: Message) => {
        this.see(message, consumer.subscription, metricsOf(consumer));
        return message;
      },
    };
  }

  /** The identity this detector's producer interceptor stamps on `producer`'s messages (after its first send). */
  producerId(producer: Producer): string | undefined {
    return this.producers.get(producer)?.id;
  }

  /** Checks one message by hand (e.g. one read without a consumer interceptor). */
  observe(message: Message, subscription = ""): void {
    this.see(message, subscription, undefined);
  }

  /** Reports the open gaps that outlived `gapToleranceMs` (the detector also does this on a timer). */
  check(now = Date.now()): void {
    if (this.openGaps === 0 || this.toleranceMs === 0) return;
    this.forEachSource((s) => {
      let i = 0;
      while (i < s.open.length) {
        const g = s.open[i];
        if (g !== undefined && now - g.openedAt >= this.toleranceMs) this.report(s, i);
        else i++;
      }
    });
  }

  /** Reports every open gap now, tolerance or not (e.g. once the producers are done). */
  flush(): void {
    if (this.openGaps === 0) return;
    this.forEachSource((s) => {
      while (s.open.length > 0) this.report(s, 0);
    });
  }

  stats(): LossDetectorStats {
    return {
      gaps: this.gaps,
      lostMessages: this.lostMessages,
      duplicates: this.duplicates,
      redeliveries: this.redeliveries,
      lateMessages: this.lateMessages,
      unstampedMessages: this.unstampedMessages,
      openGaps: this.openGaps,
      sources: this.sourceCount,
    };
  }

  /** Stops the tolerance timer (it is unref'd, so this is only needed to stop reports). */
  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private forEachSource(fn: (s: Source) => void): void {
    for (const topics of this.sources.values()) {
      for (const producers of topics.values()) for (const s of producers.values()) fn(s);
    }
  }

  private see(message: Message, subscription: string, metrics: ClientMetrics | undefined): void {
    const producer = message.properties[LOSS_DETECTOR_PRODUCER_PROPERTY];
    const seqText = message.properties[LOSS_DETECTOR_SEQUENCE_PROPERTY];
    const seq = seqText === undefined ? Number.NaN : Number(seqText);
    if (producer === undefined || !Number.isSafeInteger(seq) || seq < 0) {
      this.unstampedMessages++;
      return;
    }
    let topics = this.sources.get(subscription);
    if (topics === undefined) {
      topics = new Map();
      this.sources.set(subscription, topics);
    }
    let producers = topics.get(message.topic);
    if (producers === undefined) {
      producers = new Map();
      topics.set(message.topic, producers);
    }
    const s = producers.get(producer);
    if (s === undefined) {
      // The first message of a source is its baseline: the subscription may have started later.
      producers.set(producer, {
        subscription,
        topic: message.topic,
        producer,
        producerName: message.producerName,
        lowest: seq,
        highest: seq,
        open: [],
        reported: [],
        metrics,
      });
      this.sourceCount++;
      return;
    }
    if (metrics !== undefined) s.metrics = metrics;
    if (seq === s.highest + 1) {
      s.highest = seq;
      if (this.toleranceMessages > 0 && s.open.length > 0) this.reportBehind(s);
      return;
    }
    if (seq > s.highest) {
      this.openGap(s, s.highest + 1, seq - 1);
      s.highest = seq;
      if (this.toleranceMessages > 0) this.reportBehind(s);
      return;
    }
    if (seq < s.lowest) {
      if (message.redeliveryCount > 0) {
        this.redelivered(s, seq, message);
        return;
      }
      // Earlier than the baseline and new: the baseline was an out-of-order arrival.
      if (seq < s.lowest - 1) this.openGap(s, seq + 1, s.lowest - 1);
      s.lowest = seq;
      return;
    }
    const open = findGap(s.open, seq);
    if (open >= 0) {
      this.openGaps += fill(s.open, open, seq);
      return;
    }
    const reported = findGap(s.reported, seq);
    if (reported >= 0) {
      fill(s.reported, reported, seq);
      this.lateMessages++;
      if (s.metrics !== undefined) s.metrics.lateMessages++;
      this.emit("late", this.event(s, seq, message));
      return;
    }
    if (message.redeliveryCount > 0) {
      this.redelivered(s, seq, message);
      return;
    }
    this.duplicates++;
    if (s.metrics !== undefined) s.metrics.duplicateMessages++;
    this.emit("duplicate", this.event(s, seq, message));
  }

  private redelivered(s: Source, seq: number, message: Message): void {
    this.redeliveries++;
    this.emit("redelivery", this.event(s, seq, message));
  }

  private event(s: Source, sequence: number, message: Message): SequenceEvent {
    return {
      subscription: s.subscription,
      topic: s.topic,
      producer: s.producer,
      producerName: s.producerName,
      sequence,
      messageId: message.id,
      redeliveryCount: message.redeliveryCount,
    };
  }

  private openGap(s: Source, from: number, to: number): void {
    const gap: Gap = { from, to, openedAt: Date.now() };
    if (this.toleranceMs === 0 && this.toleranceMessages === 0) {
      this.emitGap(s, gap);
      return;
    }
    insert(s.open, gap);
    this.openGaps++;
    if (s.open.length > MAX_TRACKED_GAPS) this.report(s, 0);
    if (this.toleranceMs > 0 && this.timer === undefined) {
      this.timer = setInterval(
        () => {
          this.check();
          if (this.openGaps === 0) this.close();
        },
        Math.max(10, Math.min(1_000, Math.floor(this.toleranceMs / 2))),
      );
      this.timer.unref();
    }
  }

  /** Reports the open gaps the sequence has moved more than gapToleranceMessages past. */
  private reportBehind(s: Source): void {
    while (s.open[0] !== undefined && s.highest - s.open[0].to > this.toleranceMessages) this.report(s, 0);
  }

  /** Reports `s.open[i]`. */
  private report(s: Source, i: number): void {
    const [gap] = s.open.splice(i, 1);
    if (gap === undefined) return;
    this.openGaps--;
    this.emitGap(s, gap);
  }

  private emitGap(s: Source, gap: Gap): void {
    const count = gap.to - gap.from + 1;
    insert(s.reported, gap);
    if (s.reported.length > MAX_TRACKED_GAPS) s.reported.shift();
    this.gaps++;
    this.lostMessages += count;
    if (s.metrics !== undefined) {
      s.metrics.gaps++;
      s.metrics.lostMessages += count;
    }
    this.emit("gap", {
      subscription: s.subscription,
      topic: s.topic,
      producer: s.producer,
      producerName: s.producerName,
      from: gap.from,
      to: gap.to,
      count,
    });
  }
}
