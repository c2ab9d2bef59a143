/**
 * Which files `kg ingest PATH...` means: files as given, folders searched for .txt, and globs
 * (quoted, so the shell did not expand them). Each read goes through readDocumentFile, so a
 * bad file becomes a failure naming it, not an exception.
 */
import { stat } from "node:fs/promises";
import { isAbsolute } from "node:path";
import { glob } from "tinyglobby";
import { DocumentInputError, readDocumentFile } from "../text/read-document.ts";
import type { IngestItem } from "./pipeline.ts";

const GLOB_CHARS = /[*?[\]{}]/;

/** Expands paths to the .txt files they name, sorted within each argument, without duplicates. */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) (seen.add(f), files.push(f));
  };
  for (const p of paths) {
    if (GLOB_CHARS.test(p)) {
      // Matches are named as the pattern was written: absolute for an absolute pattern.
      const found = (await glob(p, { onlyFiles: true, absolute: isAbsolute(p) })).filter((f) => f.endsWith(".txt")).sort();
      if (found.length === 0) missing.push(p);
      found.forEach(add);
      continue;
    }
    const info = await stat(p).catch(() => null);
    if (!info) missing.push(p);
    else if (info.isDirectory()) (await glob("**/*.txt", { cwd: p, absolute: false })).sort().forEach((f) => add(`${p.replace(/\/+$/, "")}/${f}`));
    else add(p);
  }
  return { files, missing };
}

/** Reads files lazily, turning read errors into failure items. */
export async function* readItems(files: string[]): AsyncGenerator<IngestItem> {
  for (const file of files) {
    try {
      const doc = await readDocumentFile(file);
      yield { file, text: doc.text, meta: doc.meta };
    } catch (e) {
      // The fault may be in the sidecar: then say which file.
      const reason = e instanceof DocumentInputError ? (e.file === file ? e.reason : e.message) : (e as Error).message;
      yield { file, error: reason };
    }
  }
}
