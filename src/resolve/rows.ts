/**
 * One document's facts as flat rows, entities resolved to graph ids: what graph/write.ts merges.
 * Every fact row carries its evidence (sentence and offsets in the normalized text).
 */
import type { Evidence, Extraction } from "../extract/types.ts";
import { nameKey } from "../text/fold.ts";
import { codeSearchText, documentId, meetingId, officeId, organizationId, searchText, type Scope } from "./keys.ts";
import type { PersonIndex } from "./persons.ts";
import { isNationalMeeting, officeScope, personScope, placeName } from "./scope.ts";

export interface Proof {
  sentence: string;
  start: number;
  end: number;
}

export interface DocumentInput {
  /** Identifies the document across versions: the meta `source`, else the file path. */
  source: string;
  title: string;
  publishedAt: string | null;
  province: string | null;
  contentHash: string;
}

export interface DocRows {
  document: { id: string; source: string; title: string; publishedAt: string | null; province: string | null; contentHash: string; date: string | null; searchText: string };
  persons: Array<{ id: string; name: string; nameKey: string; scope: Scope; searchText: string } & Proof>;
  offices: Array<{ id: string; title: string; jurisdiction: Scope; searchText: string } & Proof>;
  holds: Array<{ person: string; office: string; former: boolean; seenOn: string | null } & Proof>;
  organizations: Array<{ id: string; name: string; searchText: string } & Proof>;
  directives: Array<{ key: string; issuer: string | null; title: string | null; issued: string | null; yearsSince: number | null; searchText: string } & Proof>;
  resolutions: Array<{ key: string; name: string; issuer: string | null; title: string | null; issued: string | null; yearsSince: number | null; searchText: string } & Proof>;
  issuedBy: Array<{ key: string; org: string } & Proof>;
  meetings: Array<{ id: string; title: string; date: string; endDate: string | null; province: string | null; organizer: string | null; searchText: string } & Proof>;
  organizedBy: Array<{ meeting: string; org: string } & Proof>;
  chaired: Array<{ person: string; meeting: string } & Proof>;
  attended: Array<{ person: string; meeting: string } & Proof>;
  implementsDirective: Array<{ meeting: string; key: string } & Proof>;
  implementsResolution: Array<{ meeting: string; key: string } & Proof>;
  possiblySameAs: Array<{ a: string; b: string; reason: string }>;
}

const proof = (e: Evidence): Proof => ({ sentence: e.sentence, start: e.start, end: e.end });

/** Puts ids on everything one document says; persons are resolved through (and recorded in) `people`. */
export function documentRows(given: DocumentInput, x: Extraction, people: PersonIndex): DocRows {
  const input = { ...given, province: given.province && placeName(given.province) };
  const docId = documentId(input.source);
  const rows: DocRows = {
    document: {
      id: docId,
      source: input.source,
      title: input.title,
      publishedAt: input.publishedAt,
      province: input.province,
      contentHash: input.contentHash,
      date: x.document.date,
      searchText: searchText(input.title),
    },
    persons: [], offices: [], holds: [], organizations: [], directives: [], resolutions: [], issuedBy: [],
    meetings: [], organizedBy: [], chaired: [], attended: [], implementsDirective: [], implementsResolution: [],
    possiblySameAs: [],
  };
  const seenOn = x.document.date && !x.document.date.startsWith("--") ? x.document.date : input.publishedAt;

  const personIds = new Map<string, string>();
  for (const p of x.persons) {
    const key = nameKey(p.name);
    const match = people.resolve(key, personScope(p.holds, input.province));
    personIds.set(key, match.id);
    rows.persons.push({ id: match.id, name: p.name, nameKey: key, scope: match.scope, searchText: searchText(p.name), ...proof(p.evidence) });
    for (const other of match.possiblySameAs) rows.possiblySameAs.push({ a: match.id, b: other.id, reason: other.reason });
    const officesSeen = new Set<string>();
    for (const h of p.holds) {
      const { scope: jurisdiction, shared } = officeScope(h.title, h.jurisdiction, input.province);
      const office = officeId(h.title, jurisdiction, shared ? undefined : match.id);
      if (officesSeen.has(office)) continue;
      officesSeen.add(office);
      rows.offices.push({ id: office, title: h.title, jurisdiction, searchText: searchText(h.title, jurisdiction), ...proof(h.evidence) });
      rows.holds.push({ person: match.id, office, former: h.former, seenOn, ...proof(h.evidence) });
    }
  }

  const organizations = new Map<string, string>();
  const organization = (name: string, e: Evidence): string => {
    const id = organizationId(name);
    if (!organizations.has(id)) {
      organizations.set(id, name);
      rows.organizations.push({ id, name, searchText: searchText(name), ...proof(e) });
    }
    return id;
  };

  for (const d of x.directives) {
    rows.directives.push({ key: d.key, issuer: d.issuer, title: d.title, issued: d.issued, yearsSince: d.yearsSince, searchText: codeSearchText(d.key, d.title), ...proof(d.evidence) });
    if (d.issuer) rows.issuedBy.push({ key: d.key, org: organization(d.issuer, d.evidence), ...proof(d.evidence) });
  }
  for (const r of x.resolutions) {
    rows.resolutions.push({ key: r.key, name: r.name, issuer: r.issuer, title: r.title, issued: r.issued, yearsSince: r.yearsSince, searchText: codeSearchText(r.key, r.name), ...proof(r.evidence) });
    if (r.issuer) rows.issuedBy.push({ key: r.key, org: organization(r.issuer, r.evidence), ...proof(r.evidence) });
  }

  const directiveKeys = new Set(x.directives.map((d) => d.key));
  const resolutionKeys = new Set(x.resolutions.map((r) => r.key));
  for (const m of x.meetings) {
    if (!m.date) continue; // a meeting without a day cannot be told apart from others
    const national = isNationalMeeting(m);
    const province = national ? null : m.province ? placeName(m.province) : input.province;
    const id = meetingId({ ...m, date: m.date, province, national }, docId);
    rows.meetings.push({ id, title: m.title, date: m.date, endDate: m.endDate, province, organizer: m.organizer, searchText: searchText(m.title), ...proof(m.evidence) });
    if (m.organizer) rows.organizedBy.push({ meeting: id, org: organization(m.organizer, m.evidence), ...proof(m.evidence) });
    for (const c of m.chairs) {
      const person = personIds.get(nameKey(c.name));
      if (person) rows.chaired.push({ person, meeting: id, ...proof(c.evidence) });
    }
    for (const a of m.attendees) {
      const person = personIds.get(nameKey(a.name));
      if (person) rows.attended.push({ person, meeting: id, ...proof(a.evidence) });
    }
    for (const i of m.implementations) {
      if (directiveKeys.has(i.key)) rows.implementsDirective.push({ meeting: id, key: i.key, ...proof(i.evidence) });
      else if (resolutionKeys.has(i.key)) rows.implementsResolution.push({ meeting: id, key: i.key, ...proof(i.evidence) });
    }
  }
  return rows;
}
