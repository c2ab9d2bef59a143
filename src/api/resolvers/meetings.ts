/** Meetings and the meeting list with its opaque cursors. */
import type { GraphQLObjectType, GraphQLResolveInfo } from "graphql";
import { meetingsPage, type MeetingPosition } from "../../graph/read/meetings.ts";
import { provinceKey } from "../../resolve/keys.ts";
import type { NodeRow } from "../../graph/read/nodes.ts";
import type { ApiContext } from "../context.ts";
import { fieldNodesNamed, viewsOf, walkOf } from "../selection.ts";
import { badInput } from "../errors.ts";
import { bounded, shortText } from "../limits.ts";
import { policyKey } from "./policies.ts";
import { neighbor, neighbors, viewed, withEvidence, withViews } from "./shared.ts";

/** Cursors are opaque to clients: base64url of the sort key (date, id) of the last meeting seen. */
export const encodeCursor = (m: NodeRow): string => Buffer.from(JSON.stringify([m.date, m.id])).toString("base64url");

function decodeCursor(cursor: string): MeetingPosition {
  try {
    const [date, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof date === "string" && typeof id === "string") return { date, id };
  } catch {
    // not JSON: reported below like any other foreign string
  }
  throw badInput("after must be a cursor returned by this API (pageInfo.endCursor)", "after");
}

interface MeetingsArgs {
  filter?: { from?: string | null; to?: string | null; province?: string | null; implements?: string | null } | null;
  first: number;
  after?: string | null;
}

/** Bounds are calendar dates with a year: a `--MM-DD` day cannot be placed in a range. */
function yearDate(name: string, v: string | null | undefined): string | null {
  if (v == null) return null;
  if (v.startsWith("--")) throw badInput(`filter.${name} needs a year: YYYY, YYYY-MM or YYYY-MM-DD`, `filter.${name}`);
  return v;
}

/** What the page's meetings are read with: every alias of `edges { node }` (the edges are shared). */
function pageViews(info: GraphQLResolveInfo) {
  const walk = walkOf(info);
  const type = (name: string) => info.schema.getType(name) as GraphQLObjectType;
  return viewsOf(walk, type("MeetingEdge"), fieldNodesNamed(walk, type("MeetingConnection"), info.fieldNodes, "edges"), "node");
}

export const meetingResolvers = {
  Query: {
    meetings: async (_: unknown, args: MeetingsArgs, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const first = bounded("first", args.first, 0, ctx.config.MAX_PAGE_SIZE);
      const f = args.filter ?? {};
      const page = await meetingsPage(
        ctx.reader,
        {
          from: yearDate("from", f.from),
          to: yearDate("to", f.to),
          province: f.province == null ? null : provinceKey(shortText("filter.province", f.province)),
          implements: f.implements == null ? null : policyKey(shortText("filter.implements", f.implements)),
        },
        first,
        args.after == null ? null : decodeCursor(shortText("after", args.after)),
        ctx.singleQuery ? pageViews(info) : [],
      );
      const edges = page.meetings.map(({ node, views }) => withViews({ cursor: encodeCursor(node), node }, views));
      return { totalCount: page.total, edges, pageInfo: { hasNextPage: page.hasNext, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },
  Meeting: {
    organizer: neighbor("organizer"),
    chairedBy: neighbors("chairs"),
    attendedBy: neighbors("attendees"),
    chairs: withEvidence("chairs", "person"),
    attendees: withEvidence("attendees", "person"),
    implements: neighbors("implements"),
    sources: neighbors("sources"),
  },
  Province: { meetings: neighbors("meetingsHeld") },
  MeetingEdge: { node: viewed("node") },
  Participation: { person: viewed("person") },
  MeetingRole: { meeting: viewed("meeting") },
};
