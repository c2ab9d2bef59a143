/** `kg extract FILE...`: one JSON object per file per line (JSON Lines), the Extraction plus `file`. */
import type { Command } from "commander";
import { extract } from "../extract/index.ts";
import { DocumentInputError, readDocumentFile } from "../text/read-document.ts";
import { fromCaller } from "./arguments.ts";

export function register(program: Command): void {
  program
    .command("extract")
    .description("extract persons, offices, documents and meetings from news texts; prints JSON Lines")
    .argument("<files...>", "UTF-8 .txt files (a NAME.meta.json beside one is read too)")
    .action(async (files: string[]) => {
      let failed = false;
      for (const file of files) {
        try {
          const doc = await readDocumentFile(fromCaller(file));
          process.stdout.write(`${JSON.stringify({ file, ...extract(doc.text, doc.meta) })}\n`);
        } catch (e) {
          failed = true;
          const reason = e instanceof DocumentInputError ? e.message : `${file}: ${(e as Error).message}`;
          process.stderr.write(`kg extract: ${reason}\n`);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
