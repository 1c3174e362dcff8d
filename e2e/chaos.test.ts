/**
 * The chaos suite: a real multi-process cluster (3 metadata members, 4 bookies, 2 brokers), a
 * workload of deduplicating producers and consumers on every subscription type, and a seeded
 * schedule of faults (kill -9 of the owning broker, of a bookie in the write set, of the metadata
 * leader, of a broker and a bookie at once; SIGSTOP of the owner past its lease; a broker and a
 * bookie added mid-run). Afterwards the checker proves nothing acknowledged was lost or stored
 * twice, order held where promised, and nothing unsent was delivered.
 *
 *   CI profile (default): every fault kind twice, a few minutes.
 *   CHAOS_PROFILE=long CHAOS_MINUTES=30 (make chaos): random faults for that long.
 *   CHAOS_SEED=n replays a schedule; CHAOS_REPORT_DIR=dir keeps summary.txt and summary.json;
 *   CHAOS_KEEP=1 keeps the cluster's data and logs (always kept when the run fails).
 * Network partitions are not injected: they need a network namespace per node (root), which
 * this suite does not assume.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { LocalCluster, waitFor } from "../bin/cluster.js";
import { MagnetarClient } from "../client/index.js";
import { parseHostPortList } from "../common/config.js";
import { MetadataStore } from "../metadata/client/index.js";
import { mulberry32 } from "../metadata/core/raft/sim-random.js";
import { check } from "./chaos/checker.js";
import { FAULT_KINDS, type FaultKind, Nemesis, shuffle } from "./chaos/nemesis.js";
import { measure, reportText, summarize } from "./chaos/report.js";
import { Workload } from "./chaos/workload.js";

const PROFILE = process.env.CHAOS_PROFILE === "long" ? "long" : "ci";
const MINUTES = Number(process.env.CHAOS_MINUTES ?? "30");
const SEED = process.env.CHAOS_SEED ? Number(process.env.CHAOS_SEED) : Math.floor(Math.random() * 2 ** 31);
/** Broker lease TTL (the default): a paused broker loses its bundles after this. */
const SESSION_TIMEOUT_MS = 4_000;

let dir: string | undefined;
let cluster: LocalCluster | undefined;
let failed = false;

afterAll(async () => {
  if (failed && cluster) console.error(cluster.logs());
  await cluster?.killAll();
  // Logs and data stay for a failed run, or when CHAOS_KEEP is set.
  if (dir && !failed && !process.env.CHAOS_KEEP) await rm(dir, { recursive: true, force: true });
  else if (dir) console.log(`chaos run kept in ${dir}`);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The CI schedule: each fault kind twice (adding processes once), in a seeded order. */
function ciSchedule(random: () => number): FaultKind[] {
  const kinds = FAULT_KINDS.flatMap((k) => (k.startsWith("add-") ? [k] : [k, k]));
  return shuffle(kinds, random);
}

it(
  `chaos (${PROFILE} profile): nothing acknowledged is lost or duplicated while nodes die`,
  async () => {
    // The simulator's seeded PRNG: a schedule replays from its seed.
    const random = mulberry32(SEED);
    console.log(`chaos seed ${SEED} (replay with CHAOS_SEED=${SEED})`);
    dir = await mkdtemp(join(tmpdir(), "magnetar-chaos-"));
    cluster = await LocalCluster.start({ dir, metadata: 3, bookies: 4, brokers: 2 });
    const c = cluster;
    const store = new MetadataStore({ endpoints: parseHostPortList(c.metadataAddresses) });
    const probe = await MagnetarClient.connect({ serviceUrl: c.serviceUrl });
    const topic = `chaos-${SEED}`;
    const workload = new Workload(c.serviceUrl, topic, 3, 100);
    const started = Date.now();
    try {
      await workload.start();
      const nemesis = new Nemesis({
        cluster: c,
        store,
        client: probe,
        topic,
        random,
        downMs: 3_000,
        pauseMs: SESSION_TIMEOUT_MS + 1_500,
        log: (line) => console.log(`+${((Date.now() - started) / 1000).toFixed(1)} s ${line}`),
      });
      const acked = () => workload.sent().filter((s) => s.ackedAt !== undefined).length;
      await waitFor("the workload to publish", () => acked() > 300, 30_000);

      const deadline = started + MINUTES * 60_000;
      const schedule = PROFILE === "ci" ? ciSchedule(random) : [];
      let added = 0;
      for (let step = 0; ; step++) {
        let kind: FaultKind;
        if (PROFILE === "ci") {
          const next = schedule[step];
          if (!next) break;
          kind = next;
        } else {
          if (Date.now() > deadline) break;
          kind = FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)] as FaultKind;
          // Keep the process count bounded in long runs.
          if (kind.startsWith("add-") && added++ >= 2) kind = "kill-broker";
        }
        await sleep(1_500 + Math.floor(random() * 1_500));
        await nemesis.run(kind);
        // Before the next fault, publishing must have resumed.
        const before = acked();
        await waitFor("publishing to resume", () => acked() > before + 50, 60_000);
      }

      await workload.stopProducers();
      await waitFor(
        "every acknowledged message to reach every subscription",
        () => workload.allDelivered(),
        90_000,
      ).catch(
        () => undefined, // the checker reports what is missing
      );
      // The consumers' acks of the last deliveries are answered (the checker uses those times).
      await waitFor(
        "the last acks to be answered",
        () => workload.histories().every((h) => h.deliveries.every((d) => d.ackedAt !== undefined)),
        10_000,
      ).catch(() => undefined);
      await workload.stop();

      const result = check(workload.sent(), workload.histories(), nemesis.faults);
      const exclusive = workload.histories().find((h) => h.name === "exclusive")?.deliveries ?? [];
      const report = summarize(
        SEED,
        PROFILE,
        Date.now() - started,
        measure(nemesis.faults, workload.sent(), exclusive),
        result,
      );
      const text = reportText(report);
      console.log(text);
      const out = process.env.CHAOS_REPORT_DIR ?? dir;
      await mkdir(out, { recursive: true });
      await writeFile(join(out, "summary.txt"), `${text}\n`);
      await writeFile(join(out, "summary.json"), `${JSON.stringify(report, null, 2)}\n`);

      expect(result.violations).toEqual([]);
      expect(result.acked).toBeGreaterThan(1_000);
      // Every fault healed and publishing came back after each (a hang would show here).
      for (const f of report.faults) expect(f.publishUnavailableMs, `${f.kind} at ${f.at}`).toBeDefined();
    } catch (err) {
      failed = true;
      throw err;
    } finally {
      await workload.stop().catch(() => undefined);
      await probe.close().catch(() => undefined);
      store.close();
    }
  },
  (PROFILE === "long" ? MINUTES * 60 + 600 : 600) * 1_000,
);
