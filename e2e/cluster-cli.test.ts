/** `magnetar cluster up|status|down` as an operator uses it. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { runCli } from "./process.js";

let dir: string | undefined;

afterEach(async () => {
  if (dir) {
    await runCli(["cluster", "down", "--dir", dir]);
    await rm(dir, { recursive: true, force: true });
  }
});

it("cluster up prints every process as JSON, serves messages, status and down stop it", async () => {
  dir = await mkdtemp(join(tmpdir(), "magnetar-cluster-"));
  const up = await runCli([
    "cluster",
    "up",
    "--metadata",
    "1",
    "--bookies",
    "1",
    "--brokers",
    "1",
    "--dir",
    dir,
  ]);
  expect(up.code, up.stderr).toBe(0);
  const description = JSON.parse(up.stdout) as {
    serviceUrl: string;
    processes: { id: string; role: string; pid: number; address: string; dataDir: string }[];
  };
  expect(description.processes.map((p) => [p.id, p.role])).toEqual([
    ["m1", "metadata"],
    ["b1", "bookie"],
    ["br1", "broker"],
  ]);
  for (const p of description.processes) {
    expect(p.pid).toBeGreaterThan(0);
    expect(p.address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(p.dataDir).toContain(dir);
  }
  const produced = await runCli(["produce", "t", "-m", "x", "--url", description.serviceUrl]);
  expect(produced.code, produced.stderr).toBe(0);

  const again = await runCli(["cluster", "up", "--dir", dir]);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain("already running");

  const status = await runCli(["cluster", "status", "--dir", dir, "--json"]);
  expect(JSON.parse(status.stdout).processes.every((p: { healthy: boolean }) => p.healthy)).toBe(true);
  const down = await runCli(["cluster", "down", "--dir", dir]);
  expect(down.code, down.stderr).toBe(0);
  const after = await runCli(["cluster", "status", "--dir", dir, "--json"]);
  expect(JSON.parse(after.stdout).processes.some((p: { alive: boolean }) => p.alive)).toBe(false);
});
