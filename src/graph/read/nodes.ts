/**
 * Node identity for reads: which label an id belongs to (by its prefix), the plain records the
 * API hands around, and the one lookup of nodes by id.
 */
import { int, type Integer, type QueryResult, type RecordShape } from "neo4j-driver";
import { PROVINCE_ID_PREFIX } from "../../resolve/keys.ts";

/** What read functions need from the graph: `Graph` itself, or a per-request counting wrapper. */
export interface Reader {
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
}

export const LABELS = ["Person", "Office", "Organization", "Directive", "Resolution", "Meeting", "Document", "Province"] as const;
export type Label = (typeof LABELS)[number];

const PREFIXES: Record<string, Label> = {
  per_: "Person", off_: "Office", org_: "Organization", dir_: "Directive", res_: "Resolution", mtg_: "Meeting", doc_: "Document",
};

/** The label of a node id, or null for an id no node can have. */
export function labelOf(id: string): Label | null {
  return PREFIXES[id.slice(0, 4)] ?? (id.startsWith(PROVINCE_ID_PREFIX) ? "Province" : null);
}

/** A node's properties plus `__typename`, which GraphQL's default type resolver reads for interfaces. */
export type NodeRow = { id: string; __typename: Label } & Record<string, unknown>;

/** Properties as returned by `nodeProps(n)` (a fresh map of the driver's: completed in place); the label comes from the id. */
export function toNodeRow(props: Record<string, unknown>): NodeRow {
  const id = String(props.id);
  const label = labelOf(id);
  if (!label) throw new Error(`node without a known id prefix: ${id}`);
  return Object.assign(props, { id, __typename: label });
}

const PROPERTY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Only the properties shown (a node's full map would be sent once per place it appears), as a list
 * in the order of `props`: a map's keys would be decoded again for every node.
 */
export function propsCypher(v: string, props: readonly string[]): string {
  // Names come from the schema's fields, never from input; checked all the same.
  for (const p of props) if (!PROPERTY.test(p)) throw new Error(`not a property name: ${p}`);
  return `[${props.map((p) => `${v}.${p}`).join(", ")}]`;
}

/** The node whose properties `propsCypher(v, props)` read. */
export function fromProps(props: readonly string[], values: readonly unknown[]): NodeRow {
  const row: Record<string, unknown> = {};
  props.forEach((p, i) => (row[p] = values[i]));
  return toNodeRow(row);
}

/** Cypher projection of a node without the bulky search field. */
export const nodeProps = (v: string): string => `${v} {.*, searchText: null}`;

/** Nodes of one label by id (one round trip), in the order of `ids`, null where absent. */
export async function nodesById(reader: Reader, label: Label, ids: readonly string[]): Promise<Array<NodeRow | null>> {
  // The label comes from the fixed list above, never from input; ids are a parameter.
  const result = await reader.read<{ n: Record<string, unknown> }>(`MATCH (n:${label}) WHERE n.id IN $ids RETURN ${nodeProps("n")} AS n`, { ids });
  const byId = new Map(result.records.map((r) => {
    const row = toNodeRow(r.get("n"));
    return [row.id, row] as const;
  }));
  return ids.map((id) => byId.get(id) ?? null);
}

/** What a node is called in lists and drawings, first present first: a code, a name, a title (else its id). */
export const LABEL_PROPS = ["key", "name", "title"] as const;

/** Cypher projecting a node for drawings (GraphNode): id, its one label, a human label. */
export const drawnNode = (v: string): string =>
  `{id: ${v}.id, kind: head(labels(${v})), label: coalesce(${LABEL_PROPS.map((p) => `${v}.${p}`).join(", ")}, ${v}.id)}`;

export interface DrawnNode {
  id: string;
  kind: string;
  label: string;
}

export interface DrawnEdge {
  type: string;
  from: string;
  to: string;
  evidence: Array<{ doc: string | null; sentence: string | null; start: number | null; end: number | null }>;
  /** How many documents state the fact, when its evidence was read (`evidence` may be cut). */
  evidenceCount?: number;
}

/**
 * Cypher of an edge's evidence as a list `[doc, sentence, start, end]`, null when the edge has no
 * sentence (collect drops it): lists, not maps, because the driver decodes a map's keys as
 * strings again for every edge, and drawings carry hundreds of edges.
 */
export const evidenceTuple = (r: string): string => `CASE WHEN ${r}.sentence IS NOT NULL THEN [${r}.doc, ${r}.sentence, ${r}.start, ${r}.end] END`;

/**
 * What a drawing reads of its edges' evidence: nothing (null), or the sentences with their
 * count, only the first `first` (in document order) when it is not null.
 */
export type EvidenceRead = { first: number | null } | null;

/**
 * Cypher reading `evidence` (tuples) and `evidenceCount` from the evidence edges `r` of one fact,
 * which the caller has as rows grouped by `keys` (none: one row, even from no edges). A cut list
 * is ordered in Cypher by document and offset (the API's order); uncut, the API orders it, and
 * Neo4j need not sort thousands of reports. `$evidenceFirst` is the cut.
 */
export const evidenceOfRows = (keys: readonly string[], r: string, read: { first: number | null }): string => {
  const k = keys.map((key) => `${key}, `).join("");
  return `
WITH ${k}${r}${read.first === null ? "" : ` ORDER BY ${r}.doc, ${r}.start`}
WITH ${k}collect(CASE WHEN ${r}.sentence IS NOT NULL THEN ${r} END) AS reports
WITH ${k}[x IN reports[..coalesce($evidenceFirst, size(reports))] | ${evidenceTuple("x")}] AS evidence, size(reports) AS evidenceCount`;
};

/** The parameter `evidenceOfRows` reads. */
export const evidenceParams = (read: EvidenceRead): { evidenceFirst: Integer | null } => ({ evidenceFirst: read?.first == null ? null : int(read.first) });

/** One edge's evidence as `evidenceTuple` reads it. */
export type EvidenceTuple = [doc: string, sentence: string, start: number, end: number];

/** A drawing's edge from what `evidenceOfRows` read (`evidenceCount` null: evidence not read). */
export const drawnEdge = (edge: Pick<DrawnEdge, "type" | "from" | "to">, evidence: readonly EvidenceTuple[], evidenceCount: number | null): DrawnEdge => ({
  ...edge,
  evidence: evidence.map(([doc, sentence, start, end]) => ({ doc, sentence, start, end })),
  ...(evidenceCount === null ? {} : { evidenceCount }),
});
