/**
 * Built-in workloads, runnable by name (`magnetar bench max-rate-1kb`). Each states only what makes
 * it what it is; every other field takes DEFAULT_WORKLOAD's value, and flags override any of them.
 */
import type { WorkloadInput } from "./workload.js";

export const NAMED_WORKLOADS: Readonly<Record<string, Readonly<WorkloadInput>>> = {
  /** Throughput ceiling: one producer as fast as the window of sends in flight allows. */
  "max-rate-1kb": {
    name: "max-rate-1kb",
    topics: 1,
    partitionsPerTopic: 16,
    messageSize: 1024,
    producersPerTopic: 1,
    subscriptionsPerTopic: 1,
    consumerPerSubscription: 1,
    producerRate: 0,
  },
  /** Latency at a fixed, sustainable load (OMB's usual latency profile). */
  "latency-1kb": {
    name: "latency-1kb",
    topics: 1,
    partitionsPerTopic: 16,
    messageSize: 1024,
    producersPerTopic: 1,
    subscriptionsPerTopic: 1,
    consumerPerSubscription: 1,
    producerRate: 10_000,
  },
  /**
   * Reading from the bookies rather than the broker's cache: build a backlog with consumers away,
   * then measure how fast they drain it while publishing goes on at the same rate.
   */
  "catch-up": {
    name: "catch-up",
    topics: 1,
    partitionsPerTopic: 16,
    messageSize: 1024,
    producersPerTopic: 1,
    subscriptionsPerTopic: 1,
    consumerPerSubscription: 1,
    producerRate: 10_000,
    consumerBacklogSizeGB: 1,
    warmupDurationMinutes: 0,
  },
  /** Per-topic overhead: 10,000 topics at 1 msg/s each, all on one client connection per broker. */
  "many-topics": {
    name: "many-topics",
    topics: 10_000,
    partitionsPerTopic: 1,
    messageSize: 1024,
    producersPerTopic: 1,
    subscriptionsPerTopic: 1,
    consumerPerSubscription: 1,
    producerRate: 10_000,
  },
  /** Dispatch to many subscriptions: every message is delivered 16 times. */
  fanout: {
    name: "fanout",
    topics: 1,
    partitionsPerTopic: 1,
    messageSize: 1024,
    producersPerTopic: 1,
    subscriptionsPerTopic: 16,
    consumerPerSubscription: 1,
    producerRate: 1_000,
  },
};
