/**
 * corpus:generate — writes NAME.txt, NAME.meta.json and NAME.gold.json for each
 * generated document. Output depends only on --docs and --seed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { SingleBar } from "cli-progress";
import { generateCorpus } from "./generate.ts";

/** Below this many documents a progress bar is noise. */
const PROGRESS_MIN_DOCS = 5000;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError("expected a non-negative integer");
  return n;
}

const program = new Command()
  .name("corpus:generate")
  .description("Generate a deterministic corpus of Vietnamese political news with answer keys")
  .requiredOption("--out <dir>", "output directory (created if missing)")
  .option("--docs <n>", "number of documents", positiveInt, 1000)
  .option("--seed <s>", "seed; same seed and --docs give byte-identical output", positiveInt, 1)
  .parse();

const { out, docs, seed } = program.opts<{ out: string; docs: number; seed: number }>();
mkdirSync(out, { recursive: true });

const bar = docs >= PROGRESS_MIN_DOCS && process.stderr.isTTY ? new SingleBar({ stream: process.stderr, etaBuffer: 1000 }) : null;
bar?.start(docs, 0);
let written = 0;
for (const doc of generateCorpus({ docs, seed })) {
  writeFileSync(join(out, `${doc.name}.txt`), doc.text);
  writeFileSync(join(out, `${doc.name}.meta.json`), `${JSON.stringify(doc.meta)}\n`);
  writeFileSync(join(out, `${doc.name}.gold.json`), `${JSON.stringify(doc.gold, null, 2)}\n`);
  if (++written % 500 === 0) bar?.update(written);
}
bar?.update(written);
bar?.stop();
