/**
 * Shortest connections between two nodes over the fact edges (one per linked pair, so every path
 * found is a distinct sequence of steps); each step carries the evidence of every document that
 * supports it, when asked.
 */
import { int } from "neo4j-driver";
import { FACT_TYPES, typeOfFact } from "../facts.ts";
import { drawnEdge, drawnNode, evidenceOfRows, evidenceParams, type DrawnEdge, type DrawnNode, type EvidenceRead, type EvidenceTuple, type Label, type Reader } from "./nodes.ts";

export interface Path {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

type Step = Omit<DrawnEdge, "evidence" | "evidenceCount"> & { evidence: EvidenceTuple[]; evidenceCount: number | null };

/** `maxLength` must already be validated (1 to 6): it is written into the pattern, which takes no parameter there. */
export async function shortestPaths(
  reader: Reader,
  from: { label: Label; id: string },
  to: { label: Label; id: string },
  maxLength: number,
  first: number,
  evidence: EvidenceRead = { first: null },
): Promise<Path[]> {
  // A step's evidence: the per-document edges of its fact, between the same two nodes.
  const perStep = evidence
    ? `CALL (x, y, type) { MATCH (x)-[r]->(y) WHERE type(r) = type ${evidenceOfRows([], "r", evidence)} RETURN evidence, evidenceCount }`
    : "WITH i, x, y, type, [] AS evidence, null AS evidenceCount";
  const result = await reader.read<{ nodes: DrawnNode[]; edges: Step[] }>(
    `MATCH (a:${from.label} {id: $from}), (b:${to.label} {id: $to})
     MATCH p = allShortestPaths((a)-[:${FACT_TYPES}*..${maxLength}]-(b))
     WITH p LIMIT $first
     CALL (p) {
       UNWIND range(0, length(p) - 1) AS i
       WITH i, relationships(p)[i] AS s
       WITH i, startNode(s) AS x, endNode(s) AS y, ${typeOfFact("s")} AS type
       ${perStep}
       WITH i, x, y, type, evidence, evidenceCount ORDER BY i
       RETURN collect({type: type, from: x.id, to: y.id, evidence: evidence, evidenceCount: evidenceCount}) AS edges
     }
     RETURN [n IN nodes(p) | ${drawnNode("n")}] AS nodes, edges`,
    { from: from.id, to: to.id, first: int(first), ...evidenceParams(evidence) },
  );
  return result.records.map((r) => ({
    nodes: r.get("nodes"),
    edges: r.get("edges").map(({ evidence: tuples, evidenceCount, ...edge }) => drawnEdge(edge, tuples, evidenceCount)),
  }));
}
