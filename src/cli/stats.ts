/** `kg stats`: one `name count` line per label, then per relationship type. */
import type { Command } from "commander";
import { graphStats } from "../graph/read/stats.ts";
import { withGraph } from "./graph-session.ts";

export function register(program: Command): void {
  program
    .command("stats")
    .description("count nodes per label and relationships per type")
    .action(() =>
      withGraph(async (graph) => {
        const stats = await graphStats(graph);
        for (const { name, count } of [...stats.labels, ...stats.relationships]) console.log(`${name} ${count}`);
      }),
    );
}
