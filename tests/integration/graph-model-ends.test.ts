/**
 * Every relationship type joins the labels docs/graph-model.md gives it. The reads rely on it:
 * their patterns leave out a neighbor's label when the type decides it (src/graph/read/batch.ts),
 * so an edge written between other labels would show up in the wrong lists.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { factType, FACTS } from "../../src/graph/facts.ts";
import { openSeededGraph } from "../support/api.ts";

/** type → the "Start→End" label pairs it may join; MENTIONS goes from a Document to anything. */
const EVIDENCE_ENDS: Record<string, readonly string[]> = {
  HOLDS: ["Person→Office"],
  CHAIRED: ["Person→Meeting"],
  ATTENDED: ["Person→Meeting"],
  IMPLEMENTS: ["Meeting→Directive", "Meeting→Resolution"],
  ISSUED_BY: ["Directive→Organization", "Resolution→Organization"],
  ORGANIZED_BY: ["Meeting→Organization"],
  IN_PROVINCE: ["Meeting→Province"],
  POSSIBLY_SAME_AS: ["Person→Person"],
};
/** A fact edge joins what its evidence edges join. */
const ENDS = { ...EVIDENCE_ENDS, ...Object.fromEntries(FACTS.map((t) => [factType(t), EVIDENCE_ENDS[t]])) };

let graph: Graph;
beforeAll(async () => {
  graph = await openSeededGraph();
});
afterAll(async () => graph?.close());

it("every relationship type joins the labels the model gives it", async () => {
  const result = await graph.read(
    "MATCH (a)-[r]->(b) RETURN DISTINCT type(r) AS type, labels(a) AS from, labels(b) AS to",
  );
  const seen = result.records.map((r) => ({ type: r.get("type") as string, from: r.get("from") as string[], to: r.get("to") as string[] }));
  for (const { type, from, to } of seen) {
    expect(from, `${type} starts at one label`).toHaveLength(1);
    expect(to, `${type} ends at one label`).toHaveLength(1);
    if (type === "MENTIONS") expect(from[0]).toBe("Document");
    else expect(ENDS[type], `${type}: ${from[0]}→${to[0]}`).toContain(`${from[0]}→${to[0]}`);
  }
  // The seeds hold the facts the headline query reads.
  for (const type of ["HOLDS", "CHAIRED", "ATTENDED", "IMPLEMENTS", "ISSUED_BY", "IN_PROVINCE", "MENTIONS", "CHAIRED_FACT", "IMPLEMENTS_FACT"]) {
    expect(seen.map((s) => s.type), type).toContain(type);
  }
});
