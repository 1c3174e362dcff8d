/**
 * The admin service's topic-level operations (admin-service.ts: TopicOps), run on the broker that
 * owns the topic's bundle.
 */
import { MagnetarError } from "../../common/errors.js";
import type { ManagedLedgerInternalStats } from "../../proto/gen/magnetar/v1/ManagedLedgerInternalStats.js";
import type { PeekMessagesResponse } from "../../proto/gen/magnetar/v1/PeekMessagesResponse.js";
import type { SeekTarget__Output } from "../../proto/gen/magnetar/v1/SeekTarget.js";
import type { SubscriptionStats } from "../../proto/gen/magnetar/v1/SubscriptionStats.js";
import type { TopicStats } from "../../proto/gen/magnetar/v1/TopicStats.js";
import {
  formatTopicName,
  type NamespaceName,
  type Position,
  positionOf,
  type TopicName,
} from "../core/index.js";
import type { TopicOps } from "./admin-service.js";
import type { Broker } from "./broker.js";
import { decodeEntry } from "./entry.js";
import { managedLedgerKey } from "./managed-ledger.js";
import { ownershipKey } from "./namespaces.js";
import type { Subscription } from "./subscription.js";
import type { Topic } from "./topic.js";

const TYPE_NAMES = {
  Exclusive: "SUBSCRIPTION_TYPE_EXCLUSIVE",
  Failover: "SUBSCRIPTION_TYPE_FAILOVER",
  Shared: "SUBSCRIPTION_TYPE_SHARED",
  Key_Shared: "SUBSCRIPTION_TYPE_KEY_SHARED",
} as const;

export function brokerTopicOps(broker: Broker): TopicOps {
  const self = broker.options.id;

  /** The owner's address, or undefined when this broker owns (or, assign false, nobody owns) it. */
  async function routeKey(
    key: string,
    assign: boolean,
    claim: () => Promise<void>,
  ): Promise<string | undefined> {
    if (broker.ownership.ownsKey(key)) return undefined;
    const kv = await broker.options.store.get(key);
    if (kv) {
      const owner = JSON.parse(kv.value.toString("utf8")) as { brokerId: string; serviceAddress: string };
      if (owner.brokerId !== self) return owner.serviceAddress;
    }
    if (assign) await claim();
    return undefined;
  }

  const existing = async (topic: TopicName): Promise<Topic> => broker.topic(topic, false);

  const subscription = async (topic: TopicName, name: string): Promise<Subscription> => {
    const t = await existing(topic);
    return (await t.subscription(name, "Exclusive", "Latest", false)).subscription;
  };

  return {
    async route(topic, options) {
      const { key } = await broker.ownership.bundleOf(topic);
      return routeKey(key, options?.assign ?? true, async () => {
        const r = await broker.ownership.lookup(topic, true);
        if (r.owner.brokerId !== self)
          throw new MagnetarError("UNAVAILABLE", `bundle ${r.bundle} moved to ${r.owner.brokerId}; retry`);
      });
    },
    async routeBundle(ns: NamespaceName, bundle: string, options) {
      // Bundles are claimed through their topics: an unowned bundle is handled (left as is) here.
      void options;
      return routeKey(ownershipKey(ns, bundle), false, async () => undefined);
    },
    async createTopic(topic) {
      const kv = await broker.options.store.get(managedLedgerKey(formatTopicName(topic)));
      if (kv) throw new MagnetarError("ALREADY_EXISTS", `topic ${formatTopicName(topic)} already exists`);
      await broker.topic(topic, true);
    },
    async deleteTopic(topic, force) {
      const t = await existing(topic);
      const subs = await t.loadedSubscriptions();
      const connected = t.producers.size + subs.reduce((n, s) => n + s.consumerCount, 0);
      if (connected > 0 && !force)
        throw new MagnetarError(
          "CONSUMER_BUSY",
          `topic ${t.name} has ${connected} producers and consumers connected; use force to delete it anyway`,
        );
      for (const name of await t.subscriptionNames()) await t.deleteSubscription(name, true);
      await broker.unloadTopic(t.name, true);
      await t.ml.delete();
      await broker.options.store.delete(`/dedup/${t.name}`);
    },
    async topicStats(topic) {
      return topicStats(broker, await existing(topic));
    },
    async internalStats(topic): Promise<ManagedLedgerInternalStats> {
      const t = await existing(topic);
      const ledgers = t.ml.ledgerInfos();
      const current = ledgers[ledgers.length - 1];
      const last = t.ml.lastConfirmed();
      const cursors: ManagedLedgerInternalStats["cursors"] = {};
      for (const s of await t.loadedSubscriptions()) {
        const snap = s.cursorSnapshot();
        cursors[s.name] = {
          markDeletePosition: id(snap.markDelete, t.partition),
          persistedMarkDeletePosition: id(snap.markDelete, t.partition),
          individuallyAckedRangesCount: snap.ranges.length,
          individuallyAckedRanges: snap.ranges.slice(0, 100).map((r) => ({
            start: id({ ledgerId: r.ledgerId, entryId: r.firstEntryId }, t.partition),
            end: id({ ledgerId: r.ledgerId, entryId: r.lastEntryId }, t.partition),
          })),
          partiallyAckedEntries: snap.batchAcks.length,
          messagesConsumedCounter: s.msgOut,
          isDurable: true,
        };
      }
      return {
        topic: t.name,
        loaded: true,
        entriesAddedCounter: t.ml.totalEntries(),
        numberOfEntries: t.ml.totalEntries(),
        totalSizeBytes: t.ml.totalBytes(),
        currentLedgerId: current?.ledgerId ?? -1,
        currentLedgerEntries: current?.entries ?? 0,
        currentLedgerSizeBytes: current?.bytes ?? 0,
        ...(last ? { lastConfirmedEntry: id(last, t.partition) } : {}),
        lastLedgerCreatedTimeMs: current?.createdAtMs ?? 0,
        state: t.ml.terminated ? "Terminated" : t.ml.failed ? "Fenced" : "LedgerOpened",
        ledgers: ledgers.map((l) => ({
          ledgerId: l.ledgerId,
          entries: l.entries,
          sizeBytes: l.bytes,
          createdAtMs: l.createdAtMs,
        })),
        cursors,
      };
    },
    async unloadTopic(topic) {
      await broker.unloadTopic(formatTopicName(topic), true);
    },
    async terminateTopic(topic) {
      const t = await existing(topic);
      const last = await t.ml.terminate();
      for (const p of [...t.producers.values()])
        p.close(new MagnetarError("TOPIC_TERMINATED", `topic ${t.name} was terminated`));
      return last ? { lastMessageId: id(last, t.partition) } : {};
    },
    async listSubscriptions(topic) {
      return (await existing(topic)).subscriptionNames();
    },
    async createSubscription(topic, name, start) {
      const t = await existing(topic);
      if ((await t.subscriptionNames()).includes(name))
        throw new MagnetarError("ALREADY_EXISTS", `subscription ${name} already exists on ${t.name}`);
      const from = startOf(t, start);
      // A message id names the first message to deliver: the cursor starts just before it.
      const initial =
        typeof from === "string" ? from : { ledgerId: from.ledgerId, entryId: from.entryId - 1 };
      await t.subscription(name, "Exclusive", initial);
    },
    async deleteSubscription(topic, name, force) {
      await (await existing(topic)).deleteSubscription(name, force);
    },
    async resetCursor(topic, name, target) {
      const t = await existing(topic);
      const s = await subscription(topic, name);
      const start = startOf(t, target);
      const first =
        start === "Earliest"
          ? (t.ml.positionsAfter(t.ml.startPosition(), 1)[0] ?? t.ml.endPosition())
          : start === "Latest"
            ? nextAfterEnd(t)
            : start;
      await s.resetTo(first);
    },
    async skipMessages(topic, name, count) {
      return (await subscription(topic, name)).skip(count);
    },
    async expireMessages(topic, name, expireTimeSeconds) {
      const t = await existing(topic);
      const s = await subscription(topic, name);
      const cutoff = Date.now() - expireTimeSeconds * 1000;
      const expired: Position[] = [];
      for (const p of t.ml.positionsAfter(s.markDelete(), 100_000)) {
        const h = decodeEntry(await t.ml.read(p)).header;
        if (h.brokerPublishTimeMs > cutoff) break;
        expired.push(p);
      }
      return s.ackEntries(expired);
    },
    async peekMessages(topic, name, count): Promise<PeekMessagesResponse> {
      const t = await existing(topic);
      const s = await subscription(topic, name);
      const entries: NonNullable<PeekMessagesResponse["entries"]> = [];
      for (const p of t.ml.positionsAfter(s.markDelete(), count)) {
        const e = decodeEntry(await t.ml.read(p));
        entries.push({ id: id(p, t.partition), header: e.header, payload: e.payload });
      }
      return { entries };
    },
    async unloadBundle(ns, bundle) {
      await broker.unloadBundle(ns, bundle);
    },
  };
}

function id(p: Position, partition: number) {
  return { ledgerId: p.ledgerId, entryId: p.entryId, batchIndex: -1, partition };
}

function nextAfterEnd(t: Topic): Position {
  const end = t.ml.endPosition();
  return { ledgerId: end.ledgerId, entryId: end.entryId + 1 };
}

function startOf(t: Topic, start: SeekTarget__Output | null): "Earliest" | "Latest" | Position {
  if (!start || start.target === "position" || !start.target)
    return start?.position === "INITIAL_POSITION_EARLIEST" ? "Earliest" : "Latest";
  if (start.target === "messageId" && start.messageId) {
    if (start.messageId.partition !== t.partition)
      throw new MagnetarError(
        "INVALID_MESSAGE_ID",
        `message id of partition ${start.messageId.partition} given for ${t.name}`,
      );
    return positionOf(start.messageId);
  }
  throw new MagnetarError("UNIMPLEMENTED", "seeking by publish time is not supported yet");
}

/**
 * Every subscription of a topic, loading the ones that are only in metadata (a subscription with
 * no consumer since this broker took the topic over still has a backlog worth reporting).
 */
export async function allSubscriptions(t: Topic): Promise<Subscription[]> {
  const subs = await t.loadedSubscriptions();
  const out: Subscription[] = [];
  for (const name of await t.subscriptionNames()) {
    const s =
      subs.find((x) => x.name === name) ??
      (await t.subscription(name, "Exclusive", "Latest", false)).subscription;
    out.push(s);
  }
  return out;
}

/**
 * A subscription's backlog: messages from the cursor, bytes estimated from the topic's average
 * entry size (entries are not read to count them).
 */
export function backlogOf(t: Topic, s: Subscription): { messages: number; bytes: number } {
  const messages = s.backlog();
  const avg = t.ml.totalEntries() > 0 ? t.ml.totalBytes() / t.ml.totalEntries() : 0;
  return { messages, bytes: Math.round(messages * avg) };
}

async function topicStats(broker: Broker, t: Topic): Promise<TopicStats> {
  const subscriptions: Record<string, SubscriptionStats> = {};
  const subs = await t.loadedSubscriptions();
  for (const s of await allSubscriptions(t)) {
    const backlog = backlogOf(t, s);
    const first = s.firstUnacked();
    let oldestAge = 0;
    if (first && backlog.messages > 0) {
      const h = decodeEntry(await t.ml.read(first)).header;
      oldestAge = Math.max(0, Date.now() - Number(h.brokerPublishTimeMs));
    }
    subscriptions[s.name] = {
      type: TYPE_NAMES[s.subscriptionType],
      isDurable: true,
      msgBacklog: backlog.messages,
      backlogSizeBytes: backlog.bytes,
      unackedMessages: s.unacked(),
      msgRateOut: s.rates.current.msgOut,
      msgThroughputOut: s.rates.current.bytesOut,
      msgRateRedeliver: s.rates.current.redeliveries,
      oldestUnackedMessageAgeMs: oldestAge,
      markDeletePosition: id(s.markDelete(), t.partition),
      consumers: s.consumerSinks().map((c) => ({
        consumerName: c.spec.name,
        consumerId: c.spec.id,
        address: c.address,
        priorityLevel: c.spec.priority,
        isActive: s.isActive(c.spec.id),
        connectedSinceMs: c.since,
      })),
    };
  }
  const owner = broker.ownership.selfRecord;
  const last = t.ml.lastConfirmed();
  return {
    topic: t.name,
    msgRateIn: t.rates.current.msgIn,
    msgThroughputIn: t.rates.current.bytesIn,
    msgRateOut: subs.reduce((n, s) => n + s.rates.current.msgOut, 0),
    msgThroughputOut: subs.reduce((n, s) => n + s.rates.current.bytesOut, 0),
    msgsInTotal: t.msgIn,
    bytesInTotal: t.bytesIn,
    msgsOutTotal: subs.reduce((n, s) => n + s.msgOut, 0),
    bytesOutTotal: subs.reduce((n, s) => n + s.bytesOut, 0),
    storageSizeBytes: t.ml.totalBytes(),
    backlogSizeBytes: Math.max(
      0,
      ...Object.values(subscriptions).map((s) => Number(s.backlogSizeBytes ?? 0)),
    ),
    publishers: [...t.producers.entries()].map(([name, p]) => ({
      producerName: name,
      address: p.address,
      connectedSinceMs: p.since,
      deduplicationEnabled: p.deduplication,
    })),
    deduplicationEnabled: [...t.producers.values()].some((p) => p.deduplication),
    subscriptions,
    ledgers: t.ml.ledgerInfos().map((l) => ({
      ledgerId: l.ledgerId,
      entries: l.entries,
      sizeBytes: l.bytes,
      createdAtMs: l.createdAtMs,
    })),
    owner: { brokerId: owner.brokerId, serviceAddress: owner.serviceAddress, httpAddress: owner.httpAddress },
    ...(last ? { lastMessageId: id(last, t.partition) } : {}),
    terminated: t.ml.terminated,
    statsTimeMs: Date.now(),
  };
}
