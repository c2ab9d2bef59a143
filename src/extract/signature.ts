/**
 * The signer of a Party document posted as written: "T/M BAN THƯỜNG VỤ" (or "T/L", "K/T"), the
 * signer's title in capitals, "(Đã ký)", and the name, each on a line of its own. A title that names
 * no body ("PHÓ BÍ THƯ THƯỜNG TRỰC", "CHÁNH VĂN PHÒNG") is the issuing committee's, which the
 * document's heading names ("TỈNH ỦY GIA LAI" → "Phó Bí thư Thường trực Tỉnh ủy").
 */
import { nameLengthAt, nameText } from "./names.ts";
import { HEAD_SPELLING, type RawOffice } from "./offices.ts";
import type { SentenceFacts } from "./sentence-facts.ts";

const SIGNING_FOR = /^(?:T\/M|T\/L|K\/T|TM\.|TL\.|KT\.)\s*\p{Lu}/u;
const SIGNED = /^\((?:đã ký|ký tên|ký, đóng dấu|đã ký và đóng dấu)\)$/iu;
// The heading's first words, as set in capitals or written back in case.
const ISSUER = /^(tỉnh ủy|thành ủy|đảng ủy)(?=\s|$)/iu;
// A title that names its body or place already ("BÍ THƯ ĐẢNG ỦY XÃ …").
const NAMES_ITS_BODY = /(?:ủy|ban|sở|hội|tỉnh|thành phố|xã|phường)(?:\s|$)/u;
// The longest head a title in capitals may open with, in words ("Phó Trưởng ban Thường trực").
const MAX_HEAD_WORDS = 4;

export interface Signature {
  name: string;
  office: RawOffice;
  /** The sentence of the name. */
  index: number;
}

/** The signers of the document's own text, with the office each signs in. */
export function signatures(facts: readonly SentenceFacts[]): Signature[] {
  const out: Signature[] = [];
  const signing = facts.flatMap((f, i) => (SIGNING_FOR.test(f.sentence.text) && facts[i + 2] ? [i] : []));
  if (!signing.length) return out;
  const issuer = facts.map((f) => ISSUER.exec(f.sentence.text)?.[1]).find(Boolean);
  for (const i of signing) {
    const title = spelledTitle(facts[i + 1]!.sentence.text);
    const at = SIGNED.test(facts[i + 2]!.sentence.text) ? i + 3 : i + 2;
    const tokens = facts[at]?.tokens ?? [];
    const n = nameLengthAt(tokens, 0);
    if (!title || !n || n !== tokens.length) continue;
    const committee = issuer && !NAMES_ITS_BODY.test(title.toLowerCase()) ? ` ${issuer[0]!.toUpperCase()}${issuer.slice(1).toLowerCase()}` : "";
    out.push({ name: nameText(tokens, 0, n), office: { title: `${title}${committee}`, place: null, former: false, start: 0, end: 0 }, index: at });
  }
  return out;
}

/** A title in capitals written as titles are: its head as the lexicon spells it, the rest after it in sentence case. */
function spelledTitle(line: string): string | null {
  const words = line.toLowerCase().split(/\s+/u).filter(Boolean);
  for (let n = Math.min(MAX_HEAD_WORDS, words.length); n > 0; n--) {
    const head = HEAD_SPELLING.get(words.slice(0, n).join(" "));
    if (!head) continue;
    const rest = words.slice(n).join(" ");
    return rest ? `${head} ${rest[0]!.toUpperCase()}${rest.slice(1)}` : head;
  }
  return null;
}
