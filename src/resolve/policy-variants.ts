/**
 * The documents one official number stands for. Party directives and resolutions are numbered
 * anew each term, so `39-CT/TW` of 2014 (Bộ Chính trị, internal political protection) and of 2024
 * (Ban Bí thư, social-policy credit) share a key. The graph keeps one node per key, as the answer
 * keys and every citation form do; how each report cites the number (the day it gives, the years
 * it says the document has been carried out, the subject clause, the issuer) tells them apart when
 * read. Pure: src/graph/read/variants.ts reads the rows.
 */
import { subjectKey } from "../text/fold.ts";

/** How one document cites the number. */
export interface Citing {
  doc: string;
  issuer: string | null;
  title: string | null;
  /** ISO day, when the citation gives it. */
  issued: string | null;
  /** The report's own date (ISO, possibly partial), when known: it cannot cite a document issued later. */
  published?: string | null;
  /** How many years the report says the document has been carried out ("tổng kết 10 năm thực hiện"). */
  yearsSince?: number | null;
  /** The report's province: a provincial or district number is that province's own. */
  place?: string | null;
}

/** One document the number stands for, and the reports that cite it so. */
export interface PolicyVariant {
  /** The day most of its reports give, else null. */
  issued: string | null;
  /** When no report gives the day: the year its reports imply ("tổng kết 10 năm thực hiện" in 2024: 2014). */
  issuedAbout: number | null;
  /** For a provincial or district number: the province whose reports cite it. */
  province: string | null;
  issuer: string | null;
  title: string | null;
  /**
   * Reports that cite the number without saying which of the variants they mean (neither day,
   * subject nor issuer fits exactly one): kept apart rather than guessed.
   */
  ambiguous: boolean;
  docs: string[];
}

// The genre's formulas around a subject: they open and close the subjects of many documents
// ("về tăng cường sự lãnh đạo của Đảng đối với công tác …", "… trong tình hình mới") and tell
// none apart, so subjects are compared without them.
const OPENING = /^(?:tiếp tục|tăng cường|đẩy mạnh|nâng cao|việc|sự lãnh đạo của (?:đảng|(?:các )?cấp ủy(?: đảng)?) đối với|lãnh đạo chỉ đạo) /u;
const CLOSING = / (?:trong (?:tình hình|giai đoạn|thời kỳ) (?:mới|hiện nay)|hiện nay)$/u;

/** A subject's words without the formulas around it: "về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình hiện nay" → "công tác bảo vệ chính trị nội bộ". */
function subjectCore(title: string): string[] {
  let core = subjectKey(title);
  for (let before = ""; before !== core; ) [before, core] = [core, core.replace(OPENING, "").replace(CLOSING, "")];
  return core.split(" ");
}

/** The names in a subject (capitalized words after its first, "Đảng" aside), which tell "tỉnh Nghệ An" from "tỉnh Khánh Hòa". */
const namesIn = (title: string): string[] =>
  title.normalize("NFC").split(/[^\p{L}\p{N}]+/u).slice(2).filter((w) => /^\p{Lu}/u.test(w) && w !== "Đảng").map((w) => subjectKey(w));

interface Subject {
  core: string[];
  words: Set<string>;
  names: string[];
}

/** Each wording's subject once: reports repeat a directive's subject word for word. */
const subjects = new Map<string, Subject>();
const subjectOf = (title: string): Subject => {
  let subject = subjects.get(title);
  if (!subject) {
    if (subjects.size > 10_000) subjects.clear();
    const core = subjectCore(title);
    subjects.set(title, (subject = { core, words: new Set(core), names: namesIn(title) }));
  }
  return subject;
};

/** Opening syllables two wordings of one subject share before they part: more than "xây dựng và phát triển tỉnh …" of two provinces. */
const SHARED_OPENING = 10;
/** The share of a shorter wording's syllables a longer one must hold, in any order ("tiếp công dân, giải quyết khiếu nại, tố cáo" in "công tác tiếp công dân và giải quyết khiếu nại, tố cáo"). */
const SHARED_WORDS = 0.8;

/**
 * Two subject clauses of one document, compared without their formulas: the shorter (three words
 * at least) is a run of the longer's words, as reports shorten "về nâng cao hiệu quả của tín dụng
 * chính sách xã hội trong giai đoạn mới" to "về tín dụng chính sách xã hội" or run a subject on
 * into the sentence ("…, do Tỉnh ủy tổ chức"); or both open with the same ten syllables and word
 * the rest differently ("… khóa XVI và bầu cử đại biểu Hội đồng nhân dân" / "… khóa XVI và đại biểu
 * Hội đồng nhân dân"); or the longer holds four fifths of the shorter's syllables (four at least)
 * and every name the shorter gives.
 */
export function sameSubject(a: string, b: string): boolean {
  const [x, y] = [subjectOf(a), subjectOf(b)];
  const [shorter, longer] = x.core.length <= y.core.length ? [x, y] : [y, x];
  if (shorter.core.length >= 3 && ` ${longer.core.join(" ")} `.includes(` ${shorter.core.join(" ")} `)) return true;
  if (shorter.core.length >= SHARED_OPENING && shorter.core.slice(0, SHARED_OPENING).every((w, i) => w === longer.core[i])) return true;
  if (shorter.words.size < 4 || !shorter.names.every((n) => longer.words.has(n))) return false;
  let held = 0;
  for (const w of shorter.words) if (longer.words.has(w)) held++;
  return held >= SHARED_WORDS * shorter.words.size;
}

type Fit = "yes" | "no" | "unknown";

/** Whether a report's issuer is one a variant's reports give. */
const issuerFit = (mine: string | null, theirs: ReadonlySet<string>): Fit => (mine === null || theirs.size === 0 ? "unknown" : theirs.has(mine) ? "yes" : "no");

/** How many of a variant's reports give a subject that fits `title`. */
function subjectSupport(title: string, titles: ReadonlyMap<string, number>, same: (a: string, b: string) => boolean): number {
  let n = 0;
  for (const [t, count] of titles) if (t === title || same(title, t)) n += count;
  return n;
}

/** How much more a subject's support must be than the next variant's to decide: one report's slip (a wrong year) does not split a directive's thousand. */
const CLEAR_MAJORITY = 3;

/** The variant whose reports' subjects fit by a clear majority, or all that fit when none does. */
function mostSupported<F extends { support: number }>(fits: F[]): F[] {
  if (fits.length < 2) return fits;
  const [first, second] = [...fits].sort((a, b) => b.support - a.support);
  return first!.support >= CLEAR_MAJORITY * second!.support ? [first!] : fits;
}

/** The year of an ISO date, null when it has none (`--05-23`). */
const yearOf = (date: string | null | undefined): string | null => (date && /^\d{4}/.test(date) ? date.slice(0, 4) : null);

/** The value most reports give (the longest among equals, then the first in order), or null. */
function mostCited(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) {
    const b = best === null ? 0 : counts.get(best)!;
    if (n > b || (n === b && v.length > best!.length)) best = v;
  }
  return best;
}

/** The year a report implies its document was issued: its own year less the years carried out. */
function impliedYear(c: Citing): number | null {
  const year = yearOf(c.published);
  return year !== null && c.yearsSince != null ? Number(year) - c.yearsSince : null;
}

/**
 * How far a year given may stand from one implied and still be the same document: a year later
 * ("10 năm" of a directive of 22/11/2014 reviewed in late 2024), or two earlier, as a report may
 * tell of a review held the year before.
 */
const agrees = (given: number, implied: number): boolean => given >= implied - 2 && given <= implied + 1;

/**
 * Groups the reports of one number into the documents they cite. In order of what decides most:
 * the year of the day given (a number is not reused within a term); then the year implied by how
 * long the report says it has been carried out; then the subject; then the issuer, where the
 * subject does not speak; a report that gives none of them belongs to the only variant there is,
 * else to the ambiguous reports. A report is never given a variant issued after it, nor one whose
 * year its own contradicts: when none is left, it cites another document, a variant of its own.
 * Variants come newest first, the ambiguous last.
 */
export function policyVariants(citing: readonly Citing[], local = false): PolicyVariant[] {
  if (!local) return groupReports(citing, null);
  // Every province's committees number their own documents: its reports are grouped apart. A
  // report that does not say its province goes with the only one there is, else a group of its own.
  const byPlace = new Map<string | null, Citing[]>();
  for (const c of citing) {
    const place = c.place ?? null;
    const group = byPlace.get(place);
    if (group) group.push(c);
    else byPlace.set(place, [c]);
  }
  const placed = [...byPlace.keys()].filter((p): p is string => p !== null).sort();
  if (placed.length === 1 && byPlace.has(null)) {
    byPlace.get(placed[0]!)!.push(...byPlace.get(null)!);
    byPlace.delete(null);
  }
  return [...byPlace.keys()].sort((a, b) => (a ?? "\uffff").localeCompare(b ?? "\uffff")).flatMap((place) => groupReports(byPlace.get(place)!, place));
}

/**
 * Whether a number is a province's or a district's own (`05-NQ/TU`, `12-CT/HU`, `15/2025/NQ-HĐND`),
 * not the Central Committee's, the Central Military Commission's, the Government's or the
 * National Assembly's, whose numbers the whole country shares.
 */
export const isLocalNumber = (key: string): boolean => !/(?:\/(?:TW|QUTW)|-(?:CP|TTg)|\/QH\d+)$|^NQ-TW/u.test(key);

/** The variants of one number among reports that may all cite the same document. */
function groupReports(citing: readonly Citing[], province: string | null): PolicyVariant[] {
  const groups: Group[] = [];
  const ambiguous: Citing[] = [];
  const strength = (c: Citing): number => (c.issued ? 0 : impliedYear(c) !== null ? 1 : c.title ? 2 : c.issuer ? 3 : 4);
  const ordered = [...citing].sort((a, b) => strength(a) - strength(b) || (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  const same = memoSameSubject();
  for (const c of ordered) {
    if (c.issued) {
      const year = Number(yearOf(c.issued));
      const dated = groups.find((g) => g.year === year);
      if (dated) add(dated, c);
      else groups.push(group(c));
      continue;
    }
    const [year, about] = [yearOf(c.published), impliedYear(c)];
    const viable = groups
      .filter((g) => year === null || (g.year ?? 0) <= Number(year))
      .map((g) => {
        const when: Fit = about === null || g.year === null ? "unknown" : agrees(g.year, about) ? "yes" : "no";
        const support = c.title === null || g.titles.size === 0 ? null : subjectSupport(c.title, g.titles, same);
        const title: Fit = support === null ? "unknown" : support > 0 ? "yes" : "no";
        return { g, when, title, support: support ?? 0, issuer: issuerFit(c.issuer, g.issuers) };
      })
      .filter((f) => f.when !== "no");
    const byWhen = viable.filter((f) => f.when === "yes" && f.title !== "no");
    const byTitle = mostSupported(viable.filter((f) => f.title === "yes"));
    const byIssuer = viable.filter((f) => f.title === "unknown" && f.issuer === "yes");
    const open = viable.filter((f) => f.title !== "no" && f.issuer !== "no");
    const candidates = [byWhen, byTitle, byIssuer, open].find((list) => list.length > 0) ?? [];
    if (candidates.length === 1) add(candidates[0]!.g, c);
    else if (candidates.length === 0 && (c.title || c.issuer || about !== null || viable.length === 0)) groups.push(group(c));
    else ambiguous.push(c);
  }
  const variants = groups.map(({ members }) => {
    const issued = mostCited(members.map((c) => c.issued));
    const implied = mostCited(members.map((c) => impliedYear(c)?.toString() ?? null));
    return {
      issued,
      issuedAbout: issued === null && implied !== null ? Number(implied) : null,
      province,
      issuer: mostCited(members.map((c) => c.issuer)),
      title: mostCited(members.map((c) => c.title)),
      ambiguous: false,
      docs: members.map((c) => c.doc).sort(),
    };
  });
  const when = (v: PolicyVariant): string => v.issued ?? (v.issuedAbout === null ? "" : String(v.issuedAbout));
  variants.sort((a, b) => when(b).localeCompare(when(a)));
  if (ambiguous.length > 0) variants.push({ issued: null, issuedAbout: null, province, issuer: null, title: null, ambiguous: true, docs: ambiguous.map((c) => c.doc).sort() });
  return variants;
}

/**
 * The reports of one variant, with what the next report is compared to kept once each: a much-
 * reviewed directive has thousands of reports and a handful of wordings.
 */
interface Group {
  members: Citing[];
  /** The year of issue its first dated report gives, else the one its first report implies. */
  year: number | null;
  /** Its reports' subject clauses, with how many give each. */
  titles: Map<string, number>;
  issuers: Set<string>;
}

const group = (c: Citing): Group => {
  const g: Group = { members: [], year: null, titles: new Map(), issuers: new Set() };
  add(g, c);
  return g;
};

function add(g: Group, c: Citing): void {
  g.members.push(c);
  g.year ??= c.issued ? Number(yearOf(c.issued)) : impliedYear(c);
  if (c.title) g.titles.set(c.title, (g.titles.get(c.title) ?? 0) + 1);
  if (c.issuer) g.issuers.add(c.issuer);
}

/** `sameSubject`, each pair of wordings compared once. */
function memoSameSubject(): (a: string, b: string) => boolean {
  const known = new Map<string, boolean>();
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    let v = known.get(key);
    if (v === undefined) known.set(key, (v = sameSubject(a, b)));
    return v;
  };
}
