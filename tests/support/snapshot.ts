/** The whole graph as sorted plain data, to compare two states exactly. */
import type { Graph } from "../../src/graph/driver.ts";

/** With `timestamps: false`, leaves out when documents were written (`ingestedAt`). */
export async function snapshot(graph: Graph, { timestamps = true } = {}): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await graph.read(
    `MATCH (n) RETURN labels(n) AS labels, n { .*, ingestedAt: CASE WHEN $timestamps THEN toString(n.ingestedAt) END } AS props`,
    { timestamps },
  );
  const rels = await graph.read(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.name) AS a, coalesce(b.id, b.name) AS b, properties(r) AS props",
  );
  const stable = (o: unknown) => JSON.stringify(o, (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
  return {
    nodes: nodes.records.map((r) => stable(r.toObject())).sort(),
    relationships: rels.records.map((r) => stable(r.toObject())).sort(),
  };
}
