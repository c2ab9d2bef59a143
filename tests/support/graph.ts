/** The real test Neo4j, emptied on request, for integration tests. */
import { connectGraph, type Graph } from "../../src/graph/driver.ts";
import { applySchema } from "../../src/graph/schema.ts";
import { testConfig } from "./test-config.ts";

export async function openTestGraph(): Promise<Graph> {
  const graph = await connectGraph(testConfig());
  await applySchema(graph);
  return graph;
}

/** Deletes every node and relationship (Community has one user database: test files share it, one at a time). */
export async function emptyGraph(graph: Graph): Promise<void> {
  await graph.write("MATCH (n) DETACH DELETE n");
}
