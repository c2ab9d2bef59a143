/** `kg db start|stop|status`: the local Neo4j (ignored when NEO4J_URI points elsewhere). */
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { ensureLocalNeo4j, localNeo4jStatus, stopLocalNeo4j } from "../db/local.ts";

export function register(program: Command): void {
  const db = program.command("db").description("the local Neo4j server (when NEO4J_URI is not set)");
  db.command("start")
    .description("fetch (first time) and start the local Neo4j; reuse it if running")
    .action(async () => {
      const local = await ensureLocalNeo4j(loadConfig());
      console.log(`running ${local.uri} (user neo4j, password in ${local.dir}/password, log ${local.logFile})`);
    });
  db.command("stop")
    .description("stop the local Neo4j")
    .action(async () => {
      console.log((await stopLocalNeo4j(loadConfig())) ? "stopped" : "not running");
    });
  db.command("status")
    .description("is the local Neo4j running, where are its files")
    .action(() => {
      const s = localNeo4jStatus(loadConfig());
      console.log(s.running ? `running pid ${s.pid} bolt://127.0.0.1:${s.port}` : "not running");
      console.log(`dir ${s.dir}${s.installed ? "" : " (Neo4j not fetched yet)"}`);
      console.log(`log ${s.logFile}`);
    });
}
