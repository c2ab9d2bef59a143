/**
 * extract(text, meta): the facts of one news document (ANNOTATION.md), each with the sentence
 * it was read from. Pure: no I/O. Offsets refer to normalizeText(text). The stages, in order:
 * the sentences and what each names (sentence-facts.ts), the persons (persons.ts), the documents
 * cited (below), the meetings held (held-meetings.ts), then the walk through the sentences that
 * says what each meeting carries out and whom it places (meeting-walk.ts).
 */
import { subjectKey, unifyTones } from "../text/fold.ts";
import { normalizeText } from "../text/normalize.ts";
import type { Citation } from "./citations.ts";
import { carriesOut, collectMeetings, type MeetingBuild } from "./held-meetings.ts";
import { followMeetings } from "./meeting-walk.ts";
import { provinceLengthAt } from "./names.ts";
import { collectPersons } from "./persons.ts";
import { readSentenceFacts, type SentenceFacts } from "./sentence-facts.ts";
import type { DocumentMeta, ExtractedDirective, ExtractedMeeting, ExtractedPerson, ExtractedResolution, Extraction } from "./types.ts";

export type * from "./types.ts";

/** The document's province: the meta's, else the first province the headline names. */
function provinceOf(meta: DocumentMeta, headline: SentenceFacts | undefined): string | null {
  if (meta.province) return meta.province;
  const tokens = headline?.tokens ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const n = provinceLengthAt(tokens, i);
    if (n) return headline!.sentence.text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
  }
  return null;
}

/**
 * Bare numbers ("Chỉ thị 39") take the key of the document's full citation with that number, and
 * a plenum's resolution ("Nghị quyết Trung ương 5") the number the document gave it ("Nghị quyết
 * số 19-NQ/TW … Hội nghị lần thứ năm …").
 */
function resolveCitationKeys(all: readonly Citation[]): void {
  const full = new Map<string, Citation>();
  const written = new Map<string, Citation[]>();
  const ofPlenum = new Map<number, string>();
  for (const c of all) {
    const id = `${c.kind}:${Number(c.number)}`;
    if (c.key && c.number) full.set(id, c);
    if (c.key && c.number && !c.keyFromIssuer) written.set(id, [...(written.get(id) ?? []), c]);
    if (c.key && c.plenum) ofPlenum.set(c.plenum, c.key);
  }
  // "… Nghị quyết số 57-NQ/TW …", then "chương trình hành động thực hiện Nghị quyết 57 của Tỉnh ủy": the
  // number the document wrote in full, whose issuer the words after it are not (the programme's is);
  // unless its own day of issue tells another document ("Nghị quyết số 41 ngày 10-10-2023 của Bộ Chính trị").
  // Of two written with that number, the one its issuer names ("Chỉ thị 05 của Ban Thường vụ Thành ủy" beside
  // "Chỉ thị số 05-CT/TU …" and "Chỉ thị số 05-CT/TW … của Bộ Chính trị").
  for (const c of all) {
    const same = c.keyFromIssuer ? written.get(`${c.kind}:${Number(c.number)}`) ?? [] : [];
    const known = same.some((w) => w.key === c.key) ? undefined : same.at(-1);
    if (known && known.key !== c.key && (!c.issued || c.issued === known.issued)) [c.key, c.issuer] = [known.key, known.issuer];
  }
  // "Nghị quyết Trung ương 7 khóa XII", then "Nghị quyết Trung ương 7": the term the document gave it.
  const terms = new Map<string, Set<string>>();
  for (const c of all) {
    const termed = c.key && /^(NQ-TW\d+)-[IVXL]+$/u.exec(c.key);
    if (termed) terms.set(termed[1]!, (terms.get(termed[1]!) ?? new Set()).add(c.key!));
  }
  for (const c of all) {
    const plenum = c.key && /^NQ-TW(\d+)(?:-[IVXL]+)?$/u.exec(c.key);
    if (plenum && ofPlenum.has(Number(plenum[1]))) c.key = ofPlenum.get(Number(plenum[1]))!;
    else if (c.key && terms.get(c.key)?.size === 1) c.key = [...terms.get(c.key)!][0]!;
  }
  // "Nghị quyết Trung ương 7 khóa IX về công tác dân tộc" beside "Nghị quyết số 24-NQ/TW … về công tác
  // dân tộc": a plenum's resolution that the document also cites by number, on the same subject.
  const renamed = new Map<string, string>();
  for (const c of all) {
    const subject = c.key?.startsWith("NQ-TW") && c.title ? subjectKey(c.title) : "";
    if (!subject.includes(" ")) continue;
    const same = all.find((n) => n.number && n.key?.endsWith("-NQ/TW") && n.title && ` ${subjectKey(n.title)} `.includes(` ${subject} `));
    if (same) renamed.set(c.key!, same.key!);
  }
  for (const c of all) if (c.key && renamed.has(c.key)) c.key = renamed.get(c.key)!;
  for (const c of all) {
    if (c.key || !c.number) continue;
    const known = full.get(`${c.kind}:${Number(c.number)}`);
    // Cited by number alone and never in full: in this genre, a central document.
    c.key = known?.key ?? `${c.number}-${c.kind === "directive" ? "CT" : "NQ"}/TW`;
    c.issuer ??= known?.issuer ?? null;
  }
}

/** What a later citation of a document adds to what the first left unsaid. */
function fillIn(d: ExtractedDirective | ExtractedResolution, c: Citation): void {
  d.issuer ??= c.issuer;
  d.title ??= c.title;
  d.issued ??= c.issued ?? null;
  d.yearsSince ??= c.yearsSince ?? null;
}

/** The directives and resolutions the document cites, each once, with the first sentence citing it. */
function collectDocuments(facts: readonly SentenceFacts[]): { directives: ExtractedDirective[]; resolutions: ExtractedResolution[] } {
  resolveCitationKeys(facts.flatMap((f) => f.citations));
  const directives = new Map<string, ExtractedDirective>();
  const resolutions = new Map<string, ExtractedResolution>();
  for (const f of facts) {
    for (const c of f.citations) {
      const key = c.key!;
      if (c.kind === "directive") {
        const d = directives.get(key);
        if (!d) directives.set(key, { key, issuer: c.issuer, title: c.title, issued: c.issued ?? null, yearsSince: c.yearsSince ?? null, evidence: f.evidence });
        else fillIn(d, c);
      } else {
        const r = resolutions.get(key);
        if (!r) resolutions.set(key, { key, name: c.text, issuer: c.issuer, title: c.title, issued: c.issued ?? null, yearsSince: c.yearsSince ?? null, evidence: f.evidence });
        else fillIn(r, c);
      }
    }
  }
  return { directives: [...directives.values()], resolutions: [...resolutions.values()] };
}

/**
 * Plenums whose resolutions the text lists ("Nghị quyết Trung ương 8 khóa XIII gồm ba nghị quyết …:
 * Nghị quyết số 44-NQ/TW …; Nghị quyết số 45-NQ/TW …"): each plenum's key and the numbered keys it
 * stands for, which ANNOTATION.md keeps for a numbered resolution.
 */
function listedPlenums(facts: readonly SentenceFacts[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of facts) {
    f.citations.forEach((c, i) => {
      if (c.number !== null || !c.key?.startsWith("NQ-TW")) return;
      const next = f.citations[i + 1];
      if (!next || !/(?:^|\s)gồm(?:\s|$)/u.test(f.sentence.text.slice(c.end, next.start))) return;
      const listed = f.citations.slice(i + 1).filter((n) => n.number !== null && n.key?.endsWith("-NQ/TW")).map((n) => n.key!);
      if (listed.length) out.set(c.key, listed);
    });
  }
  return out;
}

/** A meeting carries out the numbered resolutions of a plenum it names, and the plenum is not one of its own. */
function expandPlenums(meetings: readonly MeetingBuild[], resolutions: ExtractedResolution[], plenums: ReadonlyMap<string, string[]>): ExtractedResolution[] {
  if (!plenums.size) return resolutions;
  for (const b of meetings) {
    const named = b.out.implementations;
    b.out.implements = [];
    b.out.implementations = [];
    for (const x of named) for (const key of plenums.get(x.key) ?? [x.key]) carriesOut(b, key, x.evidence);
  }
  return resolutions.filter((r) => !plenums.has(r.key));
}

export function extract(raw: string, meta: DocumentMeta = {}): Extraction {
  const text = normalizeText(raw);
  const facts = readSentenceFacts(text);
  const headline = facts[0];
  const province = provinceOf(meta, headline);
  const persons = collectPersons(facts, province);
  const { directives, resolutions } = collectDocuments(facts);
  const held = collectMeetings(text, facts, meta, province);
  followMeetings(text, facts, held, persons);
  const ownResolutions = expandPlenums(held.meetings, resolutions, listedPlenums(facts));
  const firstDated = held.meetings.find((b) => b.out.date)?.out.date ?? null;
  const named = withNamesAsWritten(raw, [...persons.byKey.values()], held.meetings.map((b) => b.out));
  return {
    document: {
      title: headline?.evidence.sentence ?? meta.title ?? "",
      date: firstDated ?? meta.publishedAt ?? null,
      source: meta.source ?? null,
      publishedAt: meta.publishedAt ?? null,
      province,
    },
    persons: named.persons,
    directives,
    resolutions: ownResolutions,
    meetings: named.meetings,
  };
}

const CURLY_APOSTROPHES = /[‘’‚‛]/u;

/**
 * The text is read with one apostrophe ("H'Nga"), as normalizeText writes it; a name keeps the one
 * the document wrote ("H’Nga Mlô"), as names are written (ANNOTATION.md). Keys fold it (nameKey).
 */
function withNamesAsWritten(raw: string, persons: ExtractedPerson[], meetings: ExtractedMeeting[]): { persons: ExtractedPerson[]; meetings: ExtractedMeeting[] } {
  if (!CURLY_APOSTROPHES.test(raw)) return { persons, meetings };
  const source = unifyTones(raw.normalize("NFC"));
  const written = new Map<string, string>();
  const asWritten = (name: string): string => {
    if (!name.includes("'")) return name;
    let found = written.get(name);
    if (found === undefined) {
      const words = name.split(" ").map((w) => w.split("'").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("['‘’‚‛]"));
      found = new RegExp(words.join("\\s+"), "u").exec(source)?.[0].replace(/\s+/gu, " ") ?? name;
      written.set(name, found);
    }
    return found;
  };
  return {
    persons: persons.map((p) => ({ ...p, name: asWritten(p.name) })),
    meetings: meetings.map((m) => ({ ...m, chairedBy: m.chairedBy.map(asWritten), attendedBy: m.attendedBy.map(asWritten) })),
  };
}
