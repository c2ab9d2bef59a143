/**
 * Shortest connections between two nodes over the fact relationships. A fact is one edge per
 * document, so many paths differ only in which document's edge they take: paths are kept
 * distinct by their steps, and each step carries the evidence of all its parallel edges.
 */
import { int } from "neo4j-driver";
import { drawnId, drawnNode, evidenceTuple, FACT_TYPES, fromEvidenceTuples, type DrawnEdge, type DrawnNode, type EvidenceTuple, type Label, type Reader } from "./nodes.ts";

export interface Path {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

/** `maxLength` must already be validated (1 to 6): it is written into the pattern, which takes no parameter there. */
export async function shortestPaths(
  reader: Reader,
  from: { label: Label; id: string },
  to: { label: Label; id: string },
  maxLength: number,
  first: number,
  withEvidence = true,
): Promise<Path[]> {
  const perStep = withEvidence ? `WITH i, type, x, y, collect(${evidenceTuple("r")}) AS evidence` : "WITH DISTINCT i, type, x, y, [] AS evidence";
  const result = await reader.read<{ nodes: DrawnNode[]; edges: Array<Omit<DrawnEdge, "evidence"> & { evidence: EvidenceTuple[] }> }>(
    `MATCH (a:${from.label} {id: $from}), (b:${to.label} {id: $to})
     MATCH p = allShortestPaths((a)-[:${FACT_TYPES}*..${maxLength}]-(b))
     WITH DISTINCT nodes(p) AS ns, [r IN relationships(p) | {type: type(r), from: startNode(r), to: endNode(r)}] AS steps
     LIMIT $first
     CALL (steps) {
       UNWIND range(0, size(steps) - 1) AS i
       WITH i, steps[i] AS step
       WITH i, step.type AS type, step.from AS x, step.to AS y
       MATCH (x)-[r]->(y) WHERE type(r) = type
       ${perStep}
       ORDER BY i
       RETURN collect({type: type, from: ${drawnId("x")}, to: ${drawnId("y")}, evidence: evidence}) AS edges
     }
     RETURN [n IN ns | ${drawnNode("n")}] AS nodes, edges`,
    { from: from.id, to: to.id, first: int(first) },
  );
  return result.records.map((r) => ({ nodes: r.get("nodes"), edges: r.get("edges").map((e) => ({ ...e, evidence: fromEvidenceTuples(e.evidence) })) }));
}
