/**
 * The chaos checker: given what producers sent and what was acknowledged, what each subscription
 * received, and when faults happened, it proves (or refutes) the delivery guarantees:
 *
 * - no loss: every acknowledged message was delivered to every subscription;
 * - no duplicate storage (deduplication on): a message (producer, sequence) has at most one
 *   message id;
 * - no redelivery after a persisted ack: a message id delivered again after the consumer's ack
 *   resolved, with no fault close enough to that ack to have lost it (acks are persisted within
 *   100 ms; a fault between ACK_PERSIST_GRACE_MS before the ack was sent and ACK_PERSIST_GRACE_MS
 *   after it was answered may lose it: an ack sent to a broker about to lose the topic, resent to
 *   its successor after the message went to another consumer). Redeliveries of messages
 *   that were not acked (or whose ack may have been lost) are counted separately, as allowed;
 * - order: per producer for Exclusive and Failover, per producer and key for Key_Shared, by first
 *   delivery;
 * - nothing delivered that was never sent.
 */
export type SubscriptionKind = "Exclusive" | "Failover" | "Shared" | "Key_Shared";

export interface Sent {
  readonly producer: string;
  readonly seq: number;
  readonly key: string;
  readonly sentAt: number;
  /** When the send resolved (acknowledged); undefined = not acknowledged (failed or pending). */
  ackedAt?: number;
}

export interface Delivery {
  readonly producer: string;
  readonly seq: number;
  readonly key: string;
  /** The message id, as a string. */
  readonly id: string;
  readonly redeliveryCount: number;
  readonly at: number;
  readonly consumer: string;
  /** When the consumer's ack of this delivery resolved. */
  ackedAt?: number;
}

export interface SubscriptionHistory {
  readonly name: string;
  readonly type: SubscriptionKind;
  readonly deliveries: readonly Delivery[];
}

export interface Fault {
  readonly kind: string;
  readonly at: number;
}

export const ACK_PERSIST_GRACE_MS = 2_000;
/** A redelivery this soon after an ack's answer may have been dispatched before the ack arrived. */
export const ACK_RACE_MS = 1_000;

export interface SubscriptionResult {
  readonly name: string;
  readonly type: SubscriptionKind;
  readonly delivered: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly redeliveredUnacked: number;
  readonly redeliveredAfterAck: number;
  readonly outOfOrder: number;
}

export interface CheckResult {
  readonly sent: number;
  readonly acked: number;
  readonly subscriptions: readonly SubscriptionResult[];
  /** Human-readable violations (empty = every invariant holds). */
  readonly violations: readonly string[];
}

const EXAMPLES = 5;

function messageKey(producer: string, seq: number): string {
  return `${producer}#${seq}`;
}

export function check(
  sent: readonly Sent[],
  subscriptions: readonly SubscriptionHistory[],
  faults: readonly Fault[],
): CheckResult {
  const violations: string[] = [];
  const sentByKey = new Map(sent.map((s) => [messageKey(s.producer, s.seq), s]));
  const acked = sent.filter((s) => s.ackedAt !== undefined);
  const faultTimes = faults.map((f) => f.at).sort((a, b) => a - b);
  const results: SubscriptionResult[] = [];

  for (const sub of subscriptions) {
    const issues: string[] = [];
    const note = (what: string) => {
      if (issues.length < EXAMPLES) issues.push(`${sub.name} (${sub.type}): ${what}`);
    };
    const ordered = [...sub.deliveries].sort((a, b) => a.at - b.at);
    const idsOf = new Map<string, Set<string>>();
    const seenIds = new Map<string, Delivery>();
    let redeliveredUnacked = 0;
    let redeliveredAfterAck = 0;
    let duplicated = 0;
    let outOfOrder = 0;
    let neverSent = 0;
    const lastSeq = new Map<string, number>();
    for (const d of ordered) {
      const mk = messageKey(d.producer, d.seq);
      if (!sentByKey.has(mk)) {
        neverSent++;
        note(`delivered ${mk} (id ${d.id}), which was never sent`);
        continue;
      }
      const ids = idsOf.get(mk) ?? new Set<string>();
      ids.add(d.id);
      idsOf.set(mk, ids);
      const earlier = seenIds.get(d.id);
      if (earlier) {
        const ackAt = earlier.ackedAt;
        // The ack was sent when the message arrived (earlier.at) and answered at ackAt: a fault
        // from shortly before it was sent until shortly after it was answered may have lost it.
        const excused =
          ackAt === undefined ||
          // Dispatched before the ack took effect (e.g. given to another consumer as one left):
          // it arrives at most a moment after the ack's answer.
          d.at <= ackAt + ACK_RACE_MS ||
          faultTimes.some(
            (t) => t >= earlier.at - ACK_PERSIST_GRACE_MS && t <= ackAt + ACK_PERSIST_GRACE_MS && t <= d.at,
          );
        if (excused) redeliveredUnacked++;
        else {
          redeliveredAfterAck++;
          note(
            `${mk} (id ${d.id}) delivered again at +${d.at - ackAt} ms after its ack, with no fault to excuse it`,
          );
        }
        continue;
      }
      seenIds.set(d.id, d);
      // Order is checked on first deliveries of each id.
      const orderKey =
        sub.type === "Exclusive" || sub.type === "Failover"
          ? d.producer
          : sub.type === "Key_Shared"
            ? `${d.producer}/${d.key}`
            : undefined;
      if (orderKey !== undefined) {
        const last = lastSeq.get(orderKey) ?? -1;
        if (d.seq < last) {
          outOfOrder++;
          note(`${mk} delivered after ${d.producer}#${last} (order of ${orderKey})`);
        } else lastSeq.set(orderKey, d.seq);
      }
    }
    for (const [mk, ids] of idsOf) {
      if (ids.size > 1) {
        duplicated++;
        note(`${mk} was stored ${ids.size} times (ids ${[...ids].join(", ")})`);
      }
    }
    let lost = 0;
    for (const s of acked) {
      if (!idsOf.has(messageKey(s.producer, s.seq))) {
        lost++;
        note(`acknowledged ${messageKey(s.producer, s.seq)} was never delivered`);
      }
    }
    if (lost > 0) violations.push(`${sub.name}: ${lost} acknowledged messages lost`);
    if (duplicated > 0) violations.push(`${sub.name}: ${duplicated} messages stored more than once`);
    if (redeliveredAfterAck > 0)
      violations.push(`${sub.name}: ${redeliveredAfterAck} redeliveries after a persisted ack`);
    if (outOfOrder > 0) violations.push(`${sub.name}: ${outOfOrder} messages out of order`);
    if (neverSent > 0) violations.push(`${sub.name}: ${neverSent} deliveries of messages never sent`);
    violations.push(...(lost + duplicated + redeliveredAfterAck + outOfOrder + neverSent > 0 ? issues : []));
    results.push({
      name: sub.name,
      type: sub.type,
      delivered: idsOf.size,
      lost,
      duplicated,
      redeliveredUnacked,
      redeliveredAfterAck,
      outOfOrder,
    });
  }
  return { sent: sent.length, acked: acked.length, subscriptions: results, violations };
}
