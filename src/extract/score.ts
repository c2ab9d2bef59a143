/**
 * Scoring of extractions against answer keys, fact by fact (ANNOTATION.md "Scored facts").
 * The same fact definitions and key folding as the shared reference scorer, so both give the
 * same figures on the same input. Pure: the caller reads the files.
 */
import { stripDiacritics } from "../text/fold.ts";

export const KINDS = ["PERSON", "HOLDS", "DIRECTIVE", "RESOLUTION", "MEETING", "CHAIRED", "ATTENDED", "IMPLEMENTS"] as const;
export type Kind = (typeof KINDS)[number];

/** The fields of a prediction or an answer key that scoring reads; anything else is ignored. */
export interface Scorable {
  persons?: Array<{ name?: unknown; offices?: unknown[] }>;
  directives?: Array<{ key?: unknown }>;
  resolutions?: Array<{ key?: unknown }>;
  meetings?: Array<{ date?: unknown; chairedBy?: unknown[]; attendedBy?: unknown[]; implements?: unknown[] }>;
}

export interface Tally {
  gold: number;
  pred: number;
  tp: number;
}
export interface Prf {
  p: number;
  r: number;
  f1: number;
}

const str = (s: unknown): string => String(s ?? "").normalize("NFC");

// Tone placement as the reference scorer folds it: every old-style pair of a lower-case string
// is rewritten wherever it occurs. Cruder than text/fold.ts, but the figures must be identical.
const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["oà", "òa"], ["oá", "óa"], ["oả", "ỏa"], ["oã", "õa"], ["oạ", "ọa"],
  ["oè", "òe"], ["oé", "óe"], ["oẻ", "ỏe"], ["oẽ", "õe"], ["oẹ", "ọe"],
  ["uỳ", "ùy"], ["uý", "úy"], ["uỷ", "ủy"], ["uỹ", "ũy"], ["uỵ", "ụy"],
];
const tones = (s: string): string => TONE_PAIRS.reduce((t, [a, b]) => t.replaceAll(a, b), s);
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** A person's name: NFC, lower case, one tone placement, single spaces. */
export const scoreNameKey = (s: unknown): string => squash(tones(str(s).toLowerCase()));

const word = (src: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`, "giu");
const OFFICE_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [word("UV\\s*T\\.?\\s*[ƯW]\\.?|UVTƯ|UVTW"), "Ủy viên Trung ương"],
  [word("UVTV|UV\\s*BTV"), "Ủy viên Ban Thường vụ"],
  [word("T\\.\\s*Ư|TƯ|TW"), "Trung ương"],
  [word("HĐND"), "Hội đồng nhân dân"],
  [word("UBND"), "Ủy ban nhân dân"],
  [word("ĐBQH"), "Đại biểu Quốc hội"],
  [word("MTTQ"), "Mặt trận Tổ quốc"],
  [word("BCH"), "Ban Chấp hành"],
  [word("BTV"), "Ban Thường vụ"],
  [word("TT"), "Thường trực"],
];
const OFFICE_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bban chap hanh trung uong dang\b/g, "trung uong dang"],
  [/\bban chap hanh trung uong\b/g, "trung uong"],
  [/^tong bi thu trung uong dang$/, "tong bi thu"],
  [/\bban bi thu trung uong dang\b/g, "ban bi thu"],
];

/** An office: abbreviations expanded, folded to ASCII words, long central names shortened. */
export function scoreOfficeKey(s: unknown): string {
  let t = str(s);
  for (const [re, full] of OFFICE_ABBREVIATIONS) t = t.replace(re, full);
  t = squash(stripDiacritics(tones(t.toLowerCase())).replace(/[^a-z0-9 ]+/g, " "));
  for (const [re, short] of OFFICE_SYNONYMS) t = t.replace(re, short);
  return t;
}

/** A document key: upper-case ASCII without spaces or leading zeros; a plenum key without its term. */
export function scoreDocKey(s: unknown): string {
  // "TƯ" would fold to "TU", the provincial organ: central spellings become TW first.
  let t = stripDiacritics(str(s).replace(/T\.?Ư/g, "TW").toUpperCase()).replace(/\s+/g, "");
  t = t.replace(/^0+(?=\d)/, "");
  const plenum = /^NQ-TW(\d+)/.exec(t);
  return plenum ? `NQ-TW${plenum[1]}` : t;
}

const monthDay = (d: unknown): string | null => {
  const m = /(\d{2})-(\d{2})$/.exec(String(d ?? ""));
  return m ? `${m[1]}-${m[2]}` : null;
};

/** The scored facts of one document, as strings "KIND(part | part)". */
export function factsOf(doc: Scorable): Set<string> {
  const out = new Set<string>();
  const add = (kind: Kind, ...parts: string[]): void => {
    out.add(`${kind}(${parts.join(" | ")})`);
  };
  for (const p of doc.persons ?? []) {
    add("PERSON", scoreNameKey(p.name));
    for (const o of p.offices ?? []) add("HOLDS", scoreNameKey(p.name), scoreOfficeKey(o));
  }
  for (const d of doc.directives ?? []) add("DIRECTIVE", scoreDocKey(d.key));
  for (const r of doc.resolutions ?? []) add("RESOLUTION", scoreDocKey(r.key));
  for (const m of doc.meetings ?? []) {
    const day = monthDay(m.date);
    if (!day) continue; // a meeting without a day cannot be identified
    add("MEETING", day);
    for (const n of m.chairedBy ?? []) add("CHAIRED", scoreNameKey(n), day);
    for (const n of m.attendedBy ?? []) add("ATTENDED", scoreNameKey(n), day);
    for (const k of m.implements ?? []) add("IMPLEMENTS", day, scoreDocKey(k));
  }
  return out;
}

export const kindOf = (fact: string): Kind => fact.slice(0, fact.indexOf("(")) as Kind;

export function prf({ gold, pred, tp }: Tally): Prf {
  const p = pred ? tp / pred : gold ? 0 : 1;
  const r = gold ? tp / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface DocumentScore {
  id: string;
  predicted: boolean;
  missed: string[];
  extra: string[];
}

export interface ScoreReport {
  documents: number;
  missingDocs: number;
  kinds: Record<Kind, Tally & Prf>;
  overall: Tally & Prf;
  perDocument: DocumentScore[];
}

/** Scores predictions (by document id) against answer keys (by document id, in the order given). */
export function score(golds: ReadonlyArray<{ id: string; gold: Scorable }>, predictions: ReadonlyMap<string, Scorable>): ScoreReport {
  const tally = Object.fromEntries(KINDS.map((k) => [k, { gold: 0, pred: 0, tp: 0 }])) as Record<Kind, Tally>;
  const perDocument: DocumentScore[] = [];
  let missingDocs = 0;
  for (const { id, gold: goldDoc } of golds) {
    const gold = factsOf(goldDoc);
    const predDoc = predictions.get(id);
    if (!predDoc) missingDocs++;
    const pred = predDoc ? factsOf(predDoc) : new Set<string>();
    const missed: string[] = [];
    const extra: string[] = [];
    for (const f of gold) {
      const t = tally[kindOf(f)];
      t.gold++;
      if (pred.has(f)) t.tp++;
      else missed.push(f);
    }
    for (const f of pred) {
      tally[kindOf(f)].pred++;
      if (!gold.has(f)) extra.push(f);
    }
    perDocument.push({ id, predicted: Boolean(predDoc), missed, extra });
  }
  const all = KINDS.reduce((a, k) => ({ gold: a.gold + tally[k].gold, pred: a.pred + tally[k].pred, tp: a.tp + tally[k].tp }), { gold: 0, pred: 0, tp: 0 });
  return {
    documents: golds.length,
    missingDocs,
    kinds: Object.fromEntries(KINDS.map((k) => [k, { ...tally[k], ...prf(tally[k]) }])) as Record<Kind, Tally & Prf>,
    overall: { ...all, ...prf(all) },
    perDocument,
  };
}

/** The document id a file name stands for: its base name without .txt / .gold.json / .json. */
export const documentIdOf = (file: string): string => (file.split(/[\\/]/).pop() ?? "").replace(/\.(txt|gold\.json|json)$/, "");

/** The table the reference scorer prints, line for line. */
export function formatReport(report: ScoreReport, verbose: boolean): string {
  const lines: string[] = [];
  if (verbose) {
    for (const d of report.perDocument) {
      if (!d.missed.length && !d.extra.length) continue;
      lines.push("", `${d.id}${d.predicted ? "" : " (no prediction)"}`);
      for (const f of d.missed) lines.push(`  missed  ${f}`);
      for (const f of d.extra) lines.push(`  extra   ${f}`);
    }
  }
  const f = (x: number): string => x.toFixed(3);
  lines.push("", "kind        gold  pred    tp      P      R     F1");
  for (const k of KINDS) {
    const s = report.kinds[k];
    lines.push(`${k.padEnd(10)} ${String(s.gold).padStart(5)} ${String(s.pred).padStart(5)} ${String(s.tp).padStart(5)}  ${f(s.p)}  ${f(s.r)}  ${f(s.f1)}`);
  }
  const o = report.overall;
  lines.push(`overall F1 ${f(o.f1)} (P ${f(o.p)} R ${f(o.r)}) over ${report.documents} documents, ${report.missingDocs} without a prediction`);
  return lines.join("\n");
}
