/**
 * Constraints and indexes, applied at every start (idempotent: IF NOT EXISTS).
 * docs/graph-model.md explains each one.
 */
import { log } from "../log.ts";
import { provinceId, provinceKey } from "../resolve/keys.ts";
import type { Graph } from "./driver.ts";
import { factType, FACTS, type Fact } from "./facts.ts";

export const SCHEMA_STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT office_id IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT directive_key IF NOT EXISTS FOR (n:Directive) REQUIRE n.key IS UNIQUE",
  "CREATE CONSTRAINT resolution_key IF NOT EXISTS FOR (n:Resolution) REQUIRE n.key IS UNIQUE",
  "CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT province_name IF NOT EXISTS FOR (n:Province) REQUIRE n.name IS UNIQUE",
  // Every node has an `id`; these are keyed by their code or name and get `id` for node(id) lookups.
  "CREATE INDEX directive_id IF NOT EXISTS FOR (n:Directive) ON (n.id)",
  "CREATE INDEX resolution_id IF NOT EXISTS FOR (n:Resolution) ON (n.id)",
  "CREATE INDEX province_id IF NOT EXISTS FOR (n:Province) ON (n.id)",
  // The meetings filter finds a province by its folded name, and its meetings from there.
  "CREATE INDEX province_folded_name IF NOT EXISTS FOR (n:Province) ON (n.foldedName)",
  // Entity resolution looks persons up by name key; meeting lists filter and sort by date.
  "CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey)",
  "CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)",
  // The meetings filter read Meeting.province through this index before province_folded_name.
  "DROP INDEX meeting_province IF EXISTS",
  // Search runs on folded text (no diacritics, đ → d), so the plain analyzer suffices.
  "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Person|Office|Organization|Directive|Resolution|Meeting|Document) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
];

export async function applySchema(graph: Graph): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await graph.write(statement);
  await graph.write("CALL db.awaitIndexes(120)");
  await keyProvinces(graph);
  await addMissingFacts(graph);
}

/** Provinces written before they had an id and a folded name get them (a handful of nodes). */
async function keyProvinces(graph: Graph): Promise<void> {
  const unkeyed = await graph.read<{ name: string }>("MATCH (p:Province) WHERE p.id IS NULL OR p.foldedName IS NULL RETURN p.name AS name");
  const rows = unkeyed.records.map((r) => r.get("name")).map((name) => ({ name, id: provinceId(name), foldedName: provinceKey(name) }));
  if (rows.length > 0) await graph.write("UNWIND $rows AS row MATCH (p:Province {name: row.name}) SET p.id = row.id, p.foldedName = row.foldedName", { rows });
}

/**
 * A graph written before fact edges existed (facts.ts) has evidence edges only: its fact edges are
 * made here, once. Each type in one transaction, so a type has all of its fact edges or none, and
 * "evidence but no facts" is exactly the state to repair. The counts come from Neo4j's count store.
 */
async function addMissingFacts(graph: Graph): Promise<void> {
  // One read for every type: this runs at each start.
  const counts = await graph.read<{ type: Fact; evidence: number; facts: number }>(
    FACTS.map((type) => `CALL { MATCH ()-[r:${type}]->() RETURN count(r) AS evidence }
       CALL { MATCH ()-[s:${factType(type)}]->() RETURN count(s) AS facts }
       RETURN '${type}' AS type, evidence, facts`).join(" UNION ALL "),
  );
  for (const { type, evidence, facts } of counts.records.map((r) => r.toObject())) {
    if (evidence === 0 || facts > 0) continue;
    log.info("graph.facts.adding", { type, evidence });
    const made = await graph.write(`MATCH (a)-[:${type}]->(b) WITH DISTINCT a, b MERGE (a)-[:${factType(type)}]->(b)`);
    log.info("graph.facts.added", { type, facts: made.summary.counters.updates().relationshipsCreated });
  }
}
