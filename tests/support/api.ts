/** The API over real HTTP for integration tests: a server on a free port, a GraphQL client, the seeds. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { startServer, type ApiOptions } from "../../src/api/server.ts";
import { PROJECT_ROOT } from "../../src/config.ts";
import type { Graph } from "../../src/graph/driver.ts";
import { ingest, type IngestItem, type IngestReport } from "../../src/ingest/pipeline.ts";
import { emptyGraph, openTestGraph } from "./graph.ts";
import { testConfig } from "./test-config.ts";

export interface GqlResponse<D = Record<string, any>> {
  status: number;
  data?: D | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

export interface TestApi {
  url: string;
  /** POSTs an operation; `headers` are added to the request. */
  gql<D = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<D>>;
  close(): Promise<void>;
}

export async function startTestApi(graph: Graph, env: Record<string, string> = {}, options: ApiOptions = {}): Promise<TestApi> {
  const server = await startServer(graph, testConfig(env), { ...options, port: 0 });
  return {
    url: server.url,
    close: server.close,
    async gql(query, variables, headers = {}) {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
  };
}

/** The 15 annotated documents of seeds/, each with its sidecar meta. */
export async function seedItems(): Promise<IngestItem[]> {
  const dir = join(PROJECT_ROOT, "seeds");
  const names = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = join(dir, name);
      const meta = JSON.parse(await readFile(file.replace(/\.txt$/, ".meta.json"), "utf8"));
      return { file, text: await readFile(file, "utf8"), meta };
    }),
  );
}

export async function ingestSeeds(graph: Graph): Promise<IngestReport> {
  return ingest(graph, await seedItems());
}

/** The test graph holding exactly the seeds: opened, emptied, the seeds ingested (all of them, or it throws). */
export async function openSeededGraph(): Promise<Graph> {
  const graph = await openTestGraph();
  await emptyGraph(graph);
  const { failed } = await ingestSeeds(graph);
  if (failed.length > 0) throw new Error(`seeds failed to ingest: ${JSON.stringify(failed)}`);
  return graph;
}
