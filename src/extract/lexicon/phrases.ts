/**
 * Multi-word vocabulary matched against a token stream: an index from first word to the
 * phrases that start with it, longest first, so a match costs a few comparisons.
 */
import { unifyTones } from "../../text/fold.ts";
import { tokenize, type Token } from "../../text/tokens.ts";

export type PhraseIndex = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;

export function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = tokenize(unifyTones(phrase.normalize("NFC"))).map((t) => t.lower);
    if (!words.length) continue;
    const list = index.get(words[0]!) ?? [];
    list.push(words);
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** Number of tokens of the longest phrase of `index` that starts at `tokens[i]`, else 0. */
export function matchPhrase(tokens: readonly Token[], i: number, index: PhraseIndex): number {
  const first = tokens[i];
  if (!first) return 0;
  const candidates = index.get(first.lower);
  if (!candidates) return 0;
  for (const words of candidates) {
    let k = 1;
    while (k < words.length && tokens[i + k]?.lower === words[k]) k++;
    if (k === words.length) return k;
  }
  return 0;
}

/** Set of lower-case single words, tones unified. */
export const wordSet = (words: string): ReadonlySet<string> =>
  new Set(words.split(/\s+/).filter(Boolean).map((w) => unifyTones(w.normalize("NFC")).toLowerCase()));
