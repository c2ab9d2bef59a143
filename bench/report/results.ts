/** What `npm run bench` measures, per corpus size; saved as JSON and rendered by the report modules. */
import type { Measure } from "../support/load.ts";

export const SYSTEMS = ["ours", "peer", "raw"] as const;
export type System = (typeof SYSTEMS)[number];
export const SYSTEM_NAMES: Record<System, string> = { ours: "our API", peer: "@neo4j/graphql", raw: "raw Cypher" };

export interface IngestFigures {
  documents: number;
  facts: number;
  seconds: number;
  /** When the figures were measured: a run that finds the corpus loaded reports the loading run's. */
  measuredAt: string;
}

export interface QuestionResult {
  name: string;
  description: string;
  keyBased: boolean;
  /** Null when the systems returned the same data for the checked arguments, else what differed. */
  mismatch: string | null;
  /** `http`: the HTTP floor (bench/http-floor.ts), absent from runs before it was measured. */
  cells: Array<{ clients: number; http?: Measure } & Record<System, Measure>>;
}

export interface SizeResult {
  docs: number;
  seed: number;
  /** Version and memory settings of its database. */
  neo4j: string;
  /** Node counts by label. */
  graph: string;
  ingest: IngestFigures;
  /** Peak resident memory of each server process, MiB. */
  peakRssMiB: { ours: number; peer: number };
  questions: QuestionResult[];
}

export interface RunResult {
  command: string;
  machine: string;
  date: string;
  load: string;
  sizes: SizeResult[];
}
