/**
 * A node and every relationship field a GraphQL selection asks of it, at any depth, in ONE Cypher
 * query: nested COLLECT subqueries over the same RELATIONS patterns, order and edge properties as
 * the loaders' batches (batch.ts), so both give the same lists. The API's resolvers then read a
 * field from its parent (`PREFETCHED`) instead of asking the loaders: one round trip, not one per level.
 */
import { countCypher, edgeProps, neighborOrder, RELATIONS, type EdgeRow, type Related, type Relation } from "./batch.ts";
import { fromProps, LABELS, propsCypher, type Label, type NodeRow, type Reader } from "./nodes.ts";

/** The relationship fields to read with a node, per label it may have (an interface's types differ). */
export type NodePlan = ReadonlyMap<Label, readonly RelatedPlan[]>;

/**
 * What to read with each neighbor. `key` null: the neighbor itself is the field's value. Otherwise
 * the field's value wraps the neighbor (`chairs { person … evidence }`) and `key` is the response
 * key of the wrapper's node field: each alias of it may select differently.
 */
export interface View {
  key: string | null;
  plan: NodePlan;
}

export interface RelatedPlan {
  /** The field's response key: where its value goes in the parent's `PREFETCHED`. */
  key: string;
  relation: Relation;
  /** Whether the edges' properties are read (evidence, tenure). */
  edges: boolean;
  /** The neighbor's properties to read: what the selection shows of it (always its id). */
  props: readonly string[];
  views: readonly View[];
  /** The documents of the evidence, when the selection shows them (with `edges`). */
  documents?: DocumentsPlan;
  /** Leave out this many neighbors first, in the list's order (the field's `offset`). */
  skip?: number;
  /** At most this many neighbors after those (the field's `first`). */
  limit?: number;
  /** The field is the number of neighbors (`…Count`), not their list: nothing else of this plan is read. */
  count?: boolean;
}

/** What to read of each edge's document: its properties, and one view per alias of `document`. */
export interface DocumentsPlan {
  props: readonly string[];
  views: readonly View[];
}

/** Relationship fields read with a node, by response key: a list of neighbors, or their number. */
export type Prefetched = Map<string, PrefetchedRelated[] | number>;
export const PREFETCHED = Symbol("prefetched");
export type PrefetchedNode = NodeRow & { [PREFETCHED]?: Prefetched };
/** An edge read by the compiled query: its document, one copy per alias, when the selection shows it. */
export type PrefetchedEdge = EdgeRow & { views?: Map<string, PrefetchedNode> };
/** A neighbor read by the compiled query: a wrapper's views are copies of `node`, one per alias. */
export type PrefetchedRelated = Related & { edges: PrefetchedEdge[]; views?: Map<string, PrefetchedNode> };

/** Cypher list of `view`'s values for node variable `v`, one per view, in order. */
export function viewsCypher(views: readonly View[], v: string, depth: number): string {
  return `[${views.map((view) => nestedCypher(view.plan, v, depth)).join(", ")}]`;
}

function nestedCypher(plan: NodePlan, v: string, depth: number): string {
  const list = (fields: readonly RelatedPlan[]) => `[${fields.map((f) => relatedCypher(f, v, depth)).join(", ")}]`;
  if (plan.size === 1) return list([...plan.values()][0]!);
  // An interface: each type has its own relationship fields.
  const cases = [...plan].filter(([, fields]) => fields.length > 0);
  if (cases.length === 0) return "[]";
  return `CASE ${cases.map(([label, fields]) => `WHEN ${v}:${checked(label)} THEN ${list(fields)}`).join(" ")} ELSE [] END`;
}

/**
 * Rows `[node, edges, views]`, distinct neighbors in the loaders' order. The edges are matched again
 * per neighbor: an aggregation inside a COLLECT in RETURN is refused. Variables are numbered by depth.
 */
function relatedCypher(f: RelatedPlan, a: string, depth: number): string {
  const [r, b, d] = [`r${depth}`, `n${depth}`, `d${depth}`];
  const { match } = RELATIONS[f.relation];
  if (f.count) return countCypher(match(a, r, b, "facts"), b);
  const document = f.documents
    ? `, document: COLLECT { MATCH (${d}:Document {id: ${r}.doc}) RETURN [${propsCypher(d, f.documents.props)}, ${viewsCypher(f.documents.views, d, depth + 1)}] }`
    : "";
  const edges = f.edges ? `COLLECT { MATCH ${match(a, r, b, "evidence")} RETURN ${edgeProps(r, document)} }` : "[]";
  // Integers checked here, never text from the request.
  const positive = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n >= 1;
  const page = `${positive(f.skip) ? ` SKIP ${f.skip}` : ""}${positive(f.limit) ? ` LIMIT ${f.limit}` : ""}`;
  return `COLLECT { MATCH ${match(a, r, b, "facts")} WITH DISTINCT ${b} ORDER BY ${neighborOrder(f.relation, b)}${page}
    RETURN [${propsCypher(b, f.props)}, ${edges}, ${viewsCypher(f.views, b, depth + 1)}] }`;
}

/** Labels come from the schema's type names: refuse anything but the fixed list. */
function checked(label: string): Label {
  if (!(LABELS as readonly string[]).includes(label)) throw new Error(`not a node label: ${label}`);
  return label as Label;
}

type Row = [unknown[], Array<EdgeRow & { document?: Array<[unknown[], unknown[]]> }>, unknown[]];

/** Attaches what `viewsCypher` read: to the node itself (key null), or to copies of it, one per alias. */
export function decodeViews(views: readonly View[], node: PrefetchedNode, values: unknown[]): Map<string, PrefetchedNode> | undefined {
  let copies: Map<string, PrefetchedNode> | undefined;
  views.forEach((view, i) => {
    const prefetched = decodeNested(view.plan, node.__typename, values[i] as unknown[]);
    if (view.key === null) node[PREFETCHED] = prefetched;
    else (copies ??= new Map()).set(view.key, { ...node, [PREFETCHED]: prefetched });
  });
  return copies;
}

function decodeNested(plan: NodePlan, label: Label, values: unknown[]): Prefetched {
  const fields = plan.size === 1 ? [...plan.values()][0]! : (plan.get(label) ?? []);
  return new Map(fields.map((f, i) => [f.key, f.count ? (values[i] as number) : (values[i] as Row[]).map(([props, edges, views]) => decodeRelated(f, props, edges, views))]));
}

function decodeRelated(f: RelatedPlan, values: unknown[], rows: Row[1], views: unknown[]): PrefetchedRelated {
  const node = fromProps(f.props, values);
  const copies = decodeViews(f.views, node, views);
  const edges = f.documents ? rows.map((e) => decodeEdge(f.documents!, e)) : rows;
  return copies ? { node, edges, views: copies } : { node, edges };
}

function decodeEdge(documents: DocumentsPlan, { document, ...edge }: Row[1][number]): PrefetchedEdge {
  const [props, views] = document?.[0] ?? [];
  return props ? { ...edge, views: decodeViews(documents.views, fromProps(documents.props, props), views!) } : edge;
}

/** The node of that label and id, its properties `props`, with everything `plan` asks for, or null: one round trip. */
export async function nodeWithPlan(reader: Reader, label: Label, id: string, props: readonly string[], plan: NodePlan): Promise<PrefetchedNode | null> {
  const result = await reader.read<{ node: unknown[]; nested: unknown[] }>(
    `MATCH (n0:${checked(label)} {id: $id}) RETURN ${propsCypher("n0", props)} AS node, ${viewsCypher([{ key: null, plan }], "n0", 1)} AS nested`,
    { id },
  );
  const record = result.records[0];
  if (!record) return null;
  const node = fromProps(props, record.get("node"));
  decodeViews([{ key: null, plan }], node, record.get("nested"));
  return node;
}
