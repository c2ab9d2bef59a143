/**
 * The benchmarks' own local Neo4j (folder .neo4j-bench, port 7691 unless KG_BENCH_NEO4J_PORT),
 * so that a run neither touches the service's data nor the tests'. NEO4J_BENCH_URI points
 * elsewhere instead.
 */
import { join } from "node:path";
import { loadConfig, PROJECT_ROOT, separateDatabaseEnv, type Config } from "../../src/config.ts";
import { connectGraph, type Graph } from "../../src/graph/driver.ts";
import { applySchema } from "../../src/graph/schema.ts";

export function benchConfig(): Config {
  return loadConfig(
    separateDatabaseEnv("NEO4J_BENCH", {
      dir: ".neo4j-bench",
      port: process.env.KG_BENCH_NEO4J_PORT ?? "7691",
      heap: process.env.KG_NEO4J_HEAP ?? "4g",
      pagecache: process.env.KG_NEO4J_PAGECACHE ?? "2g",
    }),
  );
}

/**
 * The local database of `npm run bench` for a corpus of `docs` documents (.neo4j-bench-<docs>),
 * on port 7693 (KG_BENCH_COMPARE_NEO4J_PORT) + `index`, its place in the run's --sizes.
 */
export function corpusBenchConfig(docs: number, index: number): Config {
  return {
    ...benchConfig(),
    NEO4J_URI: undefined,
    KG_DB_DIR: join(PROJECT_ROOT, `.neo4j-bench-${docs}`),
    KG_NEO4J_PORT: Number(process.env.KG_BENCH_COMPARE_NEO4J_PORT ?? 7693) + index,
    KG_NEO4J_PAGECACHE: process.env.KG_NEO4J_PAGECACHE ?? "4g",
  };
}

export async function openBenchGraph(): Promise<Graph> {
  const graph = await connectGraph(benchConfig());
  await applySchema(graph);
  return graph;
}

/** Empties the database in chunks (one transaction for a large graph would need a large heap). */
export async function emptyBenchGraph(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    // Relationships first: a hub node (a province, a much-cited directive) has so many that
    // detaching it inside one small transaction can exceed Neo4j's transaction memory.
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS");
  } finally {
    await session.close();
  }
}
