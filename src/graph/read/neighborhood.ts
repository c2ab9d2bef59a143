/**
 * The nodes within a few hops of one node over the fact edges, breadth first so that the nearest
 * come first when `limit` cuts, and the fact edges among them (with the evidence of every
 * supporting document, when asked). One round trip.
 */
import { int } from "neo4j-driver";
import { EVIDENCE_TYPES, FACT_TYPES, typeOfFact } from "../facts.ts";
import { drawnEdge, drawnNode, evidenceOfRows, evidenceParams, type DrawnEdge, type DrawnNode, type EvidenceRead, type EvidenceTuple, type Label, type Reader } from "./nodes.ts";

export interface Neighborhood {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  truncated: boolean;
}

/**
 * One breadth-first level: the not yet seen neighbors of the frontier, cut to what `limit`
 * leaves room for (seen never exceeds limit + 1, so the slice bound is never negative). The
 * search stops at limit + 1 new nodes, more than any level has room for: a province or a
 * directive has thousands of meetings, and collecting them all to keep a hundred was most of
 * the work.
 */
const LEVEL = `
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[:${FACT_TYPES}]-(n)
  WHERE NOT n IN seen
  WITH DISTINCT n LIMIT $limit + 1
  RETURN collect(n) AS found
}
WITH seen, found[..($limit + 1 - size(seen))] AS next
WITH seen + next AS seen, next AS frontier`;

type Row = { node: DrawnNode; out: Array<[type: string, to: string, evidence: EvidenceTuple[], evidenceCount: number | null]>; truncated: boolean };

/**
 * `depth` must already be validated (1 to 3): it is the number of levels written into the query.
 * One row per node with its outgoing edges, not one record for the whole drawing: the driver
 * decodes a record spread over many network chunks several times slower (BENCHMARKS.md).
 */
export async function neighborhood(reader: Reader, label: Label, id: string, depth: number, limit: number, evidence: EvidenceRead = { first: null }): Promise<Neighborhood | null> {
  const edges = evidence
    ? `MATCH (a)-[r:${EVIDENCE_TYPES}]->(b) WHERE b IN nodes
       WITH b, type(r) AS type, r ${evidenceOfRows(["b", "type"], "r", evidence)}`
    : `MATCH (a)-[e:${FACT_TYPES}]->(b) WHERE b IN nodes
       WITH b, ${typeOfFact("e")} AS type, [] AS evidence, null AS evidenceCount`;
  const result = await reader.read<Row>(
    `MATCH (s:${label} {id: $id})
     WITH [s] AS seen, [s] AS frontier
     ${LEVEL.repeat(depth)}
     WITH seen[..$limit] AS nodes, size(seen) > $limit AS truncated
     UNWIND range(0, size(nodes) - 1) AS i
     WITH nodes, truncated, i, nodes[i] AS a
     CALL (a, nodes) {
       ${edges}
       WITH type, b.id AS to, evidence, evidenceCount ORDER BY type, to
       RETURN collect([type, to, evidence, evidenceCount]) AS out
     }
     RETURN ${drawnNode("a")} AS node, out, truncated ORDER BY i`,
    { id, limit: int(limit), ...evidenceParams(evidence) },
  );
  if (result.records.length === 0) return null;
  const rows = result.records.map((r) => r.toObject());
  return {
    nodes: rows.map((r) => r.node),
    edges: rows.flatMap((r) => r.out.map(([type, to, evidence, evidenceCount]) => drawnEdge({ type, from: r.node.id, to }, evidence, evidenceCount))),
    truncated: rows[0]!.truncated,
  };
}
