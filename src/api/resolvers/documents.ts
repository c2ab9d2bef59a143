/** Documents, and the evidence that points into them. */
import type { GraphQLResolveInfo } from "graphql";
import type { ApiContext } from "../context.ts";
import { neighbors, viewOf, type EvidenceRow } from "./shared.ts";

export const documentResolvers = {
  Document: {
    meetings: neighbors("mentionedMeetings"),
    persons: neighbors("mentionedPersons"),
  },
  Evidence: {
    document: (e: EvidenceRow, _: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => viewOf(e, info) ?? ctx.loaders.node("Document", e.doc),
  },
};
