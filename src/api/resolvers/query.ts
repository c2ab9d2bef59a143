/** Root lookups by id, search, and the drawing queries (neighborhood, paths, stats). */
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
import { graphStats } from "../../graph/read/stats.ts";
import { neighborhood } from "../../graph/read/neighborhood.ts";
import { labelOf, type DrawnEdge, type EvidenceRead, type Label } from "../../graph/read/nodes.ts";
import { shortestPaths } from "../../graph/read/paths.ts";
import { searchEntities } from "../../graph/read/search.ts";
import type { ApiContext } from "../context.ts";
import { badInput } from "../errors.ts";
import { argumentsAt, fieldNodesNamed, selectedProps, selectsPath, walkOf } from "../selection.ts";
import { bounded, MAX_NEIGHBORHOOD_DEPTH, MAX_NEIGHBORHOOD_NODES, MAX_PATH_LENGTH, MAX_PATHS, shortText } from "../limits.ts";
import { evidenceOf, firstArg, labelOfNode, rootNode } from "./shared.ts";

/**
 * What a drawing's selection shows of its edges' evidence: most drawings want only the shape, and
 * evidence is most of the bytes. With `evidence(first: N)` on every alias, only the largest N are
 * read (checked here, before anything is read); with only `evidenceCount`, no sentence.
 */
function evidenceRead(info: GraphQLResolveInfo, ctx: ApiContext): EvidenceRead {
  const [walk, type] = [walkOf(info), getNamedType(info.returnType) as GraphQLObjectType];
  const lists = argumentsAt(walk, type, info.fieldNodes, ["edges", "evidence"]);
  if (lists.length === 0) return selectsPath(walk, type, info.fieldNodes, ["edges", "evidenceCount"]) ? { first: 0 } : null;
  const firsts = lists.map((args) => firstArg(args.first as number | null | undefined, ctx));
  return { first: firsts.includes(null) ? null : Math.max(...(firsts as number[])) };
}

/** `node(id)` and the typed lookups: the id's prefix says which label to look in. */
const lookup = (only?: Label) => (_: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
  const label = labelOf(shortText("id", args.id));
  return label && (!only || label === only) ? rootNode(label, args.id, ctx, info) : null;
};

const SEARCH_KINDS: Record<string, Label> = {
  PERSON: "Person", OFFICE: "Office", ORGANIZATION: "Organization", DIRECTIVE: "Directive",
  RESOLUTION: "Resolution", MEETING: "Meeting", DOCUMENT: "Document",
};

const EMPTY_SUBGRAPH = { nodes: [], edges: [], truncated: false };

export const queryResolvers = {
  Query: {
    person: lookup("Person"),
    meeting: lookup("Meeting"),
    office: lookup("Office"),
    organization: lookup("Organization"),
    document: lookup("Document"),
    node: lookup(),

    search: async (_: unknown, args: { text: string; kinds?: string[] | null; first: number }, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const first = bounded("first", args.first, 1, ctx.config.MAX_PAGE_SIZE);
      const labels = args.kinds?.length ? [...new Set(args.kinds.map((k) => SEARCH_KINDS[k]!))] : null;
      // Only the properties the hits' nodes show: a document's or meeting's full map is large.
      const [walk, hit] = [walkOf(info), getNamedType(info.returnType) as GraphQLObjectType];
      const props = selectedProps(walk, getNamedType(hit.getFields().node!.type), fieldNodesNamed(walk, hit, info.fieldNodes, "node"));
      const hits = await searchEntities(ctx.reader, shortText("text", args.text), labels, first, [...props]);
      return hits.map((h) => ({ score: h.score, kind: h.node.__typename.toUpperCase(), node: h.node, label: labelOfNode(h.node) }));
    },

    neighborhood: async (_: unknown, args: { id: string; depth: number; limit: number }, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const depth = bounded("depth", args.depth, 1, MAX_NEIGHBORHOOD_DEPTH);
      const limit = bounded("limit", args.limit, 1, MAX_NEIGHBORHOOD_NODES);
      const label = labelOf(shortText("id", args.id));
      return (label && (await neighborhood(ctx.reader, label, args.id, depth, limit, evidenceRead(info, ctx)))) || EMPTY_SUBGRAPH;
    },

    paths: async (_: unknown, args: { from: string; to: string; maxLength: number; first: number }, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const maxLength = bounded("maxLength", args.maxLength, 1, MAX_PATH_LENGTH);
      const first = bounded("first", args.first, 1, MAX_PATHS);
      const from = labelOf(shortText("from", args.from));
      const to = labelOf(shortText("to", args.to));
      if (args.from === args.to) throw badInput("from and to must be different nodes", "to");
      if (!from || !to) return [];
      const paths = await shortestPaths(ctx.reader, { label: from, id: args.from }, { label: to, id: args.to }, maxLength, first, evidenceRead(info, ctx));
      return paths.map((p) => ({ ...p, length: p.edges.length }));
    },

    // Counts come from Neo4j's count store: cheap, and not worth a loader.
    stats: (_: unknown, __: unknown, ctx: ApiContext) => graphStats(ctx.graph, ctx.config.QUERY_TIMEOUT_MS),
  },
  GraphEdge: {
    evidence: (e: DrawnEdge, args: { first?: number | null }, ctx: ApiContext) => {
      const first = firstArg(args.first, ctx);
      const all = evidenceOf(e.evidence);
      return first === null ? all : all.slice(0, first);
    },
    evidenceCount: (e: DrawnEdge) => e.evidenceCount ?? evidenceOf(e.evidence).length,
  },
};
