/**
 * Abbreviations a document defines before using them ("Ban Trị sự Giáo hội Phật giáo Việt Nam
 * (GHPGVN) thành phố Huế …, Trưởng Ban Trị sự GHPGVN thành phố"): offices write them in full, as they
 * do the abbreviations every document uses (UBND, HĐND), which `canonicalTitle` knows already.
 */
import { searchKey } from "../text/fold.ts";

// Words, then capitals in parentheses: the words whose initials the capitals take are the last ones.
const DEFINED = /((?:\p{L}+\s+){2,11}\p{L}+)\s*\((\p{Lu}{3,10})\)/gu;

const initial = (word: string): string => searchKey(word.slice(0, 1));

/** A function writing in full, in a title, the abbreviations the document's sentences define. */
export function definedAbbreviations(sentences: readonly string[]): (title: string) => string {
  const full = new Map<string, string>();
  for (const sentence of sentences) {
    if (!sentence.includes("(")) continue;
    for (const [, before, abbreviation] of sentence.matchAll(DEFINED)) {
      const words = before!.split(/\s+/u).slice(-abbreviation!.length);
      const letters = [...abbreviation!];
      if (words.length === letters.length && words.every((w, k) => initial(w) === initial(letters[k]!))) full.set(abbreviation!, words.join(" "));
    }
  }
  if (!full.size) return (title) => title;
  const used = new RegExp(`(?<!\\p{L})(?:${[...full.keys()].join("|")})(?!\\p{L})`, "gu");
  return (title) => title.replace(used, (abbreviation) => full.get(abbreviation)!);
}
