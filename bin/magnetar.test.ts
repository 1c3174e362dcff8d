import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NODE_FLAGS } from "./node-flags.js";

// Runs the built CLI as a user would (`make test` builds dist/ first).
const CLI = fileURLToPath(new URL("../dist/bin/magnetar.js", import.meta.url));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function magnetar(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...process.env, ...env }, timeout: 20_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe("cli - magnetar", () => {
  it("runs as a command with the V8 flags every magnetar process gets (NODE_FLAGS)", () => {
    const shebang = readFileSync(CLI, "utf8").split("\n", 1)[0] ?? "";
    expect(shebang).toBe(`#!/usr/bin/env -S node ${NODE_FLAGS.join(" ")}`);
  });

  it("is built", () => {
    expect(existsSync(CLI), `${CLI} is missing: run 'make build'`).toBe(true);
  });

  it("--help lists every subcommand", async () => {
    const run = await magnetar(["--help"]);
    expect(run.code).toBe(0);
    for (const sub of [
      "standalone",
      "metadata",
      "bookie",
      "broker",
      "produce",
      "consume",
      "admin",
      "bench",
      "kv",
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^  ${sub} `, "m"));
    }
  });

  it.each(["metadata", "bookie", "broker", "standalone"])(
    "%s --help documents the shared server flags, their env vars and defaults",
    async (sub) => {
      const run = await magnetar([sub, "--help"]);
      expect(run.code).toBe(0);
      // Help wraps to the terminal's width; compare with whitespace folded.
      const help = run.stdout.replace(/\s+/g, " ");
      for (const [flag, env] of [
        ["--listen <HOST:PORT>", "MAGNETAR_LISTEN"],
        ["--http <HOST:PORT>", "MAGNETAR_HTTP"],
        ["--data-dir <DIR>", "MAGNETAR_DATA_DIR"],
        ["--log-level <LEVEL>", "MAGNETAR_LOG_LEVEL"],
      ] as const) {
        expect(help).toContain(flag);
        expect(help).toContain(`env: ${env}`);
      }
      expect(help).toMatch(/--listen <HOST:PORT> .*\(default: 127\.0\.0\.1:\d+, env: MAGNETAR_LISTEN\)/);
    },
  );

  it("bookie and broker take --metadata", async () => {
    for (const sub of ["bookie", "broker"]) {
      const run = await magnetar([sub, "--help"]);
      expect(run.stdout.replace(/\s+/g, " ")).toMatch(
        /--metadata <HOST:PORT,...> .*\(default: 127\.0\.0\.1:2379, env: MAGNETAR_METADATA\)/,
      );
    }
  });

  it("broker --listen nonsense exits non-zero naming the flag and the expected form", async () => {
    const run = await magnetar(["broker", "--listen", "nonsense"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("--listen");
    expect(run.stderr).toContain("expected HOST:PORT");
  });

  it("broker and standalone refuse an --entry-cache-mb that is not a size in MB", async () => {
    for (const sub of ["broker", "standalone"])
      for (const bad of ["-1", "lots", "1.5"]) {
        const run = await magnetar([sub, "--entry-cache-mb", bad]);
        expect(run.code).not.toBe(0);
        expect(run.stderr).toContain("--entry-cache-mb");
      }
  });

  it("a bad environment variable is reported by name", async () => {
    const run = await magnetar(["broker"], { MAGNETAR_HTTP: "localhost" });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("MAGNETAR_HTTP");
    expect(run.stderr).toContain("expected HOST:PORT");
  });

  it("a flag wins over its environment variable", async () => {
    // The env value is invalid; the valid flag must take precedence, so parsing succeeds and the
    // command gets as far as its own action (which then refuses the bad --count).
    const run = await magnetar(["produce", "t", "-m", "x", "-n", "many", "--url", "127.0.0.1:3999"], {
      MAGNETAR_URL: "bad",
    });
    expect(run.stderr).not.toContain("MAGNETAR_URL");
    expect(run.stderr).toContain("--count");
    expect(run.code).toBe(1);
  });

  it("metadata rejects a malformed --peers and an --id that is not a member", async () => {
    const malformed = await magnetar(["metadata", "--peers", "m1:127.0.0.1:2379"]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/--peers.*ID=HOST:PORT/s);
    const unknown = await magnetar([
      "metadata",
      "--id",
      "m9",
      "--peers",
      "m1=127.0.0.1:2379,m2=127.0.0.1:2380",
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("'--id m9' names no member of --peers (members: m1, m2)");
  });
});
