/** Resolver builders shared by the type groups: relationship fields, read with their parent or through the loaders. */
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
import type { EdgeRow, Relation } from "../../graph/read/batch.ts";
import { LABEL_PROPS, type Label, type NodeRow } from "../../graph/read/nodes.ts";
import { nodeWithPlan, PREFETCHED, type PrefetchedEdge, type PrefetchedNode, type PrefetchedRelated } from "../../graph/read/projection.ts";
import type { ApiContext } from "../context.ts";
import { bounded } from "../limits.ts";
import { nodePlan, readsRelations, relationField, selectedProps, walkOf, wantsEdges } from "../selection.ts";

export interface EvidenceRow {
  doc: string;
  sentence: string;
  start: number;
  end: number;
}

/** The evidence of a fact's edges: those with a sentence, once each, in document order (with their documents when read). */
export function evidenceOf(edges: ReadonlyArray<Pick<PrefetchedEdge, "doc" | "sentence" | "start" | "end" | "views">>): EvidenceRow[] {
  const seen = new Set<string>();
  const out: EvidenceRow[] = [];
  for (const e of edges) {
    if (e.doc == null || e.sentence == null) continue;
    const key = `${e.doc}|${e.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(withViews({ doc: e.doc, sentence: e.sentence, start: e.start ?? 0, end: e.end ?? 0 }, e.views));
  }
  return out.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
}

/**
 * A root lookup: the node with every relationship field its selection asks for, in one query; a
 * selection of properties only goes through the loader, which batches sibling root fields.
 */
export function rootNode(label: Label, id: string, ctx: ApiContext, info: GraphQLResolveInfo): Promise<NodeRow | null> {
  if (!ctx.singleQuery) return ctx.loaders.node(label, id);
  const [walk, type] = [walkOf(info), info.schema.getType(label)!];
  const plan = nodePlan(walk, type, info.fieldNodes);
  return readsRelations(plan) ? nodeWithPlan(ctx.reader, label, id, [...selectedProps(walk, type, info.fieldNodes)], plan) : ctx.loaders.node(label, id);
}

/**
 * `then` of the neighbors over `relation`: at once when they were read with the parent (no promise
 * per field for graphql-js to await), else once the loaders have them.
 */
function related<T>(relation: Relation, parent: NodeRow, ctx: ApiContext, info: GraphQLResolveInfo, then: (r: PrefetchedRelated[], paged: boolean) => T, withEdges = () => false): T | Promise<T> {
  const prefetched = prefetchedOf(parent, info);
  return Array.isArray(prefetched) ? then(prefetched, true) : ctx.loaders.related(parent.__typename, relation, parent.id, withEdges()).then((rs) => then(rs, false));
}

/** What the single query read for the field being resolved, if it read it. */
const prefetchedOf = (parent: NodeRow, info: GraphQLResolveInfo) => (parent as PrefetchedNode)[PREFETCHED]?.get(info.path.key as string);

/** A `…Count` field: how many neighbors over `relation`, the length of the whole list. */
export const neighborCount = (relation: Relation) =>
  relationField((parent: NodeRow, _: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const prefetched = prefetchedOf(parent, info);
    return typeof prefetched === "number" ? prefetched : ctx.loaders.count(parent.__typename, relation, parent.id);
  }, { relation, count: true });

export interface ListArgs {
  first?: number | null;
  offset?: number | null;
}

/** The part of a list to give (`first` null: all the rest); checked before anything is read. */
interface Page {
  offset: number;
  first: number | null;
}
const GRAPHQL_INT_MAX = 2 ** 31 - 1;

/** A list's `first` argument: null for all, else checked against MAX_PAGE_SIZE. */
export const firstArg = (first: number | null | undefined, ctx: ApiContext): number | null =>
  first == null ? null : bounded("first", first, 1, ctx.config.MAX_PAGE_SIZE);

export const pageArgs = (args: ListArgs, ctx: ApiContext): Page => ({
  offset: args.offset == null ? 0 : bounded("offset", args.offset, 0, GRAPHQL_INT_MAX),
  first: firstArg(args.first, ctx),
});

export const pageOf = <T>(list: T[], { offset, first }: Page): T[] => list.slice(offset, first === null ? undefined : offset + first);

/** A list field of the neighbors over `relation`. The single query reads only the page (`paged`); the loaders read it whole. */
export const neighbors = (relation: Relation) =>
  relationField((parent: NodeRow, args: ListArgs, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const page = pageArgs(args, ctx);
    return related(relation, parent, ctx, info, (rs, paged) => (paged ? rs : pageOf(rs, page)).map((r) => r.node));
  }, { relation });

/** A single-valued field: the first neighbor over `relation`, or null. */
export const neighbor = (relation: Relation) =>
  relationField((parent: NodeRow, _: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => related(relation, parent, ctx, info, (rs) => rs[0]?.node ?? null), { relation });

/** Where a wrapper keeps the copies of its neighbor that carry what each alias of `as` selected. */
const VIEWS = Symbol("views");

/** A wrapper object (fact, page edge) with the per-alias copies of its neighbor. */
export function withViews<T extends object>(wrapper: T, views: Map<string, PrefetchedNode> | undefined): T {
  if (views) (wrapper as { [VIEWS]?: Map<string, PrefetchedNode> })[VIEWS] = views;
  return wrapper;
}

/**
 * A list of `{ [as]: neighbor, evidence }`, plus whatever `extra` derives from the edges, in the
 * neighbors' order or by `order`. `viewed(as)` must resolve the wrapper's `as` field.
 */
export const withEvidence = <K extends string>(
  relation: Relation,
  as: K,
  extra: (edges: EdgeRow[], node: NodeRow) => Record<string, unknown> = () => ({}),
  order?: (a: Record<string, unknown>, b: Record<string, unknown>) => number,
) =>
  relationField((parent: NodeRow, args: ListArgs, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const page = pageArgs(args, ctx);
    const withEdges = () => wantsEdges(walkOf(info), getNamedType(info.returnType) as GraphQLObjectType, info.fieldNodes);
    return related(relation, parent, ctx, info, (rs, paged) => {
      const wrap = (r: PrefetchedRelated) => withViews({ [as]: r.node, evidence: evidenceOf(r.edges), ...extra(r.edges, r.node) }, r.views);
      // A list ordered here is read whole, then cut.
      return order ? pageOf(rs.map(wrap).sort(order), page) : (paged ? rs : pageOf(rs, page)).map(wrap);
    }, withEdges);
  }, { relation, as, ordered: order !== undefined });

/** The copy of a wrapper's neighbor read for the alias being resolved, if any. */
export const viewOf = (wrapper: object, info: GraphQLResolveInfo): PrefetchedNode | undefined =>
  (wrapper as { [VIEWS]?: Map<string, PrefetchedNode> })[VIEWS]?.get(info.path.key as string);

/** A wrapper's field holding the neighbor: the copy read for this alias when there is one. */
export const viewed = (as: string) => (wrapper: Record<string, unknown>, _: unknown, __: unknown, info: GraphQLResolveInfo) => viewOf(wrapper, info) ?? wrapper[as];

/** What a node is called in lists and drawings: a code, else a name, else a title. */
export const labelOfNode = (n: NodeRow): string => String(LABEL_PROPS.map((p) => n[p]).find((v) => v != null) ?? n.id);
