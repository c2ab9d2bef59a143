/**
 * Neo4j stopped in the middle of an ingest: a clear error, whole batches or nothing in the
 * graph, and the next run completes to the same graph as an uninterrupted one.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../../src/db/local.ts";
import { connectGraph, type Graph } from "../../src/graph/driver.ts";
import { applySchema } from "../../src/graph/schema.ts";
import { IngestAbortedError, ingest, type IngestItem } from "../../src/ingest/pipeline.ts";
import { reviewMeeting } from "../support/documents.ts";
import { snapshot } from "../support/snapshot.ts";
import { testConfig } from "../support/test-config.ts";

// A local server of its own (even when NEO4J_TEST_URI is set), so that stopping it disturbs nothing else.
const config = testConfig({ NEO4J_URI: "", KG_DB_DIR: ".neo4j-test-stop", KG_NEO4J_PORT: String(Number(process.env.KG_TEST_NEO4J_PORT ?? 7690) + 5) });
const BATCH = 5;

const docs: IngestItem[] = Array.from({ length: 40 }, (_, i) =>
  reviewMeeting({ source: `paper/${i}`, province: "Ninh Thuận", day: `${(i % 28) + 1}/${(i % 12) + 1}`, chair: `Trần Văn ${["Nam", "Bắc", "Đông", "Tây"][i % 4]}`, office: "Bí thư Tỉnh ủy", attendee: "Phạm Văn Hậu" }),
);

let graph: Graph | undefined;
afterAll(async () => {
  await graph?.close();
  await stopLocalNeo4j(config);
});

async function reconnect(): Promise<Graph> {
  await graph?.close();
  await ensureLocalNeo4j(config);
  graph = await connectGraph(config);
  await applySchema(graph);
  return graph;
}

describe("Neo4j stopped mid-ingest", () => {
  // Two server starts and one stop: allow for slow machines.
  it("aborts with a clear error, keeps only whole batches, and the next run completes", { timeout: 300_000 }, async () => {
    let g = await reconnect();
    await g.write("MATCH (n) DETACH DELETE n");
    await ingest(g, docs, { batchSize: BATCH });
    const uninterrupted = await snapshot(g, { timestamps: false });
    await g.write("MATCH (n) DETACH DELETE n");

    let stopped: Promise<boolean> | undefined;
    const error = await ingest(g, docs, {
      batchSize: BATCH,
      onProgress: (done) => {
        if (done >= 2 * BATCH && !stopped) stopped = stopLocalNeo4j(config);
      },
    }).catch((e: unknown) => e);
    await stopped;
    expect(error).toBeInstanceOf(IngestAbortedError);
    expect((error as Error).message).toMatch(/Neo4j became unreachable/);

    g = await reconnect();
    const landed = await g.read("MATCH (d:Document) RETURN d.source AS source, COUNT { (d)-[:MENTIONS]->() } AS mentions");
    const count = landed.records.length;
    expect(count % BATCH).toBe(0);
    expect(count).toBeGreaterThanOrEqual(2 * BATCH);
    expect(count).toBeLessThan(docs.length);
    // Each document that landed has all its mentions (meeting, directive, organization, office, two persons...).
    for (const r of landed.records) expect(r.get("mentions")).toBeGreaterThanOrEqual(5);

    const rerun = await ingest(g, docs, { batchSize: BATCH });
    expect(rerun.unchanged).toBe(count);
    expect(rerun.added).toBe(docs.length - count);
    expect(await snapshot(g, { timestamps: false })).toEqual(uninterrupted);
  });
});
