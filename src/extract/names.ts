/**
 * Person names: 2–4 capitalized syllables starting with a family name. Everything here looks at
 * a handful of tokens from a given position.
 */
import { isPunct, wordsAt, type Token } from "../text/tokens.ts";
import { ADMIN_UNITS, BODY_COMPOUNDS, OFFICE_HEADS } from "./lexicon/offices.ts";
import { matchPhrase } from "./lexicon/phrases.ts";
import { PROVINCE_INDEX } from "./lexicon/provinces.ts";
import { BAPTISMAL_NAMES, isHighlandsNameStart, isSometimesSurname, NOT_PERSON_NAMES, startsNameAfter, SURNAMES } from "./lexicon/surnames.ts";

// "Thanh", and the apostrophe forms of Central Highlands names ("H'Yim", "Bh'riu").
const NAME_SYLLABLE = /^\p{Lu}\p{Ll}*(?:'\p{Lu}?\p{Ll}+)?$/u;
const MAX_NAME = 4;
const MAX_HIGHLANDS_NAME = 5;

const isWord = (t: Token | undefined): t is Token => t?.kind === "word";

/** Number of tokens of the province name starting at `tokens[i]`, else 0. */
export function provinceLengthAt(tokens: readonly Token[], i: number): number {
  const n = tokens[i]?.cap ? matchPhrase(tokens, i, PROVINCE_INDEX) : 0;
  // A province's two syllables are both capitalized: "Viện Hải dương học" (oceanography) names none.
  return n === 2 && !tokens[i + 1]!.cap ? 0 : n;
}

// A deputy is often written in lower case mid-sentence ("Bà X, đại biểu HĐND thành phố …").
const DEPUTY = ["đại", "biểu"];
const ASSEMBLIES = new Set(["HĐND", "Hội", "Quốc"]);

// The words that mark the office after them as one held before, not now ("nguyên Bí thư …",
// "cựu Chủ tịch UBND tỉnh …", and the late "cố Tổng Bí thư …"); the contract keeps the marker as written.
const FORMER_MARKERS = new Set(["nguyên", "cựu", "cố"]);
// Words "cố" ends ("củng cố Ban Chỉ đạo", "kiên cố"): no marker there.
const ENDING_IN_CO = new Set(["củng", "kiên", "gia"]);

/** The former marker at `tokens[k]`, in lower case, else null. */
export const formerMarkerAt = (tokens: readonly Token[], k: number): string | null => {
  const word = tokens[k]?.lower ?? "";
  if (!FORMER_MARKERS.has(word) || (word === "cố" && ENDING_IN_CO.has(tokens[k - 1]?.lower ?? ""))) return null;
  return word;
};

/**
 * Whether "tân" at `tokens[k]` marks the office after it as newly taken ("Phùng Minh Tâm, Tỉnh ủy viên,
 * tân Phó Chủ tịch UBND tỉnh"; "Tân Phó Chủ tịch UBND tỉnh X"): the office is held now, written without it.
 */
export const newlyMarkerAt = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.lower === "tân" && (!tokens[k]!.cap || !tokens[k - 1] || tokens[k - 1]!.kind !== "word") && officeHeadAt(tokens, k + 1) > 0;

/** Whether the office at `tokens[k]` is marked as one of the late ("cố Tổng Bí thư …"). */
export const lateMarkerAt = (tokens: readonly Token[], k: number): boolean => formerMarkerAt(tokens, k) === "cố";

/**
 * Number of tokens of the office title head starting at `tokens[i]` (capitalized, or a deputy of
 * an assembly in lower case), else 0.
 */
export function officeHeadAt(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.cap) return matchPhrase(tokens, i, OFFICE_HEADS);
  return wordsAt(tokens, i, DEPUTY) && ASSEMBLIES.has(tokens[i + 2]?.text ?? "") ? DEPUTY.length : 0;
}

/**
 * A title's head written in lower case before its body, as some national papers write titles
 * ("bà X, giám đốc Sở Tài chính", "các phó chủ tịch UBND tỉnh: …"): its length, else 0. Only in
 * apposition or heading a list: not a role taken ("làm tổ trưởng Tổ biên tập …") nor a predicate
 * ("là thành viên Chính phủ").
 */
export function lowerOfficeHeadAt(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.kind !== "word" || tokens[i]!.cap) return 0;
  const before = formerMarkerAt(tokens, i - 1) ? tokens[i - 2] : tokens[i - 1];
  // After a comma, or a dash as papers set titles off ("Ông X - phó bí thư Tỉnh ủy, chủ tịch UBND tỉnh - chủ trì").
  if (!before || !(before.text === "," || before.text === "-" || LIST_BEFORE_A_TITLE.has(before.lower))) return 0;
  const n = matchPhrase(tokens, i, OFFICE_HEADS);
  if (!n) return 0;
  // A membership title has no body after it ("Ông X - tỉnh ủy viên, bí thư Đảng ủy xã …").
  if (tokens[i + n - 1]!.lower === "viên" && MEMBER_OF.has(tokens[i]!.lower) && isPunct(tokens[i + n], ",-")) return n;
  // "phó chủ tịch thường trực UBND tỉnh", "phó trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh": the standing
  // deputy's or the full-time member's word before the body; a pagoda's before its name ("trụ trì chùa Thiên Trù").
  const between = BEFORE_THE_BODY.find((w) => wordsAt(tokens, i + n, w))?.length ?? 0;
  const body = i + n + between;
  return tokens[body]?.cap && !nameLengthAt(tokens, body) ? n : 0;
}
const BEFORE_THE_BODY = [["thường", "trực"], ["chuyên", "trách"], ["chùa"]];
// The committees whose members a membership title names ("tỉnh ủy viên", "thành ủy viên", "đảng ủy viên").
const MEMBER_OF = new Set(["tỉnh", "thành", "huyện", "quận", "thị", "đảng", "chi"]);

/** Words before a title written once for the names after it ("các Phó Chủ tịch …", "hai Phó Bí thư …"). */
export const LIST_BEFORE_A_TITLE: ReadonlySet<string> = new Set(["các", "hai", "ba", "bốn"]);

// Heads of one word that are given names too ("Huỳnh Văn Chánh, Ủy viên …", "Lê Văn Trưởng cho biết").
const HEADS_AS_GIVEN_NAMES = new Set(["chánh", "trưởng"]);

/** Whether the head of `head` tokens at `tokens[k]` ends the name instead: one such word alone, no body's capital after it. */
const givenNameAsHead = (tokens: readonly Token[], k: number, head: number): boolean =>
  head === 1 && HEADS_AS_GIVEN_NAMES.has(tokens[k]!.lower) && !tokens[k + 1]?.cap;

/**
 * Number of tokens of the person's name starting at `tokens[i]`, else 0. A capitalized run that
 * is a province, a historical name, longer than four syllables (five for a Central Highlands name), or ends in a word of a body's
 * name ("Đoàn Đại" + "biểu") is not a name. A title written right after the name without a
 * comma ends it ("Nguyễn Văn Lợi Bí thư Tỉnh ủy").
 */
export function nameLengthAt(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!isWord(first) || provinceLengthAt(tokens, i)) return 0;
  const lao = laoNameLengthAt(tokens, i);
  if (lao) return lao;
  if (BAPTISMAL_NAMES.has(first.text)) {
    const name = nameLengthAt(tokens, i + 1);
    return name ? 1 + name : 0;
  }
  const highlands = isHighlandsNameStart(first.text);
  // The syllables after a capitalized word are collected only for the few family names that need them.
  if (!highlands && !SURNAMES.has(first.text) && !(isSometimesSurname(first.text) && startsNameAfter(syllablesAfter(tokens, i)))) return 0;
  const max = highlands ? MAX_HIGHLANDS_NAME : MAX_NAME;
  let n = 1;
  let words = 1;
  for (let w = nameWordAt(tokens, i + n); w && words <= max; w = nameWordAt(tokens, i + n)) {
    const head = words >= 2 ? officeHeadAt(tokens, i + n) : 0;
    if (head && !givenNameAsHead(tokens, i + n, head)) break;
    n += w;
    words++;
  }
  if (words < 2 || words > max) return 0;
  return readsAsName(tokens, i, n) ? n : 0;
}

/** Whether the capitalized run of `n` tokens at `tokens[i]` may be a name: no body's words in it, no historical name. */
function readsAsName(tokens: readonly Token[], i: number, n: number): boolean {
  for (let k = i; k < i + n; k++) {
    const next = tokens[k + 1];
    if (isWord(next) && BODY_COMPOUNDS.has(`${tokens[k]!.lower} ${next.lower}`)) return false;
  }
  return !NOT_PERSON_NAMES.has(nameText(tokens, i, n).toLowerCase());
}

/**
 * A name where a person is introduced ("đồng chí …", "ông …", a list item after ":" or ";"): one
 * that starts with a family name, or, for the names of peoples whose family names the lexicon does
 * not hold (Chăm "Mah Sô Ly", K'Ho "Cil Duy Khiêm"), 2–4 capitalized syllables followed by a comma
 * and an office title, three or more followed by "và" and a lower-case word or by a place in
 * parentheses, or ending a later item of a list of names ("listed"), or anywhere after a
 * rank or a religious title ("ranked": "Achar Sơn Phol (chùa Bưng Kol)", "Haji Ya Kụp ở thánh đường").
 */
export type NameEnding = "titled" | "listed" | "ranked";

const NAME_PARTICLES = new Set(["de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "binti"]);

export function introducedNameLengthAt(tokens: readonly Token[], i: number, ending: NameEnding = "titled"): number {
  const known = nameLengthAt(tokens, i);
  if (known || !isWord(tokens[i]) || provinceLengthAt(tokens, i)) return known;
  let n = 0;
  let words = 0;
  while (words < MAX_NAME && !officeHeadAt(tokens, i + n)) {
    // "bà Anneke de Vries", "ông Frans van der Berg": lower-case particles between a foreign name's words.
    let particles = 0;
    while (words > 0 && NAME_PARTICLES.has(tokens[i + n + particles]?.text ?? "")) particles++;
    const w = nameWordAt(tokens, i + n + particles);
    if (!w) break;
    n += particles + w;
    words++;
  }
  const after = tokens[i + n];
  const titled = after?.text === "," && (officeHeadAt(tokens, i + n + 1) > 0 || formerMarkerAt(tokens, i + n + 1) !== null);
  // "Cùng dự có đồng chí Quảng Văn Lực và đại diện các sở …", "Ông Chau Sóc Khăng (xã Ba Chúc) đề nghị …":
  // three syllables or more, then "và" and a lower-case word, or the person's place in parentheses.
  const ended = words >= 3 && ((after?.lower === "và" && isWord(tokens[i + n + 1]) && !tokens[i + n + 1]!.cap) || (after?.text === "(" && ADMIN_UNITS.has(tokens[i + n + 1]?.lower ?? "")));
  // A later item of a list of names ("các Phó Chủ tịch UBND tỉnh: Phạm Văn Đức, Ka Sơ Ha Niêm;").
  const endsItem = ending === "listed" && (!after || (after.kind === "punct" && ",;.".includes(after.text)) || after.lower === "và");
  return words >= 2 && (titled || ended || endsItem || ending === "ranked") && readsAsName(tokens, i, n) ? n : 0;
}

/** The capitalized name syllables right after `tokens[i]` (at most three). */
function syllablesAfter(tokens: readonly Token[], i: number): string[] {
  const out: string[] = [];
  for (let k = i + 1; k <= i + 3 && isWord(tokens[k]) && NAME_SYLLABLE.test(tokens[k]!.text); k++) out.push(tokens[k]!.text);
  return out;
}

/** The name as written, single-spaced; tokens written touching stay so ("Vông-pa-xớt"). */
export function nameText(tokens: readonly Token[], i: number, n: number): string {
  let text = tokens[i]!.text;
  for (let k = i + 1; k < i + n; k++) text += tokens[k - 1]!.end < tokens[k]!.start ? ` ${tokens[k]!.text}` : tokens[k]!.text;
  return text;
}

/** Tokens of one word of a name: a syllable ("Thanh", "H'Yim"), or a hyphen-joined word ("Vông-pa-xớt", Korean "Seung-woo"); else 0. */
function nameWordAt(tokens: readonly Token[], i: number): number {
  return hyphenatedWordAt(tokens, i) || (isWord(tokens[i]) && NAME_SYLLABLE.test(tokens[i]!.text) ? 1 : 0);
}

/** Tokens of a capitalized word whose lower-case syllables are joined to it by hyphens ("Vông-pa-xớt"), else 0. */
function hyphenatedWordAt(tokens: readonly Token[], i: number): number {
  if (tokens[i + 1]?.text !== "-" || !isWord(tokens[i]) || !/^\p{Lu}\p{Ll}*$/u.test(tokens[i]!.text)) return 0;
  let k = i + 1;
  for (; tokens[k]?.text === "-" && tokens[k]!.start === tokens[k - 1]!.end; k += 2) {
    const syllable = tokens[k + 1];
    if (!isWord(syllable) || syllable.start !== tokens[k]!.end || !/^\p{Ll}+$/u.test(syllable.text)) break;
    // A title glued to the name by a hyphen, as some papers set it ("Ngô Thị Kim Xuyến-nguyên Phó Trưởng Ban …").
    if (formerMarkerAt(tokens, k + 1) || matchPhrase(tokens, k + 1, OFFICE_HEADS)) break;
  }
  return k > i + 1 ? k - i : 0;
}

/**
 * A Lao name as the Vietnamese press writes it: two or three words of hyphen-joined syllables
 * ("Khăm-xay Vông-pa-xớt", "Xỉ-a-vông Thăm-ma-vông"). A Lao place is one such word ("Phông-xa-lỳ").
 */
function laoNameLengthAt(tokens: readonly Token[], i: number): number {
  let k = i;
  let words = 0;
  for (let n = hyphenatedWordAt(tokens, k); n && words < 3; n = hyphenatedWordAt(tokens, k)) {
    k += n;
    words++;
  }
  return words >= 2 ? k - i : 0;
}

/** Tokens of a separator between the items of a list at `k` (",", ";", "và", ", và"), else 0. */
export function listSeparatorAt(tokens: readonly Token[], k: number): number {
  if (isPunct(tokens[k], ",") && tokens[k + 1]?.lower === "và") return 2;
  return isPunct(tokens[k], ",;") || tokens[k]?.lower === "và" ? 1 : 0;
}

/** Whether only a list's separator stands between two spans of tokens, one ending at `from`, the next starting at `to`. */
const joinedInList = (tokens: readonly Token[], from: number, to: number): boolean => to > from && listSeparatorAt(tokens, from) === to - from;

interface TokenSpan {
  start: number;
  end: number;
}

/** The items of the list of persons that ends with `spans[last]`, first to last: those only separators join. */
export function listEndingAt<T extends TokenSpan>(tokens: readonly Token[], spans: readonly T[], last: number): T[] {
  let first = last;
  while (first > 0 && joinedInList(tokens, spans[first - 1]!.end, spans[first]!.start)) first--;
  return spans.slice(first, last + 1);
}

/** The items of the list of persons that starts with `spans[first]`. */
export function listStartingAt<T extends TokenSpan>(tokens: readonly Token[], spans: readonly T[], first: number): T[] {
  let last = first;
  while (last + 1 < spans.length && joinedInList(tokens, spans[last]!.end, spans[last + 1]!.start)) last++;
  return spans.slice(first, last + 1);
}
