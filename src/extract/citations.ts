/**
 * Citations of Party and state documents in one sentence: full codes ("39-CT/TW", "01/NQ-CP",
 * "98/2023/QH15"),
 * numbers with an issuer ("Nghị quyết số 33 … của Ban Chấp hành Trung ương Đảng" → 33-NQ/TW),
 * bare numbers ("Chỉ thị 39", resolved later against the document's full citations) and plenum
 * resolutions ("Nghị quyết Trung ương 4 khóa XII" → NQ-TW4-XII). Only directives (CT) and
 * resolutions (NQ) are kept; conclusions, plans and the rest are not scored (ANNOTATION.md).
 */

import { isFullDate } from "../text/calendar.ts";
import { isoDay } from "./dates.ts";

export type CitationKind = "directive" | "resolution";

export interface Citation {
  kind: CitationKind;
  /** Full key when the sentence gives or implies it; null for a bare number ("Chỉ thị 39"). */
  key: string | null;
  /** The number as written, for resolving bare numbers. */
  number: string | null;
  /** The key was made from the number and the issuer written after it ("Nghị quyết 57 của Tỉnh ủy"), not written. */
  keyFromIssuer?: boolean;
  issuer: string | null;
  /** "về …" subject clause: a directive's title; a plenum's resolution is matched to its number by it. */
  title: string | null;
  /**
   * The day it was issued, when written right after it with its year ("… 39-CT/TW ngày 30/10/2024"):
   * numbers are reused term after term, and the day tells the two documents apart.
   */
  issued?: string | null;
  /**
   * How many years the text says the document has been carried out ("tổng kết 10 năm thực hiện
   * Chỉ thị số 39-CT/TW"): with the report's date, about when it was issued.
   */
  yearsSince?: number | null;
  /** The citation as written (resolutions' name). */
  text: string;
  /** Offsets in the sentence; `end` also covers a "ngày …" date written right after it. */
  start: number;
  end: number;
  /** The central plenum that adopted a numbered resolution, when the citation says so ("… Hội nghị lần thứ năm …"). */
  plenum?: number;
}

const TYPE_KIND: Readonly<Record<string, CitationKind>> = { CT: "directive", NQ: "resolution" };

// "39-CT/TW", "05-CT/TƯ", "27-NQ/T.Ư", "06-NQ/TU", "102-KL/TW" (kept only for CT and NQ).
const PARTY_CODE_RE = /(?<![\p{L}\p{N}])(\d{1,4})\s?-\s?(CT|NQ|KL|KH|QĐ|HD|TB|ĐA|CTr|QC)\s?\/\s?(T\.Ư|TƯ|TW|[A-ZĐ]{1,6})(?![\p{L}])/gu;
// "01/NQ-CP", "05/CT-TTg", "12/2023/NQ-HĐND".
const STATE_CODE_RE = /(?<![\p{L}\p{N}\/])(\d{1,4})\/(?:(\d{4})\/)?(NQ|CT)-([A-ZĐ][A-Za-zĐđ]{0,7})(?![\p{L}])/gu;
const PARTY_ORGANS_IN_STATE_ORDER: Readonly<Record<string, string>> = { TW: "TW", "TƯ": "TW", TU: "TU", "ĐU": "ĐU", HU: "HU" };
// ", 66 và 68" after "Nghị quyết 59": a list of numbers sharing the kind (and the issuer after them).
// Not a count ("Nghị quyết 36 và 10 năm thực hiện Chỉ thị 45").
const NUMBER_LIST_RE = /^(?:\s*(?:,|và)\s*\d{1,4}(?![\p{N}\/%-]|\s+(?:năm|tháng|ngày|tuần|lần|người|tỷ|triệu)(?![\p{L}])))+/u;
// "Nghị quyết số 98/2023/QH15": a National Assembly resolution (a law is numbered the same way, so
// only after "Nghị quyết").
const ASSEMBLY_CODE_RE = /Nghị quyết\s+(?:số\s+)?((\d{1,4})\/\d{4}\/QH\d{1,2})(?![\p{L}\p{N}])/giu;
// "Chỉ thị số 39", "Nghị quyết 33": a number not followed by a code; also with the kind's shorthand the
// text goes on to use ("Nghị quyết (NQ) 45 của Bộ Chính trị", then "NQ 45").
const NUMBERED_RE = /(?<![\p{L}])(Chỉ thị|Nghị quyết|chỉ thị|nghị quyết|NQ|CT)\s+(?:\((?:NQ|CT)\)\s+)?(?:số\s+)?(\d{1,4})(?![\p{N}]|\s?-\s?[A-ZĐ]|\/)/gu;
// "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII".
const PLENUM_RE =
  /Nghị quyết\s+(?:của\s+)?(?:Hội nghị\s+)?(?:Trung ương\s+(?:lần thứ\s+)?(\d{1,2}|mười\s+\p{L}+|\p{L}+)|(?:lần thứ\s+)?(\d{1,2}|mười\s+\p{L}+|\p{L}+)\s*,?\s+(?:của\s+)?(?:Ban Chấp hành|BCH)\s+Trung ương(?:\s+Đảng)?)(?:\s*,?\s*\(?\s*khóa\s+([IVXL]+)\)?)?/gu;
// A citation's day right after its code: "ngày 30/10/2024", "ngày 9-6-2014", "ngày 18.4.1991" (dots
// only with the year: "ngày 18.4" is rare, "4.2" a figure).
const CITED_DAY = String.raw`ngày\s+(?:\d{1,2}[\/-]\d{1,2}(?:[\/-]\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{4})`;
// The issuer written after a citation, within a short window: "… ngày 9/6/2014 của Ban Chấp hành Trung ương Đảng".
const ISSUER_AFTER_RE = new RegExp(
  String.raw`^(?:\s*,)?(?:\s*${CITED_DAY})?\s*(?:,\s*)?(?:của\s+)(Bộ Chính trị|Ban Bí thư(?: Trung ương(?: Đảng)?)?|Ban Chấp hành Trung ương(?: Đảng)?|BCH Trung ương(?: Đảng)?|Trung ương(?: Đảng)?|Ban Thường vụ Tỉnh ủy|Ban Chấp hành Đảng bộ tỉnh|Tỉnh ủy|Ban Thường vụ Thành ủy|Ban Chấp hành Đảng bộ thành phố|Thành ủy|Ban Thường vụ Huyện ủy|Ban Chấp hành Đảng bộ huyện|Huyện ủy|Đảng ủy(?: [\p{Lu}][\p{L}]*)*)`,
  "u",
);
// A list introduced with its issuer: "bốn văn bản của Ban Bí thư: Chỉ thị số 41-CT/TW …".
const LIST_ISSUER_RE =
  /(?:văn bản|chỉ thị|nghị quyết)\s+(?:quan trọng\s+)?của\s+(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Tỉnh ủy|Ban Thường vụ Tỉnh ủy)[^:;.]{0,60}(?::|gồm|,\s*trong đó có)/gu;
// "Nghị quyết số 19-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương", "Nghị quyết số
// 24-NQ/TW ngày 03/6/2013 của Hội nghị Trung ương 7 khóa XI": the plenum after a numbered resolution.
const PLENUM_NUMBER = String.raw`(?:lần thứ\s+)?(\d{1,2}|mười\s+\p{L}+|\p{L}+)`;
const PLENUM_AFTER_RE = new RegExp(
  String.raw`^\s*,?\s*(?:của\s+)?Hội nghị\s+(?:Trung ương\s+${PLENUM_NUMBER}(?=[\s,.;)]|$)|${PLENUM_NUMBER}\s*,?\s+(?:của\s+)?(?:Ban Chấp hành|BCH)\s+Trung ương)`,
  "u",
);
// How far after a numbered resolution a parenthesised plenum name may stand and still be its alias.
const ALIAS_WINDOW = 90;
const DATE_AFTER_RE = new RegExp(String.raw`^\s*,?\s*${CITED_DAY}`, "u");
const SUBJECT_RE = /^[^;]{0,160}?\s(về\s+["']?)([^;"]{3,300})/u;
const NUMERALS: Readonly<Record<string, number>> = {
  nhất: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};

/** A number in digits, or 1–19 in words ("4", "tư", "mười một"); null when it is not one. */
export function smallNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const words = s.split(/\s+/);
  if (words.length === 1) return NUMERALS[words[0]!] ?? null;
  if (words[0] !== "mười") return null;
  const unit = words[1] === "lăm" ? 5 : NUMERALS[words[1]!];
  return unit === undefined ? null : 10 + unit;
}

/** Issuer body → the organ part of a party code. */
// Where the text names no issuer, a code that names only one says who issued it ("01/NQ-CP": the
// Government). "TW" and "TU" do not: the Politburo, the Secretariat or the whole committee.
const ISSUER_OF_ORGAN: Readonly<Record<string, string>> = {
  CP: "Chính phủ", TTg: "Thủ tướng Chính phủ", HĐND: "Hội đồng nhân dân", UBND: "Ủy ban nhân dân", QUTW: "Quân ủy Trung ương",
};

export function organOf(issuer: string): string {
  if (/Tỉnh ủy|Đảng bộ tỉnh|Thành ủy|Đảng bộ thành phố/u.test(issuer)) return "TU";
  if (/Huyện ủy|Đảng bộ huyện/u.test(issuer)) return "HU";
  if (/^Đảng ủy/u.test(issuer)) return "ĐU";
  return "TW";
}

const shortIssuer = (issuer: string): string =>
  issuer.replace(/^BCH /u, "Ban Chấp hành ").replace(/^(Ban Bí thư) Trung ương(?: Đảng)?$/u, "$1");

// The issuer as the subject that issued it: "Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 05 …".
const ISSUER_BEFORE_RE =
  /(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Ban Thường vụ Tỉnh ủy|Tỉnh ủy|Ban Thường vụ Thành ủy|Thành ủy|Ban Thường vụ Huyện ủy|Huyện ủy)(?:\s+(?:đã|vừa))?\s+ban hành\s+$/u;

/**
 * The issuer stated right after the citation (within a short window), else the subject that issued
 * it just before, else from a list's introduction.
 */
function issuerFor(sentence: string, end: number, listIssuers: ReadonlyArray<{ issuer: string; end: number }>, start: number): string | null {
  const after = ISSUER_AFTER_RE.exec(sentence.slice(end, end + 120));
  if (after) return shortIssuer(after[1]!);
  const preceding = sentence.slice(Math.max(0, start - 60), start);
  const before = preceding.includes("ban hành") ? ISSUER_BEFORE_RE.exec(preceding) : null;
  if (before) return before[1]!;
  let best: string | null = null;
  for (const l of listIssuers) if (l.end <= start) best = l.issuer;
  return best;
}

// Where a subject clause ends and the sentence goes on: after its closing formula ("… trong tình
// hình mới, lực lượng …"); before a new clause's subject or a linking phrase (", Thanh Hóa đã …",
// ", do Tỉnh ủy tổ chức", ", gắn với …"), another document ("và Kết luận số 01-KL/TW"), a verb of
// the sentence ("… đã mở ra", "… mà Đảng bộ đã triển khai"), a web page's menu ("Trang chủ ›").
// Not at ", nhất là": titles have it ("về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp
// chiến lược, …").
const RUN_ON: readonly RegExp[] = [
  /(?<=trong (?:tình hình|giai đoạn|thời kỳ|kỷ nguyên) (?:mới|hiện nay))[\s,].*$/u,
  /,\s+(?=\p{Lu})(?!Hồ Chí Minh).*$/u,
  /,\s+(?:do|gắn với|kết hợp|đồng thời|với mục tiêu|cùng|trong đó|qua đó|sáng|chiều|tối|ngày|trong (?:hai )?ngày)\s.*$/u,
  /\s+(?:và|cùng)\s+(?:Kết luận|Chương trình|Quyết định|Kế hoạch|Quy định|Hướng dẫn|Thông báo)\s.*$/u,
  /\s+(?:đã|đang|sẽ|mà|luôn được|tiếp tục được)\s.*$/u,
  // What is left of a new clause once its verb is cut: its subject (", huyện", ", thanh niên của tỉnh").
  /,\s+(?:tỉnh|huyện|xã|phường|thành phố|thị xã|quận|thanh niên|đơn vị|ngành)(?:\s+\p{Ll}+){0,3}$/u,
  /\s+Trang chủ\b.*$/u,
  /\s+(?:và|của|với)$/u,
];

/** "về …" subject clause following a citation, up to the next citation or clause break. */
function subjectAfter(sentence: string, end: number, nextStart: number): string | null {
  const m = SUBJECT_RE.exec(sentence.slice(end, Math.min(nextStart, end + 400)));
  if (!m) return null;
  const body = RUN_ON.reduce((b, cut) => b.replace(cut, ""), m[2]!).replace(/["']+$/u, "").replace(/[\s,.;:]+$/u, "").trim();
  if (!body) return null;
  return `về ${m[1]!.includes('"') || m[1]!.includes("'") ? body[0]!.toLowerCase() + body.slice(1) : body}`;
}

// The full day in what `withDate` took after a code: "ngày 30/10/2024", "ngày 9-6-14", "ngày 18.4.1991".
const ISSUED_RE = /ngày\s+(\d{1,2})[\/.-](\d{1,2})[\/.-](\d{4}|\d{2})(?!\d)/u;

function issuedDay(dateText: string): string | null {
  const m = ISSUED_RE.exec(dateText);
  if (!m) return null;
  const [day, month, y] = [Number(m[1]), Number(m[2]), m[3]!];
  const iso = isoDay(day, month, y.length === 2 ? 2000 + Number(y) : Number(y));
  return isFullDate(iso) ? iso : null;
}

// "(sơ kết, tổng kết) 10 năm thực hiện ", "6 tháng thực hiện " right before a citation: how long it has been carried out.
const YEARS_SINCE_RE = /(?<![\p{L}\p{N}])(\d{1,2}|mười\s+\p{L}+|\p{L}+)\s+(năm|tháng)\s+(?:thực hiện|triển khai(?:\s+thực hiện)?|thi hành)\s*$/u;

/** Whole years carried out, as the text counts them ("6 tháng": 0). */
function yearsCarriedOut(before: string): number | null {
  const m = YEARS_SINCE_RE.exec(before);
  const n = m ? smallNumber(m[1]!) : null;
  return n === null ? null : m![2] === "tháng" ? Math.floor(n / 12) : n;
}

function withDate(sentence: string, end: number): number {
  const d = DATE_AFTER_RE.exec(sentence.slice(end, end + 30));
  if (!d) return end;
  // "Thực hiện Chỉ thị 40, ngày 9/3/2015, Ban Thường vụ … tổ chức hội nghị": a day set off by commas
  // is when the sentence's act took place, not the document's date ("…, ngày 22/11/2014, của Ban Bí thư" is, and
  // so is "…, ngày 4-11-2013, Hội nghị lần thứ tám Ban Chấp hành Trung ương …", the plenum that adopted it).
  if (d[0].trimStart().startsWith(",") && /^\s*,(?!\s*(?:của|Hội nghị)\s)/u.test(sentence.slice(end + d[0].length))) return end;
  return end + d[0].length;
}

/** Every directive and resolution cited in one sentence, in order of appearance. */
export function findCitations(sentence: string): Citation[] {
  const found: Citation[] = [];
  // Characters already read as part of a citation: a later pattern must not read them again.
  const taken = new Uint8Array(sentence.length);
  const overlaps = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (taken[k]) return true;
    return false;
  };
  const take = (a: number, b: number): void => {
    taken.fill(1, a, b);
  };

  const listIssuers: Array<{ issuer: string; end: number }> = [];
  LIST_ISSUER_RE.lastIndex = 0;
  for (let m = LIST_ISSUER_RE.exec(sentence); m; m = LIST_ISSUER_RE.exec(sentence)) {
    listIssuers.push({ issuer: m[1]!, end: m.index + m[0].length });
  }

  PARTY_CODE_RE.lastIndex = 0;
  for (let m = PARTY_CODE_RE.exec(sentence); m; m = PARTY_CODE_RE.exec(sentence)) {
    take(m.index, m.index + m[0].length);
    const kind = TYPE_KIND[m[2]!];
    if (!kind) continue;
    const organ = /^(?:TW|TƯ|T\.Ư)$/u.test(m[3]!) ? "TW" : m[3]!;
    const end = m.index + m[0].length;
    // "Nghị quyết số 27, 28 và 29-NQ/TW": several numbers share one code.
    const numbers = [m[1]!];
    const before = /((?:\d{1,4}\s*(?:,|và)\s*){1,10})$/u.exec(sentence.slice(Math.max(0, m.index - 60), m.index));
    if (before && /(?:Chỉ thị|Nghị quyết|chỉ thị|nghị quyết)\s+(?:số\s+)?$/u.test(sentence.slice(Math.max(0, m.index - 80), m.index - before[1]!.length))) {
      numbers.unshift(...before[1]!.split(/\s*(?:,|và)\s*/u).filter(Boolean));
    }
    // "Chỉ thị số 39-CT/TW": the citation starts at its kind when that is written just before.
    const windowStart = Math.max(0, m.index - 40);
    const kindAt = sentence.slice(windowStart, m.index).lastIndexOf(kind === "directive" ? "Chỉ thị" : "Nghị quyết");
    const start = kindAt >= 0 ? windowStart + kindAt : m.index;
    const dated = withDate(sentence, end);
    const plenumAfter = kind === "resolution" && organ === "TW" ? PLENUM_AFTER_RE.exec(sentence.slice(dated, dated + 80)) : null;
    const plenum = plenumAfter ? smallNumber((plenumAfter[1] ?? plenumAfter[2])!.replace(/\s+/g, " ")) : null;
    for (const n of numbers) {
      found.push({
        kind, key: `${n}-${m[2]}/${organ}`, number: n, issuer: null, title: null,
        text: sentence.slice(start, end), start, end: dated, ...(plenum ? { plenum } : {}),
      });
    }
  }

  STATE_CODE_RE.lastIndex = 0;
  for (let m = STATE_CODE_RE.exec(sentence); m; m = STATE_CODE_RE.exec(sentence)) {
    const end = m.index + m[0].length;
    if (overlaps(m.index, end)) continue;
    take(m.index, end);
    // "Chỉ thị số 39/CT-TW": a Party document's code written in the state's order; its key is the Party's.
    const partyOrgan = m[2] ? undefined : PARTY_ORGANS_IN_STATE_ORDER[m[4]!];
    found.push({
      kind: TYPE_KIND[m[3]!]!, key: partyOrgan ? `${m[1]}-${m[3]}/${partyOrgan}` : m[0], number: m[1]!, issuer: null, title: null,
      text: m[0], start: m.index, end: withDate(sentence, end),
    });
  }

  ASSEMBLY_CODE_RE.lastIndex = 0;
  for (let m = sentence.includes("/QH") ? ASSEMBLY_CODE_RE.exec(sentence) : null; m; m = ASSEMBLY_CODE_RE.exec(sentence)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if (overlaps(start, end)) continue;
    take(start, end);
    found.push({ kind: "resolution", key: m[1]!, number: m[2]!, issuer: "Quốc hội", title: null, text: m[1]!, start, end: withDate(sentence, end) });
  }

  NUMBERED_RE.lastIndex = 0;
  for (let m = NUMBERED_RE.exec(sentence); m; m = NUMBERED_RE.exec(sentence)) {
    const end = m.index + m[0].length;
    if (overlaps(m.index, end)) continue;
    take(m.index, end);
    const kind: CitationKind = m[1]!.toLowerCase() === "chỉ thị" || m[1] === "CT" ? "directive" : "resolution";
    // "các Nghị quyết 59, 66 và 68 của Bộ Chính trị": more numbers of the same kind and issuer.
    const more = NUMBER_LIST_RE.exec(sentence.slice(end, end + 40));
    const listEnd = more ? end + more[0].length : end;
    if (more) take(end, listEnd);
    const issuer = issuerFor(sentence, listEnd, listIssuers, m.index);
    const type = kind === "directive" ? "CT" : "NQ";
    for (const number of [m[2]!, ...(more?.[0].match(/\d{1,4}/gu) ?? [])]) {
      found.push({
        kind, key: issuer ? `${number}-${type}/${organOf(issuer)}` : null, number, issuer, title: null, ...(issuer ? { keyFromIssuer: true } : {}),
        text: number === m[2] ? m[0] : `${m[1]} ${number}`, start: m.index, end: withDate(sentence, listEnd),
      });
    }
  }

  PLENUM_RE.lastIndex = 0;
  for (let m = PLENUM_RE.exec(sentence); m; m = PLENUM_RE.exec(sentence)) {
    const end = m.index + m[0].length;
    const n = smallNumber((m[1] ?? m[2] ?? "").replace(/\s+/g, " "));
    if (n === null || overlaps(m.index, end)) continue;
    take(m.index, end);
    found.push({
      kind: "resolution", key: `NQ-TW${n}${m[3] ? `-${m[3]}` : ""}`, number: null, issuer: "Ban Chấp hành Trung ương Đảng",
      title: null, text: m[0], start: m.index, end,
    });
  }

  found.sort((a, b) => a.start - b.start);
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    // "Nghị quyết số 29-NQ/TW … của Ban Chấp hành Trung ương Đảng khóa XI (Nghị quyết Trung ương 8
    // khóa XI)": the plenum in parentheses names the numbered resolution just before it.
    const prev = found[i - 1];
    const plenum = c.number === null && /^NQ-TW(\d+)/u.exec(c.key ?? "");
    if (plenum && prev?.kind === "resolution" && prev.key && prev.number && c.start - prev.end <= ALIAS_WINDOW && sentence[c.start - 1] === "(") {
      prev.plenum ??= Number(plenum[1]);
    }
    const codeEnd = c.start + c.text.length;
    c.issuer ??= issuerFor(sentence, codeEnd, listIssuers, c.start) ?? ISSUER_OF_ORGAN[/[-/]([\p{L}]+)$/u.exec(c.key ?? "")?.[1] ?? ""] ?? null;
    c.title = subjectAfter(sentence, c.end, found[i + 1]?.start ?? sentence.length);
    c.issued = issuedDay(sentence.slice(codeEnd, c.end));
    c.yearsSince = yearsCarriedOut(sentence.slice(Math.max(0, c.start - 60), c.start));
  }
  return found;
}
