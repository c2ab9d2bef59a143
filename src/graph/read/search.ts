/**
 * Full-text search over the folded `searchText` of entities (index `entity_search`): the query
 * is folded the same way, so case and diacritics do not matter, and ranked so that the exact
 * phrase beats all the words, which beats any of them.
 */
import { int } from "neo4j-driver";
import { searchKey } from "../../text/fold.ts";
import { fromProps, LABEL_PROPS, propsCypher, type Label, type NodeRow, type Reader } from "./nodes.ts";

export interface SearchHit {
  score: number;
  node: NodeRow;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene syntax. Folding already keeps only [a-z0-9 ]; this holds should folding change. */
export const escapeLucene = (word: string): string => word.replace(LUCENE_SPECIAL, "\\$&");

/** The Lucene query for a text, or null when nothing searchable is left after folding. */
export function luceneQuery(text: string): string | null {
  const words = searchKey(text).split(" ").filter(Boolean).map(escapeLucene);
  if (words.length === 0) return null;
  if (words.length === 1) return `${words[0]}^2 OR ${words[0]}*`;
  return `"${words.join(" ")}"^4 OR (${words.map((w) => `+${w}`).join(" ")})^2 OR (${words.join(" ")})`;
}

/** Kinds filter the index's hits after ranking: ask for more so that a narrow kind still fills a page. */
const OVERFETCH = 20;

/** The best `first` hits, with the node properties `props` (always its id, and what its label is made of). */
export async function searchEntities(reader: Reader, text: string, labels: readonly Label[] | null, first: number, props: readonly string[]): Promise<SearchHit[]> {
  const query = luceneQuery(text);
  if (query === null) return [];
  const shown = [...new Set(["id", ...LABEL_PROPS, ...props])];
  const result = await reader.read<{ values: unknown[]; score: number }>(
    `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $fetch}) YIELD node, score
     WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
     RETURN ${propsCypher("node", shown)} AS values, score
     ORDER BY score DESC, node.id
     LIMIT $first`,
    { query, labels, first: int(first), fetch: int(labels ? first * OVERFETCH : first) },
  );
  return result.records.map((r) => ({ score: r.get("score"), node: fromProps(shown, r.get("values")) }));
}
