/**
 * Person names: 2–4 capitalized syllables starting with a family name. Everything here looks at
 * a handful of tokens from a given position.
 */
import type { Token } from "../text/tokens.ts";
import { BODY_COMPOUNDS, OFFICE_HEADS } from "./lexicon/offices.ts";
import { matchPhrase } from "./lexicon/phrases.ts";
import { PROVINCE_INDEX } from "./lexicon/provinces.ts";
import { NOT_PERSON_NAMES, SURNAMES } from "./lexicon/surnames.ts";

const NAME_SYLLABLE = /^\p{Lu}\p{Ll}*$/u;
const MAX_NAME = 4;

const isWord = (t: Token | undefined): t is Token => t?.kind === "word";

/** Number of tokens of the province name starting at `tokens[i]`, else 0. */
export function provinceLengthAt(tokens: readonly Token[], i: number): number {
  return tokens[i]?.cap ? matchPhrase(tokens, i, PROVINCE_INDEX) : 0;
}

/** Number of tokens of the office title head starting at `tokens[i]` (capitalized), else 0. */
export function officeHeadAt(tokens: readonly Token[], i: number): number {
  return tokens[i]?.cap ? matchPhrase(tokens, i, OFFICE_HEADS) : 0;
}

/**
 * Number of tokens of the person's name starting at `tokens[i]`, else 0. A capitalized run that
 * is a province, a historical name, longer than four syllables, or ends in a word of a body's
 * name ("Đoàn Đại" + "biểu") is not a name. A title written right after the name without a
 * comma ends it ("Nguyễn Văn Lợi Bí thư Tỉnh ủy").
 */
export function nameLengthAt(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!isWord(first) || !SURNAMES.has(first.text) || provinceLengthAt(tokens, i)) return 0;
  let n = 1;
  while (n <= MAX_NAME && isWord(tokens[i + n]) && NAME_SYLLABLE.test(tokens[i + n]!.text)) {
    if (n >= 2 && officeHeadAt(tokens, i + n)) break;
    n++;
  }
  if (n < 2 || n > MAX_NAME) return 0;
  for (let k = i; k < i + n; k++) {
    const next = tokens[k + 1];
    if (isWord(next) && BODY_COMPOUNDS.has(`${tokens[k]!.lower} ${next.lower}`)) return 0;
  }
  if (NOT_PERSON_NAMES.has(nameText(tokens, i, n).toLowerCase())) return 0;
  return n;
}

/** The name as written, single-spaced. */
export const nameText = (tokens: readonly Token[], i: number, n: number): string =>
  tokens.slice(i, i + n).map((t) => t.text).join(" ");
