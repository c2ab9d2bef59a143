/**
 * The documents one official number stands for. Party directives and resolutions are numbered
 * anew each term, so `39-CT/TW` of 2014 (Bộ Chính trị, internal political protection) and of 2024
 * (Ban Bí thư, social-policy credit) share a key. The graph keeps one node per key, as the answer
 * keys and every citation form do; how each report cites the number (the day it gives, the subject
 * clause, the issuer) tells them apart when read. Pure: src/graph/read/variants.ts reads the rows.
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
}

/** One document the number stands for, and the reports that cite it so. */
export interface PolicyVariant {
  /** The day most of its reports give, else null. */
  issued: string | null;
  /** When no report gives the day: the year its reports imply ("tổng kết 10 năm thực hiện" in 2024: 2014). */
  issuedAbout: number | null;
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

/** Opening syllables two wordings of one subject share before they part: more than "xây dựng và phát triển tỉnh …" of two provinces. */
const SHARED_OPENING = 10;

/**
 * Two subject clauses of one document, compared without their formulas: the shorter (three words
 * at least) is a run of the longer's words, as reports shorten "về nâng cao hiệu quả của tín dụng
 * chính sách xã hội trong giai đoạn mới" to "về tín dụng chính sách xã hội" or run a subject on
 * into the sentence ("…, do Tỉnh ủy tổ chức"); or both open with the same ten syllables and word
 * the rest differently ("… khóa XVI và bầu cử đại biểu Hội đồng nhân dân" / "… khóa XVI và đại biểu
 * Hội đồng nhân dân").
 */
export function sameSubject(a: string, b: string): boolean {
  const [x, y] = [subjectCore(a), subjectCore(b)];
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length >= 3 && ` ${longer.join(" ")} `.includes(` ${shorter.join(" ")} `)) return true;
  return shorter.length >= SHARED_OPENING && shorter.slice(0, SHARED_OPENING).every((w, i) => w === longer[i]);
}

type Fit = "yes" | "no" | "unknown";

function fit<T>(mine: T | null, theirs: readonly (T | null)[], same: (a: T, b: T) => boolean): Fit {
  const known = theirs.filter((t): t is T => t !== null);
  if (mine === null || known.length === 0) return "unknown";
  return known.some((t) => same(mine, t)) ? "yes" : "no";
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
export function policyVariants(citing: readonly Citing[]): PolicyVariant[] {
  const groups: Citing[][] = [];
  const ambiguous: Citing[] = [];
  const strength = (c: Citing): number => (c.issued ? 0 : impliedYear(c) !== null ? 1 : c.title ? 2 : c.issuer ? 3 : 4);
  const ordered = [...citing].sort((a, b) => strength(a) - strength(b) || (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  const issuedYear = (g: Citing[]): number | null => {
    const dated = yearOf(g.find((o) => o.issued)?.issued);
    return dated !== null ? Number(dated) : g.map(impliedYear).find((y) => y !== null) ?? null;
  };
  for (const c of ordered) {
    if (c.issued) {
      const same = groups.find((g) => issuedYear(g) === Number(yearOf(c.issued)));
      if (same) same.push(c);
      else groups.push([c]);
      continue;
    }
    const [year, about] = [yearOf(c.published), impliedYear(c)];
    const viable = groups
      .filter((g) => year === null || (issuedYear(g) ?? 0) <= Number(year))
      .map((g) => {
        const theirs = issuedYear(g);
        const when: Fit = about === null || theirs === null ? "unknown" : agrees(theirs, about) ? "yes" : "no";
        return { g, when, title: fit(c.title, g.map((o) => o.title), sameSubject), issuer: fit(c.issuer, g.map((o) => o.issuer), (a, b) => a === b) };
      })
      .filter((f) => f.when !== "no");
    const byWhen = viable.filter((f) => f.when === "yes" && f.title !== "no");
    const byTitle = viable.filter((f) => f.title === "yes");
    const byIssuer = viable.filter((f) => f.title === "unknown" && f.issuer === "yes");
    const open = viable.filter((f) => f.title !== "no" && f.issuer !== "no");
    const candidates = [byWhen, byTitle, byIssuer, open].find((list) => list.length > 0) ?? [];
    if (candidates.length === 1) candidates[0]!.g.push(c);
    else if (candidates.length === 0 && (c.title || c.issuer || about !== null || viable.length === 0)) groups.push([c]);
    else ambiguous.push(c);
  }
  const variants = groups.map((g) => {
    const issued = mostCited(g.map((c) => c.issued));
    const implied = mostCited(g.map((c) => String(impliedYear(c) ?? "")).map((y) => y || null));
    return {
      issued,
      issuedAbout: issued === null && implied !== null ? Number(implied) : null,
      issuer: mostCited(g.map((c) => c.issuer)),
      title: mostCited(g.map((c) => c.title)),
      ambiguous: false,
      docs: g.map((c) => c.doc).sort(),
    };
  });
  const when = (v: PolicyVariant): string => v.issued ?? (v.issuedAbout === null ? "" : String(v.issuedAbout));
  variants.sort((a, b) => when(b).localeCompare(when(a)));
  if (ambiguous.length > 0) variants.push({ issued: null, issuedAbout: null, issuer: null, title: null, ambiguous: true, docs: ambiguous.map((c) => c.doc).sort() });
  return variants;
}
