/** What a document contributes to the graph, read back from the graph itself. */
import { EVIDENCE_TYPES } from "../facts.ts";
import type { Reader } from "./nodes.ts";

/**
 * How many facts the document states: its evidence edges that carry a sentence (a meeting's
 * province and a possible namesake carry none). Every such edge starts at a node the document
 * mentions, which keeps the search to that document's neighborhood.
 */
export async function statedFacts(reader: Reader, documentId: string): Promise<number> {
  const result = await reader.read<{ facts: number }>(
    `MATCH (:Document {id: $id})-[:MENTIONS]->(n)
     WITH DISTINCT n
     MATCH (n)-[r:${EVIDENCE_TYPES}]->() WHERE r.doc = $id AND r.sentence IS NOT NULL
     RETURN count(r) AS facts`,
    { id: documentId },
  );
  return result.records[0]?.get("facts") ?? 0;
}
