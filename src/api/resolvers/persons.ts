/** Persons and offices: who held what, from when to when as the documents show it. */
import type { EdgeRow } from "../../graph/read/batch.ts";
import type { NodeRow } from "../../graph/read/nodes.ts";
import { neighbors, viewed, withEvidence } from "./shared.ts";

/**
 * A holding's span from its HOLDS edges (one per document): first and last `seenOn`, and
 * whether the latest document calls it former (an office once held, now left).
 */
function tenure(edges: EdgeRow[]): { firstSeen: string | null; lastSeen: string | null; former: boolean } {
  const dated = edges.filter((e) => e.seenOn).sort((a, b) => (a.seenOn! < b.seenOn! ? -1 : a.seenOn! > b.seenOn! ? 1 : 0));
  const latest = dated.at(-1) ?? edges[0];
  return { firstSeen: dated[0]?.seenOn ?? null, lastSeen: latest?.seenOn ?? null, former: Boolean(latest?.former) };
}

/** Holders in the order they were first seen; never-dated ones last. */
const byFirstSeen = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.firstSeen ?? "~").localeCompare(String(b.firstSeen ?? "~"));

export const personResolvers = {
  Person: {
    offices: withEvidence("offices", "office", (edges, office) => ({ title: office.title, jurisdiction: office.jurisdiction ?? null, ...tenure(edges) })),
    chaired: withEvidence("chaired", "meeting"),
    attended: withEvidence("attended", "meeting"),
    possiblySameAs: withEvidence("possiblySameAs", "person", (edges) => ({ reason: edges.find((e) => e.reason)?.reason ?? "" })),
    sources: neighbors("sources"),
  },
  Office: {
    holders: withEvidence("holders", "person", tenure, byFirstSeen),
  },
  OfficeHeld: { office: viewed("office") },
  OfficeHolder: { person: viewed("person") },
  PossibleIdentity: { person: viewed("person") },
};
