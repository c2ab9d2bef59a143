/** The comparison as Markdown, and its section of BENCHMARKS.md (between markers, so reruns replace only it). */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { WARM_UP_SECONDS, type Measure } from "../support/load.ts";
import { SYSTEM_NAMES, type QuestionResult, type RunResult, type SizeResult } from "./results.ts";

/** The issue's targets. */
export const TARGETS = { oursOverPeer: 1.5, rawOverOurs: 1.5, p99Growth: 2 };

const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
const ratio = (v: number) => `${v.toFixed(2)}×`;
const mark = (ok: boolean) => (ok ? "✅" : "❌");
const docsLabel = (docs: number) => (docs % 1000 === 0 ? `${docs / 1000}k` : String(docs));
const cellAt = (q: QuestionResult, clients: number) => q.cells.find((c) => c.clients === clients);

function ingestTable(sizes: SizeResult[]): string[] {
  return [
    "| documents | facts | seconds | documents/s | facts/s | measured | graph |",
    "|---|---|---|---|---|---|---|",
    ...sizes.map((s) => {
      const i = s.ingest;
      return `| ${i.documents} | ${i.facts} | ${i.seconds.toFixed(0)} | **${(i.documents / i.seconds).toFixed(0)}** | ${(i.facts / i.seconds).toFixed(0)} | ${i.measuredAt.slice(0, 16).replace("T", " ")} | ${s.graph} |`;
    }),
  ];
}

function sizeTable(s: SizeResult): string[] {
  const m = (x: Measure | undefined) => (x ? `${x.rps.toFixed(0)}${x.errors ? ` (${x.errors} of ${x.requests} failed)` : ""} | ${ms(x.p50)} | ${ms(x.p99)}` : "– | – | –");
  return [
    `#### ${s.docs} documents`,
    "",
    `${s.neo4j}. Peak memory (VmHWM) of the server processes: our API ${s.peakRssMiB.ours.toFixed(0)} MiB, @neo4j/graphql ${s.peakRssMiB.peer.toFixed(0)} MiB.`,
    "",
    "req/s counts successful requests; p50 and p99 are over all requests, failed ones included.",
    "",
    "| question | clients | ours req/s | p50 ms | p99 ms | peer req/s | p50 ms | p99 ms | raw req/s | p50 ms | p99 ms | HTTP floor req/s | p50 ms | p99 ms | ours/peer req/s | ours/raw req/s | raw/HTTP floor req/s |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...s.questions.flatMap((q) => q.cells.map((c) =>
      `| ${q.name} | ${c.clients} | ${m(c.ours)} | ${m(c.peer)} | ${m(c.raw)} | ${m(c.http)} | **${ratio(c.ours.rps / c.peer.rps)}** | ${ratio(c.ours.rps / c.raw.rps)} | ${c.http ? ratio(c.raw.rps / c.http.rps) : "–"} |`)),
  ];
}

function growthTable(small: SizeResult, large: SizeResult): string[] {
  const rows: string[] = [];
  for (const q of large.questions) {
    const before = small.questions.find((x) => x.name === q.name);
    for (const clients of [1, 32]) {
      const a = before && cellAt(before, clients);
      const b = cellAt(q, clients);
      if (!a || !b) continue;
      const g = (k: "ours" | "peer" | "raw", p: "p50" | "p99") => ratio(b[k][p] / a[k][p]);
      rows.push(`| ${q.name} | ${clients} | ${g("ours", "p50")} | **${g("ours", "p99")}** | ${g("peer", "p50")} | ${g("peer", "p99")} | ${g("raw", "p50")} | ${g("raw", "p99")} |`);
    }
  }
  return [
    `Latency at ${docsLabel(large.docs)} documents divided by latency at ${docsLabel(small.docs)}:`,
    "",
    "| question | clients | ours p50 | ours p99 | peer p50 | peer p99 | raw p50 | raw p99 |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
  ];
}

function targetsTable(run: RunResult): string[] {
  const small = run.sizes[0]!;
  const large = run.sizes.at(-1)!;
  const rows = large.questions.map((q) => {
    const perSize = run.sizes.map((s) => s.questions.find((x) => x.name === q.name)!);
    const cells = perSize.flatMap((x) => x.cells);
    const vsPeer = Math.min(...cells.map((c) => c.ours.rps / c.peer.rps));
    const vsRaw = Math.max(...cells.map((c) => c.raw.rps / c.ours.rps));
    const httpCells = cells.filter((c) => c.http);
    const httpVsRaw = httpCells.length ? ratio(Math.max(...httpCells.map((c) => c.raw.rps / c.http!.rps))) : "–";
    const before = small.questions.find((x) => x.name === q.name);
    const growth = run.sizes.length > 1 && before ? cellAt(q, 1)!.ours.p99 / cellAt(before, 1)!.ours.p99 : null;
    const growthCell = growth === null ? "–" : q.keyBased ? `${mark(growth <= TARGETS.p99Growth)} ${ratio(growth)}` : `(not key-based) ${ratio(growth)}`;
    return `| ${q.name} | ${mark(vsPeer >= TARGETS.oursOverPeer)} ${ratio(vsPeer)} | ${mark(vsRaw <= TARGETS.rawOverOurs)} ${ratio(vsRaw)} | ${httpVsRaw} | ${growthCell} |`;
  });
  return [
    `| question | ours ≥ ${TARGETS.oursOverPeer}× peer req/s (worst cell) | raw ≤ ${TARGETS.rawOverOurs}× ours req/s (worst cell) | for reference: raw / HTTP floor req/s (worst cell) | ours p99 ${docsLabel(large.docs)} / ${docsLabel(small.docs)} ≤ ${TARGETS.p99Growth}×, 1 client |`,
    "|---|---|---|---|---|",
    ...rows,
  ];
}

/** A question's description, per size when its arguments differ (the median directive does). */
function describe(run: RunResult, name: string): string {
  const per = run.sizes.map((s) => ({ docs: s.docs, text: s.questions.find((q) => q.name === name)!.description }));
  return new Set(per.map((p) => p.text)).size === 1 ? per[0]!.text : per.map((p) => `at ${docsLabel(p.docs)} documents, ${p.text}`).join("; ");
}

export function compareMarkdown(run: RunResult, svgPath: string): string {
  const first = run.sizes[0]!;
  const mismatches = run.sizes.flatMap((s) => s.questions.filter((q) => q.mismatch).map((q) => `- ${s.docs} documents, ${q.name}: ${q.mismatch}`));
  return [
    `## Our API vs @neo4j/graphql vs raw Cypher (${run.date})`,
    "",
    `Command: \`${run.command}\`  `,
    `Machine: ${run.machine}. The load generator, both GraphQL servers and Neo4j share this machine's cores.  `,
    `Each cell: ${run.load}, closed-loop clients. ${SYSTEM_NAMES.ours} and ${SYSTEM_NAMES.peer} (bench/peer/, graphql-yoga like ours) each run in a Node process of their own and are asked over HTTP on loopback; ${SYSTEM_NAMES.raw} is bench/cypher.ts through neo4j-driver from the load generator's process. The HTTP floor is that same Cypher behind bare node:http in a process of its own (bench/http-floor.ts, no GraphQL): the least any HTTP service answering these questions costs here, so raw / HTTP floor is the price of being a service at all.`,
    "",
    "Questions (bench/questions.ts):",
    "",
    ...first.questions.map((q) => `- **${q.name}**: ${describe(run, q.name)}`),
    "",
    mismatches.length === 0
      ? `Before timing, each question was asked once of every system: they returned the same data. Then every question went through every system for ${WARM_UP_SECONDS} s at 8 clients, untimed: Neo4j has just started, and its JVM compiles the hot paths over the first thousands of queries.`
      : `Before timing, each question was asked once of every system; they did **not** all return the same data, or one failed:\n\n${mismatches.join("\n")}`,
    "",
    "### Targets",
    "",
    ...targetsTable(run),
    "",
    "### Ingest (end to end: read, extract, resolve, write)",
    "",
    ...ingestTable(run.sizes),
    "",
    "### Throughput and latency",
    "",
    ...run.sizes.flatMap((s) => [...sizeTable(s), ""]),
    ...(run.sizes.length > 1 ? ["### Latency growth", "", ...growthTable(first, run.sizes.at(-1)!), ""] : []),
    `![p50 and p99 latency against corpus size, 1 client](${svgPath})`,
  ].join("\n");
}

const INTRO = "# Benchmarks\n\nMeasured results of the benchmarks in bench/, with the command and the machine that produced them.\n";

/** Replaces (or appends) the section between `<!-- bench:NAME -->` markers, leaving the rest of the file alone. */
export function writeBenchmarksSection(file: string, name: string, body: string): void {
  const begin = `<!-- bench:${name} begin: written by bench/, reruns replace it -->`;
  const end = `<!-- bench:${name} end -->`;
  const text = existsSync(file) ? readFileSync(file, "utf8") : INTRO;
  const section = `${begin}\n${body}\n${end}`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  writeFileSync(file, from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : `${text.trimEnd()}\n\n${section}\n`);
}
