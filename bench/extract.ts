/**
 * bench:extract — extraction speed and accuracy on a generated corpus, on one core.
 * The corpus is generated in memory first (not timed); then extract() runs over every
 * document once to warm up and once timed; the timed pass's output is scored against
 * the generated answer keys. Prints a Markdown section for BENCHMARKS.md.
 */
import { availableParallelism, cpus } from "node:os";
import { Command, InvalidArgumentError } from "commander";
import { generateCorpus, type GeneratedDoc } from "./corpus/generate.ts";
import { extract, type Extraction } from "../src/extract/index.ts";
import { KINDS, score, type Scorable } from "../src/extract/score.ts";

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive integer");
  return n;
}

const { docs: n, seed } = new Command()
  .name("bench:extract")
  .description("Throughput and F1 of extract() on a generated corpus")
  .option("--docs <n>", "documents to generate", positiveInt, 10_000)
  .option("--seed <s>", "corpus seed", positiveInt, 1)
  .parse()
  .opts<{ docs: number; seed: number }>();

let t0 = performance.now();
const docs: GeneratedDoc[] = [...generateCorpus({ docs: n, seed })];
const generateMs = performance.now() - t0;
const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);

// Warm-up pass: the timed pass should measure compiled code, not the JIT.
for (const d of docs.slice(0, Math.min(1000, docs.length))) extract(d.text, d.meta);

const predictions = new Map<string, Scorable>();
t0 = performance.now();
for (const d of docs) {
  const x: Extraction = extract(d.text, d.meta);
  predictions.set(d.name, x);
}
const extractMs = performance.now() - t0;

const report = score(
  docs.map((d) => ({ id: d.name, gold: d.gold })),
  predictions,
);

const f3 = (x: number) => x.toFixed(3);
const cpu = cpus()[0]?.model.trim() ?? "unknown";
const lines = [
  `### Extraction (generated corpus, ${n.toLocaleString("en-US")} documents, seed ${seed})`,
  "",
  `Command: \`npm run bench:extract -- --docs ${n} --seed ${seed}\``,
  "",
  `Machine: ${availableParallelism()} CPUs (${cpu}), Node ${process.version}; extraction on one core (single thread).`,
  "",
  "| measure | value |",
  "|---|---|",
  `| documents | ${n.toLocaleString("en-US")} (${(bytes / 1e6).toFixed(1)} MB UTF-8) |`,
  `| generation (in memory, not timed below) | ${(generateMs / 1000).toFixed(2)} s |`,
  `| extraction time | ${(extractMs / 1000).toFixed(2)} s |`,
  `| documents/s | ${Math.round(n / (extractMs / 1000)).toLocaleString("en-US")} |`,
  `| MB/s | ${(bytes / 1e6 / (extractMs / 1000)).toFixed(2)} |`,
  "",
  "| kind | gold | pred | tp | P | R | F1 |",
  "|---|---:|---:|---:|---:|---:|---:|",
  ...KINDS.map((k) => {
    const s = report.kinds[k];
    return `| ${k} | ${s.gold} | ${s.pred} | ${s.tp} | ${f3(s.p)} | ${f3(s.r)} | ${f3(s.f1)} |`;
  }),
  `| **overall** | ${report.overall.gold} | ${report.overall.pred} | ${report.overall.tp} | ${f3(report.overall.p)} | ${f3(report.overall.r)} | **${f3(report.overall.f1)}** |`,
];
console.log(lines.join("\n"));
