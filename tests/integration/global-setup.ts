/** Starts the test Neo4j once for the whole run (reusing it when it already runs) and applies the schema. */
import { localNeo4jStatus, stopLocalNeo4j } from "../../src/db/local.ts";
import { openTestGraph } from "../support/graph.ts";
import { testConfig } from "../support/test-config.ts";

export default async function setup(): Promise<() => Promise<void>> {
  const config = testConfig();
  const wasRunning = config.NEO4J_URI ? true : localNeo4jStatus(config).running;
  const graph = await openTestGraph();
  await graph.close();
  // Leave a server that was already up (a developer's), stop one this run started (CI).
  return async () => {
    if (!wasRunning && process.env.CI) await stopLocalNeo4j(config);
  };
}
