/**
 * The nemesis: faults injected into a real LocalCluster, chosen by a seeded schedule so a failing
 * run replays with its seed. Every fault records when it started and healed; the report derives
 * the publish unavailability window and the consume stall from the workload's records.
 */
import type { LocalCluster, NodeProcess } from "../../bin/cluster.js";
import { LedgerMetadataStore } from "../../bookie/client/ledger-metadata-store.js";
import { lastSegment } from "../../bookie/core/index.js";
import type { MagnetarClient } from "../../client/index.js";
import type { MetadataStore } from "../../metadata/client/index.js";

export type FaultKind =
  | "kill-broker"
  | "kill-bookie"
  | "kill-metadata-leader"
  | "pause-broker"
  | "kill-broker-and-bookie"
  | "add-broker"
  | "add-bookie";

export const FAULT_KINDS: readonly FaultKind[] = [
  "kill-broker",
  "kill-bookie",
  "kill-metadata-leader",
  "pause-broker",
  "kill-broker-and-bookie",
  "add-broker",
  "add-bookie",
];

export interface FaultRecord {
  readonly kind: FaultKind;
  readonly targets: readonly string[];
  /** When the fault was injected (ms since epoch). */
  readonly at: number;
  healedAt?: number;
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface NemesisOptions {
  readonly cluster: LocalCluster;
  readonly store: MetadataStore;
  readonly client: MagnetarClient;
  readonly topic: string;
  readonly random: () => number;
  /** How long a killed process stays down. */
  readonly downMs: number;
  /** How long a paused broker stays paused: past its session timeout. */
  readonly pauseMs: number;
  readonly log: (line: string) => void;
}

export class Nemesis {
  readonly faults: FaultRecord[] = [];

  constructor(private readonly o: NemesisOptions) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.o.random() * items.length)] as T;
  }

  /** The broker that owns the topic now. */
  async owner(): Promise<NodeProcess> {
    const { address } = await this.o.client.lookup(this.o.topic);
    const b = this.o.cluster.brokers.find((x) => x.spec.address === address);
    if (!b) throw new Error(`no broker at ${address}`);
    return b;
  }

  /** A running bookie of the topic's current ledger's ensemble. */
  async writeSetBookie(): Promise<NodeProcess> {
    const { topic } = await this.o.client.lookup(this.o.topic);
    const kv = await this.o.store.get(`/managed-ledgers/${topic}`);
    const chain = kv
      ? (JSON.parse(kv.value.toString()) as { ledgers: { ledgerId: number }[] })
      : { ledgers: [] };
    const last = chain.ledgers[chain.ledgers.length - 1];
    const ensemble = last
      ? lastSegment((await new LedgerMetadataStore(this.o.store).read(last.ledgerId)).metadata).bookies
      : [];
    const candidates = this.o.cluster.bookies.filter((b) => b.running && ensemble.includes(b.spec.id));
    return this.pick(candidates.length > 0 ? candidates : this.o.cluster.bookies.filter((b) => b.running));
  }

  /** Injects one fault, holds it, heals it (restart / resume); resolves once healed. */
  async run(kind: FaultKind): Promise<FaultRecord> {
    const down = async (targets: NodeProcess[], record: FaultRecord) => {
      this.faults.push(record);
      this.o.log(`fault ${kind}: ${record.targets.join(", ")}`);
      await Promise.all(targets.map((t) => t.kill()));
      await sleep(this.o.downMs);
      await Promise.all(targets.map((t) => t.start()));
      await Promise.all(targets.map((t) => t.waitHealthy()));
      record.healedAt = Date.now();
      return record;
    };
    switch (kind) {
      case "kill-broker": {
        const b = await this.owner();
        return down([b], { kind, targets: [b.spec.id], at: Date.now() });
      }
      case "kill-bookie": {
        const b = await this.writeSetBookie();
        return down([b], { kind, targets: [b.spec.id], at: Date.now() });
      }
      case "kill-metadata-leader": {
        const m = await this.o.cluster.metadataLeader();
        return down([m], { kind, targets: [m.spec.id], at: Date.now() });
      }
      case "kill-broker-and-bookie": {
        const [b, k] = await Promise.all([this.owner(), this.writeSetBookie()]);
        return down([b, k], { kind, targets: [b.spec.id, k.spec.id], at: Date.now() });
      }
      case "pause-broker": {
        const b = await this.owner();
        const record: FaultRecord = { kind, targets: [b.spec.id], at: Date.now() };
        this.faults.push(record);
        this.o.log(`fault ${kind}: ${b.spec.id} (SIGSTOP for ${this.o.pauseMs} ms)`);
        b.pause();
        await sleep(this.o.pauseMs);
        b.resume();
        record.healedAt = Date.now();
        return record;
      }
      case "add-broker": {
        const record: FaultRecord = { kind, targets: [], at: Date.now() };
        const b = await this.o.cluster.addBroker();
        const done = { ...record, targets: [b.spec.id], healedAt: Date.now() };
        this.faults.push(done);
        this.o.log(`added broker ${b.spec.id}`);
        return done;
      }
      case "add-bookie": {
        const record: FaultRecord = { kind, targets: [], at: Date.now() };
        const b = await this.o.cluster.addBookie();
        const done = { ...record, targets: [b.spec.id], healedAt: Date.now() };
        this.faults.push(done);
        this.o.log(`added bookie ${b.spec.id}`);
        return done;
      }
    }
  }
}
