/** Counts per label and relationship type, sorted by name so the output is stable. */
import type { Graph } from "../driver.ts";

export interface GraphStats {
  labels: Array<{ name: string; count: number }>;
  relationships: Array<{ name: string; count: number }>;
}

const quote = (name: string) => `\`${name.replace(/`/g, "``")}\``;

export async function graphStats(graph: Graph, timeoutMs?: number): Promise<GraphStats> {
  const names = await graph.read<{ labels: string[]; types: string[] }>(
    "CALL db.labels() YIELD label WITH collect(label) AS labels CALL db.relationshipTypes() YIELD relationshipType RETURN labels, collect(relationshipType) AS types",
    {},
    { timeoutMs },
  );
  const labels: string[] = names.records[0]?.get("labels") ?? [];
  const types: string[] = names.records[0]?.get("types") ?? [];
  if (labels.length + types.length === 0) return { labels: [], relationships: [] };
  // One count per label or type with the name written in the pattern: Neo4j answers those
  // from its count store instead of scanning. The names come from the database, quoted.
  const parts = [
    ...labels.map((l, i) => `MATCH (n:${quote(l)}) RETURN 'label' AS kind, $names[${i}] AS name, count(n) AS count`),
    ...types.map((t, i) => `MATCH ()-[r:${quote(t)}]->() RETURN 'relationship' AS kind, $types[${i}] AS name, count(r) AS count`),
  ];
  const result = await graph.read<{ kind: string; name: string; count: number }>(parts.join(" UNION ALL "), { names: labels, types }, { timeoutMs });
  const rows = result.records.map((r) => r.toObject()).filter((r) => r.count > 0);
  const pick = (kind: string) =>
    rows.filter((r) => r.kind === kind).map(({ name, count }) => ({ name, count })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { labels: pick("label"), relationships: pick("relationship") };
}
