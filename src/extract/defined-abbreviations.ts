/**
 * Abbreviations a document defines before using them ("Ban Trị sự Giáo hội Phật giáo Việt Nam
 * (GHPGVN) thành phố Huế …, Trưởng Ban Trị sự GHPGVN thành phố", "Tập đoàn Điện lực Việt Nam (EVN)
 * …, Tổng Giám đốc EVN"): offices write them in full, as they do the abbreviations every document
 * uses (UBND, HĐND), which `canonicalTitle` knows already.
 */
import { searchKey } from "../text/fold.ts";
import { tokenize } from "../text/tokens.ts";
import { COUNTRIES } from "./lexicon/countries.ts";
import { matchPhrase } from "./lexicon/phrases.ts";

// Words, then capitals in parentheses: the words whose initials the capitals take are the last ones.
// "&" stands for "và" ("Tổ tiết kiệm và vay vốn (TK&VV)"); a comma may join them ("phổ biến, giáo dục
// pháp luật (PBGDPL)").
const BY_INITIALS = /((?:\p{L}+,?\s+){2,11}\p{L}+)\s*\(((?:\p{Lu}|&(?=\p{Lu})){3,10})\)/gu;
// A group's or a corporation's name, then the short name it goes by, initials or not ("Tổng công ty
// Điện lực Dầu khí Việt Nam (PV Power)", "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam
// (Petrovietnam)"). Not a bank's: its branches are named by its short name ("Giám đốc Agribank chi
// nhánh tỉnh"), as the press writes them.
// The short name is written in Latin letters without Vietnamese marks, and is no country ("Tập đoàn
// Hanwool (Hàn Quốc)", "(Israel)").
// An association goes by such a name too ("Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP)").
const GROUP_KIND = /Tập đoàn|Tổng công ty|Hiệp hội/u;
const BY_NAME = new RegExp(String.raw`((?:${GROUP_KIND.source})(?:\s+[\p{L}-]+){1,10}?)\s*\(([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]*)?)\)`, "gu");
// A police unit's name, then its code ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06)",
// "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05)"): the name runs from the
// capital after "phòng" or "cục" ("Trưởng phòng PC06 Công an tỉnh" is written in full so); a department's
// keeps its kind ("Phó Cục trưởng C04" heads "Cục Cảnh sát điều tra tội phạm về ma túy").
const BY_CODE = /(?<![\p{L}])([Pp]hòng|[Cc]ục)\s+(\p{Lu}[\p{L}]*(?:,?\s+[\p{L}]+){0,14}?)\s*\((\p{Lu}{1,3}\d{2,3})\)/gu;

// A company's kind and words of its name before the short name.
const IN_A_COMPANYS_NAME = /(?:[Cc]ông ty|Tập đoàn)\s+\S.*\s$/u;

const initial = (word: string): string => searchKey(word.slice(0, 1));
/** Whether `word` is the one a letter of an abbreviation stands for ("&" for "và"). */
const standsFor = (word: string, letter: string): boolean => (letter === "&" ? word === "và" : initial(word) === initial(letter));

/** A function writing in full, in a title, the abbreviations the document's sentences define. */
export function definedAbbreviations(sentences: readonly string[]): (title: string) => string {
  const full = new Map<string, string>();
  for (const sentence of sentences) {
    if (!sentence.includes("(")) continue;
    for (const [, before, abbreviation] of sentence.matchAll(BY_INITIALS)) {
      const words = before!.split(/\s+/u).slice(-abbreviation!.length);
      const letters = [...abbreviation!];
      if (words.length === letters.length && words.every((w, k) => standsFor(w, letters[k]!))) full.set(abbreviation!, words.join(" "));
    }
    for (const [, kind, name, code] of sentence.matchAll(BY_CODE)) full.set(code!, kind!.toLowerCase() === "cục" ? `Cục ${name}` : name!);
    for (const [, name, abbreviation] of sentence.matchAll(BY_NAME)) {
      if (!full.has(abbreviation!) && !matchPhrase(tokenize(abbreviation!), 0, COUNTRIES)) full.set(abbreviation!, name!);
    }
  }
  if (!full.size) return (title) => title;
  // Not the group's short name that ends a member company's own ("Công ty Than Hạ Long - TKV"). The kind
  // written before a short name ("Tập đoàn Rosatom") is the full name's own first words: not written twice.
  const used = new RegExp(`(?<![\\p{L}\\p{N}]|-\\s*)((?:${GROUP_KIND.source})\\s+)?(${[...full.keys()].join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return (title) =>
    title.replace(used, (match: string, kind: string | undefined, abbreviation: string, at: number) => {
      // Nor one ending another company's own name ("Tổng Công ty Cổ phần Công trình Viettel").
      if (!kind && IN_A_COMPANYS_NAME.test(title.slice(0, at))) return match;
      const name = full.get(abbreviation)!;
      return kind && !name.startsWith(kind.trim()) ? `${kind}${name}` : name;
    });
}
