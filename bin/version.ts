import { readFileSync } from "node:fs";

/** The package version, read once from package.json (two levels up from dist/bin or one from bin). */
function readVersion(): string {
  for (const rel of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "magnetar" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // Not at this level; try the next.
    }
  }
  return "0.0.0";
}

export const VERSION = readVersion();
