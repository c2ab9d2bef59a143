/**
 * `kg ingest` given input that would lose or duplicate facts refuses it, names the file and why,
 * exits 1, and leaves what the graph holds as it was: an empty file with a known source, two files
 * claiming one source, the same file written three ways, paths naming no document, a day that is
 * not on the calendar, a batch size that is not a number.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.ts";
import type { Graph } from "../../src/graph/driver.ts";
import { emptyGraph, openTestGraph } from "../support/graph.ts";
import { testEnv } from "../support/test-config.ts";

const kgFrom = (caller: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, "node_modules/tsx/dist/cli.mjs"), join(PROJECT_ROOT, "src/cli/kg.ts"), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...testEnv(), INIT_CWD: caller },
  });

const SEED = "chi-thi-39-tong-ket-10-nam";
let graph: Graph;
let dir: string;

const counts = async () => {
  const r = await graph.read("MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships");
  return { nodes: Number(r.records[0]!.get("nodes")), relationships: Number(r.records[0]!.get("relationships")) };
};
const chairsOf39 = async () =>
  (await graph.read("MATCH (:Directive {key: '39-CT/TW'})<-[:IMPLEMENTS_FACT]-(:Meeting)<-[:CHAIRED_FACT]-(p:Person) RETURN p.name AS name")).records.map((r) => r.get("name"));
const sources = async () => (await graph.read("MATCH (d:Document) RETURN d.source AS s ORDER BY s")).records.map((r) => r.get("s"));

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  dir = mkdtempSync(join(tmpdir(), "kg-bad-input-"));
  for (const sub of ["seed", "empty", "copies", "plain", "notxt", "baddate"]) mkdirSync(join(dir, sub));
  copyFileSync(join(PROJECT_ROOT, "seeds", `${SEED}.txt`), join(dir, "seed", `${SEED}.txt`));
  copyFileSync(join(PROJECT_ROOT, "seeds", `${SEED}.meta.json`), join(dir, "seed", `${SEED}.meta.json`));
  const r = kgFrom(PROJECT_ROOT, "ingest", join(dir, "seed"));
  expect(r.status).toBe(0);
});
afterAll(async () => graph?.close());

describe("kg ingest refuses input that would lose or duplicate facts", () => {
  it("refuses an empty file whose sidecar names a document in the graph, and keeps that document's facts", async () => {
    const before = await counts();
    const chairs = await chairsOf39();
    expect(chairs.length).toBeGreaterThan(0);
    writeFileSync(join(dir, "empty", "truncated.txt"), "\n  \n");
    copyFileSync(join(PROJECT_ROOT, "seeds", `${SEED}.meta.json`), join(dir, "empty", "truncated.meta.json"));
    const r = kgFrom(PROJECT_ROOT, "ingest", join(dir, "empty", "truncated.txt"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`failed ${join(dir, "empty", "truncated.txt")}: empty file (no text): nothing to read`);
    expect(await counts()).toEqual(before);
    expect(await chairsOf39()).toEqual(chairs);
  });

  it("refuses the second of two files with one source, naming the first, and keeps the first", async () => {
    const source = JSON.parse(readFileSync(join(PROJECT_ROOT, "seeds", `${SEED}.meta.json`), "utf8")) as { source: string };
    const other = "ninh-thuan-nq33-tong-ket-10-nam";
    copyFileSync(join(PROJECT_ROOT, "seeds", `${SEED}.txt`), join(dir, "copies", "a.txt"));
    copyFileSync(join(PROJECT_ROOT, "seeds", `${SEED}.meta.json`), join(dir, "copies", "a.meta.json"));
    copyFileSync(join(PROJECT_ROOT, "seeds", `${other}.txt`), join(dir, "copies", "b.txt"));
    copyFileSync(join(PROJECT_ROOT, "seeds", `${SEED}.meta.json`), join(dir, "copies", "b.meta.json"));
    const before = await counts();
    const r = kgFrom(PROJECT_ROOT, "ingest", join(dir, "copies"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/documents 2 \(added 0, replaced 0, unchanged 1, failed 1\)/);
    expect(r.stderr).toContain(`failed ${join(dir, "copies", "b.txt")}: same source as ${join(dir, "copies", "a.txt")} (${source.source})`);
    expect(await counts()).toEqual(before);
  });

  it("takes one file written three ways for one document, and a second run for no change", async () => {
    writeFileSync(join(dir, "plain", "tin.txt"), readFileSync(join(PROJECT_ROOT, "seeds", "thanh-hoa-hoi-nghi-tinh-uy-lan-21.txt")));
    const first = kgFrom(dir, "ingest", "plain/tin.txt", "./plain/tin.txt", join(dir, "plain", "tin.txt"));
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/documents 1 \(added 1, replaced 0, unchanged 0, failed 0\)/);
    const again = kgFrom(join(dir, "plain"), "ingest", "./tin.txt");
    expect(again.stderr).toMatch(/documents 1 \(added 0, replaced 0, unchanged 1, failed 0\)/);
    expect((await sources()).filter((s: string) => s.endsWith("tin.txt"))).toEqual([join(dir, "plain", "tin.txt")]);
  });

  it("names paths that hold no document, a day not on the calendar and a batch size that is no number", async () => {
    writeFileSync(join(dir, "notxt", "readme.md"), "Tiêu đề\n\nNội dung.");
    writeFileSync(join(dir, "baddate", "a.txt"), "Tiêu đề\n\nSáng 5/6, Tỉnh ủy tổ chức hội nghị.");
    writeFileSync(join(dir, "baddate", "a.meta.json"), JSON.stringify({ source: "paper/baddate", publishedAt: "2024-02-31" }));
    const before = await counts();
    const r = kgFrom(PROJECT_ROOT, "ingest", join(dir, "notxt"), join(dir, "notxt", "readme.md"), join(dir, "baddate"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`failed ${join(dir, "notxt")}: no .txt file in this folder`);
    expect(r.stderr).toContain(`failed ${join(dir, "notxt", "readme.md")}: not a .txt file`);
    expect(r.stderr).toContain(`${join(dir, "baddate", "a.meta.json")}: invalid meta: publishedAt: not a day of the calendar (YYYY-MM-DD)`);
    expect(await counts()).toEqual(before);
    const batch = kgFrom(PROJECT_ROOT, "ingest", "--batch-size", "abc", join(dir, "seed"));
    expect(batch.status).not.toBe(0);
    expect(batch.stderr).toMatch(/--batch-size.*expected a whole number above zero/);
  });
});
