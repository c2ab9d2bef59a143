/**
 * Writes documents' facts: one transaction per batch, UNWIND with parameters only.
 * Every evidence edge carries `doc` (the Document it came from) and its sentence, so a document
 * can be replaced by a new version without touching what other documents support.
 *
 * Entities are MERGEd (many documents name them). A document's own edges are CREATEd: a new
 * document has none yet, a new version's old ones are deleted first in the same transaction, and
 * rows are deduplicated per document, so MERGE's check for an existing edge would find nothing.
 * The fact edge of each pair (facts.ts) is MERGEd with its evidence and deleted with the last of it.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { provinceId, provinceKey } from "../resolve/keys.ts";
import type { DocRows } from "../resolve/rows.ts";
import type { Graph } from "./driver.ts";
import { FACT_TYPE_OF, factType, type Fact } from "./facts.ts";

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

const PROOF = "r.sentence = row.sentence, r.start = row.start, r.end = row.end";

/**
 * A node kind: how to merge it and mention it from its document. `fillIn` names properties a
 * later document may supply when earlier ones did not; they are written only then, since a
 * write on every mention would lock and rewrite popular nodes for nothing.
 */
const nodeStatement = (label: string, key: string, onCreate: string, fillIn: readonly string[] = [], asCited: readonly string[] = []) => `
UNWIND $rows AS row
MERGE (n:${label} {${key}: row.${key}})
ON CREATE SET ${onCreate}${fillIn.map((p) => `, n.${p} = row.${p}`).join("")}
${fillIn.map((p) => `FOREACH (_ IN CASE WHEN n.${p} IS NULL AND row.${p} IS NOT NULL THEN [1] ELSE [] END | SET n.${p} = row.${p})`).join("\n")}
WITH n, row
MATCH (d:Document {id: row.doc})
CREATE (d)-[r:MENTIONS]->(n)
SET ${PROOF}${asCited.map((p) => `, r.${p} = row.${p}`).join("")}`;

/**
 * How each document cites a directive or resolution, kept on its mention: one number can stand
 * for documents of different terms, and these tell them apart (src/resolve/policy-variants.ts).
 */
export const AS_CITED = ["issuer", "title", "issued", "yearsSince"] as const;

/** Cypher that follows the CREATE of an evidence edge `r` of `type` from `a` to `b`: its fact edge. */
const withFact = (type: Fact) => `
WITH a, b
MERGE (a)-[:${factType(type)}]->(b)`;

/** A fact between two nodes: one evidence edge per supporting document, and the fact edge. */
const factStatement = (type: Fact, from: string, to: string, extra = "") => `
UNWIND $rows AS row
MATCH (a:${from})
MATCH (b:${to})
CREATE (a)-[r:${type} {doc: row.doc}]->(b)
SET ${PROOF}${extra ? `, ${extra}` : ""}${withFact(type)}`;

type ListKey = { [K in keyof DocRows]: DocRows[K] extends object[] ? K : never }[keyof DocRows];
interface Step {
  rows: (d: DocRows) => object[];
  cypher: string;
}
type Row = Record<string, unknown>;

/** Rows with the same identity within one document, first one kept (its evidence comes first in the text). */
function distinct<T extends object>(rows: T[], identity: readonly string[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = identity.map((f) => String((row as Row)[f])).join("\u0000");
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** A statement over one kind of row, tagged with its document and distinct by `identity`. */
const step = (pick: ListKey, identity: readonly string[], cypher: string): Step => ({
  rows: (d) => distinct(d[pick] as Row[], identity).map((row) => ({ ...row, doc: d.document.id })),
  cypher,
});

// Nodes before the edges that match them.
const STEPS: Step[] = [
  step("persons", ["id"], nodeStatement("Person", "id", "n.name = row.name, n.nameKey = row.nameKey, n.searchText = row.searchText", ["scope"])),
  step("offices", ["id"], nodeStatement("Office", "id", "n.title = row.title, n.jurisdiction = row.jurisdiction, n.searchText = row.searchText")),
  step("organizations", ["id"], nodeStatement("Organization", "id", "n.name = row.name, n.searchText = row.searchText")),
  step("directives", ["key"], nodeStatement("Directive", "key", "n.id = 'dir_' + row.key, n.searchText = row.searchText", ["issuer", "title"], AS_CITED)),
  step("resolutions", ["key"], nodeStatement("Resolution", "key", "n.id = 'res_' + row.key, n.name = row.name, n.searchText = row.searchText", ["issuer"], AS_CITED)),
  step("meetings", ["id"], nodeStatement("Meeting", "id", "n.title = row.title, n.date = row.date, n.endDate = row.endDate, n.province = row.province, n.organizer = row.organizer, n.searchText = row.searchText")),
  {
    rows: (d) => [...new Set(d.meetings.map((m) => m.province).filter((p): p is string => Boolean(p)))].map((name) => ({ name, id: provinceId(name), foldedName: provinceKey(name), doc: d.document.id })),
    cypher: `UNWIND $rows AS row MERGE (p:Province {name: row.name}) ON CREATE SET p.id = row.id, p.foldedName = row.foldedName`,
  },
  {
    rows: (d) => distinct(d.meetings.filter((m) => m.province), ["id"]).map((m) => ({ meeting: m.id, province: m.province, doc: d.document.id })),
    cypher: `UNWIND $rows AS row MATCH (a:Meeting {id: row.meeting}) MATCH (b:Province {name: row.province}) CREATE (a)-[r:IN_PROVINCE {doc: row.doc}]->(b)${withFact("IN_PROVINCE")}`,
  },
  step("holds", ["person", "office"], factStatement("HOLDS", "Person {id: row.person}", "Office {id: row.office}", "r.former = row.former, r.seenOn = row.seenOn")),
  step("issuedBy", ["key", "org"], `
UNWIND $rows AS row
OPTIONAL MATCH (directive:Directive {key: row.key})
OPTIONAL MATCH (resolution:Resolution {key: row.key})
WITH row, coalesce(directive, resolution) AS a
MATCH (b:Organization {id: row.org})
CREATE (a)-[r:ISSUED_BY {doc: row.doc}]->(b)
SET ${PROOF}${withFact("ISSUED_BY")}`),
  step("organizedBy", ["meeting", "org"], factStatement("ORGANIZED_BY", "Meeting {id: row.meeting}", "Organization {id: row.org}")),
  step("chaired", ["person", "meeting"], factStatement("CHAIRED", "Person {id: row.person}", "Meeting {id: row.meeting}")),
  step("attended", ["person", "meeting"], factStatement("ATTENDED", "Person {id: row.person}", "Meeting {id: row.meeting}")),
  step("implementsDirective", ["meeting", "key"], factStatement("IMPLEMENTS", "Meeting {id: row.meeting}", "Directive {key: row.key}")),
  step("implementsResolution", ["meeting", "key"], factStatement("IMPLEMENTS", "Meeting {id: row.meeting}", "Resolution {key: row.key}")),
  {
    rows: (d) => distinct(d.possiblySameAs, ["a", "b"]).map((p) => ({ ...p, doc: d.document.id })),
    cypher: `
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
CREATE (a)-[r:POSSIBLY_SAME_AS {doc: row.doc}]->(b)
SET r.reason = row.reason${withFact("POSSIBLY_SAME_AS")}`,
  },
];

function addCounts(total: WriteCounts, summary: { counters: { updates(): Record<string, number> } }): void {
  const u = summary.counters.updates();
  total.nodesCreated += u.nodesCreated ?? 0;
  total.nodesDeleted += u.nodesDeleted ?? 0;
  total.relationshipsCreated += u.relationshipsCreated ?? 0;
  total.relationshipsDeleted += u.relationshipsDeleted ?? 0;
  total.propertiesSet += u.propertiesSet ?? 0;
}

/** Content hashes of the documents already in the graph, by id. */
export async function storedHashes(graph: Graph, ids: string[]): Promise<Map<string, string>> {
  const result = await graph.read<{ id: string; hash: string }>(
    "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.contentHash AS hash",
    { ids },
  );
  return new Map(result.records.map((r) => [r.get("id"), r.get("hash")]));
}

/** Persons already known under these name keys, for entity resolution. */
export async function personsNamed(graph: Graph, nameKeys: string[]): Promise<Array<{ id: string; nameKey: string; scope: string | null }>> {
  const result = await graph.read<{ id: string; nameKey: string; scope: string | null }>(
    "MATCH (p:Person) WHERE p.nameKey IN $keys RETURN p.id AS id, p.nameKey AS nameKey, p.scope AS scope",
    { keys: nameKeys },
  );
  return result.records.map((r) => r.toObject());
}

async function writeInTransaction(tx: ManagedTransaction, docs: DocRows[], replaced: string[]): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
  let formerlyMentioned: string[] = [];
  if (replaced.length > 0) {
    // A new version: drop what only the old text said; facts other documents support stay.
    addCounts(counts, (await tx.run(
      `UNWIND $ids AS id
       MATCH (:Document {id: id})-[:MENTIONS]->(n)
       MATCH (n)-[r]-() WHERE r.doc = id
       WITH DISTINCT r
       WITH startNode(r) AS a, type(r) AS type, endNode(r) AS b, r
       DELETE r
       WITH DISTINCT a, type, b
       MATCH (a)-[s]->(b) WHERE type(s) = $factTypes[type]
         AND NOT EXISTS { MATCH (a)-[r]->(b) WHERE type(r) = type }
       DELETE s`, { ids: replaced, factTypes: FACT_TYPE_OF })).summary);
    const dropped = await tx.run(
      `UNWIND $ids AS id
       MATCH (:Document {id: id})-[m:MENTIONS]->(n)
       DELETE m
       RETURN collect(DISTINCT elementId(n)) AS nodes`, { ids: replaced });
    addCounts(counts, dropped.summary);
    formerlyMentioned = dropped.records[0]?.get("nodes") ?? [];
  }
  addCounts(counts, (await tx.run(
    `UNWIND $rows AS row
     MERGE (d:Document {id: row.id})
     SET d += row, d.ingestedAt = datetime()`, { rows: docs.map((d) => d.document) })).summary);
  for (const s of STEPS) {
    const rows = docs.flatMap(s.rows);
    if (rows.length > 0) addCounts(counts, (await tx.run(s.cypher, { rows })).summary);
  }
  if (formerlyMentioned.length > 0) {
    addCounts(counts, (await tx.run(
      `UNWIND $nodes AS eid
       MATCH (n) WHERE elementId(n) = eid AND NOT (n)<-[:MENTIONS]-()
       DETACH DELETE n`, { nodes: formerlyMentioned })).summary);
  }
  return counts;
}

/**
 * Writes a batch in one transaction: all of it lands or none of it. `replaced` names documents
 * whose earlier version is in the graph.
 */
export async function writeBatch(graph: Graph, docs: DocRows[], replaced: string[]): Promise<WriteCounts> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: "WRITE" });
  try {
    graph.roundTrips++;
    return await session.executeWrite((tx) => writeInTransaction(tx, docs, replaced));
  } finally {
    await session.close();
  }
}
