/** A broken document fails alone: the rest of its batch lands and nothing of it does. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { readItems } from "../../src/ingest/files.ts";
import { ingest, type IngestItem } from "../../src/ingest/pipeline.ts";
import { reviewMeeting } from "../support/documents.ts";
import { emptyGraph, openTestGraph } from "../support/graph.ts";

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => graph?.close());

const good = (n: number): IngestItem =>
  reviewMeeting({ source: `paper/${n}`, province: "Ninh Thuận", day: `${n}/5`, chair: `Nguyễn Văn ${["An", "Bình", "Cường", "Dũng", "Hải"][n % 5]}`, office: "Bí thư Tỉnh ủy" });

const documentSources = async () =>
  (await graph.read("MATCH (d:Document) RETURN d.source AS s ORDER BY s")).records.map((r) => r.get("s"));

describe("failures during ingestion", () => {
  it("reports unreadable files by name and ingests the others of the batch", async () => {
    await emptyGraph(graph);
    const dir = mkdtempSync(join(tmpdir(), "kg-ingest-"));
    writeFileSync(join(dir, "ok.txt"), good(1).error === undefined ? (good(1) as { text: string }).text : "");
    writeFileSync(join(dir, "ok.meta.json"), JSON.stringify({ source: "paper/ok", province: "Ninh Thuận", publishedAt: "2024-05-01" }));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x48, 0xe9, 0x20, 0x6e, 0xf4, 0x69]));
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const files = ["latin1.txt", "ok.txt", "binary.txt"].map((f) => join(dir, f));
    const report = await ingest(graph, readItems(files), { batchSize: 10 });
    expect(report.added).toBe(1);
    expect(report.failed.map((f) => f.file)).toEqual([files[0], files[2]]);
    for (const f of report.failed) expect(f.reason.length).toBeGreaterThan(5);
    expect(await documentSources()).toEqual(["paper/ok"]);
  });

  it("writes the rest of a batch when the database rejects one document, and nothing of that one", async () => {
    await emptyGraph(graph);
    // A province name too long for Neo4j's property index: the database refuses the meeting.
    const broken = reviewMeeting({ source: "paper/broken", province: "Ninh Thuận", day: "9/5", chair: "Lê Văn Tám", office: "Bí thư Tỉnh ủy" });
    if (broken.error === undefined) broken.meta.province = "Ninh Thuận ".repeat(2000);
    const report = await ingest(graph, [good(1), good(2), broken, good(3)], { batchSize: 10 });
    expect(report.added).toBe(3);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.file).toBe("paper/broken.txt");
    expect(report.failed[0]!.reason).toMatch(/not written/);
    expect(await documentSources()).toEqual(["paper/1", "paper/2", "paper/3"]);
    const orphans = await graph.read("MATCH (p:Person {name: 'Lê Văn Tám'}) RETURN count(p) AS n");
    expect(orphans.records[0]!.get("n")).toBe(0);
  });
});
