/**
 * `npm run bench:evidence`: what `evidence(first: 3)` saves a drawing on the 100k graph of
 * `npm run bench` (load it with that first): answer size and latency of the neighborhood and paths
 * questions through the API, all evidence against the first three sentences per edge, each
 * measured twice in turn (the first round warms Neo4j). One client, sequential.
 */
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/config.ts";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../src/db/local.ts";
import { connectGraph } from "../src/graph/driver.ts";
import { corpusBenchConfig } from "./support/bench-graph.ts";
import { askGraphQL, startGraphQLServer } from "./support/servers.ts";

// The 100k database of `npm run bench`, second of its default --sizes.
const config = corpusBenchConfig(100_000, 1);
const db = await ensureLocalNeo4j(config);
const graph = await connectGraph(config);
const documents = (await graph.read("MATCH (d:Document) RETURN count(d) AS n")).records[0]!.get("n") as number;
if (documents !== 100_000) throw new Error(`bench:evidence: ${config.KG_DB_DIR} holds ${documents} documents, not 100000: run \`npm run bench\` first`);
const meetings = (await graph.read("MATCH (d:Directive)<-[:IMPLEMENTS_FACT]-(m:Meeting) RETURN m.id AS id LIMIT 32")).records.map((r) => r.get("id") as string);
const chairs = (await graph.read("MATCH (p:Person)-[:CHAIRED_FACT]->() WITH p, count(*) AS n ORDER BY abs(n - 4), p.id LIMIT 33 RETURN p.id AS id")).records.map((r) => r.get("id") as string);
const server = await startGraphQLServer("our API", join(PROJECT_ROOT, "src", "cli", "kg.ts"), ["serve", "--no-seeds"], { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, LOG_LEVEL: "warn", MAX_PAGE_SIZE: "100" }, "/ready");
const evidenceAll = "evidence { sentence document { id } }";
const evidenceCut = "evidence(first: 3) { sentence document { id } } evidenceCount";
const cases = {
  neighborhood: (e: string) => [`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { id kind label } edges { type from to ${e} } } }`, meetings.map((id) => ({ id }))] as const,
  paths: (e: string) => [`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 4, first: 3) { length nodes { id label } edges { type from to ${e} } } }`, chairs.slice(1).map((b, i) => ({ a: chairs[i], b }))] as const,
};
for (const [name, make] of Object.entries(cases)) {
  for (const [label, e] of [["all evidence", evidenceAll], ["evidence(first: 3)", evidenceCut], ["all evidence", evidenceAll], ["evidence(first: 3)", evidenceCut]] as const) {
    const [query, vars] = make(e);
    let bytes = 0;
    const times: number[] = [];
    for (const v of vars) {
      const t = performance.now();
      const answer = await askGraphQL(server.url, query, v);
      times.push(performance.now() - t);
      bytes += JSON.stringify(answer).length;
    }
    times.sort((a, b) => a - b);
    console.log(`${name}, ${label}: ${vars.length} questions, mean answer ${(bytes / vars.length / 1000).toFixed(0)} kB, p50 ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  }
}
server.stop();
await graph.close();
await stopLocalNeo4j(config);
