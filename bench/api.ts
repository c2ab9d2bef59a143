/**
 * `npm run bench:api [-- --docs N --seed S --requests R --seconds T]`: the GraphQL API over real
 * HTTP (loopback, the server in a process of its own) against a graph of generated documents,
 * five questions at 1 and 32 concurrent clients; in the same run the floor: the same questions
 * as hand-written Cypher through the driver alone. Prints a Markdown table with both and the ratio.
 *
 * The graph lives in its own Neo4j (.neo4j-bench-api, port 7692 unless KG_BENCH_API_NEO4J_PORT):
 * bench:ingest empties .neo4j-bench, so sharing it would reload the corpus every time. Ingest is
 * skipped when that database already holds exactly this corpus.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { Command } from "commander";
import { PROJECT_ROOT, type Config } from "../src/config.ts";
import { connectGraph, type Graph } from "../src/graph/driver.ts";
import { neighborhood } from "../src/graph/read/neighborhood.ts";
import { shortestPaths } from "../src/graph/read/paths.ts";
import { searchEntities } from "../src/graph/read/search.ts";
import { applySchema } from "../src/graph/schema.ts";
import { ingest, type IngestItem } from "../src/ingest/pipeline.ts";
import { documentId } from "../src/resolve/keys.ts";
import { searchKey } from "../src/text/fold.ts";
import { generateCorpus } from "./corpus/generate.ts";
import { benchConfig, emptyBenchGraph } from "./support/bench-graph.ts";
import { machine } from "./support/machine.ts";

const opts = new Command("bench:api")
  .option("--docs <n>", "generated documents in the graph", (v) => Number.parseInt(v, 10), 10_000)
  .option("--seed <n>", "corpus seed", (v) => Number.parseInt(v, 10), 1)
  .option("--requests <n>", "requests per measurement, at most", (v) => Number.parseInt(v, 10), 400)
  .option("--seconds <n>", "seconds per measurement, at most", (v) => Number.parseFloat(v), 6)
  .parse()
  .opts<{ docs: number; seed: number; requests: number; seconds: number }>();

const CONCURRENCY = [1, 32];
const DB_DIR = join(PROJECT_ROOT, ".neo4j-bench-api");
const DB_PORT = Number(process.env.KG_BENCH_API_NEO4J_PORT ?? 7692);
const config: Config = { ...benchConfig(), KG_DB_DIR: DB_DIR, KG_NEO4J_PORT: DB_PORT };
const log = (line: string) => process.stderr.write(`${line}\n`);

// ---- the graph ---------------------------------------------------------------------------

const items: IngestItem[] = [];
for (const doc of generateCorpus({ docs: opts.docs, seed: opts.seed })) items.push({ file: `${doc.name}.txt`, text: doc.text, meta: doc.meta });
const sourceOf = (i: IngestItem) => (i.error === undefined ? (i.meta.source ?? i.file) : i.file);

const graph = await connectGraph(config);
await applySchema(graph);
if (!(await holdsCorpus(graph))) {
  log(`loading ${items.length} generated documents (seed ${opts.seed}) into ${DB_DIR}…`);
  await emptyBenchGraph(graph);
  const report = await ingest(graph, items, { batchSize: 200 });
  if (report.failed.length) throw new Error(`bench:api: ${report.failed.length} documents failed, first: ${JSON.stringify(report.failed[0])}`);
  log(`loaded in ${report.seconds.toFixed(0)} s`);
}

/** Exactly this corpus: as many documents, and the first and last of them present. */
async function holdsCorpus(g: Graph): Promise<boolean> {
  const ids = [items[0]!, items.at(-1)!].map((i) => documentId(sourceOf(i)));
  const r = await g.read("MATCH (d:Document) WITH count(d) AS n OPTIONAL MATCH (x:Document) WHERE x.id IN $ids RETURN n, count(x) AS found", { ids });
  return r.records[0]?.get("n") === items.length && r.records[0]?.get("found") === 2;
}

// ---- what to ask (chosen once, untimed) ---------------------------------------------------

const pick = async (cypher: string) => (await graph.read(cypher)).records.map((r) => r.toObject());
// The directive carried out by the median number of meetings, among those carried out at all.
const directives = await pick("MATCH (d:Directive)<-[:IMPLEMENTS]-(m:Meeting) WITH d, count(DISTINCT m) AS n RETURN d.key AS key, n ORDER BY n, key");
const headline = directives[Math.floor(directives.length / 2)]!;
const persons = (await pick("MATCH (p:Person)-[:CHAIRED]->(:Meeting) WITH DISTINCT p RETURN p.id AS id, p.name AS name ORDER BY id LIMIT 64")) as Array<{ id: string; name: string }>;
const meetings = (await pick("MATCH (m:Meeting) RETURN m.id AS id ORDER BY id LIMIT 64")).map((r) => r.id as string);
let turn = 0;
const next = <T>(pool: T[]): T => pool[turn++ % pool.length]!;

interface Question {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  floor: (v: Record<string, unknown>) => Promise<unknown>;
}

const HEADLINE = `query($key: String!) { directive(key: $key) { key issuer meetings { title date chairedBy { name offices { title } } attendedBy { name } } } }`;
const TWO_LEVELS = `query($id: ID!) { person(id: $id) { name chaired { meeting { title date attendedBy { name } } } } }`;

const questions: Question[] = [
  {
    name: `headline query (${headline.key}, ${headline.n} meetings)`,
    query: HEADLINE,
    variables: () => ({ key: headline.key }),
    floor: (v) => graph.read(
      `MATCH (d:Directive {key: $key})
       RETURN d.key AS key, d.issuer AS issuer, COLLECT {
         MATCH (d)<-[:IMPLEMENTS]-(m:Meeting) WITH DISTINCT m
         RETURN m {.title, .date,
           chairedBy: COLLECT { MATCH (p:Person)-[:CHAIRED]->(m) WITH DISTINCT p
             RETURN p {.name, offices: COLLECT { MATCH (p)-[:HOLDS]->(o:Office) WITH DISTINCT o RETURN o {.title} }} },
           attendedBy: COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) WHERE NOT (p)-[:CHAIRED]->(m) WITH DISTINCT p RETURN p {.name} }}
       } AS meetings`, v),
  },
  {
    name: "two levels: person → chaired meetings → attendees",
    query: TWO_LEVELS,
    variables: () => ({ id: next(persons).id }),
    floor: (v) => graph.read(
      `MATCH (p:Person {id: $id})
       RETURN p.name AS name, COLLECT {
         MATCH (p)-[:CHAIRED]->(m:Meeting) WITH DISTINCT m
         RETURN m {.title, .date, attendedBy: COLLECT { MATCH (a:Person)-[:ATTENDED]->(m) WHERE NOT (a)-[:CHAIRED]->(m) WITH DISTINCT a RETURN a {.name} }}
       } AS chaired`, v),
  },
  {
    name: "neighborhood, depth 2, limit 100",
    query: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { id kind label } edges { type from to evidence { sentence } } } }`,
    variables: () => ({ id: next(meetings) }),
    floor: (v) => neighborhood(graph, "Meeting", v.id as string, 2, 100),
  },
  {
    name: "paths between two persons, ≤ 4 hops",
    query: `query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 4, first: 3) { length nodes { id label } edges { type evidence { sentence } } } }`,
    variables: () => ({ a: next(persons).id, b: next(persons).id }),
    floor: (v) => (v.a === v.b ? Promise.resolve([]) : shortestPaths(graph, { label: "Person", id: v.a as string }, { label: "Person", id: v.b as string }, 4, 3)),
  },
  {
    name: "search, a name without diacritics",
    query: `query($t: String!) { search(text: $t, first: 10) { score kind label node { id } } }`,
    variables: () => ({ t: searchKey(next(persons).name) }),
    floor: (v) => searchEntities(graph, v.t as string, null, 10),
  },
];

// ---- the API in a process of its own ------------------------------------------------------

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
const apiPort = await freePort();
const url = `http://127.0.0.1:${apiPort}/graphql`;
const server = spawn(join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), [join(PROJECT_ROOT, "src", "cli", "kg.ts"), "serve", "--no-seeds"], {
  env: { ...process.env, NEO4J_URI: "", KG_DB_DIR: DB_DIR, KG_NEO4J_PORT: String(DB_PORT), HOST: "127.0.0.1", PORT: String(apiPort), LOG_LEVEL: "warn", MAX_PAGE_SIZE: "100" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stopServer = () => server.exitCode === null && server.kill("SIGTERM");
process.on("exit", stopServer);
for (let ready = false, deadline = Date.now() + 120_000; !ready; await new Promise((r) => setTimeout(r, 250))) {
  if (Date.now() > deadline || server.exitCode !== null) throw new Error("bench:api: the API server did not become ready");
  ready = await fetch(url.replace("/graphql", "/ready")).then((r) => r.ok, () => false);
}

async function overHttp(q: Question): Promise<void> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q.query, variables: q.variables() }) });
  const body = (await res.json()) as { errors?: Array<{ message: string }> };
  if (!res.ok || body.errors) throw new Error(`bench:api: ${q.name}: ${res.status} ${JSON.stringify(body.errors)}`);
}

// ---- measuring ----------------------------------------------------------------------------

interface Measure {
  rps: number;
  p50: number;
  p99: number;
}

/** `clients` loops sending requests until `requests` were sent or `seconds` passed. */
async function measure(clients: number, once: () => Promise<unknown>): Promise<Measure> {
  for (let i = 0; i < Math.min(20, opts.requests); i++) await once(); // warm plans and caches
  const latencies: number[] = [];
  const deadline = performance.now() + opts.seconds * 1000;
  let sent = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (sent < opts.requests && performance.now() < deadline) {
      sent++;
      const t = performance.now();
      await once();
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}

const rows: string[] = [];
for (const q of questions) {
  for (const clients of CONCURRENCY) {
    log(`${q.name}, ${clients} client(s)…`);
    const api = await measure(clients, () => overHttp(q));
    const floor = await measure(clients, () => q.floor(q.variables()));
    const ms = (v: number) => v.toFixed(1);
    rows.push(`| ${q.name} | ${clients} | ${api.rps.toFixed(0)} | ${ms(api.p50)} | ${ms(api.p99)} | ${floor.rps.toFixed(0)} | ${ms(floor.p50)} | ${ms(floor.p99)} | ${(floor.rps / api.rps).toFixed(2)}× | ${(api.p50 / floor.p50).toFixed(2)}× |`);
  }
}
stopServer();
const stats = await pick("MATCH (n) WITH labels(n)[0] AS label, count(*) AS n RETURN label, n ORDER BY label");
await graph.close();

console.log([
  `Machine: ${machine()}`,
  `Command: npm run bench:api -- --docs ${opts.docs} --seed ${opts.seed} --requests ${opts.requests} --seconds ${opts.seconds}`,
  `Graph: ${stats.map((s) => `${s.n} ${s.label}`).join(", ")}`,
  `Each cell: at most ${opts.requests} requests or ${opts.seconds} s after 20 warm-up requests; API over HTTP on loopback (server in its own process), floor = hand-written Cypher through the driver.`,
  "",
  "| question | clients | API req/s | API p50 ms | API p99 ms | floor req/s | floor p50 ms | floor p99 ms | floor/API throughput | API/floor p50 |",
  "|---|---|---|---|---|---|---|---|---|---|",
  ...rows,
].join("\n"));
process.exit(0);
