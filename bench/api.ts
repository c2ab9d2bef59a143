/**
 * `npm run bench:api [-- --docs N --seed S --requests R --seconds T]`: the GraphQL API over real
 * HTTP (loopback, the server in a process of its own) against a graph of generated documents,
 * the five questions of bench/questions.ts at 1 and 32 concurrent clients; in the same run the
 * floor: the same questions as hand-written Cypher through the driver alone, and the HTTP floor:
 * that Cypher behind bare node:http in a process of its own (bench/http-floor.ts), the least any
 * HTTP service pays. Prints a Markdown table with the three and the ratios. `npm run bench` adds
 * @neo4j/graphql and a second corpus size.
 *
 * The graph lives in its own Neo4j (.neo4j-bench-api, port 7692 unless KG_BENCH_API_NEO4J_PORT):
 * bench:ingest empties .neo4j-bench, so sharing it would reload the corpus every time. Ingest is
 * skipped when that database already holds exactly this corpus.
 */
import { join } from "node:path";
import { Command } from "commander";
import { PROJECT_ROOT, type Config } from "../src/config.ts";
import { connectGraph } from "../src/graph/driver.ts";
import { applySchema } from "../src/graph/schema.ts";
import { differencesFromRaw, graphqlAnswer, httpFloorAnswer, overHttp, overHttpFloor, pickQuestions, throughDriver, type Question } from "./questions.ts";
import { benchConfig } from "./support/bench-graph.ts";
import { holdsCorpus, loadCorpus } from "./support/corpus-graph.ts";
import { loadNote, measure, warmUp, WARM_UP_SECONDS } from "./support/load.ts";
import { machine } from "./support/machine.ts";
import { startGraphQLServer } from "./support/servers.ts";

const opts = new Command("bench:api")
  .option("--docs <n>", "generated documents in the graph", (v) => Number.parseInt(v, 10), 10_000)
  .option("--seed <n>", "corpus seed", (v) => Number.parseInt(v, 10), 1)
  .option("--requests <n>", "requests per measurement, at most", (v) => Number.parseInt(v, 10), 2000)
  .option("--seconds <n>", "seconds per measurement, at most", (v) => Number.parseFloat(v), 5)
  .parse()
  .opts<{ docs: number; seed: number; requests: number; seconds: number }>();

const CONCURRENCY = [1, 32];
const DB_DIR = join(PROJECT_ROOT, ".neo4j-bench-api");
const DB_PORT = Number(process.env.KG_BENCH_API_NEO4J_PORT ?? 7692);
const config: Config = { ...benchConfig(), KG_DB_DIR: DB_DIR, KG_NEO4J_PORT: DB_PORT };
const spec = { docs: opts.docs, seed: opts.seed };
const limits = { requests: opts.requests, seconds: opts.seconds };
const log = (line: string) => process.stderr.write(`${line}\n`);

const graph = await connectGraph(config);
await applySchema(graph);
if (!(await holdsCorpus(graph, spec))) {
  log(`loading ${opts.docs} generated documents (seed ${opts.seed}) into ${DB_DIR}…`);
  const report = await loadCorpus(graph, spec);
  log(`loaded in ${report.seconds.toFixed(0)} s`);
}
const questions = await pickQuestions(graph);

// The server reaches the same database: NEO4J_BENCH_URI's, else the local one in DB_DIR.
const database = config.NEO4J_URI
  ? { NEO4J_URI: config.NEO4J_URI, NEO4J_USER: config.NEO4J_USER, NEO4J_PASSWORD: config.NEO4J_PASSWORD }
  : { NEO4J_URI: "", KG_DB_DIR: DB_DIR, KG_NEO4J_PORT: String(DB_PORT) };
const server = await startGraphQLServer("the API server", join(PROJECT_ROOT, "src", "cli", "kg.ts"), ["serve", "--no-seeds"], { ...database, LOG_LEVEL: "warn", MAX_PAGE_SIZE: "100" }, "/ready");

const httpFloor = await startGraphQLServer("the HTTP floor", join(PROJECT_ROOT, "bench", "http-floor.ts"), [], database, "/ready");

const askApi = (q: Question) => overHttp(q.ours, server.url);
const askFloor = (q: Question) => throughDriver(q, graph);
const askHttpFloor = (q: Question) => overHttpFloor(q, httpFloor.origin);

/** Asks `q` once of the three, with the first arguments of its round; null when they returned the same data, else what differed. */
async function mismatch(q: Question): Promise<string | null> {
  const args = q.round[0]!;
  const { differ } = await differencesFromRaw(q, args, graph, { API: graphqlAnswer(q.ours, server.url), "HTTP floor": httpFloorAnswer(q, httpFloor.origin) });
  return differ.length ? `${q.name}: ${differ.join(" and ")} differ from the driver floor for ${JSON.stringify(args)}` : null;
}

log("warming up…");
for (const q of questions) await warmUp([askApi(q), askFloor(q), askHttpFloor(q)], q.round);

const rows: string[] = [];
const mismatches: string[] = [];
for (const q of questions) {
  const differ = await mismatch(q);
  if (differ) mismatches.push(differ);
  for (const clients of CONCURRENCY) {
    log(`${q.name}, ${clients} client(s)…`);
    const api = await measure(clients, askApi(q), q.round, limits);
    const floor = await measure(clients, askFloor(q), q.round, limits);
    const http = await measure(clients, askHttpFloor(q), q.round, limits);
    const ms = (v: number) => v.toFixed(1);
    const ratio = (v: number) => `${v.toFixed(2)}×`;
    const failedCount = api.errors + floor.errors + http.errors;
    const failed = failedCount ? ` (failed: ${api.errors} API, ${floor.errors} floor, ${http.errors} HTTP floor)` : "";
    rows.push(`| ${q.name}${failed} | ${clients} | ${api.rps.toFixed(0)} | ${ms(api.p50)} | ${ms(api.p99)} | ${floor.rps.toFixed(0)} | ${ms(floor.p50)} | ${ms(floor.p99)} | ${http.rps.toFixed(0)} | ${ms(http.p50)} | ${ratio(floor.rps / api.rps)} | ${ratio(floor.rps / http.rps)} | ${ratio(http.rps / api.rps)} |`);
  }
}
server.stop();
httpFloor.stop();
const stats = (await graph.read("MATCH (n) WITH labels(n)[0] AS label, count(*) AS n RETURN label, n ORDER BY label")).records;
await graph.close();

console.log([
  `Machine: ${machine()}`,
  `Command: npm run bench:api -- --docs ${opts.docs} --seed ${opts.seed} --requests ${opts.requests} --seconds ${opts.seconds}`,
  `Graph: ${stats.map((s) => `${s.get("n")} ${s.get("label")}`).join(", ")}`,
  `Each cell: ${loadNote(limits)}, after every question went through all three for ${WARM_UP_SECONDS} s. API: over HTTP on loopback (server in its own process). Floor: hand-written Cypher (bench/cypher.ts) through the driver, from the load generator's process. HTTP floor: the same Cypher behind bare node:http in a process of its own (bench/http-floor.ts), no GraphQL.`,
  mismatches.length ? `Answers that differed (asked once before timing): ${mismatches.join("; ")}` : "Before timing, each question was asked once of the three: they returned the same data.",
  "",
  ...questions.map((q) => `- **${q.name}**: ${q.description}`),
  "",
  "| question | clients | API req/s | API p50 ms | API p99 ms | floor req/s | floor p50 ms | floor p99 ms | HTTP floor req/s | HTTP floor p50 ms | floor/API | floor/HTTP floor | HTTP floor/API |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ...rows,
].join("\n"));
process.exit(0);
