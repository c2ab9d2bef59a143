/**
 * Reading one document from disk: its text (UTF-8, checked) and the optional sidecar
 * `NAME.meta.json` beside `NAME.txt`. Every failure is a DocumentInputError that names the file
 * it is about. An empty text is one: ingested, it would replace an earlier version's facts with none.
 */
import { readFile } from "node:fs/promises";
import { distance } from "fastest-levenshtein";
import { z } from "zod";
import { isFullDate } from "./calendar.ts";
import type { DocumentMeta } from "../extract/types.ts";

export class DocumentInputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "DocumentInputError";
  }
}

export interface SourceDocument {
  path: string;
  text: string;
  meta: DocumentMeta;
}

const META_KEYS = ["source", "publishedAt", "province", "title"] as const;
// An unknown key this close to a known one is a misspelling ("provnce", "published_at"), whose
// value would otherwise be lost without a word; other extra keys (an author, a URL) are dropped.
// One edit in four letters, at least one: "site" is no misspelled "title".
const misspells = (key: string, known: string): boolean =>
  distance(key.toLowerCase().replace(/[^a-z]/g, ""), known.toLowerCase()) <= Math.max(1, Math.floor(known.length / 4));

/** The sidecar's shape (ANNOTATION.md). */
export const DocumentMetaSchema = z
  .object({
    source: z.string().nullish(),
    publishedAt: z.string().refine(isFullDate, "not a day of the calendar (YYYY-MM-DD)").nullish(),
    province: z.string().nullish(),
    title: z.string().nullish(),
  })
  .catchall(z.unknown())
  .superRefine((meta, ctx) => {
    for (const key of Object.keys(meta)) {
      if ((META_KEYS as readonly string[]).includes(key)) continue;
      const near = META_KEYS.find((k) => misspells(key, k));
      if (near) ctx.addIssue({ code: "custom", path: [key], message: `unknown key, did you mean "${near}"?` });
    }
  })
  .transform((meta) => Object.fromEntries(META_KEYS.filter((k) => meta[k] !== undefined).map((k) => [k, meta[k]])) as DocumentMeta);

/** Decodes bytes as UTF-8 text; binary content (NUL bytes) and invalid UTF-8 are errors. */
export function decodeDocument(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new DocumentInputError(file, "binary file (contains NUL bytes), expected UTF-8 text");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocumentInputError(file, "not valid UTF-8 text");
  }
}

/**
 * Parses JSON `file` holds and checks it against `schema`; a failure is a DocumentInputError naming
 * the file, and for a wrong shape each wrong field after `what`.
 */
export function parseJsonFile<T>(json: string, file: string, schema: z.ZodType<T>, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new DocumentInputError(file, `invalid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problem = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new DocumentInputError(file, `${what}: ${problem}`);
  }
  return parsed.data;
}

/** Parses and validates the text of a meta sidecar; `file` names it in errors. */
export const parseDocumentMeta = (json: string, file: string): DocumentMeta => parseJsonFile(json, file, DocumentMetaSchema, "invalid meta");

/** `NAME.meta.json` beside `NAME.txt` (or beside any file: its extension replaced). */
export const metaPathFor = (path: string): string => `${path.replace(/\.txt$/i, "")}.meta.json`;

const errorCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

export async function readDocumentFile(path: string): Promise<SourceDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = errorCode(e);
    throw new DocumentInputError(path, code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (e as Error).message);
  }
  const text = decodeDocument(bytes, path);
  if (!text.trim()) throw new DocumentInputError(path, "empty file (no text): nothing to read");
  const metaFile = metaPathFor(path);
  let metaText: string | null = null;
  try {
    metaText = decodeDocument(await readFile(metaFile), metaFile);
  } catch (e) {
    if (e instanceof DocumentInputError) throw e;
    if (errorCode(e) !== "ENOENT") throw new DocumentInputError(metaFile, (e as Error).message);
  }
  return { path, text, meta: metaText === null ? {} : parseDocumentMeta(metaText, metaFile) };
}
