/**
 * `npm run bench:ingest [-- --docs N --batch B]`: generated documents end to end into Neo4j
 * (read → extract → resolve → MERGE), documents/s and facts/s; then, in the same run, the floor:
 * a bare UNWIND … CREATE of the same nodes and edges into an empty database. Prints the ratio.
 */
import { Command } from "commander";
import { extract } from "../src/extract/index.ts";
import type { Graph } from "../src/graph/driver.ts";
import { factType, FACTS, type Fact } from "../src/graph/facts.ts";
import { AS_CITED } from "../src/graph/write.ts";
import { ingest, type IngestItem } from "../src/ingest/pipeline.ts";
import { contentHash } from "../src/resolve/keys.ts";
import { PersonIndex } from "../src/resolve/persons.ts";
import { documentRows, type DocRows } from "../src/resolve/rows.ts";
import { normalizeText } from "../src/text/normalize.ts";
import { generateCorpus } from "./corpus/generate.ts";
import { emptyBenchGraph, openBenchGraph } from "./support/bench-graph.ts";
import { machine } from "./support/machine.ts";

const opts = new Command("bench:ingest")
  .option("--docs <n>", "documents", (v) => Number.parseInt(v, 10), 10_000)
  .option("--seed <n>", "corpus seed", (v) => Number.parseInt(v, 10), 1)
  .option("--batch <n>", "documents per transaction", (v) => Number.parseInt(v, 10), 200)
  .parse()
  .opts<{ docs: number; seed: number; batch: number }>();

const items: IngestItem[] = [];
for (const doc of generateCorpus({ docs: opts.docs, seed: opts.seed })) {
  items.push({ file: `${doc.name}.txt`, text: doc.text, meta: doc.meta });
}
const megabytes = items.reduce((n, i) => n + (i.error === undefined ? Buffer.byteLength(i.text) : 0), 0) / 2 ** 20;

const graph = await openBenchGraph();
await emptyBenchGraph(graph);
process.stderr.write(`end to end: ${items.length} documents, batches of ${opts.batch}…\n`);
const report = await ingest(graph, items, { batchSize: opts.batch });
if (report.failed.length) throw new Error(`bench:ingest: ${report.failed.length} documents failed, first: ${JSON.stringify(report.failed[0])}`);
process.stderr.write(`end to end: ${report.seconds.toFixed(1)} s\n`);

// The floor writes exactly the nodes and edges the pipeline wrote, computed beforehand (untimed).
const people = new PersonIndex();
const rows: DocRows[] = items.map((i) => {
  if (i.error !== undefined) throw new Error(i.error);
  const text = normalizeText(i.text);
  const x = extract(text, i.meta);
  return documentRows({ source: i.meta.source ?? i.file, title: text.split("\n", 1)[0]!, publishedAt: i.meta.publishedAt ?? null, province: x.document.province ?? i.meta.province ?? null, contentHash: contentHash(text) }, x, people);
});
const floor = floorWorkload(rows);
await emptyBenchGraph(graph);
process.stderr.write(`floor: ${floor.nodes.length} node rows, ${floor.edges.length} edge rows…\n`);
// Transactions of the same number of documents' worth of rows as the pipeline's batches.
const floorSeconds = await bareCreate(graph, floor, opts.batch * Math.ceil((floor.nodes.length + floor.edges.length) / rows.length));
await graph.close();

const docsPerSecond = report.documents / report.seconds;
const lines = [
  `Machine: ${machine()}`,
  `Command: npm run bench:ingest -- --docs ${opts.docs} --seed ${opts.seed} --batch ${opts.batch}`,
  "",
  "| measure | value |",
  "|---|---|",
  `| documents | ${report.documents} (${megabytes.toFixed(1)} MB) |`,
  `| facts (evidence edges) | ${report.facts} |`,
  `| nodes, relationships created | ${report.counts.nodesCreated}, ${report.counts.relationshipsCreated} |`,
  `| end to end | ${report.seconds.toFixed(1)} s, **${docsPerSecond.toFixed(0)} documents/s**, ${(report.facts / report.seconds).toFixed(0)} facts/s |`,
  `| floor: bare UNWIND … CREATE of the same ${floor.nodes.length} nodes and ${floor.edges.length} edges | ${floorSeconds.toFixed(1)} s |`,
  `| end to end / floor | **${(report.seconds / floorSeconds).toFixed(2)}×** |`,
];
console.log(lines.join("\n"));

interface FloorWorkload {
  nodes: Array<{ label: string; props: Record<string, unknown> }>;
  edges: Array<{ type: string; from: string; to: string; props: Record<string, unknown> }>;
}

/** Every distinct node once and every edge the pipeline writes, as plain CREATE rows. */
function floorWorkload(docs: DocRows[]): FloorWorkload {
  const nodes = new Map<string, { label: string; props: Record<string, unknown> }>();
  const edges: FloorWorkload["edges"] = [];
  const node = (label: string, id: string, props: Record<string, unknown>) => {
    if (!nodes.has(id)) nodes.set(id, { label, props: { ...props, id } });
    return id;
  };
  const proof = (r: { sentence: string; start: number; end: number }) => ({ sentence: r.sentence, start: r.start, end: r.end });
  for (const d of docs) {
    const doc = node("Document", d.document.id, d.document);
    const mention = (id: string, r: { sentence: string; start: number; end: number }, extra: Record<string, unknown> = {}) =>
      edges.push({ type: "MENTIONS", from: doc, to: id, props: { ...proof(r), ...extra } });
    // How the document cites a directive or resolution, as the pipeline keeps it on the mention.
    const asCited = (x: Record<(typeof AS_CITED)[number], unknown>) => Object.fromEntries(AS_CITED.map((p) => [p, x[p]]));
    for (const p of d.persons) mention(node("Person", p.id, { name: p.name, nameKey: p.nameKey, scope: p.scope, searchText: p.searchText }), p);
    for (const o of d.offices) mention(node("Office", o.id, { title: o.title, jurisdiction: o.jurisdiction, searchText: o.searchText }), o);
    for (const o of d.organizations) mention(node("Organization", o.id, { name: o.name, searchText: o.searchText }), o);
    for (const x of d.directives) mention(node("Directive", `dir_${x.key}`, { key: x.key, issuer: x.issuer, title: x.title, searchText: x.searchText }), x, asCited(x));
    for (const x of d.resolutions) mention(node("Resolution", `res_${x.key}`, { key: x.key, name: x.name, issuer: x.issuer, searchText: x.searchText }), x, asCited(x));
    for (const m of d.meetings) {
      mention(node("Meeting", m.id, { title: m.title, date: m.date, province: m.province, searchText: m.searchText }), m);
      if (m.province) edges.push({ type: "IN_PROVINCE", from: m.id, to: node("Province", `prv_${m.province}`, { name: m.province }), props: { doc: d.document.id } });
    }
    for (const p of d.possiblySameAs) edges.push({ type: "POSSIBLY_SAME_AS", from: p.a, to: p.b, props: { doc: d.document.id, reason: p.reason } });
    const fact = (type: string, from: string, to: string, r: { sentence: string; start: number; end: number }, extra: Record<string, unknown> = {}) =>
      edges.push({ type, from, to, props: { doc: d.document.id, ...proof(r), ...extra } });
    for (const h of d.holds) fact("HOLDS", h.person, h.office, h, { former: h.former, seenOn: h.seenOn });
    for (const r of d.chaired) fact("CHAIRED", r.person, r.meeting, r);
    for (const r of d.attended) fact("ATTENDED", r.person, r.meeting, r);
    for (const r of d.implementsDirective) fact("IMPLEMENTS", r.meeting, `dir_${r.key}`, r);
    for (const r of d.implementsResolution) fact("IMPLEMENTS", r.meeting, `res_${r.key}`, r);
    for (const r of d.issuedBy) fact("ISSUED_BY", d.directives.some((x) => x.key === r.key) ? `dir_${r.key}` : `res_${r.key}`, r.org, r);
    for (const r of d.organizedBy) fact("ORGANIZED_BY", r.meeting, r.org, r);
  }
  // One fact edge per linked pair (docs/graph-model.md), as the pipeline MERGEs them.
  const facts = new Map<string, FloorWorkload["edges"][number]>();
  for (const e of edges) {
    if (!(FACTS as readonly string[]).includes(e.type)) continue;
    const key = `${e.type}|${e.from}|${e.to}`;
    if (!facts.has(key)) facts.set(key, { type: factType(e.type as Fact), from: e.from, to: e.to, props: {} });
  }
  return { nodes: [...nodes.values()], edges: [...edges, ...facts.values()] };
}

/** Creates the workload in transactions of `chunk` rows, nodes first; returns seconds. */
async function bareCreate(g: Graph, w: FloorWorkload, chunk: number): Promise<number> {
  const started = performance.now();
  const byLabel = groupBy(w.nodes, (n) => n.label);
  const byType = groupBy(w.edges, (e) => e.type);
  const session = g.driver.session({ database: g.database });
  try {
    for (const [label, list] of byLabel) {
      for (let i = 0; i < list.length; i += chunk) {
        await session.executeWrite((tx) => tx.run(`UNWIND $rows AS row CREATE (n:${label}) SET n = row.props`, { rows: list.slice(i, i + chunk) }));
      }
    }
    // The endpoints are found through the same id indexes the pipeline uses.
    for (const [type, list] of byType) {
      for (let i = 0; i < list.length; i += chunk) {
        for (const [pair, rowsOfPair] of groupBy(list.slice(i, i + chunk), (e) => `${labelOf(e.from)}|${labelOf(e.to)}`)) {
          const [fromLabel, toLabel] = pair.split("|");
          await session.executeWrite((tx) =>
            tx.run(`UNWIND $rows AS row MATCH (a:${fromLabel} {id: row.from}) MATCH (b:${toLabel} {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`, { rows: rowsOfPair }),
          );
        }
      }
    }
  } finally {
    await session.close();
  }
  return (performance.now() - started) / 1000;
}

/** The label of a node from its id's prefix (see src/resolve/keys.ts). */
function labelOf(id: string): string {
  const labels: Record<string, string> = { per_: "Person", off_: "Office", org_: "Organization", dir_: "Directive", res_: "Resolution", mtg_: "Meeting", doc_: "Document", prv_: "Province" };
  return labels[id.slice(0, 4)] ?? "Document";
}

// Map.groupBy needs Node 21.
function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const g = groups.get(k);
    if (g) g.push(t);
    else groups.set(k, [t]);
  }
  return groups;
}
