/** Resolver builders shared by the type groups: relationship fields read through the loaders. */
import { Kind, type GraphQLResolveInfo } from "graphql";
import type { EdgeRow, Relation } from "../../graph/read/batch.ts";
import type { NodeRow } from "../../graph/read/nodes.ts";
import type { ApiContext } from "../context.ts";

export interface EvidenceRow {
  doc: string;
  sentence: string;
  start: number;
  end: number;
}

/** The evidence of a fact's edges: those with a sentence, once each, in document order. */
export function evidenceOf(edges: ReadonlyArray<Pick<EdgeRow, "doc" | "sentence" | "start" | "end">>): EvidenceRow[] {
  const seen = new Set<string>();
  const out: EvidenceRow[] = [];
  for (const e of edges) {
    if (e.doc == null || e.sentence == null) continue;
    const key = `${e.doc}|${e.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ doc: e.doc, sentence: e.sentence, start: e.start ?? 0, end: e.end ?? 0 });
  }
  return out.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
}

/** Fields computed from a fact's edges: asking for none of them spares reading the edges. */
const EDGE_FIELDS = new Set(["evidence", "former", "firstSeen", "lastSeen", "reason"]);

/** Whether the selection under this field asks for anything read from the edges (fragments: assume so). */
function wantsEdges(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((f) => f.selectionSet?.selections.some((s) => s.kind !== Kind.FIELD || EDGE_FIELDS.has(s.name.value)));
}

/** A list field of the neighbors over `relation`. */
export const neighbors = (relation: Relation) => async (parent: NodeRow, _: unknown, ctx: ApiContext) =>
  (await ctx.loaders.related(parent.__typename, relation, parent.id)).map((r) => r.node);

/** A single-valued field: the first neighbor over `relation`, or null. */
export const neighbor = (relation: Relation) => async (parent: NodeRow, _: unknown, ctx: ApiContext) =>
  (await ctx.loaders.related(parent.__typename, relation, parent.id))[0]?.node ?? null;

/** A list of `{ [as]: neighbor, evidence }`, plus whatever `extra` derives from the edges. */
export const withEvidence =
  <K extends string>(relation: Relation, as: K, extra: (edges: EdgeRow[], node: NodeRow) => Record<string, unknown> = () => ({})) =>
  async (parent: NodeRow, _: unknown, ctx: ApiContext, info: GraphQLResolveInfo) =>
    (await ctx.loaders.related(parent.__typename, relation, parent.id, wantsEdges(info))).map((r) => ({
      [as]: r.node,
      evidence: evidenceOf(r.edges),
      ...extra(r.edges, r.node),
    }));

/** What a node is called in lists and drawings: a code, else a name, else a title. */
export const labelOfNode = (n: NodeRow): string => String(n.key ?? n.name ?? n.title ?? n.id);
