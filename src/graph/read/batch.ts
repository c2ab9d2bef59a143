/**
 * The batched reads behind the API's DataLoaders: for many nodes of one label at once, their
 * neighbors over one relationship, one row per distinct neighbor with the evidence of every
 * supporting edge (facts are stored as one edge per document). One round trip per call.
 */
import { nodeProps, toNodeRow, type Label, type NodeRow, type Reader } from "./nodes.ts";

/** What a fact edge carries; `doc` is null on MENTIONS, whose document is the edge's start. */
export interface EdgeRow {
  doc: string | null;
  sentence: string | null;
  start: number | null;
  end: number | null;
  former?: boolean | null;
  seenOn?: string | null;
  reason?: string | null;
}

export interface Related {
  node: NodeRow;
  edges: EdgeRow[];
}

/** Patterns from `a` (the node asked about) to `b` (the neighbor) over `r` (the edge). */
export const RELATIONS = {
  offices: "(a)-[r:HOLDS]->(b:Office)",
  holders: "(a)<-[r:HOLDS]-(b:Person)",
  chaired: "(a)-[r:CHAIRED]->(b:Meeting)",
  // A chair is usually said to attend too: count them once, as chairs.
  attended: "(a)-[r:ATTENDED]->(b:Meeting) WHERE NOT (a)-[:CHAIRED]->(b)",
  chairs: "(a)<-[r:CHAIRED]-(b:Person)",
  attendees: "(a)<-[r:ATTENDED]-(b:Person) WHERE NOT (a)<-[:CHAIRED]-(b)",
  possiblySameAs: "(a)-[r:POSSIBLY_SAME_AS]-(b:Person) WHERE b <> a",
  implements: "(a)-[r:IMPLEMENTS]->(b)",
  implementedBy: "(a)<-[r:IMPLEMENTS]-(b:Meeting)",
  issuedBy: "(a)-[r:ISSUED_BY]->(b:Organization)",
  issued: "(a)<-[r:ISSUED_BY]-(b)",
  organizer: "(a)-[r:ORGANIZED_BY]->(b:Organization)",
  organized: "(a)<-[r:ORGANIZED_BY]-(b:Meeting)",
  sources: "(a)<-[r:MENTIONS]-(b:Document)",
  mentionedMeetings: "(a)-[r:MENTIONS]->(b:Meeting)",
  mentionedPersons: "(a)-[r:MENTIONS]->(b:Person)",
  relatedResolutions: "(a)<-[:IMPLEMENTS]-(:Meeting)-[r:IMPLEMENTS]->(b:Resolution)",
  relatedDirectives: "(a)<-[:IMPLEMENTS]-(:Meeting)-[r:IMPLEMENTS]->(b:Directive)",
} as const;
export type Relation = keyof typeof RELATIONS;

/**
 * Neighbors of each node in `ids` (all of label `label`) over `relation`, in the order of `ids`.
 * Order within a list is stable: newest first for dated nodes, then by name, title or key.
 * Without `withEdges` the edges' properties are not read (`edges` is empty): a much-reported
 * person has hundreds of per-document edges, and most questions only want the neighbors.
 */
export async function relatedByIds(reader: Reader, label: Label, relation: Relation, ids: readonly string[], withEdges: boolean): Promise<Related[][]> {
  // Label and pattern come from the constants above, never from input.
  const result = await reader.read<{ id: string; node: Record<string, unknown>; edges: EdgeRow[] }>(
    `UNWIND $ids AS id
     MATCH (a:${label} {id: id})
     MATCH ${RELATIONS[relation]}
     ${withEdges ? "WITH id, b, collect(r {.doc, .sentence, .start, .end, .former, .seenOn, .reason}) AS edges" : "WITH DISTINCT id, b, [] AS edges"}
     RETURN id, ${nodeProps("b")} AS node, edges
     ORDER BY id, coalesce(b.date, b.publishedAt) DESC, coalesce(b.name, b.title, b.key), b.id`,
    { ids },
  );
  const byId = new Map<string, Related[]>(ids.map((id) => [id, []]));
  for (const r of result.records) byId.get(r.get("id"))?.push({ node: toNodeRow(r.get("node")), edges: r.get("edges") });
  return ids.map((id) => byId.get(id)!);
}
