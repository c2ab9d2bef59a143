/**
 * `npm run bench [-- --sizes 10000,100000 --seed S --requests R --seconds T --reingest --report-only]`: for
 * each corpus size, on one machine in one run: ingest (documents/s, facts/s), then the five
 * questions (bench/questions.ts) at 1 and 32 clients through our API, through the Neo4j GraphQL
 * Library (bench/peer/), as raw Cypher through the driver, and as that Cypher behind bare node:http
 * (bench/http-floor.ts, the least an HTTP service costs); the ratios, each server's peak
 * memory, and how latency grows with the corpus. Writes a section of BENCHMARKS.md and
 * bench/results/latency-vs-size.svg.
 *
 * Each size has a Neo4j of its own (.neo4j-bench-<size>, ports from 7693 unless
 * KG_BENCH_COMPARE_NEO4J_PORT), stopped before the next starts: one at a time fits the memory.
 * A database that already holds the corpus is not reloaded; the ingest figures are then those
 * saved by the run that loaded it (bench/out/), unless --reingest. --report-only writes the
 * report again from the last run's results without measuring.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { PROJECT_ROOT } from "../src/config.ts";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../src/db/local.ts";
import { connectGraph, type Graph } from "../src/graph/driver.ts";
import { applySchema } from "../src/graph/schema.ts";
import { differencesFromRaw, graphqlAnswer, httpFloorAnswer, overHttp, overHttpFloor, pickQuestions, throughDriver, type Question } from "./questions.ts";
import { latencySvg } from "./report/latency-svg.ts";
import { compareMarkdown, writeBenchmarksSection } from "./report/markdown.ts";
import type { IngestFigures, QuestionResult, RunResult, SizeResult } from "./report/results.ts";
import { corpusBenchConfig } from "./support/bench-graph.ts";
import { holdsCorpus, loadCorpus, type CorpusSpec } from "./support/corpus-graph.ts";
import { loadNote, measure, warmUp, type Ask, type LoadLimits } from "./support/load.ts";
import { machine } from "./support/machine.ts";
import { startGraphQLServer, type RunningServer } from "./support/servers.ts";

const opts = new Command("bench")
  .option("--sizes <list>", "corpus sizes, documents", (v) => v.split(",").map((s) => Number.parseInt(s, 10)), [10_000, 100_000])
  .option("--seed <n>", "corpus seed", (v) => Number.parseInt(v, 10), 1)
  .option("--requests <n>", "requests per measurement, at most", (v) => Number.parseInt(v, 10), 2000)
  .option("--seconds <n>", "seconds per measurement, at most", (v) => Number.parseFloat(v), 5)
  .option("--reingest", "reload the corpus even when the database holds it, to measure ingest", false)
  .option("--report-only", "measure nothing: write the report again from the last run's bench/out/compare-results.json", false)
  .parse()
  .opts<{ sizes: number[]; seed: number; requests: number; seconds: number; reingest: boolean; reportOnly: boolean }>();

const CONCURRENCY = [1, 32];
const OUT = join(PROJECT_ROOT, "bench", "out");
const RESULTS = join(OUT, "compare-results.json");
const limits: LoadLimits = { requests: opts.requests, seconds: opts.seconds };
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Loads the corpus unless the database holds it and its ingest figures were saved. */
async function ensureCorpus(graph: Graph, spec: CorpusSpec): Promise<IngestFigures> {
  const saved = join(OUT, `ingest-${spec.docs}-seed${spec.seed}.json`);
  if (!opts.reingest && existsSync(saved) && (await holdsCorpus(graph, spec))) {
    log(`${spec.docs} documents already loaded; ingest figures from ${saved}`);
    return JSON.parse(readFileSync(saved, "utf8")) as IngestFigures;
  }
  log(`loading ${spec.docs} generated documents (seed ${spec.seed})…`);
  const report = await loadCorpus(graph, spec, (done) => done % 10_000 === 0 && log(`  ${done} documents`));
  const figures: IngestFigures = { documents: report.documents, facts: report.facts, seconds: report.seconds, measuredAt: new Date().toISOString() };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(saved, JSON.stringify(figures, null, 2));
  return figures;
}

interface Systems {
  ours: RunningServer;
  peer: RunningServer;
  /** The HTTP floor: raw Cypher behind bare node:http (bench/http-floor.ts). */
  http: RunningServer;
  graph: Graph;
}

/** `q` to each system: ours, the peer, raw Cypher, the HTTP floor. */
const asks = (q: Question, { ours, peer, http, graph }: Systems): [Ask, Ask, Ask, Ask] => [
  overHttp(q.ours, ours.url),
  overHttp(q.peer, peer.url),
  throughDriver(q, graph),
  overHttpFloor(q, http.origin),
];

/** Asks each question once of every system, with the first arguments of its round; what differed, or null. */
async function checkAnswers(q: Question, { ours, peer, http, graph }: Systems): Promise<string | null> {
  const args = q.round[0]!;
  let checked;
  try {
    checked = await differencesFromRaw(q, args, graph, {
      "our API": graphqlAnswer(q.ours, ours.url),
      "@neo4j/graphql": graphqlAnswer(q.peer, peer.url),
      "the HTTP floor": httpFloorAnswer(q, http.origin),
    });
  } catch (e) {
    return `not checked for ${JSON.stringify(args)}: ${(e as Error).message.slice(0, 300)}`;
  }
  const { differ, answers } = checked;
  if (!differ.length) return null;
  log(`${q.name}: ${differ.join(" and ")} differ from raw Cypher for ${JSON.stringify(args)}:\n${JSON.stringify(answers).slice(0, 4000)}`);
  return `${differ.join(" and ")} differ from raw Cypher for ${JSON.stringify(args)}`;
}

async function benchSize(docs: number, index: number): Promise<SizeResult> {
  const config = corpusBenchConfig(docs, index);
  const db = await ensureLocalNeo4j(config);
  const servers: RunningServer[] = [];
  const graph = await connectGraph(config);
  try {
    await applySchema(graph);
    const ingest = await ensureCorpus(graph, { docs, seed: opts.seed });
    const questions = await pickQuestions(graph);
    const serverEnv = { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, LOG_LEVEL: "warn" };
    const ours = await startGraphQLServer("our API", join(PROJECT_ROOT, "src", "cli", "kg.ts"), ["serve", "--no-seeds"], { ...serverEnv, MAX_PAGE_SIZE: "100" }, "/ready");
    servers.push(ours);
    const peer = await startGraphQLServer("@neo4j/graphql", join(PROJECT_ROOT, "bench", "peer", "server.ts"), [], serverEnv, "/health");
    servers.push(peer);
    const http = await startGraphQLServer("the HTTP floor", join(PROJECT_ROOT, "bench", "http-floor.ts"), [], serverEnv, "/ready");
    servers.push(http);
    const systems: Systems = { ours, peer, http, graph };

    // Neo4j was just started: its JVM compiles the hot paths over the first thousands of queries.
    // Every question goes through every system first, so that none is measured on a cold server.
    log(`${docs} documents: warming up…`);
    for (const q of questions) await warmUp(asks(q, systems), q.round);

    const results: QuestionResult[] = [];
    for (const q of questions) {
      const result: QuestionResult = { name: q.name, description: q.description, keyBased: q.keyBased, mismatch: await checkAnswers(q, systems), cells: [] };
      for (const clients of CONCURRENCY) {
        log(`${docs} documents: ${q.name}, ${clients} client(s)…`);
        const [askOurs, askPeer, askRaw, askHttp] = asks(q, systems);
        result.cells.push({
          clients,
          ours: await measure(clients, askOurs, q.round, limits),
          peer: await measure(clients, askPeer, q.round, limits),
          raw: await measure(clients, askRaw, q.round, limits),
          http: await measure(clients, askHttp, q.round, limits),
        });
      }
      results.push(result);
    }
    const version = (await graph.read("CALL dbms.components() YIELD versions RETURN versions[0] AS v")).records[0]?.get("v");
    const counts = (await graph.read("MATCH (n) WITH labels(n)[0] AS label, count(*) AS n RETURN label, n ORDER BY label")).records;
    return {
      docs,
      seed: opts.seed,
      neo4j: `Neo4j ${version} Community (local, heap ${config.KG_NEO4J_HEAP}, page cache ${config.KG_NEO4J_PAGECACHE})`,
      graph: counts.map((r) => `${r.get("n")} ${r.get("label")}`).join(", "),
      ingest,
      peakRssMiB: { ours: ours.peakRssMiB(), peer: peer.peakRssMiB() },
      questions: results,
    };
  } finally {
    for (const s of servers) s.stop();
    await graph.close();
    await stopLocalNeo4j(config);
  }
}

/** Measures every size, saving the results after each so that a failure loses only the size it happened in. */
async function measureAll(): Promise<RunResult> {
  const run: RunResult = {
    command: `npm run bench -- --sizes ${opts.sizes.join(",")} --seed ${opts.seed} --requests ${opts.requests} --seconds ${opts.seconds}${opts.reingest ? " --reingest" : ""}`,
    machine: machine(),
    date: new Date().toISOString().slice(0, 10),
    load: loadNote(limits),
    sizes: [],
  };
  mkdirSync(OUT, { recursive: true });
  for (const [i, docs] of opts.sizes.entries()) {
    run.sizes.push(await benchSize(docs, i));
    writeFileSync(RESULTS, JSON.stringify(run, null, 2));
  }
  return run;
}

const run = opts.reportOnly ? (JSON.parse(readFileSync(RESULTS, "utf8")) as RunResult) : await measureAll();
const svgFile = join(PROJECT_ROOT, "bench", "results", "latency-vs-size.svg");
mkdirSync(join(PROJECT_ROOT, "bench", "results"), { recursive: true });
writeFileSync(svgFile, latencySvg(run));
const markdown = compareMarkdown(run, "bench/results/latency-vs-size.svg");
writeBenchmarksSection(join(PROJECT_ROOT, "BENCHMARKS.md"), "compare", markdown);
console.log(markdown);
process.exit(0);
