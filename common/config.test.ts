import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  formatHostPort,
  parseBytes,
  parseDurationMs,
  parseHostPort,
  parseHostPortList,
  parseIntInRange,
  parseNodeId,
  parsePeers,
} from "./config.js";

describe("config - host:port", () => {
  it("parses host names, IPv4 and bracketed IPv6", () => {
    expect(parseHostPort("127.0.0.1:6650")).toEqual({ host: "127.0.0.1", port: 6650 });
    expect(parseHostPort("localhost:0")).toEqual({ host: "localhost", port: 0 });
    expect(parseHostPort("[::1]:2379")).toEqual({ host: "[::1]", port: 2379 });
  });

  it.each(["nonsense", ":6650", "host:", "host:65536", "host:-1", "host:12a", "a b:1", "127.0.0.1"])(
    "rejects %s saying what is expected",
    (bad) => {
      expect(() => parseHostPort(bad)).toThrow(ConfigError);
      expect(() => parseHostPort(bad)).toThrow(/expected HOST:PORT/);
    },
  );

  it("round-trips every valid port", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 65535 }),
        fc.constantFrom("127.0.0.1", "node-1.local", "[::1]"),
        (port, host) => {
          expect(parseHostPort(formatHostPort({ host, port }))).toEqual({ host, port });
        },
      ),
    );
  });

  it("lists reject empty items and duplicates", () => {
    expect(parseHostPortList("a:1,b:2")).toHaveLength(2);
    expect(() => parseHostPortList("a:1,,b:2")).toThrow(/comma-separated/);
    expect(() => parseHostPortList("a:1,a:1")).toThrow(/listed twice/);
  });
});

describe("config - peers and ids", () => {
  it("parses ID=HOST:PORT lists", () => {
    expect(parsePeers("m1=127.0.0.1:2379,m2=127.0.0.1:2380")).toEqual([
      { id: "m1", address: { host: "127.0.0.1", port: 2379 } },
      { id: "m2", address: { host: "127.0.0.1", port: 2380 } },
    ]);
  });

  it.each([
    ["127.0.0.1:2379", /ID=HOST:PORT/],
    ["=127.0.0.1:2379", /ID=HOST:PORT/],
    ["m1=127.0.0.1:2379,m1=127.0.0.1:2380", /m1.*listed twice/],
    ["m1=127.0.0.1:2379,m2=127.0.0.1:2379", /127.0.0.1:2379 is listed twice/],
    ["m 1=127.0.0.1:2379", /expected an id/],
  ])("rejects %s", (bad, message) => {
    expect(() => parsePeers(bad)).toThrow(message);
  });

  it("ids are bounded and start with a letter or digit", () => {
    expect(parseNodeId("br-1.a_b")).toBe("br-1.a_b");
    expect(() => parseNodeId("-x")).toThrow(ConfigError);
    expect(() => parseNodeId("x".repeat(64))).toThrow(ConfigError);
  });
});

describe("config - numbers, durations, sizes", () => {
  it("integers in range", () => {
    expect(parseIntInRange("3", 1, 5)).toBe(3);
    expect(() => parseIntInRange("6", 1, 5)).toThrow(/\[1, 5\]/);
    expect(() => parseIntInRange("1.5", 1, 5)).toThrow(ConfigError);
  });

  it("durations", () => {
    expect(parseDurationMs("250ms")).toBe(250);
    expect(parseDurationMs("2s")).toBe(2000);
    expect(parseDurationMs("1.5m")).toBe(90_000);
    expect(parseDurationMs("40")).toBe(40);
    expect(() => parseDurationMs("2 weeks")).toThrow(/duration like/);
  });

  it("sizes", () => {
    expect(parseBytes("5MiB")).toBe(5 * 1024 * 1024);
    expect(parseBytes("64k")).toBe(65536);
    expect(parseBytes("12")).toBe(12);
    expect(() => parseBytes("5 parsecs")).toThrow(/size like/);
  });
});
