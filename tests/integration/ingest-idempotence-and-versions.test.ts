/** Ingesting again changes nothing; a new version of a document replaces only what it alone said. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.ts";
import type { Graph } from "../../src/graph/driver.ts";
import { ingest, type IngestItem } from "../../src/ingest/pipeline.ts";
import { reviewMeeting } from "../support/documents.ts";
import { emptyGraph, openTestGraph } from "../support/graph.ts";
import { snapshot } from "../support/snapshot.ts";

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => graph?.close());

function seedItems(): IngestItem[] {
  const dir = join(PROJECT_ROOT, "seeds");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({
      file: join(dir, f),
      text: readFileSync(join(dir, f), "utf8"),
      meta: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, ".meta.json")), "utf8")),
    }));
}

describe("idempotent ingestion", () => {
  it("leaves counts and every property unchanged when the seeds are ingested again", async () => {
    await emptyGraph(graph);
    const first = await ingest(graph, seedItems(), { batchSize: 4 });
    expect(first.added).toBe(first.documents);
    expect(first.failed).toEqual([]);
    const before = await snapshot(graph);
    expect(before.nodes.length).toBeGreaterThan(40);

    const again = await ingest(graph, seedItems(), { batchSize: 4 });
    expect(again).toMatchObject({ added: 0, replaced: 0, unchanged: first.documents, failed: [] });
    expect(again.counts.nodesCreated + again.counts.relationshipsCreated + again.counts.propertiesSet).toBe(0);
    expect(await snapshot(graph)).toEqual(before);
  });

  it("gives the same graph whatever the batch size", async () => {
    await emptyGraph(graph);
    await ingest(graph, seedItems(), { batchSize: 100 });
    const whole = await snapshot(graph, { timestamps: false });
    await emptyGraph(graph);
    await ingest(graph, seedItems(), { batchSize: 1 });
    expect(await snapshot(graph, { timestamps: false })).toEqual(whole);
  });
});

describe("a new version of a document", () => {
  it("replaces the facts only it supported and keeps those another document supports", async () => {
    await emptyGraph(graph);
    const v1 = reviewMeeting({ source: "paper-a/42", province: "Ninh Thuận", day: "23/5", chair: "Trần Quốc Nam", office: "Chủ tịch UBND tỉnh", attendee: "Phạm Văn Hậu" });
    const other = reviewMeeting({ source: "paper-b/42", province: "Ninh Thuận", day: "23/5", chair: "Trần Quốc Nam", office: "Chủ tịch UBND tỉnh", attendee: "Phạm Văn Hậu" });
    await ingest(graph, [v1, other]);

    // The first paper corrects its report: another chair, no attendee named.
    const v2 = reviewMeeting({ source: "paper-a/42", province: "Ninh Thuận", day: "23/5", chair: "Lê Huyền", office: "Phó Chủ tịch UBND tỉnh" });
    const report = await ingest(graph, [v2]);
    expect(report).toMatchObject({ replaced: 1, added: 0, failed: [] });

    const chairs = await graph.read(
      "MATCH (p:Person)-[r:CHAIRED]->(:Meeting) RETURN p.name AS name, collect(r.doc) AS docs ORDER BY name",
    );
    const docIds = await graph.read("MATCH (d:Document) RETURN d.source AS source, d.id AS id");
    const idOf = Object.fromEntries(docIds.records.map((r) => [r.get("source"), r.get("id")]));
    expect(chairs.records.map((r) => r.toObject())).toEqual([
      { name: "Lê Huyền", docs: [idOf["paper-a/42"]] },
      { name: "Trần Quốc Nam", docs: [idOf["paper-b/42"]] },
    ]);
    const attended = await graph.read("MATCH (p:Person {name: 'Phạm Văn Hậu'})-[r:ATTENDED]->() RETURN collect(r.doc) AS docs");
    expect(attended.records[0]!.get("docs")).toEqual([idOf["paper-b/42"]]);
    const documents = await graph.read("MATCH (d:Document) RETURN count(d) AS n");
    expect(documents.records[0]!.get("n")).toBe(2);
  });

  it("deletes the nodes that only the old version mentioned", async () => {
    await emptyGraph(graph);
    await ingest(graph, [reviewMeeting({ source: "paper-z/1", province: "Cà Mau", day: "1/6", chair: "Đặng Văn Lâm", office: "Bí thư Tỉnh ủy" })]);
    await ingest(graph, [reviewMeeting({ source: "paper-z/1", province: "Cà Mau", day: "1/6", chair: "Hồ Thị Mai", office: "Bí thư Tỉnh ủy" })]);
    const names = await graph.read("MATCH (p:Person) RETURN collect(p.name) AS names");
    expect(names.records[0]!.get("names")).toEqual(["Hồ Thị Mai"]);
  });
});
