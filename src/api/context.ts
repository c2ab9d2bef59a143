/** What every resolver receives: the request's reader (counting its round trips), loaders and settings. */
import type { QueryResult, RecordShape } from "neo4j-driver";
import type { Config } from "../config.ts";
import type { Graph } from "../graph/driver.ts";
import type { Reader } from "../graph/read/nodes.ts";
import { Loaders } from "./loaders.ts";

/** Reads through the shared driver with the configured timeout, counting this request's round trips. */
export class RequestReader implements Reader {
  roundTrips = 0;

  constructor(
    private readonly graph: Graph,
    private readonly timeoutMs: number,
  ) {}

  read<R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult<R>> {
    this.roundTrips++;
    return this.graph.read<R>(cypher, params, { timeoutMs: this.timeoutMs });
  }
}

export interface ApiContext {
  graph: Graph;
  config: Config;
  reader: RequestReader;
  loaders: Loaders;
  /** The request's `Authorization` header, for the mutation. */
  authorization: string | null;
  /** Root lookups and meeting pages read their selection's relationship fields in the same query (tests turn it off to compare). */
  singleQuery: boolean;
}

export function createContext(graph: Graph, config: Config, authorization: string | null, singleQuery = true): ApiContext {
  const reader = new RequestReader(graph, config.QUERY_TIMEOUT_MS);
  return { graph, config, reader, loaders: new Loaders(reader), authorization, singleQuery };
}
