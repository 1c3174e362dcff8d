/**
 * A metadata member's Prometheus metrics (`magnetar_raft_*`, `magnetar_metadata_*`). Gauges read
 * the member when scraped; the leader-change counter and the proposal latency histogram are fed
 * by the member's observer hooks.
 */
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { MemberObserver, MetadataMember } from "./member.js";

/** The roles shown by `magnetar_raft_role` (a pre-candidate counts as a candidate). */
const ROLES = ["leader", "follower", "candidate"] as const;

/**
 * Registers the member's metrics; `member` is undefined until the member has started (the
 * observer must exist before). Returns the observer to pass as MemberOptions.observer.
 */
export function createMetadataMetrics(
  registry: Registry,
  member: () => MetadataMember | undefined,
): MemberObserver {
  const registers = [registry];
  const gauge = (name: string, help: string, read: (m: MetadataMember) => number): void => {
    new Gauge({
      name,
      help,
      registers,
      collect() {
        const m = member();
        if (m) this.set(read(m));
      },
    });
  };
  gauge("magnetar_raft_term", "Current Raft term", (m) => m.raftStatus().term);
  gauge("magnetar_raft_commit_index", "Raft commit index", (m) => m.raftStatus().commit);
  gauge("magnetar_raft_applied_index", "Last index applied to the KV state machine", (m) => m.appliedIndex);
  gauge("magnetar_raft_is_leader", "1 if this member leads", (m) => (m.isLeader ? 1 : 0));
  gauge("magnetar_metadata_revision", "KV store revision", (m) => m.kv.revision);
  gauge("magnetar_metadata_leases", "Live leases", (m) => m.kv.leases().length);
  new Gauge({
    name: "magnetar_raft_role",
    help: "1 for this member's current Raft role (leader, follower or candidate), 0 for the others",
    labelNames: ["role"] as const,
    registers,
    collect() {
      const m = member();
      if (!m) return;
      const now = m.raftStatus().role;
      const shown = now === "pre-candidate" ? "candidate" : now;
      for (const role of ROLES) this.set({ role }, role === shown ? 1 : 0);
    },
  });
  const leaderChanges = new Counter({
    name: "magnetar_raft_leader_changes_total",
    help: "Leader changes this member has seen (the first leader it learns of after starting included)",
    registers,
  });
  const proposalLatency = new Histogram({
    name: "magnetar_metadata_proposal_latency_seconds",
    help: "From a write proposed on the leader to its apply to the KV store (log replication to a quorum, synced, and applied); writes forwarded by followers are timed on the leader",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  return {
    proposalApplied: (seconds) => proposalLatency.observe(seconds),
    leaderChanged: () => leaderChanges.inc(),
  };
}
