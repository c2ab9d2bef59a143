/**
 * `kg eval DIR [--verbose] [--json]`: runs the extractor on every NAME.txt of DIR that has a
 * NAME.gold.json and scores it per kind of fact (same figures as the shared reference scorer).
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { extract } from "../extract/index.ts";
import { documentIdOf, formatReport, score, type Scorable } from "../extract/score.ts";
import { DocumentInputError, readDocumentFile } from "../text/read-document.ts";

export function register(program: Command): void {
  program
    .command("eval")
    .description("score the extractor against the answer keys (NAME.gold.json) in DIR")
    .argument("<dir>", "folder with NAME.txt, NAME.meta.json and NAME.gold.json")
    .option("--verbose", "list missed and extra facts per document")
    .option("--json", "print the figures as one JSON object")
    .option("--min-f1 <f1>", "exit with status 1 when the overall F1 is below this", Number)
    .action(async (dir: string, opts: { verbose?: boolean; json?: boolean; minF1?: number }) => {
      const goldFiles = (await readdir(dir)).filter((f) => f.endsWith(".gold.json")).sort();
      const golds: Array<{ id: string; gold: Scorable }> = [];
      const predictions = new Map<string, Scorable>();
      for (const g of goldFiles) {
        const id = documentIdOf(g);
        const goldPath = join(dir, g);
        try {
          golds.push({ id, gold: JSON.parse(await readFile(goldPath, "utf8")) as Scorable });
        } catch (e) {
          process.stderr.write(`kg eval: ${goldPath}: ${(e as Error).message}\n`);
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
