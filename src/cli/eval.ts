/**
 * `kg eval DIR [--verbose] [--json]`: runs the extractor on every NAME.txt of DIR that has a
 * NAME.gold.json and scores it per kind of fact (same figures as the shared reference scorer).
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { extract } from "../extract/index.ts";
import { documentIdOf, formatReport, score, type Scorable } from "../extract/score.ts";
import { DocumentInputError, parseJsonFile, readDocumentFile } from "../text/read-document.ts";
import { fraction, fromCaller } from "./arguments.ts";

const names = z.array(z.string());
/** An answer key's shape (ANNOTATION.md): the four lists, each entry with what is scored; extra fields allowed. */
const AnswerKeySchema = z.looseObject({
  persons: z.array(z.looseObject({ name: z.string(), offices: names.default([]) })),
  directives: z.array(z.looseObject({ key: z.string() })),
  resolutions: z.array(z.looseObject({ key: z.string() })),
  meetings: z.array(z.looseObject({ date: z.string(), chairedBy: names.default([]), attendedBy: names.default([]), implements: names.default([]) })),
});

/** Reads and checks one answer key; the error says which field is wrong. */
const readAnswerKey = async (path: string): Promise<Scorable> =>
  parseJsonFile(await readFile(path, "utf8"), path, AnswerKeySchema, "not an answer key (ANNOTATION.md)");

/** The answer keys in `dir`, or a message saying why there are none. */
async function answerKeysIn(dir: string): Promise<string[] | string> {
  const entries = await readdir(dir).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? "no such folder" : e.code === "ENOTDIR" ? "not a folder" : e.message));
  if (typeof entries === "string") return entries;
  const keys = entries.filter((f) => f.endsWith(".gold.json")).sort();
  return keys.length ? keys : "no answer keys (NAME.gold.json) in this folder";
}

export function register(program: Command): void {
  program
    .command("eval")
    .description("score the extractor against the answer keys (NAME.gold.json) in DIR")
    .argument("<dir>", "folder with NAME.txt, NAME.meta.json and NAME.gold.json")
    .option("--verbose", "list missed and extra facts per document")
    .option("--json", "print the figures as one JSON object")
    .option("--min-f1 <f1>", "exit with status 1 when the overall F1 is below this", fraction)
    .action(async (given: string, opts: { verbose?: boolean; json?: boolean; minF1?: number }) => {
      const dir = fromCaller(given);
      const goldFiles = await answerKeysIn(dir);
      if (typeof goldFiles === "string") {
        process.stderr.write(`kg eval: ${given}: ${goldFiles}\n`);
        process.exitCode = 2;
        return;
      }
      const golds: Array<{ id: string; gold: Scorable }> = [];
      const predictions = new Map<string, Scorable>();
      for (const g of goldFiles) {
        const id = documentIdOf(g);
        try {
          golds.push({ id, gold: await readAnswerKey(join(dir, g)) });
        } catch (e) {
          // A wrong answer key would make every figure wrong: nothing is scored.
          process.stderr.write(`kg eval: ${(e as Error).message}\n`);
          process.exitCode = 2;
          return;
        }
        try {
          const doc = await readDocumentFile(join(dir, `${id}.txt`));
          predictions.set(id, extract(doc.text, doc.meta));
        } catch (e) {
          // Scored as a document without a prediction, like the reference scorer does.
          process.stderr.write(`kg eval: ${e instanceof DocumentInputError ? e.message : (e as Error).message}\n`);
        }
      }
      const report = score(golds, predictions);
      if (opts.json) {
        const { perDocument: _perDocument, ...figures } = report;
        console.log(JSON.stringify(figures));
      } else {
        console.log(formatReport(report, Boolean(opts.verbose)));
      }
      if (opts.minF1 !== undefined && report.overall.f1 < opts.minF1) process.exitCode = 1;
    });
}
