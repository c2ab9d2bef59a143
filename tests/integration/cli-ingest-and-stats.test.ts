/**
 * `kg ingest` as a user runs it: files, folders and globs, a summary naming failures, exit 1 when
 * any failed, nothing new on a second run; `kg stats` prints stable `name count` lines.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.ts";
import type { Graph } from "../../src/graph/driver.ts";
import { emptyGraph, openTestGraph } from "../support/graph.ts";
import { testEnv } from "../support/test-config.ts";

const kg = (...args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), join(PROJECT_ROOT, "src/cli/kg.ts"), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: testEnv(),
  });

let graph: Graph;
let dir: string;
beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  dir = mkdtempSync(join(tmpdir(), "kg-cli-ingest-"));
  mkdirSync(join(dir, "a"));
  mkdirSync(join(dir, "b"));
  for (const stem of ["chi-thi-39-tong-ket-10-nam", "ninh-thuan-nq33-tong-ket-10-nam"]) {
    copyFileSync(join(PROJECT_ROOT, "seeds", `${stem}.txt`), join(dir, "a", `${stem}.txt`));
    copyFileSync(join(PROJECT_ROOT, "seeds", `${stem}.meta.json`), join(dir, "a", `${stem}.meta.json`));
  }
  copyFileSync(join(PROJECT_ROOT, "seeds", "thanh-hoa-hoi-nghi-tinh-uy-lan-21.txt"), join(dir, "b", "thanh-hoa.txt"));
  writeFileSync(join(dir, "b", "broken.txt"), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
  writeFileSync(join(dir, "b", "bad-meta.txt"), "Tiêu đề\n\nNội dung.");
  writeFileSync(join(dir, "b", "bad-meta.meta.json"), "{ not json");
});
afterAll(async () => graph?.close());

describe("kg ingest and kg stats", () => {
  it("ingests folders and globs, names each failed file with its reason, and exits 1", () => {
    const r = kg("ingest", join(dir, "a"), join(dir, "b", "*.txt"), join(dir, "missing.txt"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/documents 5 \(added 3, replaced 0, unchanged 0, failed 3\)/);
    expect(r.stderr).toContain(`failed ${join(dir, "b", "broken.txt")}:`);
    expect(r.stderr).toContain(`failed ${join(dir, "b", "bad-meta.txt")}:`);
    expect(r.stderr).toMatch(/bad-meta\.meta\.json/);
    expect(r.stderr).toContain(`failed ${join(dir, "missing.txt")}: no such file`);
  });

  it("changes nothing when run again, and exits 0 when nothing failed", () => {
    const r = kg("ingest", join(dir, "a"));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/documents 2 \(added 0, replaced 0, unchanged 2, failed 0\)/);
  });

  it("prints one `name count` line per label, then per relationship type, each group sorted", () => {
    const r = kg("stats");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Za-z_]* \d+$/);
    const names = lines.map((l) => l.split(" ")[0]!);
    const labels = names.filter((n) => /^[A-Z][a-z]/.test(n));
    const types = names.filter((n) => /^[A-Z_]+$/.test(n));
    expect(names).toEqual([...labels, ...types]);
    expect(labels).toEqual([...labels].sort());
    expect(types).toEqual([...types].sort());
    expect(lines).toContain("Document 3");
    expect(kg("stats").stdout).toBe(r.stdout);
  });
});
