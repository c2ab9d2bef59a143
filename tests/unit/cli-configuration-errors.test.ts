// A bad setting or a missing tool stops a command with one line saying what to do, before anything starts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

const root = join(import.meta.dirname, "../..");

describe("configuration errors", () => {
  it("lists every bad variable with what it must be", () => {
    const attempt = () => loadConfig({ PORT: "abc", NEO4J_URI: "http://x", INGEST_TOKEN: "short", LOG_LEVEL: "loud" });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    for (const name of ["PORT", "NEO4J_URI", "INGEST_TOKEN", "LOG_LEVEL"]) expect(message).toContain(`${name}:`);
  });

  it("asks for credentials with NEO4J_URI", () => {
    expect(() => loadConfig({ NEO4J_URI: "bolt://db:7687" })).toThrow(/NEO4J_USER and NEO4J_PASSWORD must be set/);
  });

  it("makes kg exit 1 with a one-line message and no stack", { timeout: 60_000 }, () => {
    const r = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "src/cli/kg.ts"), "stats"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PORT: "abc", LOG_LEVEL: "info" },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^kg: invalid configuration:\n {2}PORT: /);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("says what to install, or how to do without, when java is missing", { timeout: 60_000 }, () => {
    // A PATH with node alone: no java, no mvn.
    const bin = mkdtempSync(join(tmpdir(), "kg-nojava-"));
    symlinkSync(process.execPath, join(bin, "node"));
    const r = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "src/cli/kg.ts"), "db", "start"], {
      cwd: root,
      encoding: "utf8",
      env: { PATH: bin, KG_DB_DIR: join(bin, "db"), KG_NEO4J_PORT: "7799", LOG_LEVEL: "warn" },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^kg: Java 17 \(`java`\) is needed .*apt-get install openjdk-17.*NEO4J_URI.*docker compose up/s);
  });
});
