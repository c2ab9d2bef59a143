/**
 * The ingestion pipeline shared by `kg ingest`, `npm start` and the HTTP mutation:
 * text → extract → resolve → write, one transaction per batch. A document that fails to read
 * or extract is reported and skipped; the others land.
 */
import { extract } from "../extract/index.ts";
import type { DocumentMeta, Extraction } from "../extract/types.ts";
import { Neo4jError, isRetryableError } from "neo4j-driver";
import type { Graph } from "../graph/driver.ts";
import { personsNamed, storedHashes, writeBatch, type WriteCounts } from "../graph/write.ts";
import { contentHash, documentId } from "../resolve/keys.ts";
import { PersonIndex } from "../resolve/persons.ts";
import { documentRows, type DocRows } from "../resolve/rows.ts";
import { nameKey } from "../text/fold.ts";
import { normalizeText } from "../text/normalize.ts";

/** One document to ingest, or a file that could not be read (reported as a failure). */
export type IngestItem =
  | { file: string; text: string; meta: DocumentMeta; error?: undefined }
  | { file: string; error: string };

export interface IngestFailure {
  file: string;
  reason: string;
}

export interface IngestReport {
  documents: number;
  /** Written for the first time. */
  added: number;
  /** An earlier version was in the graph and has been replaced. */
  replaced: number;
  /** Already in the graph with the same text: nothing written. */
  unchanged: number;
  failed: IngestFailure[];
  facts: number;
  counts: WriteCounts;
  seconds: number;
}

export interface IngestOptions {
  batchSize?: number;
  /** Called after every batch with the number of documents done so far. */
  onProgress?: (done: number) => void;
}

/** Neo4j went away mid-ingest: what was committed stays, the rest was not written. */
export class IngestAbortedError extends Error {
  constructor(message: string, readonly report: IngestReport) {
    super(message);
  }
}

interface Prepared {
  file: string;
  id: string;
  source: string;
  hash: string;
  title: string;
  meta: DocumentMeta;
  extraction: Extraction;
}

const FACT_KINDS = ["holds", "issuedBy", "organizedBy", "chaired", "attended", "implementsDirective", "implementsResolution"] as const;
const factCount = (rows: DocRows): number => FACT_KINDS.reduce((n, k) => n + rows[k].length, 0);

function prepare(item: Extract<IngestItem, { text: string }>): Prepared {
  const text = normalizeText(item.text);
  const title = item.meta.title?.trim() || text.split("\n", 1)[0]!.trim() || item.file;
  const source = item.meta.source?.trim() || item.file;
  return {
    file: item.file,
    id: documentId(source),
    source,
    hash: contentHash(text),
    title,
    meta: item.meta,
    extraction: extract(text, item.meta),
  };
}

const isConnectionLoss = (e: unknown): boolean =>
  isRetryableError(e as Error) || (e instanceof Neo4jError && /ServiceUnavailable|SessionExpired/.test(e.code));

/** Ingests documents in batches; resolves with a report, or throws IngestAbortedError when Neo4j is lost. */
export async function ingest(graph: Graph, items: Iterable<IngestItem> | AsyncIterable<IngestItem>, options: IngestOptions = {}): Promise<IngestReport> {
  const batchSize = options.batchSize ?? 100;
  const started = performance.now();
  const report: IngestReport = {
    documents: 0, added: 0, replaced: 0, unchanged: 0, failed: [], facts: 0, seconds: 0,
    counts: { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 },
  };
  let batch: Prepared[] = [];

  const abort = (e: unknown, unwritten: Prepared[]): never => {
    report.failed.push(...unwritten.map((p) => ({ file: p.file, reason: "not written: Neo4j became unreachable" })));
    report.seconds = (performance.now() - started) / 1000;
    throw new IngestAbortedError(`Neo4j became unreachable during ingestion: ${(e as Error).message}`, report);
  };

  const writeBatchOrEach = async (current: Prepared[]): Promise<void> => {
    try {
      return await writePrepared(graph, current, report);
    } catch (e) {
      if (isConnectionLoss(e)) abort(e, current);
    }
    // Find the document at fault: retry one by one so the others still land.
    for (const [i, p] of current.entries()) {
      try {
        await writePrepared(graph, [p], report);
      } catch (e) {
        if (isConnectionLoss(e)) abort(e, current.slice(i));
        report.failed.push({ file: p.file, reason: `not written: ${(e as Error).message}` });
      }
    }
  };

  // One batch is written while the next is extracted: extraction is CPU work in this process,
  // writing mostly waits for Neo4j. Batches still land in order, one at a time.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const current = batch;
    const upTo = report.documents;
    batch = [];
    await inFlight;
    inFlight = writeBatchOrEach(current).then(() => options.onProgress?.(upTo));
    inFlight.catch(() => undefined); // awaited by the next flush; this only marks it handled meanwhile
  };

  const fileOfSource = new Map<string, string>();
  for await (const item of items) {
    report.documents++;
    if (item.error !== undefined) {
      report.failed.push({ file: item.file, reason: item.error });
      continue;
    }
    let prepared: Prepared;
    try {
      prepared = prepare(item);
    } catch (e) {
      report.failed.push({ file: item.file, reason: `extraction failed: ${(e as Error).message}` });
      continue;
    }
    // A second file with a source already read in this run (a sidecar copied and not edited) would
    // silently replace the first one's facts: it is refused, naming both.
    const first = fileOfSource.get(prepared.id);
    if (first !== undefined) {
      report.failed.push({ file: item.file, reason: `same source as ${first} (${prepared.source}): each document needs its own source` });
      continue;
    }
    fileOfSource.set(prepared.id, item.file);
    batch.push(prepared);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await inFlight;
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

async function writePrepared(graph: Graph, docs: Prepared[], report: IngestReport): Promise<void> {
  const stored = await storedHashes(graph, docs.map((d) => d.id));
  const changed = docs.filter((d) => stored.get(d.id) !== d.hash);
  const unchanged = docs.length - changed.length;
  if (changed.length === 0) {
    report.unchanged += unchanged;
    return;
  }
  const names = [...new Set(changed.flatMap((d) => d.extraction.persons.map((p) => nameKey(p.name))))];
  const people = new PersonIndex(await personsNamed(graph, names));
  const rows = changed.map((d) =>
    documentRows(
      { source: d.source, title: d.title, publishedAt: d.meta.publishedAt ?? null, province: d.extraction.document.province ?? d.meta.province ?? null, contentHash: d.hash },
      d.extraction,
      people,
    ),
  );
  const replaced = changed.filter((d) => stored.has(d.id)).map((d) => d.id);
  const counts = await writeBatch(graph, rows, replaced);
  report.unchanged += unchanged;
  report.replaced += replaced.length;
  report.added += changed.length - replaced.length;
  report.facts += rows.reduce((n, r) => n + factCount(r), 0);
  for (const k of Object.keys(counts) as Array<keyof WriteCounts>) report.counts[k] += counts[k];
}
