/**
 * `kg ingest PATH...`: files, folders and globs of .txt (with .meta.json beside them) into the graph.
 * A progress bar with documents/s and ETA on a terminal, plain lines otherwise; a summary at the
 * end; exit status 1 if any document failed.
 */
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { expandPaths, readItems, type PathProblem } from "../ingest/files.ts";
import { IngestAbortedError, ingest, type IngestReport } from "../ingest/pipeline.ts";
import type { Graph } from "../graph/driver.ts";
import { withGraph } from "./graph-session.ts";
import { fromCaller, positiveInteger } from "./arguments.ts";

export interface IngestRun {
  report: IngestReport;
  problems: PathProblem[];
}

function progress(total: number): { update(done: number): void; stop(): void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: "ingest [{bar}] {value}/{total} documents | {speed} docs/s | ETA {eta_formatted}", stream: process.stderr, hideCursor: true },
    );
    const started = performance.now();
    bar.start(total, 0, { speed: "0" });
    return {
      update: (done) => bar.update(done, { speed: (done / ((performance.now() - started) / 1000)).toFixed(0) }),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  const started = performance.now();
  return {
    update: (done) => {
      const now = performance.now();
      if (now - last < 2000 && done < total) return;
      last = now;
      const rate = done / ((now - started) / 1000);
      process.stderr.write(`ingest: ${done}/${total} documents, ${rate.toFixed(0)} docs/s\n`);
    },
    stop: () => {},
  };
}

export function printSummary(report: IngestReport, problems: PathProblem[]): void {
  const c = report.counts;
  const lines = [
    `documents ${report.documents} (added ${report.added}, replaced ${report.replaced}, unchanged ${report.unchanged}, failed ${report.failed.length + problems.length})`,
    `facts ${report.facts} in ${report.seconds.toFixed(1)} s (${(report.documents / Math.max(report.seconds, 1e-9)).toFixed(0)} docs/s)`,
    `nodes created ${c.nodesCreated}, deleted ${c.nodesDeleted}; relationships created ${c.relationshipsCreated}, deleted ${c.relationshipsDeleted}`,
    ...problems.map((p) => `failed ${p.path}: ${p.reason}`),
    ...report.failed.map((f) => `failed ${f.file}: ${f.reason}`),
  ];
  process.stderr.write(`${lines.join("\n")}\n`);
}

/** Ingests the paths with progress on stderr; used by `kg ingest` and by `kg serve` for the seeds. */
export async function ingestPaths(graph: Graph, paths: string[], opts: { quiet?: boolean; batchSize?: number } = {}): Promise<IngestRun> {
  const { files, problems } = await expandPaths(paths);
  const bar = opts.quiet ? null : progress(files.length);
  try {
    const report = await ingest(graph, readItems(files), { batchSize: opts.batchSize, onProgress: (done) => bar?.update(done) });
    return { report, problems };
  } finally {
    bar?.stop();
  }
}

export function register(program: Command): void {
  program
    .command("ingest")
    .description("ingest .txt documents (files, folders, globs) with their .meta.json")
    .argument("<paths...>", "files, folders or quoted globs")
    .option("--batch-size <n>", "documents per transaction", positiveInteger, 100)
    .action((paths: string[], opts: { batchSize: number }) =>
      withGraph(async (graph) => {
        try {
          const { report, problems } = await ingestPaths(graph, paths.map(fromCaller), { batchSize: opts.batchSize });
          printSummary(report, problems);
          if (report.failed.length > 0 || problems.length > 0) process.exitCode = 1;
        } catch (e) {
          if (!(e instanceof IngestAbortedError)) throw e;
          printSummary(e.report, []);
          process.stderr.write(`kg ingest: ${e.message}\nWhat was committed before stays; run the same command again to finish.\n`);
          process.exitCode = 1;
        }
      }),
    );
}
