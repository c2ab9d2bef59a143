/**
 * The benchmark's five questions as hand-written Cypher: what the driver alone runs (the floor),
 * and, for the three questions no CRUD API can express (neighborhood, paths, search), the bodies
 * that the @neo4j/graphql peer runs as `@cypher` fields, so that it does exactly the same work.
 *
 * Same semantics as our API (docs/graph-model.md): lists and searches follow the fact edges (one
 * `CHAIRED_FACT` per linked pair), evidence is read from the per-document edges (`CHAIRED`) that
 * have a sentence (IN_PROVINCE has none); a chair is not repeated as an attendee; lists are in the
 * API's order. A body starts from the node `this` (the peer binds it; the floor matches it first).
 * Like the API's, the patterns leave out the labels that a relationship type already decides.
 */

/** The fact edges, one per linked pair: what neighborhoods and paths follow. */
const FACTS = "HOLDS_FACT|CHAIRED_FACT|ATTENDED_FACT|IMPLEMENTS_FACT|ISSUED_BY_FACT|ORGANIZED_BY_FACT|IN_PROVINCE_FACT|POSSIBLY_SAME_AS_FACT";
/** The evidence edges, one per document, with their sentences. */
const EVIDENCE = "HOLDS|CHAIRED|ATTENDED|IMPLEMENTS|ISSUED_BY|ORGANIZED_BY|IN_PROVINCE|POSSIBLY_SAME_AS";
/** Fixed by the questions: Cypher takes neither a depth nor a path length as a parameter. */
export const NEIGHBORHOOD_DEPTH = 2;
export const MAX_PATH_LENGTH = 4;

const drawnId = (v: string) => `coalesce(${v}.id, 'province:' + ${v}.name)`;
const nodeLabel = (v: string) => `coalesce(${v}.key, ${v}.name, ${v}.title, ${v}.id)`;
const MEETINGS_ORDER = "m.date DESC, m.title, m.id";

export const HEADLINE = `
MATCH (d:Directive {key: $key})
RETURN d {.key, .issuer, meetings: COLLECT {
  MATCH (d)<-[:IMPLEMENTS_FACT]-(m) WITH m ORDER BY ${MEETINGS_ORDER}
  RETURN m {.title, .date,
    chairedBy: COLLECT { MATCH (p)-[:CHAIRED_FACT]->(m) WITH p ORDER BY p.name, p.id
      RETURN p {.name, offices: COLLECT { MATCH (p)-[:HOLDS_FACT]->(o) WITH o ORDER BY o.title, o.id RETURN o {.title} }} },
    attendedBy: COLLECT { MATCH (p)-[:ATTENDED_FACT]->(m) WHERE NOT (p)-[:CHAIRED_FACT]->(m) WITH p ORDER BY p.name, p.id RETURN p {.name} }}
}} AS answer`;

export const TWO_LEVELS = `
MATCH (p:Person {id: $id})
RETURN p {.name, chaired: COLLECT {
  MATCH (p)-[:CHAIRED_FACT]->(m) WITH m ORDER BY ${MEETINGS_ORDER}
  RETURN {meeting: m {.title, .date,
    attendedBy: COLLECT { MATCH (a)-[:ATTENDED_FACT]->(m) WHERE NOT (a)-[:CHAIRED_FACT]->(m) WITH a ORDER BY a.name, a.id RETURN a {.name} }}}
}} AS answer`;

/** One breadth-first level: the unseen neighbors of the frontier (the first `$limit` + 1 found), cut to what `$limit` leaves room for. */
const LEVEL = `
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[:${FACTS}]-(n)
  WHERE NOT n IN seen
  WITH DISTINCT n LIMIT $limit + 1
  RETURN collect(n) AS found
}
WITH seen, found[..($limit + 1 - size(seen))] AS next
WITH seen + next AS seen, next AS frontier`;

/** Nodes within NEIGHBORHOOD_DEPTH hops of `this`, nearest first, at most `$limit`; the edges among them merged per fact. */
export const NEIGHBORHOOD_BODY = `
WITH [this] AS seen, [this] AS frontier
${LEVEL.repeat(NEIGHBORHOOD_DEPTH)}
WITH seen[..$limit] AS nodes, size(seen) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:${EVIDENCE}]->(b) WHERE b IN nodes
  WITH a, b, type(r) AS type, collect(CASE WHEN r.sentence IS NOT NULL THEN {sentence: r.sentence} END) AS evidence
  RETURN collect({type: type, from: ${drawnId("a")}, to: ${drawnId("b")}, evidence: evidence}) AS edges
}
RETURN {truncated: truncated, edges: edges,
  nodes: [n IN nodes | {id: ${drawnId("n")}, kind: head(labels(n)), label: ${nodeLabel("n")}}]} AS subgraph`;

/** Shortest paths from `this` to the person `$to` over fact edges, each step with the evidence of its documents. */
export const PATHS_BODY = `
MATCH (b:Person {id: $to})
MATCH p = allShortestPaths((this)-[:${FACTS}*..${MAX_PATH_LENGTH}]-(b))
WITH p LIMIT $first
CALL (p) {
  UNWIND range(0, length(p) - 1) AS i
  WITH i, relationships(p)[i] AS s
  WITH i, startNode(s) AS x, endNode(s) AS y, left(type(s), size(type(s)) - 5) AS type
  ORDER BY i
  RETURN collect({type: type, evidence: COLLECT { MATCH (x)-[r]->(y) WHERE type(r) = type AND r.sentence IS NOT NULL RETURN {sentence: r.sentence} }}) AS edges
}
RETURN {length: length(p), edges: edges, nodes: [n IN nodes(p) | {id: ${drawnId("n")}, label: ${nodeLabel("n")}}]} AS path`;

/** Full-text hits for `$query` (the API's Lucene query of a folded text), best first. */
export const SEARCH_BODY = `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $first}) YIELD node, score
WITH node, score ORDER BY score DESC, node.id
RETURN {score: score, kind: toUpper(head(labels(node))), label: ${nodeLabel("node")}, node: {id: node.id}} AS hit`;

export const NEIGHBORHOOD = `MATCH (this:Meeting {id: $id}) ${NEIGHBORHOOD_BODY}`;
export const PATHS = `MATCH (this:Person {id: $from}) ${PATHS_BODY}`;
export const SEARCH = SEARCH_BODY;
