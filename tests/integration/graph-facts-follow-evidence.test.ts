/**
 * A fact edge (`CHAIRED_FACT`) exists exactly once for every pair of nodes that evidence edges
 * (`CHAIRED`, one per document) link, and never without them: lists, neighborhoods and paths
 * traverse fact edges, so a missing one hides a fact and a stale one shows a retracted fact.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { FACT_TYPE_OF } from "../../src/graph/facts.ts";
import { applySchema } from "../../src/graph/schema.ts";
import { ingest } from "../../src/ingest/pipeline.ts";
import { ingestSeeds } from "../support/api.ts";
import { reviewMeeting } from "../support/documents.ts";
import { emptyGraph, openTestGraph } from "../support/graph.ts";

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => graph?.close());

/** Every way the fact edges disagree with the evidence edges, as readable lines (none: []). */
async function disagreements(): Promise<string[]> {
  const missing = await graph.read(
    `MATCH (a)-[r]->(b) WHERE type(r) IN keys($facts)
     WITH DISTINCT a, type(r) AS type, b
     WHERE NOT EXISTS { MATCH (a)-[s]->(b) WHERE type(s) = $facts[type] }
     RETURN 'no fact edge: ' + type + ' ' + coalesce(a.id, a.name) + ' → ' + coalesce(b.id, b.name) AS line`,
    { facts: FACT_TYPE_OF },
  );
  const extra = await graph.read(
    `MATCH (a)-[s]->(b) WHERE type(s) IN $factTypes
     WITH a, type(s) AS factType, b, count(s) AS n
     WITH a, factType, b, n, [t IN keys($facts) WHERE $facts[t] = factType][0] AS type
     WHERE n > 1 OR NOT EXISTS { MATCH (a)-[r]->(b) WHERE type(r) = type }
     RETURN CASE WHEN n > 1 THEN toString(n) + ' fact edges: ' ELSE 'no evidence: ' END + factType + ' ' + coalesce(a.id, a.name) + ' → ' + coalesce(b.id, b.name) AS line`,
    { facts: FACT_TYPE_OF, factTypes: Object.values(FACT_TYPE_OF) },
  );
  return [...missing.records, ...extra.records].map((r) => r.get("line") as string);
}

async function factCount(): Promise<number> {
  const result = await graph.read("MATCH ()-[s]->() WHERE type(s) IN $types RETURN count(s) AS n", { types: Object.values(FACT_TYPE_OF) });
  return result.records[0]!.get("n");
}

/** The fact types between the person named `name` and any meeting. */
async function meetingFactsOf(name: string): Promise<string[]> {
  const result = await graph.read("MATCH (:Person {name: $name})-[s]->(:Meeting) RETURN type(s) AS type ORDER BY type", { name });
  return result.records.map((r) => r.get("type") as string).filter((t) => t.endsWith("_FACT"));
}

it("ingesting the seeds writes one fact edge per linked pair, several documents or not", async () => {
  await emptyGraph(graph);
  expect((await ingestSeeds(graph)).failed).toEqual([]);
  expect(await disagreements()).toEqual([]);
  // Several seeds report the same offices: fewer facts than evidence edges.
  const holds = await graph.read(`CALL { MATCH ()-[r:HOLDS]->() RETURN count(r) AS evidence } CALL { MATCH ()-[s:HOLDS_FACT]->() RETURN count(s) AS facts } RETURN evidence, facts`);
  const { evidence, facts } = holds.records[0]!.toObject() as { evidence: number; facts: number };
  expect(facts).toBeGreaterThan(0);
  expect(facts).toBeLessThan(evidence);
});

it("a new version takes away the facts only it supported and keeps those another document supports", async () => {
  await emptyGraph(graph);
  const meeting = { province: "Ninh Thuận", day: "23/5", office: "Chủ tịch UBND tỉnh" };
  await ingest(graph, [
    reviewMeeting({ ...meeting, source: "paper-a/7", chair: "Trần Quốc Nam", attendee: "Phạm Văn Hậu" }),
    reviewMeeting({ ...meeting, source: "paper-b/7", chair: "Trần Quốc Nam" }),
  ]);
  expect(await meetingFactsOf("Phạm Văn Hậu")).toEqual(["ATTENDED_FACT"]);

  // Paper A corrects itself: Phạm Văn Hậu chaired, Trần Quốc Nam attended. Paper B still says Nam chaired.
  await ingest(graph, [reviewMeeting({ ...meeting, source: "paper-a/7", chair: "Phạm Văn Hậu", attendee: "Trần Quốc Nam" })]);
  expect(await meetingFactsOf("Phạm Văn Hậu")).toEqual(["CHAIRED_FACT"]);
  expect(await meetingFactsOf("Trần Quốc Nam")).toEqual(["ATTENDED_FACT", "CHAIRED_FACT"]);
  expect(await disagreements()).toEqual([]);

  // Paper B corrects itself too: nobody says Nam chaired any more.
  await ingest(graph, [reviewMeeting({ ...meeting, source: "paper-b/7", chair: "Phạm Văn Hậu", attendee: "Trần Quốc Nam" })]);
  expect(await meetingFactsOf("Trần Quốc Nam")).toEqual(["ATTENDED_FACT"]);
  expect(await disagreements()).toEqual([]);
});

it("a graph written before fact edges existed gets them when the schema is applied", async () => {
  await emptyGraph(graph);
  expect((await ingestSeeds(graph)).failed).toEqual([]);
  const before = await factCount();
  await graph.write("MATCH ()-[s]->() WHERE type(s) IN $types DELETE s", { types: Object.values(FACT_TYPE_OF) });
  expect(await disagreements()).not.toEqual([]);

  await applySchema(graph);
  expect(await factCount()).toBe(before);
  expect(await disagreements()).toEqual([]);
  // Applied again, it finds nothing to do.
  await applySchema(graph);
  expect(await factCount()).toBe(before);
});
