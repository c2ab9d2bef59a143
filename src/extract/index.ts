/**
 * extract(text, meta): the facts of one news document (ANNOTATION.md), each with the sentence
 * it was read from. Pure: no I/O. Offsets refer to normalizeText(text).
 */
import { nameKey, searchKey } from "../text/fold.ts";
import { normalizeText } from "../text/normalize.ts";
import { splitSentences, type Sentence } from "../text/sentences.ts";
import { tokenize, type Token } from "../text/tokens.ts";
import { rolesIn, speechStart, type Role } from "./chairing.ts";
import { findCitations, type Citation } from "./citations.ts";
import { indexHolders, resolveGivenName, resolveTitle, titleKey, type Holder } from "./coreference.ts";
import { inferYear, isoDay, type DayMention } from "./dates.ts";
import { aboutMeeting, firstImplementingVerb, implementedIn, namedByMeetingTitle, notReviewedIn, presentedIn } from "./implements.ts";
import { findMeeting, meetingClauses, meetingDaysIn, meetingHead, meetingHeadsIn, reportsVisit, type MeetingMention } from "./meetings.ts";
import { provinceLengthAt } from "./names.ts";
import { canonicalTitle, jurisdictionOf, type RawOffice } from "./offices.ts";
import { findPersonMentions, type PersonMention } from "./people.ts";
import type {
  DocumentMeta, Evidence, ExtractedDirective, ExtractedMeeting, ExtractedPerson, ExtractedResolution, Extraction, OfficeHeld,
} from "./types.ts";

export type * from "./types.ts";

interface SentenceFacts {
  sentence: Sentence;
  evidence: Evidence;
  tokens: Token[];
  mentions: PersonMention[];
  citations: Citation[];
  meeting: MeetingMention | null;
}

const evidenceOf = (s: Sentence): Evidence => ({ sentence: s.text, start: s.start, end: s.end });

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

// A role for the occasion, not an office (ANNOTATION.md): "Trưởng đoàn công tác", "Phó Trưởng đoàn
// kiểm tra", a delegation's "Trưởng đoàn" (an Assembly delegation's head is "Trưởng Đoàn Đại biểu …").
const OCCASIONAL_ROLE = /^(?:Phó )?[Tt]rưởng [Đđ]oàn(?: công tác| kiểm tra| giám sát| khảo sát|$)/u;

class PersonRegistry {
  readonly persons = new Map<string, ExtractedPerson>();
  private readonly lastSeen = new Map<string, number>();
  /** "person key|former|title key" of every office already recorded. */
  private readonly recorded = new Set<string>();

  constructor(private readonly province: string | null) {}

  add(name: string, titles: readonly RawOffice[], evidence: Evidence, sentenceIndex: number): void {
    const key = nameKey(name);
    let person = this.persons.get(key);
    if (!person) {
      person = { key, name, offices: [], holds: [], evidence };
      this.persons.set(key, person);
    }
    this.lastSeen.set(key, sentenceIndex);
    for (const raw of titles) {
      const title = canonicalTitle(raw.title);
      if (OCCASIONAL_ROLE.test(title)) continue;
      const id = `${key}|${raw.former}|${searchKey(title)}`;
      if (this.recorded.has(id)) continue;
      this.recorded.add(id);
      const held: OfficeHeld = { title, jurisdiction: jurisdictionOf(title, raw.place, this.province), former: raw.former, evidence };
      person.holds.push(held);
      person.offices.push(raw.former ? `nguyên ${title}` : title);
    }
  }

  /**
   * A later short form of a title the person was given in full ("Bộ trưởng Đặng Quốc Khánh" after
   * "Bộ trưởng Bộ Tài nguyên và Môi trường") is the same office, not another: it is dropped.
   */
  dropShortForms(): void {
    for (const person of this.persons.values()) {
      const keys = person.holds.map((h) => `${h.former}|${searchKey(h.title)}`);
      const keep = keys.map((k) => !keys.some((other) => other.startsWith(`${k} `)));
      if (keep.every(Boolean)) continue;
      person.holds = person.holds.filter((_, i) => keep[i]);
      person.offices = person.offices.filter((_, i) => keep[i]);
    }
  }

  holders(): Holder[] {
    return [...this.persons.values()].map((p) => ({
      name: p.name,
      titles: new Set(p.holds.filter((h) => !h.former).map((h) => titleKey(h.title))),
      lastSeen: this.lastSeen.get(p.key) ?? 0,
    }));
  }
}

/**
 * Bare numbers ("Chỉ thị 39") take the key of the document's full citation with that number, and
 * a plenum's resolution ("Nghị quyết Trung ương 5") the number the document gave it ("Nghị quyết
 * số 19-NQ/TW … Hội nghị lần thứ năm …").
 */
function resolveCitationKeys(all: readonly Citation[]): void {
  const full = new Map<string, Citation>();
  const ofPlenum = new Map<number, string>();
  for (const c of all) {
    if (c.key && c.number) full.set(`${c.kind}:${Number(c.number)}`, c);
    if (c.key && c.plenum) ofPlenum.set(c.plenum, c.key);
  }
  for (const c of all) {
    const plenum = c.key && /^NQ-TW(\d+)(?:-[IVXL]+)?$/u.exec(c.key);
    if (plenum && ofPlenum.has(Number(plenum[1]))) c.key = ofPlenum.get(Number(plenum[1]))!;
  }
  for (const c of all) {
    if (c.key || !c.number) continue;
    const known = full.get(`${c.kind}:${Number(c.number)}`);
    // Cited by number alone and never in full: in this genre, a central document.
    c.key = known?.key ?? `${c.number}-${c.kind === "directive" ? "CT" : "NQ"}/TW`;
    c.issuer ??= known?.issuer ?? null;
  }
}

// How far into a sentence its leading day may stand ("Sáng 12/3, tại Hội trường Tỉnh ủy, …").
const LEAD_DAY_WINDOW = 24;

/**
 * The day a sentence opens with ("Sáng 12/3, tại Hội trường Tỉnh ủy."), which a meeting reported
 * without a day in the next sentence ("Hội nghị … do đồng chí X chủ trì") was held on.
 */
function leadDayOf(f: SentenceFacts): DayMention | null {
  const [first] = meetingDaysIn(f.sentence.text, f.citations);
  return first && first.start < LEAD_DAY_WINDOW ? first : null;
}

interface MeetingBuild {
  out: ExtractedMeeting;
  month: number | null;
  day: number | null;
  /** Last day of a meeting over several days, else its one day. */
  lastDay: number | null;
}

/**
 * One occasion over several days: a day within a meeting's range ("Trong 2 ngày 12 và 13/12 …",
 * then "Bế mạc hội nghị chiều 13/12"), or a range that covers a day already read (the closing day
 * in the lead, "từ ngày 14 đến ngày 16/10" after it), is the same meeting.
 */
const sameOccasion = (b: MeetingBuild, d: DayMention, title?: string): boolean =>
  b.month === d.month && b.day !== null && b.lastDay !== null && d.day <= b.lastDay && (d.endDay ?? d.day) >= b.day &&
  !(title && plenumDuringCongress(b.out.title, title));

const RELATED_HEADING = /^(?:tin liên quan|tin cùng chuyên mục|bài liên quan|tin khác|xem thêm|đọc thêm)\s*:?$/iu;
const BULLET = /^[-+•*]\s/u;

// "Lịch công tác tuần tới (dự kiến):": what is listed after it is planned, not held.
const SCHEDULE_HEADING = /(?:lịch công tác|lịch làm việc|chương trình công tác|tuần tới|sắp tới|dự kiến)[^:]*:$/iu;
const announcesSchedule = (f: SentenceFacts): boolean => f.sentence.text.endsWith(":") && SCHEDULE_HEADING.test(f.sentence.text);

/** Token where a speaker's words start when the sentence's own meeting (its day) is told in them, else -1. */
function toldFrom(f: SentenceFacts): number {
  const words = speechStart(f.tokens, f.mentions);
  const day = f.meeting?.day;
  return day && words < f.tokens.length && f.tokens[words]!.start <= day.start ? words : -1;
}

/** Whether sentence `f` names the meeting recalled aside, by a name the meeting being reported does not go by. */
function namesAside(f: SentenceFacts, aside: MeetingBuild, active: MeetingBuild | undefined): boolean {
  const head = meetingHead(aside.out.title);
  return head !== meetingHead(active?.out.title ?? "") && meetingHeadsIn(f.tokens, f.sentence.text).includes(head);
}

/** A congress's newly elected committee holds its first plenum ("Hội nghị lần thứ nhất", "phiên họp thứ nhất") during the congress: another meeting. */
const plenumDuringCongress = (congress: string, plenum: string): boolean => /^Đại hội/u.test(congress) && /^(?:Hội nghị|Phiên họp)/u.test(plenum);

/**
 * Whether meeting `a` was held before meeting `b`: by the year too when both dates have one (a
 * central plenum of September recalled at a provincial meeting of October).
 */
function heldBefore(a: MeetingBuild, b: MeetingBuild): boolean {
  if (a.month === null || a.day === null || b.month === null || b.day === null) return false;
  const yearOf = (m: MeetingBuild) => (m.out.date?.startsWith("--") ? null : Number(m.out.date?.slice(0, 4)));
  const [ya, yb] = [yearOf(a), yearOf(b)];
  if (ya !== null && yb !== null && ya !== yb) return ya < yb;
  return a.month !== b.month ? a.month < b.month : a.day < b.day;
}

/** Stretches a meeting's days to cover `d` too: it starts on the earliest day read, ends on the last. */
function widen(b: MeetingBuild, d: DayMention, year: number | null): void {
  b.day = Math.min(b.day!, d.day);
  b.lastDay = Math.max(b.lastDay!, d.endDay ?? d.day);
  b.out.date = isoDay(b.day, d.month, year);
  b.out.endDate = b.lastDay > b.day ? isoDay(b.lastDay, d.month, year) : null;
}

export function extract(raw: string, meta: DocumentMeta = {}): Extraction {
  const text = normalizeText(raw);
  const sentences = splitSentences(text);
  const units = [...sentences.slice(0, 1), ...sentences.slice(1).flatMap(meetingClauses)];
  const facts: SentenceFacts[] = units.map((sentence, index) => {
    const tokens = tokenize(sentence.text, index === 0);
    const citations = findCitations(sentence.text);
    return {
      sentence, evidence: evidenceOf(sentence), tokens,
      mentions: findPersonMentions(tokens, sentence.text),
      citations,
      // The headline names the occasion but is not itself a report of a held meeting.
      meeting: index === 0 ? null : findMeeting(sentence.text, tokens, citations),
    };
  });
  const headline = facts[0];
  const province = provinceOf(meta, headline);

  // People: every named mention, then titles standing for names.
  const registry = new PersonRegistry(province);
  facts.forEach((f, i) => {
    for (const m of f.mentions) if (m.name) registry.add(m.name, m.titles, f.evidence, i);
  });
  const named = registry.holders();
  // A given name with titles ("Ông Khoa, 49 tuổi, nguyên Phó Bí thư Huyện ủy …"): the offices of the person named in full.
  facts.forEach((f, i) => {
    for (const m of f.mentions) {
      const name = m.given && m.titles.length ? resolveGivenName(m.given, named, i) : null;
      if (name) registry.add(name, m.titles, f.evidence, i);
    }
  });
  const holders = indexHolders(named);
  registry.dropShortForms();
  const mentionName = (m: PersonMention, i: number): string | null =>
    m.name ?? (m.given ? resolveGivenName(m.given, named, i) : resolveTitle(m.titles.map((t) => canonicalTitle(t.title)), holders, i));

  // Documents.
  const citations = facts.flatMap((f) => f.citations);
  resolveCitationKeys(citations);
  const directives = new Map<string, ExtractedDirective>();
  const resolutions = new Map<string, ExtractedResolution>();
  for (const f of facts) {
    for (const c of f.citations) {
      const key = c.key!;
      if (c.kind === "directive") {
        const d = directives.get(key);
        if (!d) directives.set(key, { key, issuer: c.issuer, title: c.title, evidence: f.evidence });
        else {
          d.issuer ??= c.issuer;
          d.title ??= c.title;
        }
      } else {
        const r = resolutions.get(key);
        if (!r) resolutions.set(key, { key, name: c.text, issuer: c.issuer, evidence: f.evidence });
        else r.issuer ??= c.issuer;
      }
    }
  }

  // Meetings: one per day (or run of days) reported as held; when none is, the first one reported
  // without a day, dated by the day the sentence before opens with (or, "cùng ngày", the last
  // sentence that opened with one), if any.
  const meetings: MeetingBuild[] = [];
  const ownMeeting: number[] = facts.map(() => -1);
  const schedule = facts.findIndex(announcesSchedule);
  facts.forEach((f, i) => {
    const m = f.meeting;
    if (!m?.day || (schedule >= 0 && i > schedule)) return;
    const day = m.day;
    const year = day.year ?? inferYear(day.month, meta.publishedAt);
    let idx = meetings.findIndex((b) => sameOccasion(b, day, m.title));
    if (idx >= 0) widen(meetings[idx]!, day, year);
    else {
      meetings.push({
        month: day.month, day: day.day, lastDay: day.endDay ?? day.day,
        out: {
          title: m.title, date: isoDay(day.day, day.month, year),
          endDate: day.endDay ? isoDay(day.endDay, day.month, year) : null,
          organizer: m.organizer, province, chairedBy: [], attendedBy: [], implements: [],
          chairs: [], attendees: [], implementations: [], evidence: f.evidence,
        },
      });
      idx = meetings.length - 1;
    }
    if (!m.reported) ownMeeting[i] = idx;
  });
  if (!meetings.length) {
    const i = facts.findIndex((f) => f.meeting && !f.meeting.reported);
    const m = facts[i]?.meeting;
    if (m) {
      // "Chiều cùng ngày, …": the day the last sentence that opened with one gave.
      const sameDay = /(?:^|\s)cùng ngày(?=[\s,])/iu.test(facts[i]!.sentence.text);
      const before = sameDay ? facts.slice(1, i).reverse() : i > 1 ? [facts[i - 1]!] : [];
      const day = before.map(leadDayOf).find((d) => d !== null) ?? null;
      const year = day ? day.year ?? inferYear(day.month, meta.publishedAt) : null;
      meetings.push({
        month: day?.month ?? null, day: day?.day ?? null, lastDay: day ? day.endDay ?? day.day : null,
        out: {
          title: m.title, date: day ? isoDay(day.day, day.month, year) : null,
          endDate: day?.endDay ? isoDay(day.endDay, day.month, year) : null,
          organizer: m.organizer, province, chairedBy: [], attendedBy: [],
          implements: [], chairs: [], attendees: [], implementations: [], evidence: facts[i]!.evidence,
        },
      });
      ownMeeting[i] = 0;
    }
  }

  // Each sentence speaks of its own meeting, else of the last one reported before it (or the
  // first); a meeting recalled aside ("Trước đó, …"), or one held before the meeting being
  // reported (the central plenum it disseminates), is not the one later sentences speak of. Before
  // the first meeting is reported, a sentence opening with a day none was held on, or reporting a
  // visit ("đoàn … đến thăm, chúc Tết …"), is another occasion: it and those after it place nobody.
  const firstHeld = ownMeeting.find((x) => x >= 0) ?? -1;
  const firstReported = ownMeeting.findIndex((x) => x >= 0);
  let active = firstHeld;
  let elsewhere = false;
  const roleOf = new Map<MeetingBuild, Map<string, { role: Role; evidence: Evidence }>>();
  let previousCarriesVerb = false;
  // Records the roles a sentence gives at meeting `at`: a chair outranks an attendee of the same person.
  const placeAt = (at: MeetingBuild, roles: ReadonlyMap<number, Role>, mentions: readonly PersonMention[], sentence: number, evidence: Evidence) => {
    const byName = roleOf.get(at) ?? new Map<string, { role: Role; evidence: Evidence }>();
    roleOf.set(at, byName);
    roles.forEach((role, idx) => {
      const name = mentionName(mentions[idx]!, sentence);
      if (!name) return;
      const key = nameKey(registry.persons.get(nameKey(name))?.name ?? name);
      const known = byName.get(key);
      if (!known || (known.role === "attendee" && role === "chair")) byName.set(key, { role, evidence });
    });
  };
  let aside = -1;
  let listOpen = false;
  let related = false;
  facts.forEach((f, i) => {
    // A page's links to other articles ("TIN LIÊN QUAN" and the headlines under it, up to the next
    // paragraph) speak of other occasions: they place nobody and carry out nothing.
    if (related && /\n\s*\n/.test(text.slice(facts[i - 1]!.sentence.end, f.sentence.start))) related = false;
    if (RELATED_HEADING.test(f.sentence.text)) related = true;
    const own = ownMeeting[i]!;
    // An earlier meeting keeps the floor when it comes back after a later one was reported
    // ("Tại buổi làm việc … ngày 2/12, …" after a week's roundup), not when first recalled.
    const recalled = (o: number) => active >= 0 && ownMeeting.indexOf(o) === i && heldBefore(meetings[o]!, meetings[active]!);
    // A meeting that does not take the floor: recalled aside, or held before the one reported.
    const keptAside = own >= 0 && (f.meeting!.aside || recalled(own));
    const floor = active;
    if (own >= 0 && !keptAside) active = own;
    // Such a meeting is the one the sentences right after it speak of when they name it and the
    // reported meeting goes by another name ("Trước đó, chiều 12/3, Ban Thường vụ đã họp …. Tại
    // cuộc họp, …" in a report of a working session; a plenum's results told at a press conference).
    if (own >= 0) aside = keptAside ? own : -1;
    else if (aside >= 0 && !namesAside(f, meetings[aside]!, meetings[active])) aside = -1;
    if (i > 0 && i < firstReported) {
      const lead = leadDayOf(f);
      if ((lead && !meetings.some((b) => sameOccasion(b, lead))) || reportsVisit(f.tokens)) elsewhere = true;
    }
    if (own >= 0) elsewhere = false;
    const target = i === 0 ? firstHeld : own >= 0 ? own : aside >= 0 ? aside : elsewhere || related ? -1 : active;
    const meeting = meetings[target];
    // Implementation: the headline, the reporting sentence, a sentence about the meeting, or an item
    // of a list one of them opens ("… cho ý kiến vào các nội dung:" then "- Báo cáo sơ kết …").
    const item = listOpen && BULLET.test(f.sentence.text);
    const about = i === 0 || own >= 0 ? "reports" : aboutMeeting(f.tokens, f.sentence.text, meeting?.out.organizer ?? null) ?? (item ? "enumeration" : null);
    listOpen = about !== null && (f.sentence.text.endsWith(":") || item);
    const verbAt = about ? firstImplementingVerb(f.tokens, f.sentence.text) : -1;
    const inherited = about === "enumeration" && previousCarriesVerb;
    previousCarriesVerb = about !== null && (verbAt >= 0 || inherited);
    if (meeting && f.citations.length) {
      const implemented = about
        ? implementedIn(f.sentence.text, f.citations, verbAt, inherited, about)
        : [...namedByMeetingTitle(f.tokens, f.citations), ...presentedIn(f.tokens, f.citations)];
      for (const c of implemented) {
        if (!meeting.out.implements.includes(c.key!)) {
          meeting.out.implements.push(c.key!);
          meeting.out.implementations.push({ key: c.key!, evidence: f.evidence });
        }
      }
      const setApart = new Set(notReviewedIn(f.sentence.text, f.citations).map((c) => c.key!));
      if (setApart.size) {
        meeting.out.implements = meeting.out.implements.filter((k) => !setApart.has(k));
        meeting.out.implementations = meeting.out.implementations.filter((x) => !setApart.has(x.key));
      }
    }
    if (!meeting || i === 0 || !f.mentions.length) return;
    const place = (at: MeetingBuild, tokens: readonly Token[], mentions: readonly PersonMention[], reportsOwn: boolean) =>
      placeAt(at, rolesIn(tokens, mentions, reportsOwn), mentions, i, f.evidence);
    // A meeting told in a speaker's words at the one reported ("Thông tin tại buổi họp báo, đồng
    // chí X cho biết, ngày 8/12, Ban Chấp hành đã tổ chức Hội nghị … dưới sự chủ trì của đồng chí
    // Y"): the speaker is at the one reported; those in the words are the told meeting's.
    const told = keptAside && meetings[floor] ? toldFrom(f) : -1;
    if (told < 0) return place(meeting, f.tokens, f.mentions, own >= 0);
    place(meetings[floor]!, f.tokens.slice(0, told), f.mentions.filter((m) => m.end <= told), false);
    const words = f.mentions.filter((m) => m.start >= told).map((m) => ({ ...m, start: m.start - told, end: m.end - told }));
    place(meeting, f.tokens.slice(told), words, true);
  });
  for (const b of meetings) {
    const byName = roleOf.get(b);
    if (!byName) continue;
    for (const [key, { role, evidence }] of byName) {
      const name = registry.persons.get(key)?.name;
      if (!name) continue;
      if (role === "chair") {
        b.out.chairedBy.push(name);
        b.out.chairs.push({ name, evidence });
      } else {
        b.out.attendedBy.push(name);
        b.out.attendees.push({ name, evidence });
      }
    }
  }

  const firstDated = meetings.find((b) => b.out.date)?.out.date ?? null;
  return {
    document: {
      title: headline?.sentence.text ?? meta.title ?? "",
      date: firstDated ?? meta.publishedAt ?? null,
      source: meta.source ?? null,
      publishedAt: meta.publishedAt ?? null,
      province,
    },
    persons: [...registry.persons.values()],
    directives: [...directives.values()],
    resolutions: [...resolutions.values()],
    meetings: meetings.map((b) => b.out),
  };
}
