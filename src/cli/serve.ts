/**
 * `kg serve` (what `npm start` runs): Neo4j (local unless NEO4J_URI), the schema, the documents
 * in seeds/ (idempotent: unchanged ones are skipped), then GraphQL with GraphiQL.
 */
import { join } from "node:path";
import type { Command } from "commander";
import { startServer } from "../api/server.ts";
import { loadConfig, PROJECT_ROOT } from "../config.ts";
import { connectGraph } from "../graph/driver.ts";
import { applySchema } from "../graph/schema.ts";
import { log } from "../log.ts";
import { ingestPaths, printSummary } from "./ingest.ts";

export function register(program: Command): void {
  program
    .command("serve")
    .description("start Neo4j if needed, ingest seeds/, serve GraphQL")
    .option("--no-seeds", "do not ingest seeds/ at start")
    .action(async (opts: { seeds: boolean }) => {
      const config = loadConfig();
      const graph = await connectGraph(config);
      await applySchema(graph);
      if (opts.seeds) {
        const { report, problems } = await ingestPaths(graph, [join(PROJECT_ROOT, "seeds")], { quiet: true });
        if (report.failed.length > 0 || problems.length > 0) printSummary(report, problems);
        log.info("seeds.ingested", { documents: report.documents, added: report.added, replaced: report.replaced, unchanged: report.unchanged, failed: report.failed.length });
      }
      const server = await startServer(graph, config);
      log.info("server.listening", { url: server.url, graphiql: server.url });
      process.stderr.write(`GraphQL and GraphiQL at ${server.url}\n`);
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info("server.stopping", { signal });
        await server.close();
        await graph.close();
        process.exit(0);
      };
      process.on("SIGINT", () => void stop("SIGINT"));
      process.on("SIGTERM", () => void stop("SIGTERM"));
    });
}
