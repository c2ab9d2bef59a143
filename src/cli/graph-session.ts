/** Opens the graph for a command (config, Neo4j, schema) and always closes it. */
import { loadConfig, type Config } from "../config.ts";
import { connectGraph, type Graph } from "../graph/driver.ts";
import { applySchema } from "../graph/schema.ts";

export async function withGraph<T>(work: (graph: Graph, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const graph = await connectGraph(config);
  try {
    await applySchema(graph);
    return await work(graph, config);
  } finally {
    await graph.close();
  }
}
