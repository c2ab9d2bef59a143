/**
 * Which files `kg ingest PATH...` means: files as given, folders searched for .txt, and globs
 * (quoted, so the shell did not expand them). Each read goes through readDocumentFile, so a
 * bad file becomes a failure naming it, not an exception.
 */
import { stat } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { glob } from "tinyglobby";
import { DocumentInputError, readDocumentFile } from "../text/read-document.ts";
import type { IngestItem } from "./pipeline.ts";

const GLOB_CHARS = /[*?[\]{}]/;

/** A path argument that names no document, and why. */
export interface PathProblem {
  path: string;
  reason: string;
}

/**
 * Expands paths to the .txt files they name, sorted within each argument, without duplicates (the
 * same file however it is written). An argument naming none is a problem, not silence.
 */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; problems: PathProblem[] }> {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const file = resolve(f);
    if (!seen.has(file)) (seen.add(file), files.push(f));
  };
  for (const p of paths) {
    if (GLOB_CHARS.test(p)) {
      // Matches are named as the pattern was written: absolute for an absolute pattern.
      const found = (await glob(p, { onlyFiles: true, absolute: isAbsolute(p) })).filter((f) => f.endsWith(".txt")).sort();
      if (found.length === 0) problems.push({ path: p, reason: "no .txt file matches" });
      found.forEach(add);
      continue;
    }
    const info = await stat(p).catch(() => null);
    if (!info) problems.push({ path: p, reason: "no such file or folder" });
    else if (info.isDirectory()) {
      const found = (await glob("**/*.txt", { cwd: p, absolute: false })).sort();
      if (found.length === 0) problems.push({ path: p, reason: "no .txt file in this folder" });
      found.forEach((f) => add(`${p.replace(/\/+$/, "")}/${f}`));
    } else if (!p.endsWith(".txt")) problems.push({ path: p, reason: "not a .txt file (a document is NAME.txt, its sidecar NAME.meta.json)" });
    else add(p);
  }
  return { files, problems };
}

/** Reads files lazily, turning read errors into failure items. */
export async function* readItems(files: string[]): AsyncGenerator<IngestItem> {
  for (const file of files) {
    try {
      const doc = await readDocumentFile(file);
      // Without a sidecar's source, the file identifies the document: by its absolute path, so that
      // "a.txt", "./a.txt" and "/home/…/a.txt" are one document, not three.
      yield { file, text: doc.text, meta: { ...doc.meta, source: doc.meta.source ?? resolve(file) } };
    } catch (e) {
      // The fault may be in the sidecar: then say which file.
      const reason = e instanceof DocumentInputError ? (e.file === file ? e.reason : e.message) : (e as Error).message;
      yield { file, error: reason };
    }
  }
}
