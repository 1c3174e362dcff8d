import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../common/errors.js";
import {
  formatNamespaceName,
  formatTopicName,
  LOCAL_NAME_LENGTH_MAX,
  namespaceOf,
  normalizeTopicName,
  parseNamespaceName,
  parseTopicName,
  partitionedTopicOf,
  partitionOf,
} from "./topic-name.js";

const partArb = fc.stringMatching(/^[A-Za-z0-9_.=:-]{1,64}$/);
// Local names: any printable characters except '/', including non-ASCII.
// biome-ignore lint/suspicious/noControlCharactersInRegex: excluding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const localArb = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .filter((s) => !s.includes("/") && !CONTROL.test(s) && !s.includes("-partition-"));

function expectInvalid(input: string, message: string): void {
  expect(() => parseTopicName(input)).toThrow(InvalidArgumentError);
  expect(() => parseTopicName(input)).toThrow(message);
}

describe("topic names", () => {
  it("broker - a bare name means persistent://public/default/<name>", () => {
    expect(normalizeTopicName("orders")).toBe("persistent://public/default/orders");
    expect(parseTopicName("orders")).toEqual({
      domain: "persistent",
      tenant: "public",
      namespace: "default",
      localName: "orders",
      partitionIndex: -1,
    });
  });

  it("broker - tenant/namespace/name is the short form of the full name", () => {
    expect(normalizeTopicName("acme/billing/invoices")).toBe("persistent://acme/billing/invoices");
    expect(normalizeTopicName("persistent://acme/billing/invoices")).toBe(
      "persistent://acme/billing/invoices",
    );
    expect(normalizeTopicName("a.b/c:d=e/x y ü")).toBe("persistent://a.b/c:d=e/x y ü");
  });

  it("broker - a -partition-N suffix names partition N of the base topic", () => {
    const t = parseTopicName("acme/b/orders-partition-7");
    expect(t.partitionIndex).toBe(7);
    expect(formatTopicName(partitionedTopicOf(t))).toBe("persistent://acme/b/orders");
    expect(partitionedTopicOf(t).partitionIndex).toBe(-1);
    const base = parseTopicName("orders");
    expect(formatTopicName(partitionOf(base, 0))).toBe("persistent://public/default/orders-partition-0");
    expect(partitionOf(base, 3).partitionIndex).toBe(3);
    expect(() => partitionOf(t, 1)).toThrow(InvalidArgumentError);
    expect(() => partitionOf(base, -1)).toThrow(InvalidArgumentError);
    expect(() => partitionOf(base, 1.5)).toThrow(InvalidArgumentError);
    expect(parseTopicName("a-partition-x-partition-2").partitionIndex).toBe(2);
    expect(namespaceOf(t)).toEqual({ tenant: "acme", namespace: "b" });
  });

  it("broker - malformed topic names are INVALID_ARGUMENT naming the broken rule", () => {
    expectInvalid("", "the name is empty");
    expectInvalid("non-persistent://public/default/t", "non-persistent topics are not supported");
    expectInvalid("kafka://public/default/t", 'unknown domain "kafka"');
    expectInvalid("persistent://public/default", "expected persistent://<tenant>/<namespace>/<local-name>");
    expectInvalid("persistent://public/default/a/b", "expected persistent://");
    expectInvalid("public/t", "expected <local-name>, <tenant>/<namespace>/<local-name>");
    expectInvalid("a/b/c/d", "expected <local-name>");
    expectInvalid("/default/t", "tenant must not be empty");
    expectInvalid("public//t", "namespace must not be empty");
    expectInvalid("public/default/", "local name must not be empty");
    expectInvalid("pub lic/default/t", 'tenant "pub lic" may contain only letters, digits and - _ . : =');
    expectInvalid("public/déf/t", 'namespace "déf" may contain only');
    expectInvalid(`${"t".repeat(65)}/ns/x`, "tenant is 65 characters, more than 64");
    expectInvalid(
      `t/ns/${"x".repeat(LOCAL_NAME_LENGTH_MAX + 1)}`,
      "local name is 256 characters, more than 255",
    );
    expectInvalid("t/ns/a\nb", "control characters");
    expectInvalid("t/ns/a\u0085b", "control characters");
    expectInvalid("orders-partition-01", "without leading zeros");
    expectInvalid("orders-partition-", "without leading zeros");
    expectInvalid("-partition-3", "needs a base name");
    expectInvalid("orders-partition-2147483648", "larger than 2147483647");
    expectInvalid("x".repeat(5000), "longer than 1024");
    // The length limit counts code points, so 255 emoji are fine.
    expect(parseTopicName(`t/ns/${"😀".repeat(255)}`).localName).toHaveLength(510);
  });

  it("broker - format(parse(x)) round-trips every valid full name", () => {
    fc.assert(
      fc.property(
        partArb,
        partArb,
        localArb,
        fc.option(fc.nat({ max: 2 ** 31 - 1 }), { nil: undefined }),
        (tenant, ns, local, partition) => {
          const localName = partition === undefined ? local : `${local}-partition-${partition}`;
          fc.pre([...localName].length <= LOCAL_NAME_LENGTH_MAX);
          const full = `persistent://${tenant}/${ns}/${localName}`;
          const t = parseTopicName(full);
          expect(formatTopicName(t)).toBe(full);
          expect(t.partitionIndex).toBe(partition ?? -1);
          expect(normalizeTopicName(`${tenant}/${ns}/${localName}`)).toBe(full);
          if (partition !== undefined) {
            expect(formatTopicName(partitionOf(partitionedTopicOf(t), partition))).toBe(full);
          }
        },
      ),
    );
  });

  it("broker - parsing never throws anything but InvalidArgumentError", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        try {
          const t = parseTopicName(s);
          expect(parseTopicName(formatTopicName(t))).toEqual(t);
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidArgumentError);
        }
      }),
    );
  });

  it("broker - namespace names are tenant/namespace with the same part rules", () => {
    expect(parseNamespaceName("public/default")).toEqual({ tenant: "public", namespace: "default" });
    expect(formatNamespaceName({ tenant: "a", namespace: "b" })).toBe("a/b");
    for (const [bad, message] of [
      ["public", "expected <tenant>/<namespace>"],
      ["a/b/c", "expected <tenant>/<namespace>"],
      ["/b", "tenant must not be empty"],
      ["a/", "namespace must not be empty"],
      ["a/b c", "may contain only"],
    ] as const) {
      expect(() => parseNamespaceName(bad)).toThrow(InvalidArgumentError);
      expect(() => parseNamespaceName(bad)).toThrow(message);
    }
    fc.assert(
      fc.property(partArb, partArb, (t, n) => {
        expect(formatNamespaceName(parseNamespaceName(`${t}/${n}`))).toBe(`${t}/${n}`);
      }),
    );
  });
});
