/** A benchmark database holding exactly one generated corpus: loaded once, reused by later runs. */
import type { Graph } from "../../src/graph/driver.ts";
import { ingest, type IngestItem, type IngestReport } from "../../src/ingest/pipeline.ts";
import { documentId } from "../../src/resolve/keys.ts";
import { generateCorpus, type GeneratedDoc } from "../corpus/generate.ts";
import { emptyBenchGraph } from "./bench-graph.ts";

export interface CorpusSpec {
  docs: number;
  seed: number;
}

const item = (doc: GeneratedDoc): IngestItem => ({ file: `${doc.name}.txt`, text: doc.text, meta: doc.meta });

/** Exactly this corpus: as many documents, and the first and last of them present. */
export async function holdsCorpus(graph: Graph, spec: CorpusSpec): Promise<boolean> {
  let first: GeneratedDoc | undefined;
  let last: GeneratedDoc | undefined;
  for (const doc of generateCorpus(spec)) (first ??= doc), (last = doc); // streamed: 100,000 documents are 180 MB
  if (!first || !last) return false;
  const ids = [first, last].map((d) => documentId(d.meta.source));
  const r = await graph.read("MATCH (d:Document) WITH count(d) AS n OPTIONAL MATCH (x:Document) WHERE x.id IN $ids RETURN n, count(x) AS found", { ids });
  return r.records[0]?.get("n") === spec.docs && r.records[0]?.get("found") === 2;
}

/** Empties the database and ingests the corpus end to end, streamed; throws if a document fails. */
export async function loadCorpus(graph: Graph, spec: CorpusSpec, onProgress?: (done: number) => void): Promise<IngestReport> {
  await emptyBenchGraph(graph);
  const items = (function* () {
    for (const doc of generateCorpus(spec)) yield item(doc);
  })();
  const report = await ingest(graph, items, { batchSize: 200, onProgress });
  if (report.failed.length) throw new Error(`${report.failed.length} documents failed, first: ${JSON.stringify(report.failed[0])}`);
  return report;
}
