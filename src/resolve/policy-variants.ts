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
}

/** One document the number stands for, and the reports that cite it so. */
export interface PolicyVariant {
  /** The day most of its reports give, else null. */
  issued: string | null;
  issuer: string | null;
  title: string | null;
  /**
   * Reports that cite the number without saying which of the variants they mean (neither day,
   * subject nor issuer fits exactly one): kept apart rather than guessed.
   */
  ambiguous: boolean;
  docs: string[];
}

interface Group {
  citing: Citing[];
  ambiguous: boolean;
}


/**
 * Two subject clauses of one document: the shorter (three words at least) is a run of the
 * longer's words, as reports shorten "về nâng cao hiệu quả của tín dụng chính sách xã hội trong
 * giai đoạn mới" to "về tín dụng chính sách xã hội".
 */
export function sameSubject(a: string, b: string): boolean {
  const [x, y] = [` ${subjectKey(a)} `, ` ${subjectKey(b)} `];
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.trim().split(" ").length >= 3 && longer.includes(shorter);
}

type Fit = "yes" | "no" | "unknown";

function fit<T>(mine: T | null, theirs: readonly (T | null)[], same: (a: T, b: T) => boolean): Fit {
  const known = theirs.filter((t): t is T => t !== null);
  if (mine === null || known.length === 0) return "unknown";
  return known.some((t) => same(mine, t)) ? "yes" : "no";
}

const yearOf = (day: string): string => day.slice(0, 4);

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

/**
 * Groups the reports of one number into the documents they cite. In order of what decides most:
 * the year of the day given (a number is not reused within a term); then the subject; then the
 * issuer, where the subject does not speak; a report that gives none of them belongs to the only
 * variant there is, else to the ambiguous reports. Variants come newest first, the ambiguous last.
 */
export function policyVariants(citing: readonly Citing[]): PolicyVariant[] {
  const groups: Group[] = [];
  const ambiguous: Citing[] = [];
  const strength = (c: Citing): number => (c.issued ? 0 : c.title ? 1 : c.issuer ? 2 : 3);
  const ordered = [...citing].sort((a, b) => strength(a) - strength(b) || (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  for (const c of ordered) {
    if (c.issued) {
      const year = yearOf(c.issued);
      const same = groups.find((g) => g.citing.some((o) => o.issued && yearOf(o.issued) === year));
      if (same) same.citing.push(c);
      else groups.push({ citing: [c], ambiguous: false });
      continue;
    }
    const fits = groups.map((g) => ({
      g,
      title: fit(c.title, g.citing.map((o) => o.title), sameSubject),
      issuer: fit(c.issuer, g.citing.map((o) => o.issuer), (a, b) => a === b),
    }));
    const byTitle = fits.filter((f) => f.title === "yes");
    const byIssuer = fits.filter((f) => f.title === "unknown" && f.issuer === "yes");
    const open = fits.filter((f) => f.title !== "no" && f.issuer !== "no");
    const candidates = byTitle.length > 0 ? byTitle : byIssuer.length > 0 ? byIssuer : open;
    if (candidates.length === 1) candidates[0]!.g.citing.push(c);
    else if (candidates.length === 0 && (c.title || c.issuer || groups.length === 0)) groups.push({ citing: [c], ambiguous: false });
    else ambiguous.push(c);
  }
  const variants = groups.map((g) => ({
    issued: mostCited(g.citing.map((c) => c.issued)),
    issuer: mostCited(g.citing.map((c) => c.issuer)),
    title: mostCited(g.citing.map((c) => c.title)),
    ambiguous: false,
    docs: g.citing.map((c) => c.doc).sort(),
  }));
  variants.sort((a, b) => (b.issued ?? "").localeCompare(a.issued ?? ""));
  if (ambiguous.length > 0) variants.push({ issued: null, issuer: null, title: null, ambiguous: true, docs: ambiguous.map((c) => c.doc).sort() });
  return variants;
}
