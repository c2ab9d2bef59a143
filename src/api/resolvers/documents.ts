/** Documents, and the evidence that points into them. */
import type { ApiContext } from "../context.ts";
import { neighbors, type EvidenceRow } from "./shared.ts";

export const documentResolvers = {
  Document: {
    meetings: neighbors("mentionedMeetings"),
    persons: neighbors("mentionedPersons"),
  },
  Evidence: {
    document: (e: EvidenceRow, _: unknown, ctx: ApiContext) => ctx.loaders.node("Document", e.doc),
  },
};
