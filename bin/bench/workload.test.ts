import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flagsLayer } from "./command.js";
import { NAMED_WORKLOADS } from "./named.js";
import {
  checkFieldValue,
  DEFAULT_WORKLOAD,
  FIELD_NAMES,
  loadPayload,
  loadWorkload,
  parseWorkloadText,
  resolveWorkload,
  WorkloadError,
} from "./workload.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "magnetar-workload-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

/** The error `fn` throws, for asserting on its message. */
function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected an error");
}

describe("bench workload - files", () => {
  it("reads an OMB workload file in YAML, every OMB field by its OMB name", async () => {
    const path = await file(
      "1-topic-16-partitions-1kb.yaml",
      [
        "name: 1 topic / 16 partitions / 1Kb",
        "topics: 1",
        "partitionsPerTopic: 16",
        "messageSize: 1024",
        "payloadFile: payload/payload-1Kb.data",
        "subscriptionsPerTopic: 1",
        "consumerPerSubscription: 1",
        "producersPerTopic: 1",
        "producerRate: 50000",
        "consumerBacklogSizeGB: 0",
        "testDurationMinutes: 15",
        "keyDistributor: KEY_ROUND_ROBIN",
      ].join("\n"),
    );
    const input = loadWorkload(path);
    expect(input).toEqual({
      name: "1 topic / 16 partitions / 1Kb",
      topics: 1,
      partitionsPerTopic: 16,
      messageSize: 1024,
      payloadFile: "payload/payload-1Kb.data",
      subscriptionsPerTopic: 1,
      consumerPerSubscription: 1,
      producersPerTopic: 1,
      producerRate: 50_000,
      consumerBacklogSizeGB: 0,
      testDurationMinutes: 15,
      keyDistributor: "KEY_ROUND_ROBIN",
    });
  });

  it("reads JSON, names the workload after the file when it has no name, and fills defaults", async () => {
    const path = await file(
      "small.json",
      JSON.stringify({ topics: 3, producerRate: 100, compression: "zstd" }),
    );
    const w = resolveWorkload(loadWorkload(path));
    expect(w).toMatchObject({
      ...DEFAULT_WORKLOAD,
      name: "small",
      topics: 3,
      producerRate: 100,
      compression: "zstd",
      subscriptionType: "Exclusive",
    });
  });

  it("accepts our fields: batching, E/W/A, subscription type, warm-up", () => {
    const w = resolveWorkload(
      parseWorkloadText(
        [
          "batchingMaxMessages: 500",
          "batchingMaxPublishDelayMs: 5",
          "ensembleSize: 3",
          "writeQuorum: 2",
          "ackQuorum: 2",
          "subscriptionType: key_shared",
          "consumerPerSubscription: 4",
          "warmupDurationMinutes: 0",
        ].join("\n"),
        "test",
      ),
    );
    expect(w).toMatchObject({
      batchingMaxMessages: 500,
      batchingMaxPublishDelayMs: 5,
      ensembleSize: 3,
      writeQuorum: 2,
      ackQuorum: 2,
      subscriptionType: "Key_Shared",
      warmupDurationMinutes: 0,
    });
  });

  it("rejects an unknown field, naming it, suggesting the near one and listing the allowed", async () => {
    const path = await file("typo.yaml", "topics: 1\nproducerRat: 10\n");
    const err = errorOf(() => loadWorkload(path));
    expect(err).toBeInstanceOf(WorkloadError);
    expect(err.message).toContain(`workload file ${path}: unknown field "producerRat"`);
    expect(err.message).toContain('did you mean "producerRate"?');
    expect(err.message).toContain("allowed fields: name, topics, partitionsPerTopic");
  });

  it("rejects malformed YAML and a document that is not a mapping", async () => {
    const bad = await file("bad.yaml", "topics: [1, 2\nname: x\n");
    expect(errorOf(() => loadWorkload(bad)).message).toMatch(/bad\.yaml is not valid YAML or JSON: /);
    const list = await file("list.yaml", "- topics: 1\n");
    expect(errorOf(() => loadWorkload(list)).message).toContain("expected a mapping of workload fields");
  });

  it("rejects bad values naming the field and what it accepts", () => {
    const cases: [string, string][] = [
      [
        "producerRate: -5",
        'field "producerRate" must be a number >= 0 (messages/s over all producers, 0 = as fast as possible), got -5',
      ],
      ["topics: 0", 'field "topics" must be an integer from 1 to 1000000, got 0'],
      ["topics: 1.5", 'field "topics" must be an integer from 1 to 1000000, got 1.5'],
      ["messageSize: big", 'field "messageSize" must be an integer from 1 to 5242880, got "big"'],
      [
        "keyDistributor: RANDOM",
        'field "keyDistributor" must be one of NO_KEY, KEY_ROUND_ROBIN, RANDOM_NANO, got "RANDOM"',
      ],
      ["compression: gzip", 'field "compression" must be one of none, lz4, zstd, got "gzip"'],
      ["testDurationMinutes: 0", 'field "testDurationMinutes" must be a number > 0, got 0'],
      [
        "subscriptionType: Fanout",
        'field "subscriptionType" must be one of Exclusive, Failover, Shared, Key_Shared',
      ],
      ["name: 12", 'field "name" must be a string, got 12'],
    ];
    for (const [yaml, message] of cases) {
      const err = errorOf(() => parseWorkloadText(yaml, "w.yaml"));
      expect(err, yaml).toBeInstanceOf(WorkloadError);
      expect(err.message, yaml).toContain(`w.yaml: ${message}`);
    }
  });

  it("an unreadable file and an unknown name say what was tried", () => {
    const err = errorOf(() => loadWorkload("no-such-workload"));
    expect(err.message).toBe(
      'unknown workload "no-such-workload": not a file, and not a named workload (max-rate-1kb, latency-1kb, catch-up, many-topics, fanout)',
    );
  });
});

describe("bench workload - named workloads", () => {
  it("has the five workloads, each valid, with what defines it", () => {
    expect(Object.keys(NAMED_WORKLOADS)).toEqual([
      "max-rate-1kb",
      "latency-1kb",
      "catch-up",
      "many-topics",
      "fanout",
    ]);
    for (const name of Object.keys(NAMED_WORKLOADS))
      expect(resolveWorkload(loadWorkload(name)).name).toBe(name);
    expect(resolveWorkload(loadWorkload("max-rate-1kb"))).toMatchObject({
      topics: 1,
      partitionsPerTopic: 16,
      messageSize: 1024,
      producersPerTopic: 1,
      subscriptionsPerTopic: 1,
      producerRate: 0,
    });
    expect(resolveWorkload(loadWorkload("latency-1kb"))).toMatchObject({
      partitionsPerTopic: 16,
      producerRate: 10_000,
    });
    expect(resolveWorkload(loadWorkload("catch-up"))).toMatchObject({
      consumerBacklogSizeGB: 1,
      producerRate: 10_000,
    });
    expect(resolveWorkload(loadWorkload("many-topics"))).toMatchObject({
      topics: 10_000,
      producerRate: 10_000,
    });
    expect(resolveWorkload(loadWorkload("fanout"))).toMatchObject({
      topics: 1,
      subscriptionsPerTopic: 16,
      consumerPerSubscription: 1,
      subscriptionType: "Exclusive",
    });
  });

  it("a name wins over a file of that name", async () => {
    // A file called "fanout" in the working directory, holding another workload.
    await file("fanout", "topics: 7\n");
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(loadWorkload("./fanout")).toMatchObject({ topics: 7 });
      expect(loadWorkload("fanout")).toEqual(NAMED_WORKLOADS.fanout);
    } finally {
      process.chdir(cwd);
    }
  });

  it("uses only known fields", () => {
    for (const w of Object.values(NAMED_WORKLOADS))
      for (const k of Object.keys(w)) expect(FIELD_NAMES).toContain(k);
  });
});

describe("bench workload - flags over files over defaults", () => {
  it("flags override the named workload; unset flags leave its values", () => {
    const w = resolveWorkload(
      loadWorkload("catch-up"),
      flagsLayer({ backlogGb: 0.005, duration: 90, warmup: 3, rate: 2_000, compression: "lz4" }),
    );
    expect(w).toMatchObject({
      name: "catch-up",
      partitionsPerTopic: 16,
      consumerBacklogSizeGB: 0.005,
      testDurationMinutes: 1.5,
      warmupDurationMinutes: 0.05,
      producerRate: 2_000,
      compression: "lz4",
    });
  });

  it("maps every flag to its OMB field; --seconds and --warmup-seconds are aliases", () => {
    expect(
      flagsLayer({
        topics: 2,
        partitions: 4,
        messageSize: 100,
        payloadFile: "p.bin",
        producers: 3,
        subscriptions: 5,
        consumers: 6,
        rate: 7,
        seconds: 120,
        warmupSeconds: 30,
        batchMaxMessages: 8,
        batchMaxDelayMs: 9,
        compression: "zstd",
        ensemble: 3,
        writeQuorum: 3,
        ackQuorum: 2,
        backlogGb: 1.5,
        keyDistributor: "RANDOM_NANO",
        subscriptionType: "Failover",
      }),
    ).toEqual({
      topics: 2,
      partitionsPerTopic: 4,
      messageSize: 100,
      payloadFile: "p.bin",
      producersPerTopic: 3,
      subscriptionsPerTopic: 5,
      consumerPerSubscription: 6,
      producerRate: 7,
      testDurationMinutes: 2,
      warmupDurationMinutes: 0.5,
      batchingMaxMessages: 8,
      batchingMaxPublishDelayMs: 9,
      compression: "zstd",
      ensembleSize: 3,
      writeQuorum: 3,
      ackQuorum: 2,
      consumerBacklogSizeGB: 1.5,
      keyDistributor: "RANDOM_NANO",
      subscriptionType: "Failover",
    });
    expect(flagsLayer({})).toEqual({});
  });

  it("picks Shared for several consumers per subscription, Exclusive for one", () => {
    expect(resolveWorkload({ consumerPerSubscription: 1 }).subscriptionType).toBe("Exclusive");
    expect(resolveWorkload({ consumerPerSubscription: 3 }).subscriptionType).toBe("Shared");
    expect(
      resolveWorkload({ consumerPerSubscription: 3, subscriptionType: "Failover" }).subscriptionType,
    ).toBe("Failover");
  });

  it("rejects combinations that cannot run, naming the fields", () => {
    expect(() => resolveWorkload({ consumerPerSubscription: 2, subscriptionType: "Exclusive" })).toThrow(
      /subscriptionType Exclusive allows one consumer per subscription, but consumerPerSubscription is 2/,
    );
    expect(() => resolveWorkload({ ensembleSize: 2, writeQuorum: 3 })).toThrow(
      /writeQuorum \(3\) must not exceed ensembleSize \(2\)/,
    );
    expect(() => resolveWorkload({ writeQuorum: 2, ackQuorum: 3 })).toThrow(
      /ackQuorum \(3\) must not exceed writeQuorum \(2\)/,
    );
    expect(() => resolveWorkload({ producersPerTopic: 0, subscriptionsPerTopic: 0 })).toThrow(
      /nothing to measure/,
    );
    expect(() => resolveWorkload({ consumerBacklogSizeGB: 1, subscriptionsPerTopic: 0 })).toThrow(
      /consumerBacklogSizeGB needs producersPerTopic >= 1 and subscriptionsPerTopic >= 1/,
    );
  });

  it("checks flag values with the same rules", () => {
    expect(checkFieldValue("producerRate", "2500.5")).toBe(2500.5);
    expect(checkFieldValue("compression", "LZ4")).toBe("lz4");
    expect(() => checkFieldValue("producerRate", "-1")).toThrow(
      'must be a number >= 0 (messages/s over all producers, 0 = as fast as possible), got "-1"',
    );
    expect(() => checkFieldValue("ensembleSize", "33")).toThrow('must be an integer from 1 to 32, got "33"');
    // Every layer meets the field specs, not only files and `magnetar bench` flags (`bench run`'s
    // flags, for one, come as a plain layer).
    expect(() => resolveWorkload({ messageSize: 10_000_000 })).toThrow(
      /field "messageSize" must be an integer from 1 to 5242880, got 10000000/,
    );
    expect(() => resolveWorkload({ warmupDurationMinutes: -1 })).toThrow(/field "warmupDurationMinutes"/);
  });

  it("a payload file sets the message size to its length", async () => {
    const path = await file("payload.bin", "x".repeat(300));
    const { workload, payload } = loadPayload(resolveWorkload({ payloadFile: path }), (n) => Buffer.alloc(n));
    expect(workload.messageSize).toBe(300);
    expect(payload.toString()).toBe("x".repeat(300));
    const random = loadPayload(resolveWorkload({ messageSize: 10 }), (n) => Buffer.alloc(n, 1));
    expect(random.payload.length).toBe(10);
    expect(() =>
      loadPayload(resolveWorkload({ payloadFile: join(dir, "none") }), (n) => Buffer.alloc(n)),
    ).toThrow(/payloadFile .*none cannot be read/);
    const big = await file("big.bin", "x".repeat(5 * 1024 * 1024 + 1));
    expect(() => loadPayload(resolveWorkload({ payloadFile: big }), (n) => Buffer.alloc(n))).toThrow(
      /payloadFile .*big.bin is 5242881 bytes: as the message size it must be an integer from 1 to 5242880/,
    );
  });
});
