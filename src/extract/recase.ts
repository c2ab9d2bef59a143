/**
 * A sentence set in capitals (a web page's lead, a headline typed in capitals) hides what the rules
 * read from case: which words are a person's name, a title, a body. Such a sentence is written back,
 * to the same length, in the case the document gives the same words elsewhere; else in the case of
 * the genre's titles, bodies and provinces; a run of words after "đồng chí", "ông", "bà", a title or
 * a comma that opens with a family name as a name; anything else in lower case. Only what the rules
 * read changes: evidence quotes the text as written.
 */
import { stripDiacritics, unifyTones } from "../text/fold.ts";
import type { Sentence } from "../text/sentences.ts";
import { tokenize, type Token } from "../text/tokens.ts";
import { CAPITALIZED_PHRASES } from "./lexicon/capitalized.ts";
import { DEPARTMENT_WORDS } from "./lexicon/offices.ts";
import { isHighlandsNameStart, SURNAMES } from "./lexicon/surnames.ts";

// Fewer words in capitals than this are acronyms ("UBND", "HĐND") or a banner, not a sentence set in capitals.
const MIN_SHOUTED_WORDS = 6;
const inCapitals = (word: string): boolean => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/** Whether nine words in ten, and at least six, are set in capitals. */
function isShouted(tokens: readonly Token[]): boolean {
  let words = 0;
  let shouted = 0;
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    words++;
    if (inCapitals(t.text)) shouted++;
  }
  return shouted >= MIN_SHOUTED_WORDS && shouted * 10 >= words * 9;
}

/**
 * Writes the units set in capitals back in case, in place: each such unit's text (same offsets, same
 * length) and its tokens, read anew. `tokens[i]` are the tokens of `units[i]`.
 */
export function recaseShouted(units: Sentence[], tokens: Token[][]): void {
  const shouted = tokens.map(isShouted);
  if (!shouted.includes(true)) return;
  const book = new CaseBook(tokens.filter((_, i) => !shouted[i]));
  units.forEach((u, i) => {
    if (!shouted[i]) return;
    units[i] = { ...u, text: recase(u.text, tokens[i]!, book) };
    tokens[i] = tokenize(units[i]!.text);
  });
}

/** How the document writes pairs of words where they are not in capitals. */
class CaseBook {
  private readonly forms = new Map<string, Map<string, number>>();

  constructor(sentences: readonly Token[][]) {
    for (const tokens of sentences) {
      // A sentence's first word, and one after a colon, is capitalized for its place, not for what it is.
      let positional = true;
      tokens.forEach((t, k) => {
        if (t.kind !== "word") {
          positional ||= t.text === ":";
          return;
        }
        const next = tokens[k + 1];
        if (!positional && next?.kind === "word" && next.start === t.end + 1) this.count(`${t.lower} ${next.lower}`, `${t.text} ${next.text}`);
        positional = false;
      });
    }
  }

  private count(key: string, form: string): void {
    const seen = this.forms.get(key) ?? new Map<string, number>();
    seen.set(form, (seen.get(form) ?? 0) + 1);
    this.forms.set(key, seen);
  }

  /** The document's most frequent writing of `key`, two words joined by a space. */
  form(key: string): string | undefined {
    let best: string | undefined;
    let most = 0;
    for (const [form, n] of this.forms.get(key) ?? []) if (n > most) [best, most] = [form, n];
    return best;
  }

}

interface CasedPhrase { lower: readonly string[]; capitalized: readonly boolean[] }

const VOCABULARY = new Map<string, CasedPhrase[]>();
for (const phrase of CAPITALIZED_PHRASES) {
  const words = tokenize(unifyTones(phrase.normalize("NFC")));
  if (words.length < 2) continue;
  const list = VOCABULARY.get(words[0]!.lower) ?? [];
  list.push({ lower: words.map((w) => w.lower), capitalized: words.map((w) => w.cap) });
  VOCABULARY.set(words[0]!.lower, list);
}

// Words that end a run of capitals read as a name: the verbs and links a name runs into ("ĐỒNG CHÍ
// NGUYỄN VĂN AN DỰ …"), where the document does not show them elsewhere.
const NAME_STOP = new Set(`dự và cùng chủ đồng tại với đã phát tham làm là có được thay chỉ nhấn báo cho đề yêu khai
  kết tới đến về trong khi của do gồm cũng này đó theo ở từ như ngày sáng chiều tối trưa trình gửi trao tặng đọc ký
  giữ nêu quán triển truyền giới tiếp ghi đánh khẳng bày lưu`.split(/\s+/));
const INTRODUCERS: ReadonlyArray<readonly string[]> = [["đồng", "chí"], ["ông"], ["bà"]];
const NAME_MAX = 5;
const ROMAN = /^[IVXLC]+$/u;
const NUMBERED_BY_ROMAN = new Set(["khóa", "thứ", "kỳ", "phần", "mục", "quý", "vực"]);

const titleCase = (lower: string): string => lower.replace(/(^|')(\p{Ll})/gu, (_, mark: string, c: string) => mark + c.toUpperCase());

/** Whether `tokens[i]` is to stay as written: an acronym, a code's part ("57-NQ/TW"), a numeral of a term ("KHÓA XIX"). */
function asWritten(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!inCapitals(t.text) || t.text.includes(".")) return true;
  if (!/[aeiouy]/iu.test(stripDiacritics(t.text)) || /^U[BV]/u.test(t.text)) return true;
  if (ROMAN.test(t.text) && (t.text.length >= 3 || NUMBERED_BY_ROMAN.has(tokens[i - 1]?.lower ?? ""))) return true;
  const touching = "-/".includes(text[t.start - 1] ?? " ") || "-/".includes(text[t.end] ?? " ");
  if (!touching) return false;
  let a = t.start;
  let b = t.end;
  while (a > 0 && !/\s/u.test(text[a - 1]!)) a--;
  while (b < text.length && !/\s/u.test(text[b]!)) b++;
  return /\p{N}/u.test(text.slice(a, b));
}

function recase(text: string, tokens: readonly Token[], book: CaseBook): string {
  const cased: Array<string | null> = tokens.map((t, i) => (t.kind !== "word" || asWritten(text, tokens, i) ? t.text : null));
  const fromVocabulary = new Array<boolean>(tokens.length).fill(false);

  // A word takes the case of the longest vocabulary phrase it is in ("Ban Tuyên giáo" over "Trưởng
  // ban" in "TRƯỞNG BAN TUYÊN GIÁO", "Tỉnh ủy viên" over "Ủy viên"); of two as long, a capital wins.
  const capital = new Array<boolean>(tokens.length).fill(false);
  const coveredBy = new Array<number>(tokens.length).fill(0);
  tokens.forEach((t, i) => {
    for (const p of VOCABULARY.get(t.lower) ?? []) {
      if (!p.lower.every((w, k) => tokens[i + k]?.lower === w)) continue;
      p.lower.forEach((_, k) => {
        fromVocabulary[i + k] = true;
        if (p.lower.length > coveredBy[i + k]!) [coveredBy[i + k], capital[i + k]] = [p.lower.length, p.capitalized[k]!];
        else if (p.lower.length === coveredBy[i + k]) capital[i + k] ||= p.capitalized[k]!;
      });
    }
  });
  tokens.forEach((t, i) => {
    if (cased[i] === null && fromVocabulary[i]) cased[i] = capital[i] ? titleCase(t.lower) : t.lower;
  });

  // The document's own writing of the word beside its neighbour.
  tokens.forEach((t, i) => {
    if (cased[i] !== null) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const withPrev = prev?.kind === "word" ? book.form(`${prev.lower} ${t.lower}`) : undefined;
    const withNext = next?.kind === "word" ? book.form(`${t.lower} ${next.lower}`) : undefined;
    cased[i] = withPrev?.split(" ")[1] ?? withNext?.split(" ")[0] ?? null;
  });

  for (let i = 0; i < tokens.length; i++) {
    const run = nameRunAt(tokens, i, cased, fromVocabulary);
    for (let k = i; k < i + run; k++) cased[k] = titleCase(tokens[k]!.lower);
    if (run) i += run - 1;
  }

  // Anything else is lower case, but "SỞ" before a capitalized name is the department's ("Sở Khoa học
  // và Công nghệ"). A word's case alone, away from its neighbour, tells little: "Chủ" of "Chủ tịch"
  // is not that of "chủ trì".
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (cased[i] !== null) continue;
    const lower = tokens[i]!.lower;
    const next = cased[i + 1];
    cased[i] = DEPARTMENT_WORDS.has(lower) && next && /^\p{Lu}\p{Ll}/u.test(next) ? titleCase(lower) : lower;
  }
  // The first word opens the sentence, after an outlet's tag ("(GLO)- SÁNG 15/12, …") kept as written.
  const tag = tokens[0]?.text === "(" ? tokens.findIndex((t) => t.text === ")") : -1;
  for (let i = 0; i < tag; i++) cased[i] = tokens[i]!.text;
  const first = tokens.findIndex((t, i) => i > tag && t.kind === "word");
  if (first >= 0) cased[first] = cased[first]![0]!.toUpperCase() + cased[first]!.slice(1);

  let out = "";
  let at = 0;
  tokens.forEach((t, i) => {
    const word = cased[i]!;
    out += text.slice(at, t.start) + (word.length === t.text.length ? word : t.text);
    at = t.end;
  });
  return out + text.slice(at);
}

/**
 * Length of the name that starts at `tokens[i]`, else 0: two to five undecided words after "đồng
 * chí", "ông" or "bà" ("ĐỒNG CHÍ THẠCH CHANH RÊ,"), or after a title, a comma or the sentence's start
 * when the first is a family name ("BÍ THƯ TỈNH ỦY NGUYỄN VĂN AN"). The run must end where a name
 * can: at punctuation, a known word or the sentence's end, not in more unknown words.
 */
function nameRunAt(tokens: readonly Token[], i: number, cased: ReadonlyArray<string | null>, fromVocabulary: readonly boolean[]): number {
  // Not whether the document writes a word in lower case elsewhere: names are made of ordinary
  // words ("Thị" of "thị trấn", "Mai", "Hồng").
  const open = (k: number): boolean => tokens[k]?.kind === "word" && cased[k] === null && !NAME_STOP.has(tokens[k]!.lower);
  if (!open(i)) return 0;
  const introduced = INTRODUCERS.some((w) => w.every((x, k) => tokens[i - w.length + k]?.lower === x));
  const before = tokens[i - 1];
  const afterTitle = !before || before.kind === "punct" || fromVocabulary[i - 1];
  const first = titleCase(tokens[i]!.lower);
  if (!introduced && !(afterTitle && (SURNAMES.has(first) || isHighlandsNameStart(first)))) return 0;
  let n = 1;
  while (n < NAME_MAX && open(i + n)) n++;
  return n >= 2 && !open(i + n) ? n : 0;
}
