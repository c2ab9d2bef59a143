/**
 * The nodes within a few hops of one node over the fact relationships, breadth first so that the
 * nearest come first when `limit` cuts, and the edges among them with the per-document edges
 * merged into one (with all their evidence). One round trip.
 */
import { int } from "neo4j-driver";
import { drawnId, drawnNode, EVIDENCE, FACT_TYPES, type DrawnEdge, type DrawnNode, type Label, type Reader } from "./nodes.ts";

export interface Neighborhood {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  truncated: boolean;
}

/**
 * One breadth-first level: the not yet seen neighbors of the frontier, cut to what `limit`
 * leaves room for (seen never exceeds limit + 1, so the slice bound is never negative).
 */
const LEVEL = `
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[:${FACT_TYPES}]-(n)
  WHERE NOT n IN seen
  RETURN collect(DISTINCT n) AS found
}
WITH seen, found[..($limit + 1 - size(seen))] AS next
WITH seen + next AS seen, next AS frontier`;

/** `depth` must already be validated (1 to 3): it is the number of levels written into the query. */
export async function neighborhood(reader: Reader, label: Label, id: string, depth: number, limit: number): Promise<Neighborhood | null> {
  const result = await reader.read<Neighborhood>(
    `MATCH (s:${label} {id: $id})
     WITH [s] AS seen, [s] AS frontier
     ${LEVEL.repeat(depth)}
     WITH seen[..$limit] AS nodes, size(seen) > $limit AS truncated
     CALL (nodes) {
       UNWIND nodes AS a
       MATCH (a)-[r:${FACT_TYPES}]->(b) WHERE b IN nodes
       WITH a, b, type(r) AS type, collect(r ${EVIDENCE}) AS evidence
       RETURN collect({type: type, from: ${drawnId("a")}, to: ${drawnId("b")}, evidence: evidence}) AS edges
     }
     RETURN [n IN nodes | ${drawnNode("n")}] AS nodes, edges, truncated`,
    { id, limit: int(limit) },
  );
  const record = result.records[0];
  return record ? { nodes: record.get("nodes"), edges: record.get("edges"), truncated: record.get("truncated") } : null;
}
