/**
 * The kinds of report the generator writes, each modelled on documents of the dev
 * set: a review of N years of a directive, a dissemination conference, a provincial
 * plenum, a standing-committee meeting on a provincial document, a working visit
 * by a central leader, and a national online conference. Each writes its
 * paragraphs and answer key through a DocBuilder.
 */
import { type Day, ymd } from "./calendar.ts";
import {
  CENTRAL_DOCS, CENTRAL_UNSCORED, type CentralDoc, PLENUM_RESOLUTIONS, PLENUMS, type ProvincialDoc,
} from "./catalogue.ts";
import type { DocBuilder, GoldMeeting, Member, MentionStyle } from "./document.ts";
import type { Era, Former, Posting, ProvinceEra } from "./officials.ts";
import type { Prose } from "./phrases.ts";
import type { Rng } from "./random.ts";

export interface Scene {
  b: DocBuilder;
  r: Rng;
  prose: Prose;
  pe: ProvinceEra;
  era: Era;
  /** The day of the main meeting. */
  day: Day;
  /** Whether the opening sentence writes the year. */
  writeYear: boolean;
  /** The province's own documents issued before the meeting. */
  provincial: readonly ProvincialDoc[];
}

export interface Written {
  headline: string;
  /** Short ASCII label of the kind, for file names. */
  slug: string;
  /** Paragraph index before which filler prose may be inserted. */
  fillerAt: number;
}

export type Template = (s: Scene) => Written;

// ---- people --------------------------------------------------------------------------------

const MEMBERSHIP = new Set(["Ủy viên Trung ương Đảng", "Ủy viên Bộ Chính trị"]);

/** The offices a report gives a person: usually all, sometimes only the posts that matter here. */
function member(s: Scene, p: Posting): Member {
  let offices = p.offices;
  if (offices.length > 1 && s.r.chance(0.3)) {
    const trimmed = offices.filter(
      (o) => !MEMBERSHIP.has(o.canon) && o.canon !== s.pe.offices.standingMember.canon && o.canon !== s.pe.offices.member.canon,
    );
    if (trimmed.length > 0) offices = trimmed;
  }
  return { person: p.person, shown: offices.map((office) => ({ office, former: false })), rank: p.rank };
}

const formerMember = (f: Former): Member => ({ person: f.person, shown: [{ office: f.office, former: true }], rank: null });

const seat = (s: Scene, name: string): Posting | undefined => s.pe.seats.get(name);

function seats(s: Scene, names: readonly string[]): Posting[] {
  return names.map((n) => s.pe.seats.get(n)).filter((p): p is Posting => p !== undefined);
}

/** Other provincial officials, not already in the cast. */
function others(s: Scene, cast: readonly Member[], prefix?: string): Posting[] {
  const ids = new Set(cast.map((m) => m.person.id));
  return [...s.pe.seats.values()].filter((p) => !ids.has(p.person.id) && (!prefix || p.seat.startsWith(prefix)));
}

/**
 * The bare title a later sentence may use for this person ("đồng chí Bí thư Tỉnh ủy"),
 * only when no one else in the document could be meant by it.
 */
function corefTitle(cast: readonly Member[], m: Member): string | null {
  for (const sh of m.shown) {
    if (sh.former || !sh.office.coref) continue;
    const holders = cast.filter((c) => c.shown.some((x) => x.office.canon === sh.office.canon));
    if (holders.length === 1) return sh.office.coref;
  }
  return null;
}

function mentionStyle(r: Rng): MentionStyle {
  return r.weighted<MentionStyle>([["comma", 6], ["dash", 3], ["before", 1]]);
}

const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

// ---- dates ---------------------------------------------------------------------------------

function dayMonth(r: Rng, day: Day, withYear: boolean, sep = r.chance(0.6) ? "/" : "-"): string {
  const { y, m, d } = ymd(day);
  const dd = r.chance(0.05) ? String(d).padStart(2, "0") : String(d);
  return withYear ? `${dd}${sep}${m}${sep}${y}` : `${dd}${sep}${m}`;
}

/** "Ngày 23/5", "Sáng 21-12", "Chiều 4-4-2022": how an opening sentence dates its meeting. */
function openingDate(s: Scene): string {
  const part = s.r.weighted<string>([["Ngày", 4], ["Sáng", 4], ["Chiều", 2], ["Sáng ngày", 1]]);
  return `${part} ${dayMonth(s.r, s.day, s.writeYear)}`;
}

/** The same inside a sentence: "ngày 19/9", "sáng 3-7". */
function innerDate(s: Scene): string {
  return `${s.r.pick(["ngày", "sáng", "chiều", "sáng ngày"])} ${dayMonth(s.r, s.day, s.writeYear)}`;
}

// ---- recurring sentences -------------------------------------------------------------------

function chairSentence(s: Scene, meeting: GoldMeeting, chairs: readonly Member[]): string {
  const { b, r } = s;
  for (const c of chairs) b.chair(meeting, c);
  if (chairs.length > 1) {
    const list = b.list(chairs);
    return r.chance(0.5)
      ? `Các đồng chí: ${list} đồng chủ trì hội nghị.`
      : `${cap(["Hai", "Ba", "Bốn"][chairs.length - 2] ?? "Các")} đồng chí đồng chủ trì hội nghị gồm: ${list}.`;
  }
  const c = chairs[0]!;
  const form = r.int(0, 2);
  if (form === 0) return `${cap(b.mention(c, mentionStyle(r)))} ${r.pick(["dự và chủ trì", "chủ trì"])} hội nghị.`;
  if (form === 1) return `Chủ trì hội nghị có ${b.mention(c, r.chance(0.7) ? "comma" : "dash")}.`;
  return `Hội nghị diễn ra dưới sự chủ trì của ${b.mention(c, "comma")}.`;
}

function attendSentence(s: Scene, meeting: GoldMeeting, attendees: readonly Member[]): string {
  const { b, r } = s;
  for (const a of attendees) b.attend(meeting, a);
  const crowd = r.pick([
    `các đồng chí trong Ban Thường vụ ${s.pe.province.committee}, ${s.pe.province.member} và lãnh đạo các sở, ban, ngành, địa phương`,
    "đại diện lãnh đạo các ban, sở, ngành, đoàn thể",
    "các đồng chí Ủy viên Ban Chấp hành Đảng bộ " + s.pe.province.level,
  ]);
  if (attendees.length === 1) {
    const a = attendees[0]!;
    return r.chance(0.6)
      ? `Cùng dự có ${b.mention(a, r.chance(0.7) ? "comma" : "dash")}; ${crowd}.`
      : `Tham dự hội nghị có ${b.mention(a, "comma")} cùng ${crowd}.`;
  }
  return r.chance(0.5)
    ? `Cùng dự có các đồng chí: ${b.list(attendees)}; cùng ${crowd}.`
    : `Tham dự hội nghị có các đồng chí: ${b.list(attendees)}.`;
}

/** A central official sent to a provincial meeting: present, not chairing. */
function guestSentence(s: Scene, meeting: GoldMeeting, guest: Member): string {
  s.b.attend(meeting, guest);
  return s.r.chance(0.5)
    ? `Dự và chỉ đạo hội nghị có ${s.b.mention(guest, "comma")}.`
    : `${cap(s.b.mention(guest, "dash"))} dự và phát biểu chỉ đạo hội nghị.`;
}

function speakerParagraph(s: Scene, meeting: GoldMeeting, speaker: Member): string {
  const { b, r } = s;
  b.attend(meeting, speaker);
  const lead = r.pick(["Phát biểu tham luận tại hội nghị", "Trình bày tham luận", "Phát biểu tại hội nghị"]);
  return `${lead}, ${b.mention(speaker, r.chance(0.7) ? "comma" : "dash")} ${r.pick(["cho biết", "nêu rõ", "khẳng định"])}, ${s.prose.speech()}. ${s.prose.result()}`;
}

/** The chair's closing words, by title when that is unambiguous, else by name. */
function conclusion(s: Scene, chair: Member, cast: readonly Member[], reminders: readonly string[]): string {
  const { r } = s;
  const title = corefTitle(cast, chair);
  const who = title ? `đồng chí ${title}` : `đồng chí ${s.b.named(chair)}`;
  const lead = r.pick(["Phát biểu kết luận hội nghị", "Kết luận hội nghị", "Phát biểu chỉ đạo"]);
  const remind = reminders.length ? `; tiếp tục quán triệt, thực hiện nghiêm ${reminders.join(" và ")}` : "";
  return `${lead}, ${who} ${r.pick(["nhấn mạnh", "đề nghị", "yêu cầu"])}, ${s.prose.speech(2)}${remind}. ${s.prose.task()}`;
}

function captionLine(s: Scene, m: Member): string {
  const verb = s.r.pick(["phát biểu chỉ đạo tại hội nghị", "phát biểu kết luận hội nghị", "phát biểu tại hội nghị"]);
  return s.r.chance(0.5) ? `Đồng chí ${s.b.named(m)} ${verb}.` : `${cap(s.b.mention(m, "comma"))} ${verb}.`;
}

// ---- distractors and second meetings -------------------------------------------------------

/** A meeting announced for later: not a Meeting. */
function plannedMeeting(s: Scene): string {
  const later = s.day + s.r.int(10, 60);
  const what = s.r.pick(["hội nghị tổng kết", "hội nghị sơ kết", "Hội nghị Ban Chấp hành Đảng bộ " + s.pe.province.level, "hội nghị chuyên đề"]);
  return s.r.chance(0.5)
    ? `Theo kế hoạch, ${s.pe.province.committee} sẽ tổ chức ${what} vào ngày ${dayMonth(s.r, later, false)}.`
    : `${s.pe.province.committee} thống nhất sẽ tổ chức ${what} vào sáng ngày ${dayMonth(s.r, later, false)}.`;
}

/** A directive cited for what was done with it in the past: cited, not implemented. */
function backgroundDoc(s: Scene, exclude: ReadonlySet<string>): string | null {
  const older = CENTRAL_DOCS.filter((d) => d.issued < s.day - 730 && !exclude.has(d.key));
  if (older.length === 0) return null;
  const d = s.r.pick(older);
  const from = ymd(d.issued).y + 1;
  const to = Math.min(from + s.r.int(2, 4), ymd(s.day).y - 1);
  if (to <= from) return null;
  return `Trong giai đoạn ${from} - ${to}, khi thực hiện ${s.b.citeCentral(d, { subject: false, issuer: s.r.chance(0.5) })}, các địa phương, đơn vị trong toàn ${s.pe.province.level} đã biểu dương, khen thưởng hơn ${s.r.int(12, 90) * 10} tập thể, cá nhân.`;
}

/** Someone quoted about the province, not placed at the meeting. */
function quote(s: Scene, cast: readonly Member[]): { text: string; member: Member } | null {
  const pool = others(s, cast);
  if (pool.length === 0) return null;
  const m = member(s, s.r.pick(pool));
  const said = s.prose.result();
  return {
    text: `Theo ${s.b.mention(m, "honorific")}, thời gian qua ${said.charAt(0).toLowerCase()}${said.slice(1)}`,
    member: m,
  };
}

function unscoredMention(s: Scene): string {
  const kl = s.r.pick(CENTRAL_UNSCORED);
  const plan = `${s.r.int(10, 250)}-KH/TU`;
  const kind = (key: string) => (key.includes("-KL/") ? "Kết luận" : key.includes("-KH/") ? "Kế hoạch" : "Quy định");
  const planText = s.b.citeUnscored(plan, `Kế hoạch số ${plan}`, "Kế hoạch");
  const klText = s.b.citeUnscored(kl.key, `${kl.label} ${kl.issuer} ${kl.subject}`, kind(kl.key));
  return `Các đại biểu cũng góp ý vào dự thảo báo cáo sơ kết việc thực hiện ${planText} của ${s.pe.province.committee} thực hiện ${klText}.`;
}

/** A second, earlier meeting reported in passing: a central plenum briefed, or a preparatory meeting. */
function earlierMeeting(s: Scene, chairTitle: string | null): string | null {
  const { b, r } = s;
  const y = ymd(s.day).y;
  const plenum = PLENUMS.find((p) => p.end < s.day && s.day - p.end <= 45 && ymd(p.start).y === y);
  if (plenum && r.chance(0.7)) {
    b.meeting(`Hội nghị Trung ương ${plenum.plenum} khóa ${plenum.term}`, plenum.start);
    const who = chairTitle ? `đồng chí ${chairTitle}` : "lãnh đạo " + s.pe.province.committee;
    const range =
      plenum.end > plenum.start && r.chance(0.7)
        ? `từ ngày ${dayMonth(r, plenum.start, false)} đến ngày ${dayMonth(r, plenum.end, false)}`
        : `ngày ${dayMonth(r, plenum.start, false)}`;
    return `Tại hội nghị, ${who} đã thông báo nhanh kết quả Hội nghị Trung ương ${plenum.plenum} khóa ${plenum.term} diễn ra tại Hà Nội ${range} nhằm giúp các đồng chí lãnh đạo, cán bộ chủ chốt các cấp nắm vững những nội dung cốt lõi của hội nghị.`;
  }
  const before = s.day - r.int(3, 12);
  if (ymd(before).y !== y) return null;
  b.meeting(`Cuộc họp của Thường trực ${s.pe.province.committee} chuẩn bị nội dung hội nghị`, before);
  return `Trước đó, vào ngày ${dayMonth(r, before, false)}, Thường trực ${s.pe.province.committee} đã tiến hành một cuộc họp để chuẩn bị nội dung, chương trình hội nghị.`;
}

/** Officials who left office, invited to an anniversary or review. */
function formersSentence(s: Scene, meeting: GoldMeeting): string | null {
  if (s.pe.formers.length === 0) return null;
  const f = formerMember(s.r.pick(s.pe.formers));
  s.b.attend(meeting, f);
  return `Dự hội nghị còn có các đồng chí nguyên lãnh đạo ${s.pe.province.level} qua các thời kỳ, trong đó có ${s.b.mention(f, "comma")}.`;
}

/** The add-ons that make documents harder than their opening paragraph. */
function distractors(s: Scene, cast: readonly Member[], chair: Member | null, used: ReadonlySet<string>): string[] {
  const { r } = s;
  const out: string[] = [];
  if (r.chance(0.2)) {
    const earlier = earlierMeeting(s, chair ? corefTitle(cast, chair) : null);
    if (earlier) out.push(earlier);
  }
  if (r.chance(0.3)) {
    const bg = backgroundDoc(s, used);
    if (bg) out.push(bg);
  }
  if (r.chance(0.25)) {
    const q = quote(s, cast);
    if (q) out.push(q.text);
  }
  if (r.chance(0.2)) out.push(unscoredMention(s));
  if (r.chance(0.25)) out.push(plannedMeeting(s));
  return out;
}

// ---- cast ----------------------------------------------------------------------------------

interface Cast {
  chairs: Member[];
  attendees: Member[];
  speaker: Member | null;
  guest: Member | null;
  all: Member[];
}

const GUEST_SEATS = ["deputyOrganizationHead", "deputyPropagandaHead", "massHead", "inspectionHead", "internalHead", "economicHead", "homeMinister"];
const ATTENDEE_SEATS = ["standingDeputy", "committeeChair", "councilChair", "committeeStandingVice", "board:Tổ chức", "board:Tuyên giáo", "board:Dân vận", "board:Nội chính", "inspection", "front", "deputation"];

function provincialCast(s: Scene, chairSeats: readonly string[], opts: { guest?: number; speaker?: number } = {}): Cast {
  const { r } = s;
  const chairs = seats(s, chairSeats).map((p) => member(s, p));
  const chairIds = new Set(chairs.map((c) => c.person.id));
  const pool = seats(s, ATTENDEE_SEATS).filter((p) => !chairIds.has(p.person.id));
  const attendees = r.sample(pool, r.weighted<number>([[0, 2], [1, 4], [2, 3], [3, 2], [4, 1]])).map((p) => member(s, p));
  const guestSeat = r.chance(opts.guest ?? 0.15) ? s.era.central.get(r.pick(GUEST_SEATS)) : undefined;
  const guest = guestSeat ? member(s, guestSeat) : null;
  const taken = [...chairs, ...attendees];
  const speakers = others(s, taken, r.chance(0.5) ? "director:" : "board:");
  const speaker = speakers.length && r.chance(opts.speaker ?? 0.45) ? member(s, r.pick(speakers)) : null;
  const all = [...taken, ...(guest ? [guest] : []), ...(speaker ? [speaker] : [])];
  return { chairs, attendees, speaker, guest, all };
}

function chairSeatFor(s: Scene): string {
  return s.r.weighted<string>([["secretary", 6], ["standingDeputy", 3], ["committeeChair", 1]]);
}

const organizer = (s: Scene) =>
  s.r.weighted<string>([
    [`Ban Thường vụ ${s.pe.province.committee}`, 4],
    [`Ban Chấp hành Đảng bộ ${s.pe.province.level}`, 2],
    [s.pe.province.committee, 3],
  ]);

/** Central documents issued at least `years` before the meeting. */
function centralBefore(s: Scene, years: number, kind?: CentralDoc["kind"]): CentralDoc[] {
  return CENTRAL_DOCS.filter((d) => d.issued <= s.day - Math.round(years * 365.25) && (!kind || d.kind === kind));
}

/** Paragraphs that close every provincial meeting report: speaker, distractors, conclusion, caption. */
function closing(s: Scene, meeting: GoldMeeting, cast: Cast, reminders: readonly string[], used: ReadonlySet<string>): void {
  const { b, r } = s;
  // Former officials are placed before any second meeting, so "dự hội nghị" can only mean this one.
  const formers = r.chance(0.05) ? formersSentence(s, meeting) : null;
  if (formers) b.add(formers);
  if (cast.speaker) b.add(speakerParagraph(s, meeting, cast.speaker));
  const extra = distractors(s, cast.all, cast.chairs[0] ?? null, used);
  const chair = cast.chairs[0];
  if (chair) {
    if (r.chance(0.5)) b.add(s.prose.caption());
    b.add(conclusion(s, chair, cast.all, reminders));
    if (r.chance(0.5)) b.add(captionLine(s, chair));
  }
  b.add(...extra);
}

// ---- the kinds -----------------------------------------------------------------------------

/** "Tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW": one central document reviewed. */
const review: Template = (s) => {
  const { b, r } = s;
  const candidates = centralBefore(s, 1);
  const doc = r.pick(candidates);
  const years = Math.max(1, ymd(s.day).y - ymd(doc.issued).y);
  const kind = years >= 5 && years % 5 === 0 ? "tổng kết" : "sơ kết";
  const label = doc.kind === "directive" ? "Chỉ thị" : "Nghị quyết";
  const cast = provincialCast(s, [chairSeatFor(s)]);
  const place = s.pe.province.display;
  const headline = r.pick([
    `${place} ${kind} ${years} năm thực hiện ${label} số ${doc.key} của ${doc.issuer}`,
    `${cap(kind)} ${years} năm thực hiện ${label} ${Number(doc.num)} của ${doc.issuer}`,
    `${s.pe.province.committee} ${place} ${kind} ${years} năm thực hiện ${label} ${doc.key}`,
  ]);
  const meetingTitle = `Hội nghị ${kind} ${years} năm thực hiện ${label} số ${doc.key}`;
  const chair = cast.chairs[0]!;
  let opening: string;
  let meeting: GoldMeeting;
  if (r.chance(0.2)) {
    meeting = b.meeting(meetingTitle, s.day);
    b.chair(meeting, chair);
    opening = `${openingDate(s)}, dưới sự chủ trì của ${b.mention(chair, "comma")}, ${organizer(s)} tổ chức Hội nghị ${kind} ${years} năm thực hiện ${b.citeCentral(doc)}.`;
  } else {
    meeting = b.meeting(meetingTitle, s.day);
    const cite = b.citeCentral(doc);
    opening = r.chance(0.7)
      ? `${openingDate(s)}, ${organizer(s)} tổ chức Hội nghị ${kind} ${years} năm thực hiện ${cite}. ${chairSentence(s, meeting, [chair])}`
      : `Hội nghị ${kind} ${years} năm thực hiện ${cite} do ${organizer(s)} ${place} tổ chức ${innerDate(s)}. ${chairSentence(s, meeting, [chair])}`;
  }
  b.implement(meeting, doc.key);
  const parts = [opening];
  if (cast.attendees.length) parts.push(attendSentence(s, meeting, cast.attendees));
  if (cast.guest) parts.push(guestSentence(s, meeting, cast.guest));
  b.add(parts.join(" "));
  const fillerAt = b.paragraphs.length;
  b.add(`Hội nghị đã đánh giá toàn diện kết quả ${years} năm thực hiện ${b.shortCentral(doc)}. ${s.prose.result()}`);
  closing(s, meeting, cast, [b.shortCentral(doc)], new Set([doc.key]));
  return { headline, slug: `${kind === "tổng kết" ? "tong-ket" : "so-ket"}-${doc.kind === "directive" ? "ct" : "nq"}-${Number(doc.num)}`, fillerAt };
};

/** "Hội nghị học tập, quán triệt …": several directives of one issuer, or a plenum resolution. */
const dissemination: Template = (s) => {
  const { b, r } = s;
  const recent = CENTRAL_DOCS.filter((d) => d.issued <= s.day - 20 && d.issued >= s.day - 900);
  const plenums = PLENUM_RESOLUTIONS.filter((p) => p.issued <= s.day - 10 && p.issued >= s.day - 700);
  const cast = provincialCast(s, [r.chance(0.7) ? chairSeatFor(s) : "board:Tuyên giáo"]);
  const meetingTitle = "Hội nghị học tập, quán triệt và triển khai thực hiện";
  const meeting = b.meeting(meetingTitle, s.day);
  let body: string;
  let headline: string;
  let keys: string[];
  if (plenums.length && (recent.length === 0 || r.chance(0.4))) {
    const res = r.pick(plenums);
    const cite = b.citePlenum(res);
    keys = [res.key];
    headline = `Quán triệt, triển khai Nghị quyết Trung ương ${res.plenum} khóa ${res.term}`;
    body = `${openingDate(s)}, ${organizer(s)} tổ chức Hội nghị học tập, quán triệt, triển khai thực hiện ${cite}.`;
  } else {
    const pool = recent.length ? recent : centralBefore(s, 0.1);
    const first = r.pick(pool);
    const same = pool.filter((d) => d.issuer === first.issuer && d.kind === first.kind && d.term === first.term && d !== first);
    const docs = [first, ...r.sample(same, r.int(0, 3))];
    keys = docs.map((d) => d.key);
    const label = first.kind === "directive" ? "chỉ thị" : "nghị quyết";
    headline = docs.length > 1
      ? `${s.pe.province.display} quán triệt ${docs.length} ${label} của ${first.issuer}`
      : `Học tập, quán triệt ${cap(label)} số ${first.key} của ${first.issuer}`;
    const cites = docs.map((d) => b.citeCentral(d, { subject: true }));
    body = docs.length > 1
      ? `${openingDate(s)}, ${organizer(s)} tổ chức Hội nghị học tập, quán triệt và triển khai thực hiện các ${label} của ${first.issuer} khóa ${first.term}. Hội nghị lần lượt quán triệt ${docs.length} văn bản: ${cites.join("; ")}.`
      : `${openingDate(s)}, ${organizer(s)} tổ chức Hội nghị học tập, quán triệt và triển khai thực hiện ${cites[0]}.`;
  }
  for (const k of keys) b.implement(meeting, k);
  const parts = [body, chairSentence(s, meeting, cast.chairs)];
  if (cast.attendees.length) parts.push(attendSentence(s, meeting, cast.attendees));
  if (cast.guest) parts.push(guestSentence(s, meeting, cast.guest));
  b.add(parts.join(" "));
  const fillerAt = b.paragraphs.length;
  b.add(`Các đại biểu đã được nghe truyền đạt những nội dung cơ bản, cốt lõi và những điểm mới của các văn bản. ${s.prose.task()}`);
  closing(s, meeting, cast, [], new Set(keys));
  return { headline, slug: "quan-triet", fillerAt };
};

/** "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ N": co-chaired, carries out a provincial resolution. */
const provincialPlenum: Template = (s) => {
  const { b, r } = s;
  const { province } = s.pe;
  const termStart = ymd(s.day).y >= 2021 || (ymd(s.day).y === 2020 && ymd(s.day).m >= 10) ? 2020.8 : 2015.8;
  const dayYear = ymd(s.day).y + ymd(s.day).m / 12;
  const session = Math.max(1, Math.round((dayYear - termStart) * 4.5));
  const term = romanTerm(provincialTerm(s.pe.province.slug) + (termStart > 2020 ? 1 : 0));
  const coChair = r.chance(0.5);
  const cast = provincialCast(s, coChair ? ["secretary", "standingDeputy", "committeeChair"] : ["secretary"], { guest: 0.05, speaker: 0.3 });
  const title = `Hội nghị lần thứ ${session} Ban Chấp hành Đảng bộ ${province.level} ${province.display} khóa ${term}`;
  const headline = r.pick([
    `Hội nghị Ban Chấp hành Đảng bộ ${province.level} ${province.display} lần thứ ${session}`,
    `Khai mạc Hội nghị lần thứ ${session} Ban Chấp hành Đảng bộ ${province.level} ${province.display} khóa ${term}`,
    `${province.committee} ${province.display} họp Hội nghị lần thứ ${session}`,
  ]);
  const meeting = b.meeting(title, s.day);
  const local = s.provincial.filter((d) => d.kind === "resolution");
  const keys: string[] = [];
  let purpose = `đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh, công tác xây dựng Đảng và hệ thống chính trị`;
  if (local.length) {
    const d = r.pick(local.slice(-4));
    purpose = `đánh giá kết quả thực hiện ${b.citeProvincial(d, r.chance(0.3))}`;
    keys.push(d.key);
  }
  const opening = r.chance(0.6)
    ? `${openingDate(s)}, Ban Chấp hành Đảng bộ ${province.level} ${province.display} khóa ${term} họp Hội nghị lần thứ ${session} để ${purpose}.`
    : `Hội nghị lần thứ ${session} của Ban Chấp hành Đảng bộ ${province.level} ${province.display} diễn ra ${innerDate(s)}. Hội nghị có nhiệm vụ ${purpose}.`;
  for (const k of keys) b.implement(meeting, k);
  const parts = [opening, chairSentence(s, meeting, cast.chairs)];
  if (cast.attendees.length) parts.push(attendSentence(s, meeting, cast.attendees));
  if (cast.guest) parts.push(guestSentence(s, meeting, cast.guest));
  b.add(parts.join(" "));
  const fillerAt = b.paragraphs.length;
  const programme = centralBefore(s, 0.05, "resolution").filter((d) => d.issued >= s.day - 240);
  if (programme.length && r.chance(0.6)) {
    const d = r.pick(programme);
    b.implement(meeting, d.key);
    b.add(`Bên cạnh đó, hội nghị cho ý kiến vào dự thảo chương trình hành động thực hiện ${b.citeCentral(d)}.`);
  }
  closing(s, meeting, cast, [], new Set(meeting.implements));
  return { headline, slug: `hoi-nghi-tinh-uy-lan-${session}`, fillerAt };
};

/** Standing committee on one of the province's own directives or resolutions. */
const provincialDirective: Template = (s) => {
  const { b, r } = s;
  const { province } = s.pe;
  if (s.provincial.length === 0) return review(s);
  const d = r.pick(s.provincial.slice(-6));
  const years = ymd(s.day).y - ymd(d.issued).y;
  const label = d.kind === "directive" ? "Chỉ thị" : "Nghị quyết";
  const what = years >= 1 ? `sơ kết ${years} năm thực hiện` : "triển khai";
  const cast = provincialCast(s, [r.chance(0.6) ? "standingDeputy" : chairSeatFor(s)], { guest: 0 });
  const headline = `${province.display} ${what} ${label} số ${d.key}`;
  const meeting = b.meeting(`Hội nghị ${what} ${label} số ${d.key} của ${province.committee}`, s.day);
  b.implement(meeting, d.key);
  const opening = `${openingDate(s)}, Ban Thường vụ ${province.committee} ${province.display} tổ chức hội nghị ${what} ${b.citeProvincial(d, false)}.`;
  const parts = [opening, chairSentence(s, meeting, cast.chairs)];
  if (cast.attendees.length) parts.push(attendSentence(s, meeting, cast.attendees));
  b.add(parts.join(" "));
  const fillerAt = b.paragraphs.length;
  closing(s, meeting, cast, [`${label} ${Number(d.num)}`], new Set([d.key]));
  return { headline, slug: `${d.kind === "directive" ? "ct" : "nq"}-tu-${Number(d.num)}`, fillerAt };
};

const VISITORS = ["generalSecretary", "primeMinister", "president", "assemblyChair", "standingSecretary", "organizationHead", "inspectionHead"];
const DELEGATION = ["partyOfficeChief", "deputyPrimeMinister2", "deputyPrimeMinister3", "deputyAssemblyChair1", "deputyOrganizationHead", "planningMinister", "financeMinister", "publicSecurityMinister", "homeMinister"];

/** A central leader's working visit: leads (attends) or chairs, with an entourage and the province's leaders. */
const workingVisit: Template = (s) => {
  const { b, r } = s;
  const { province } = s.pe;
  const leaderPost = s.era.central.get(r.pick(VISITORS))!;
  const leader = member(s, leaderPost);
  const entourage = r.sample(DELEGATION, r.int(0, 3)).map((k) => member(s, s.era.central.get(k)!));
  const hosts = seats(s, r.sample(["standingDeputy", "committeeChair", "councilChair", "deputation"], r.int(1, 3))).map((p) => member(s, p));
  const secretary = member(s, seat(s, "secretary")!);
  const cast = [leader, ...entourage, secretary, ...hosts];
  const main = leader.shown.find((o) => o.office.coref) ?? leader.shown[leader.shown.length - 1]!;
  const shortTitle = main.office.coref ?? main.office.canon;
  const chairs = r.chance(0.5);
  const headline = `${main.office.canon} ${leader.person.name} làm việc ${r.chance(0.5) ? `với Ban Thường vụ ${province.committee} ${province.display}` : `tại ${province.display}`}`;
  const meeting = b.meeting(`Buổi làm việc của ${main.office.canon} ${leader.person.name} với ${province.level} ${province.display}`, s.day);
  let opening: string;
  if (chairs) {
    b.chair(meeting, leader);
    opening = `${openingDate(s)}, ${b.mention(leader, "before")} cùng Đoàn công tác của Trung ương đã đến thăm ${province.level} ${province.display} và chủ trì buổi làm việc với Ban Thường vụ ${province.committee}.`;
  } else {
    b.attend(meeting, leader);
    opening = `${openingDate(s)}, đoàn công tác do ${b.mention(leader, "dash")} dẫn đầu đã đến thăm và làm việc với ${province.level} ${province.display}.`;
  }
  const parts = [opening];
  if (entourage.length) {
    for (const e of entourage) b.attend(meeting, e);
    parts.push(`Cùng đi với đồng chí ${shortTitle} có các đồng chí: ${b.list(entourage)}; cùng lãnh đạo một số ban, bộ, ngành, cơ quan Trung ương.`);
  }
  b.add(parts.join(" "));
  for (const h of [secretary, ...hosts]) b.attend(meeting, h);
  const host = b.mention(secretary, r.chance(0.5) ? "dash" : "comma");
  b.add(hosts.length
    ? `Về phía ${province.level} ${province.display}, ${host} cùng các đồng chí: ${b.list(hosts)} đã tiếp và làm việc với đoàn.`
    : `Về phía ${province.level} ${province.display}, ${host} đã tiếp và làm việc với đoàn.`);
  const fillerAt = b.paragraphs.length;
  const topical = CENTRAL_DOCS.filter((d) => d.issued <= s.day - 30 && d.issued >= s.day - 800);
  const keys = new Set<string>();
  if (topical.length && r.chance(0.6)) {
    const d = r.pick(topical);
    keys.add(d.key);
    b.implement(meeting, d.key);
    b.add(`Buổi làm việc xem xét tình hình triển khai ${b.citeCentral(d, { issuer: true })}, cùng kết quả thực hiện Nghị quyết Đại hội Đảng bộ ${province.level} nhiệm kỳ 2020-2025.`);
  }
  const title = corefTitle(cast, leader);
  const speaker = title ? `${title} ${b.named(leader)}` : `Đồng chí ${b.named(leader)}`;
  b.add(`${cap(speaker)} bày tỏ tin tưởng ${province.display} sẽ tạo ra những bước bứt phá mới; ${s.prose.speech()}. Theo đồng chí, ${s.prose.speech()}.`);
  const q = r.chance(0.25) ? quote(s, cast) : null;
  if (q) b.add(q.text);
  if (r.chance(0.3)) b.add(plannedMeeting(s));
  return { headline, slug: "lam-viec-doan-cong-tac", fillerAt };
};

/** The national online conference, relayed to a provincial point chaired by a local leader. */
const nationalConference: Template = (s) => {
  const { b, r } = s;
  const { province } = s.pe;
  const plenums = PLENUM_RESOLUTIONS.filter((p) => p.issued <= s.day - 5 && p.issued >= s.day - 400);
  const central = centralBefore(s, 0.02).filter((d) => d.issued >= s.day - 300);
  if (plenums.length === 0 && central.length === 0) return dissemination(s);
  const presenters = r.sample(["primeMinister", "assemblyChair", "organizationHead", "propagandaHead", "standingSecretary"], r.int(1, 3))
    .map((k) => member(s, s.era.central.get(k)!));
  const localChair = member(s, seat(s, r.chance(0.7) ? "secretary" : "standingDeputy")!);
  const meeting = b.meeting("Hội nghị toàn quốc quán triệt, triển khai thực hiện", s.day);
  let subject: string;
  let key: string;
  if (plenums.length && (central.length === 0 || r.chance(0.6))) {
    const p = r.pick(plenums);
    subject = b.citePlenum(p);
    key = p.key;
  } else {
    const d = r.pick(central);
    subject = b.citeCentral(d);
    key = d.key;
  }
  b.implement(meeting, key);
  b.add(`${openingDate(s)}, Hội nghị toàn quốc quán triệt, triển khai thực hiện ${subject} được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới cấp xã. Hội nghị được kết nối trực tuyến tới điểm cầu ${province.level} ${province.display}.`);
  const fillerAt = b.paragraphs.length;
  const topics = ["chuyên đề thứ nhất về những nội dung cơ bản, cốt lõi", "chuyên đề về tổ chức thực hiện", "chuyên đề về công tác xây dựng Đảng"];
  presenters.forEach((p, i) => {
    b.attend(meeting, p);
    b.add(`Tại hội nghị, ${b.mention(p, r.chance(0.6) ? "before" : "comma")} trình bày ${topics[i % topics.length]}. ${s.prose.task()}`);
  });
  b.chair(meeting, localChair);
  b.add(`Tại điểm cầu ${province.level} ${province.display}, ${b.mention(localChair, "comma")} chủ trì hội nghị.`);
  if (r.chance(0.3)) b.add(plannedMeeting(s));
  return { headline: `Quán triệt, triển khai ${subject.split(" về ")[0]} tới điểm cầu ${province.display}`, slug: "hoi-nghi-toan-quoc", fillerAt };
};

/** The 2015–2020 term number of a provincial congress: differs by province (XIII … XX), fixed for each. */
function provincialTerm(slug: string): number {
  let h = 0;
  for (const ch of slug) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return 13 + (h % 8);
}

function romanTerm(n: number): string {
  const table: Array<[number, string]> = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, sym] of table) while (n >= v) (out += sym), (n -= v);
  return out;
}

export const TEMPLATES: ReadonlyArray<readonly [Template, number]> = [
  [review, 30],
  [dissemination, 22],
  [provincialPlenum, 15],
  [provincialDirective, 13],
  [workingVisit, 12],
  [nationalConference, 8],
];
