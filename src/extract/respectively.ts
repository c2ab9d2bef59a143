/**
 * Offices given "respectively" to the persons of a list: the n-th office is the n-th person's.
 * The offices come after the list ("các đồng chí A, B và C, lần lượt là Giám đốc các sở Khoa học và
 * Công nghệ, Tài chính và Nội vụ"; "… A và B trình bày, theo thứ tự là Phó Giám đốc Sở Nội vụ và
 * Trưởng Ban Thi đua - Khen thưởng tỉnh") or before it ("Chủ tịch UBND phường Bãi Cháy và xã Đầm Hà
 * lần lượt là các đồng chí X và Y"; "Chủ tịch UBND các xã Mỹ Hiệp, Thanh Bình và phường Cao Lãnh là
 * các ông A, B và bà C"). Only when the offices and the persons are as many.
 */
import { isPunct, type Token } from "../text/tokens.ts";
import { BODY_NAMES } from "./lexicon/bodies.ts";
import { ADMIN_UNITS, OFFICE_STOP } from "./lexicon/offices.ts";
import { matchPhrase, phraseIndex } from "./lexicon/phrases.ts";
import { listEndingAt, listSeparatorAt, listStartingAt, officeHeadAt } from "./names.ts";
import { parseOfficeSegment, type RawOffice } from "./offices.ts";
import type { PersonMention } from "./people.ts";

const RESPECTIVELY = phraseIndex(["lần lượt là", "theo thứ tự là", "tương ứng là"]);
// "… là các ông A, B và bà C": the persons of a list of offices written before them.
const ARE_THE = phraseIndex(["là các đồng chí", "là các ông", "là các bà", "là các ông, bà", "là đồng chí", "là ông", "là bà"]);
// Bodies a list after "các" names one each ("Giám đốc các sở Tài chính, Nội vụ"), with how their names are written.
const LISTED_BODIES = new Map([["sở", "Sở"], ["ban", "Ban"], ["cục", "Cục"], ["vụ", "Vụ"], ["phòng", "Phòng"]]);
// Words every cue holds.
const CUE_WORDS = /lần lượt|theo thứ tự|tương ứng|là (?:các|ông|bà|đồng chí)(?=\s)/iu;
// How far back from the cue the offices written before the persons may start.
const OFFICES_BEFORE_MAX = 30;
// How many words may stand between a list of persons and the cue after it ("A và B trình bày, theo thứ tự là …").
const GAP_MAX = 4;
// How many capitalized words a listed body's or place's name may take.
const NAME_WORDS_MAX = 4;

/**
 * Tokens of a listed body's or place's name at `k`: a body name ("Khoa học và Công nghệ"), or a
 * capitalized word and the words after it ("Tài chính", "Mỹ Hiệp") up to a separator or a verb.
 */
function listedNameAt(tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (first?.kind !== "word" || !first.cap || officeHeadAt(tokens, k)) return 0;
  const body = matchPhrase(tokens, k, BODY_NAMES);
  if (body) return body;
  let n = 1;
  while (n < NAME_WORDS_MAX && tokens[k + n]?.kind === "word" && (tokens[k + n]!.cap ? !officeHeadAt(tokens, k + n) : !NOT_IN_A_NAME.has(tokens[k + n]!.lower))) n++;
  return n;
}
// Lower-case words that end a listed name: what follows it, not its part ("Nội vụ | đã báo cáo").
const NOT_IN_A_NAME: ReadonlySet<string> = new Set([...OFFICE_STOP, ...ADMIN_UNITS]);

const text = (sentence: string, tokens: readonly Token[], from: number, to: number): string => sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);

/**
 * "Giám đốc các sở Tài chính, Nội vụ", "Chủ tịch UBND các xã Mỹ Hiệp, Thanh Bình và phường Cao Lãnh":
 * one office for each body or place after "các" (a place starting with its own level word switches it).
 */
function distributedAt(tokens: readonly Token[], k: number, sentence: string): { offices: RawOffice[]; next: number } | null {
  const head = officeHeadAt(tokens, k);
  let j = k + head;
  while (j < k + head + NAME_WORDS_MAX && tokens[j]?.cap) j++;
  if (!head || tokens[j]?.lower !== "các") return null;
  const prefix = text(sentence, tokens, k, j);
  let kind = tokens[j + 1]?.lower ?? "";
  if (!LISTED_BODIES.has(kind) && !ADMIN_UNITS.has(kind)) return null;
  const offices: RawOffice[] = [];
  let at = j + 2;
  for (;;) {
    if (offices.length && ADMIN_UNITS.has(tokens[at]?.lower ?? "") && !tokens[at]!.cap) kind = tokens[at++]!.lower;
    const n = listedNameAt(tokens, at);
    if (!n) return null;
    const name = text(sentence, tokens, at, at + n);
    const body = LISTED_BODIES.get(kind);
    offices.push({ title: body ? `${prefix} ${body} ${name}` : `${prefix} ${kind}`, place: body ? null : name, former: false, start: tokens[k]!.start, end: tokens[at + n - 1]!.end });
    at += n;
    const sep = listSeparatorAt(tokens, at);
    if (!sep || !(listedNameAt(tokens, at + sep) || ADMIN_UNITS.has(tokens[at + sep]?.lower ?? ""))) return { offices, next: at };
    at += sep;
  }
}

/**
 * The offices listed from `k`: titles one after the other ("Phó Giám đốc Sở Nội vụ và Trưởng Ban …"),
 * bare heads sharing the last one's body ("Chủ tịch, Phó Chủ tịch UBND tỉnh"), places of one level word
 * after the first ("Chủ tịch UBND phường Bãi Cháy và xã Đầm Hà"), or a list after "các".
 */
function officesAt(tokens: readonly Token[], k: number, sentence: string): { offices: RawOffice[]; next: number } | null {
  if (!tokens[k]) return null;
  const heads: string[] = [];
  for (;;) {
    const head = officeHeadAt(tokens, k);
    const sep = head ? listSeparatorAt(tokens, k + head) : 0;
    if (!sep || !officeHeadAt(tokens, k + head + sep)) break;
    heads.push(text(sentence, tokens, k, k + head));
    k += head + sep;
  }
  const listed = distributedAt(tokens, k, sentence);
  if (listed) return heads.length ? null : listed;
  const offices: RawOffice[] = [];
  // The written head of the first full title, whose body the bare heads before it share.
  const firstHead = text(sentence, tokens, k, k + Math.max(1, officeHeadAt(tokens, k)));
  for (;;) {
    const seg = parseOfficeSegment(tokens, k, sentence);
    if (!seg) break;
    offices.push(seg.office);
    k = seg.next;
    const sep = listSeparatorAt(tokens, k);
    const level = tokens[k + sep]?.lower ?? "";
    // "… phường Bãi Cháy và xã Đầm Hà": the same office of another place.
    const n = sep && seg.office.place && ADMIN_UNITS.has(level) && !tokens[k + sep]!.cap ? listedNameAt(tokens, k + sep + 1) : 0;
    if (n) {
      const title = seg.office.title.replace(/\s\p{Ll}+$/u, ` ${level}`);
      offices.push({ ...seg.office, title, place: text(sentence, tokens, k + sep + 1, k + sep + 1 + n), end: tokens[k + sep + n]!.end });
      k += sep + 1 + n;
      continue;
    }
    if (!sep || !officeHeadAt(tokens, k + sep)) break;
    k += sep;
  }
  if (!offices.length) return null;
  const first = offices[0]!;
  const suffix = first.title.startsWith(firstHead) ? first.title.slice(firstHead.length) : null;
  if (heads.length && !suffix) return null;
  return { offices: [...heads.map((h) => ({ ...first, title: `${h}${suffix}` })), ...offices], next: k };
}

/** Gives the persons of a list their offices written respectively before or after them (see the top of this file). */
export function addRespectiveOffices(tokens: readonly Token[], sentence: string, mentions: readonly PersonMention[]): void {
  // The cheap test first: most sentences have no cue.
  if (mentions.length < 2 || !CUE_WORDS.test(sentence)) return;
  for (let c = 0; c < tokens.length; c++) {
    const cue = matchPhrase(tokens, c, RESPECTIVELY);
    const areThe = cue ? 0 : matchPhrase(tokens, c, ARE_THE);
    if (!cue && !areThe) continue;
    // The persons before, their offices after.
    let before = cue ? mentions.length - 1 : -1;
    while (before >= 0 && mentions[before]!.end > c) before--;
    if (before >= 0 && c - mentions[before]!.end <= GAP_MAX && tokens.slice(mentions[before]!.end, c).every((t) => isPunct(t, ",") || (t.kind === "word" && !t.cap))) {
      const persons = listEndingAt(tokens, mentions, before);
      const listed = officesAt(tokens, c + cue, sentence);
      if (persons.length > 1 && persons.every((m) => !m.titles.length) && listed?.offices.length === persons.length) {
        persons.forEach((m, n) => m.titles.push(listed.offices[n]!));
        continue;
      }
    }
    // The offices before, the persons after (the mention's span starts at its introducer).
    const after = mentions.findIndex((m) => m.start >= c && m.start <= c + (cue || areThe - 1));
    if (after < 0) continue;
    const persons = listStartingAt(tokens, mentions, after);
    if (persons.length < 2 || persons.some((m) => m.titles.length)) continue;
    for (let j = c - 1; j >= Math.max(0, c - OFFICES_BEFORE_MAX); j--) {
      if (!officeHeadAt(tokens, j) || (tokens[j - 1]?.kind === "word" && tokens[j - 1]!.cap)) continue;
      const listed = officesAt(tokens, j, sentence);
      if (listed?.next === c && listed.offices.length === persons.length) persons.forEach((m, n) => m.titles.push(listed.offices[n]!));
      if (listed?.next === c) break;
    }
  }
}
