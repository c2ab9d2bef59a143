/**
 * The batched reads behind the API's DataLoaders: for many nodes of one label at once, their
 * neighbors over one relationship, one row per distinct neighbor, with the evidence of every
 * supporting document when asked (facts.ts: fact edges to list, evidence edges to show). One
 * round trip per call.
 */
import { factType, layerType, type Fact, type Layer } from "../facts.ts";
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

/**
 * A relationship pattern from `a` (the node asked about) to `b` (the neighbor) over `r` (the edge),
 * in the variables given, on one layer of the facts (facts.ts): one edge per linked pair to list
 * neighbors, one per document when the edges' evidence or dates are read.
 */
type Pattern = (a: string, r: string, b: string, layer: Layer) => string;

/** A relationship field: its one pattern, and the label of its neighbors when there is only one. */
interface RelationSpec {
  to: Label | null;
  match: Pattern;
}
const relation = (to: Label | null, match: Pattern): RelationSpec => ({ to, match });
const out = (type: Fact) => (a: string, r: string, b: string, layer: Layer) => `(${a})-[${r}:${layerType(layer, type)}]->(${b})`;
const into = (type: Fact) => (a: string, r: string, b: string, layer: Layer) => `(${a})<-[${r}:${layerType(layer, type)}]-(${b})`;
const CHAIRED = factType("CHAIRED");
/** Documents of label `to` that meetings carrying out this one also carry out. */
const alsoImplemented = (to: "Directive" | "Resolution") =>
  relation(to, (a, r, b, layer) => `(${a})<-[:${factType("IMPLEMENTS")}]-()-[${r}:${layerType(layer, "IMPLEMENTS")}]->(${b}:${to})`);

/**
 * The one pattern of each relationship field, for the loaders' batches and the compiled queries
 * alike. A neighbor's label is written only where the relationship type does not already decide
 * it (write.ts gives every type fixed end labels; MENTIONS and IMPLEMENTS reach several): checking
 * it makes Neo4j read the neighbor's record once per edge.
 */
export const RELATIONS = {
  offices: relation("Office", out("HOLDS")),
  holders: relation("Person", into("HOLDS")),
  chaired: relation("Meeting", out("CHAIRED")),
  // A chair is usually said to attend too: count them once, as chairs.
  attended: relation("Meeting", (a, r, b, layer) => `${out("ATTENDED")(a, r, b, layer)} WHERE NOT (${a})-[:${CHAIRED}]->(${b})`),
  chairs: relation("Person", into("CHAIRED")),
  attendees: relation("Person", (a, r, b, layer) => `${into("ATTENDED")(a, r, b, layer)} WHERE NOT (${a})<-[:${CHAIRED}]-(${b})`),
  possiblySameAs: relation("Person", (a, r, b, layer) => `(${a})-[${r}:${layerType(layer, "POSSIBLY_SAME_AS")}]-(${b}) WHERE ${b} <> ${a}`),
  implements: relation(null, out("IMPLEMENTS")),
  implementedBy: relation("Meeting", into("IMPLEMENTS")),
  issuedBy: relation("Organization", out("ISSUED_BY")),
  issued: relation(null, into("ISSUED_BY")),
  organizer: relation("Organization", out("ORGANIZED_BY")),
  organized: relation("Meeting", into("ORGANIZED_BY")),
  meetingsHeld: relation("Meeting", into("IN_PROVINCE")),
  sources: relation("Document", (a, r, b) => `(${a})<-[${r}:MENTIONS]-(${b})`),
  mentionedMeetings: relation("Meeting", (a, r, b) => `(${a})-[${r}:MENTIONS]->(${b}:Meeting)`),
  mentionedPersons: relation("Person", (a, r, b) => `(${a})-[${r}:MENTIONS]->(${b}:Person)`),
  relatedResolutions: alsoImplemented("Resolution"),
  relatedDirectives: alsoImplemented("Directive"),
} satisfies Record<string, RelationSpec>;
export type Relation = keyof typeof RELATIONS;

/** Cypher map of an edge's properties, read when a selection asks for evidence or tenure; `more`: further entries. */
export const edgeProps = (r: string, more = ""): string => `${r} {.doc, .sentence, .start, .end, .former, .seenOn, .reason${more}}`;

/**
 * The order of a neighbor list: newest first for dated nodes, then by name, title or key, then id.
 * Written per label with only the properties that label has (the same order as the general
 * form, which applies to mixed lists): Neo4j reads every property named, and the general form
 * reads five where a person has one, a cost paid for every neighbor of every list.
 */
const ORDER: Record<Label, (b: string) => string> = {
  Person: (b) => `${b}.name, ${b}.id`,
  Office: (b) => `${b}.title, ${b}.id`,
  Organization: (b) => `${b}.name, ${b}.id`,
  Directive: (b) => `coalesce(${b}.title, ${b}.key), ${b}.id`,
  Resolution: (b) => `coalesce(${b}.name, ${b}.key), ${b}.id`,
  Meeting: (b) => `${b}.date DESC, ${b}.title, ${b}.id`,
  Document: (b) => `coalesce(${b}.date, ${b}.publishedAt) DESC, ${b}.title, ${b}.id`,
  Province: (b) => `${b}.name, ${b}.id`,
};
const anyLabelOrder = (b: string): string => `coalesce(${b}.date, ${b}.publishedAt) DESC, coalesce(${b}.name, ${b}.title, ${b}.key), ${b}.id`;

/** The order of the neighbors `b` of a relationship field. */
export const neighborOrder = (relation: Relation, b: string): string => {
  const to = RELATIONS[relation].to;
  return to ? ORDER[to](b) : anyLabelOrder(b);
};

/** The number of distinct neighbors `b` that `pattern` reaches: the length of the same field's whole list. */
export const countCypher = (pattern: string, b: string): string => `COUNT { MATCH ${pattern} WITH DISTINCT ${b} RETURN ${b} }`;

/**
 * Neighbors of each node in `ids` (all of label `label`) over `relation`, in the order of `ids`.
 * Without `withEdges` the edges' properties are not read (`edges` is empty): a much-reported
 * person has hundreds of per-document edges, and most questions only want the neighbors.
 */
export async function relatedByIds(reader: Reader, label: Label, relation: Relation, ids: readonly string[], withEdges: boolean): Promise<Related[][]> {
  // Label and pattern come from the constants above, never from input.
  const result = await reader.read<{ id: string; node: Record<string, unknown>; edges: EdgeRow[] }>(
    `UNWIND $ids AS id
     MATCH (a:${label} {id: id})
     MATCH ${RELATIONS[relation].match("a", "r", "b", withEdges ? "evidence" : "facts")}
     ${withEdges ? `WITH id, b, collect(${edgeProps("r")}) AS edges` : "WITH DISTINCT id, b, [] AS edges"}
     RETURN id, ${nodeProps("b")} AS node, edges
     ORDER BY id, ${neighborOrder(relation, "b")}`,
    { ids },
  );
  const byId = new Map<string, Related[]>(ids.map((id) => [id, []]));
  for (const r of result.records) byId.get(r.get("id"))?.push({ node: toNodeRow(r.get("node")), edges: r.get("edges") });
  return ids.map((id) => byId.get(id)!);
}

/** How many neighbors each node in `ids` (all of label `label`) has over `relation`, in the order of `ids`: the lengths of `relatedByIds`' lists. */
export async function relatedCounts(reader: Reader, label: Label, relation: Relation, ids: readonly string[]): Promise<number[]> {
  const result = await reader.read<{ id: string; count: number }>(
    `UNWIND $ids AS id
     MATCH (a:${label} {id: id})
     RETURN id, ${countCypher(RELATIONS[relation].match("a", "r", "b", "facts"), "b")} AS count`,
    { ids },
  );
  const byId = new Map(result.records.map((r) => [r.get("id"), r.get("count")]));
  return ids.map((id) => byId.get(id) ?? 0);
}
