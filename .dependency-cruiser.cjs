// Import boundaries from DESIGN.md, checked by `make lint`:
//   client -> proto; broker -> bookie, metadata, proto; bookie -> metadata, proto; metadata -> proto.
// `common/` is the small shared folder (config, logging, errors, gRPC and HTTP helpers) that every
// layer may use; it imports only `proto/`. Nothing imports `e2e/`. Code in any `core/` folder is a
// pure state machine: no disk, network, timers or processes.
const layer = (name, allowed) => ({
  name: `${name}-layering`,
  comment: `${name}/ may import only ${allowed.join(", ") || "itself"} (DESIGN.md)`,
  severity: "error",
  // Tests may import anything (DESIGN.md), the e2e harness included.
  from: { path: `^${name}/`, pathNot: "\\.test\\.ts$" },
  to: {
    path: "^(proto|common|metadata|bookie|broker|client|bin|e2e)/",
    pathNot: [`^${name}/`, ...allowed.map((a) => `^${a}/`)],
  },
});

module.exports = {
  forbidden: [
    layer("proto", []),
    layer("common", ["proto"]),
    layer("metadata", ["proto", "common"]),
    layer("bookie", ["metadata", "proto", "common"]),
    layer("broker", ["bookie", "metadata", "proto", "common"]),
    layer("client", ["proto", "common"]),
    layer("bin", ["client", "broker", "bookie", "metadata", "proto", "common"]),
    {
      name: "nothing-imports-e2e",
      comment: "e2e/ is test harness; production code never depends on it (tests may)",
      severity: "error",
      from: { pathNot: ["^e2e/", "\\.test\\.ts$"] },
      to: { path: "^e2e/" },
    },
    {
      name: "pure-core",
      comment:
        "core/ folders are pure state machines: no disk, network, timers, child processes or storage engines",
      severity: "error",
      from: { path: "(^|/)core/" },
      to: {
        path: "^(node:)?(fs|fs/promises|net|http|http2|https|dgram|child_process|cluster|timers|timers/promises|worker_threads|dns|tls|readline)$|(^|/)node_modules/(level|classic-level|@grpc|pino|prom-client)/",
      },
    },
    {
      name: "core-no-shell-imports",
      comment: "core/ must not import the server shell around it",
      severity: "error",
      from: { path: "(^|/)core/" },
      to: { path: "^(common/(grpc|http|log|shutdown)|.*/server)" },
    },
    {
      name: "no-circular",
      comment: "no import cycles at run time (type-only cycles are harmless)",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^dist/|^proto/gen/)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".d.ts"],
    },
  },
};
