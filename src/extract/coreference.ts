/**
 * In-document coreference: a title used in place of a name ("đồng chí Bí thư Tỉnh ủy nhấn
 * mạnh") is the person introduced earlier with that office (ANNOTATION.md: not a new person).
 */
import { searchKey } from "../text/fold.ts";

/** Key of a canonical title for matching mentions against holders. */
export const titleKey = (canonical: string): string => searchKey(canonical);

export interface Holder {
  name: string;
  /** Title keys of the person's current offices. */
  titles: ReadonlySet<string>;
  /** Index of the sentence the person was last named in. */
  lastSeen: number;
}

/** Holders by title key, built once per document. */
export function indexHolders(holders: readonly Holder[]): Map<string, Holder[]> {
  const index = new Map<string, Holder[]>();
  for (const h of holders) {
    for (const t of h.titles) {
      const list = index.get(t) ?? [];
      list.push(h);
      index.set(t, list);
    }
  }
  return index;
}

/**
 * The named person holding every one of `titles`: the only one, else the one named most
 * recently at or before `sentence`; null when nobody in the document holds them.
 */
export function resolveTitle(titles: readonly string[], holders: ReadonlyMap<string, readonly Holder[]>, sentence: number): string | null {
  if (!titles.length) return null;
  const keys = titles.map(titleKey);
  const candidates = (holders.get(keys[0]!) ?? []).filter((h) => keys.every((k) => h.titles.has(k)));
  if (candidates.length <= 1) return candidates[0]?.name ?? null;
  const before = candidates.filter((h) => h.lastSeen <= sentence);
  const pool = before.length ? before : candidates;
  return pool.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a)).name;
}
