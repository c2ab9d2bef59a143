/**
 * The meetings a document reports as held: one per day (or run of days) a meeting is reported on;
 * when none is, the first one reported without a day, dated by the day the sentence before opens with.
 */
import { smallNumber } from "./citations.ts";
import { inferYear, isoDay, type DayMention } from "./dates.ts";
import { namedByMeetingTitle } from "./implements.ts";
import { DAYS_BEFORE, meetingDaysIn, meetingHead, opensAside, opensAtAnotherTimeOfTheDay, reportsVisit, type MeetingMention } from "./meetings.ts";
import { lineBreakBefore, type SentenceFacts } from "./sentence-facts.ts";
import type { DocumentMeta, Evidence, ExtractedMeeting } from "./types.ts";

// How far into a sentence its leading day may stand ("Sáng 12/3, tại Hội trường Tỉnh ủy, …").
const LEAD_DAY_WINDOW = 24;

/**
 * The day a sentence opens with ("Sáng 12/3, tại Hội trường Tỉnh ủy."), which a meeting reported
 * without a day in the next sentence ("Hội nghị … do đồng chí X chủ trì") was held on.
 */
export function leadDayOf(f: SentenceFacts): DayMention | null {
  const [first] = meetingDaysIn(f.sentence.text, f.citations);
  return first && first.start < LEAD_DAY_WINDOW ? first : null;
}

export interface MeetingBuild {
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
export const sameOccasion = (b: MeetingBuild, d: DayMention, title?: string): boolean =>
  b.month === d.month && b.day !== null && b.lastDay !== null && d.day <= b.lastDay && (d.endDay ?? d.day) >= b.day &&
  !(title && plenumDuringCongress(b.out.title, title));

// The closing of a session ("Bế mạc kỳ họp chiều 9/4"), and how many days after its opening it may come.
const CLOSES = /(?:^|\s)[Bb]ế mạc(?=\s)/u;
const MAX_SESSION_DAYS = 5;

/** Whether meeting `b`, of the same name, opened the few days before day `d` on which a session closes. */
const closesOn = (b: MeetingBuild, d: DayMention, title: string): boolean =>
  b.month === d.month && b.day !== null && b.day < d.day && d.day - b.day < MAX_SESSION_DAYS && meetingHead(b.out.title) === meetingHead(title);

/** A congress's newly elected committee holds its first plenum ("Hội nghị lần thứ nhất", "phiên họp thứ nhất") during the congress: another meeting. */
const plenumDuringCongress = (congress: string, plenum: string): boolean => /^Đại hội/u.test(congress) && /^(?:Hội nghị|Phiên họp)/u.test(plenum);

/** The year of a meeting's date, when it has one. */
const yearOf = (m: MeetingBuild): number | null => (!m.out.date || m.out.date.startsWith("--") ? null : Number(m.out.date.slice(0, 4)));

/**
 * Whether meeting `a` was held before meeting `b`: by the year too when both dates have one (a
 * central plenum of September recalled at a provincial meeting of October).
 */
export function heldBefore(a: MeetingBuild, b: MeetingBuild): boolean {
  if (a.month === null || a.day === null || b.month === null || b.day === null) return false;
  const [ya, yb] = [yearOf(a), yearOf(b)];
  if (ya !== null && yb !== null && ya !== yb) return ya < yb;
  return a.month !== b.month ? a.month < b.month : a.day < b.day;
}

/** Records that meeting `b` carries out the document `key` (once), by the sentence `evidence`. */
export function carriesOut(b: MeetingBuild, key: string | null, evidence: Evidence): void {
  if (!key || b.out.implements.includes(key)) return;
  b.out.implements.push(key);
  b.out.implementations.push({ key, evidence });
}

/** Stretches a meeting's days to cover `d` too: it starts on the earliest day read, ends on the last. */
function widen(b: MeetingBuild, d: DayMention, year: number | null): void {
  b.day = Math.min(b.day!, d.day);
  b.lastDay = Math.max(b.lastDay!, d.endDay ?? d.day);
  b.out.date = isoDay(b.day, d.month, year);
  b.out.endDate = b.lastDay > b.day ? isoDay(b.lastDay, d.month, year) : null;
}

// "Lịch công tác tuần tới (dự kiến):": what is listed after it is planned, not held.
const SCHEDULE_HEADING = /(?:lịch công tác|lịch làm việc|chương trình công tác|tuần tới|sắp tới|dự kiến)[^:]*:$/iu;
const announcesSchedule = (f: SentenceFacts): boolean => f.sentence.text.endsWith(":") && SCHEDULE_HEADING.test(f.sentence.text);

// "Sau khi kiểm tra thực địa, Phó Thủ tướng chủ trì cuộc họp …": right after the round the lead tells, that day.
const AFTER_THE_ROUND = /^(?:ngay\s+)?sau\s+khi\s+(?:đi\s+)?(?:kiểm tra|khảo sát|thị sát)(?=[\s,])/iu;

// "Chiều cùng ngày, hội nghị tiếp tục làm việc / bế mạc": the same meeting going on.
const GOES_ON = /(?:^|\s)(?:tiếp tục|bế mạc|kết thúc|phiên bế mạc)(?=[\s,.]|$)/u;

/**
 * Whether a meeting reported later the same day is another than the one before: another kind
 * ("buổi làm việc" after "hội đàm"), or one named in full ("Hội nghị sơ kết … Nghị quyết 19" after
 * "Hội nghị Ban Thường vụ …") that does not go on with it.
 */
const anotherMeeting = (title: string, before: string, sentence: string): boolean =>
  meetingHead(title) !== meetingHead(before) || (!sameNamed(title, before) && title.split(" ").length > 2 && !GOES_ON.test(sentence));

const WORKING_SESSION = /^Buổi (?:làm việc|kiểm tra)/u;

// A meeting said to follow another's end ("ngay sau khi kết thúc phiên họp, …").
const AFTER_THE_END = /(?:^|\s)sau khi (?:kết thúc|bế mạc)\s/u;

// "Buổi làm việc với Ban Thường vụ Tỉnh ủy Khánh Hòa", told again as "… Khánh Hòa về tình hình …":
// the one the lead announced, named at more length.
const sameNamed = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

// A report's heading block ("Chủ trì: …", "Thời gian: 8 giờ, ngày 20/5/2025.", "Địa điểm: …").
const TIME_LINE = /^thời gian\s*:/iu;

/** The day the heading block's time line gives, else null. */
function timeLineDay(facts: readonly SentenceFacts[]): DayMention | null {
  const line = facts.find((f) => TIME_LINE.test(f.sentence.text));
  return line ? meetingDaysIn(line.sentence.text, line.citations)[0] ?? null : null;
}

// "Chiều qua, …", "Sáng nay, …", "Trước đó, chiều qua, …": a day told from the day of publication.
const RELATIVE_DAY = /^(?:[^,]{0,20},\s*)?(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(qua|nay)(?=[\s,])/iu;

/**
 * The day `back` days before `day`/`month` of `year`, crossing months and years. Without the year,
 * counted in a year that is not a leap year, as most are, and left without one.
 */
function daysBack(year: number | null, month: number, day: number, back: number, end: number): DayMention {
  const date = new Date(Date.UTC(year ?? 2001, month - 1, day - back));
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: year === null ? null : date.getUTCFullYear(), endDay: null, start: 0, end };
}

// "Chiều thứ Năm vừa qua, …", "Sáng thứ Tư tuần trước, …", "Sáng thứ Hai, …": a weekday told from the
// day of publication; bare, only after a time of the day ("Thứ năm, …" opens a fifth point).
const RELATIVE_WEEKDAY = /^(?:[^,]{0,20},\s*)?(?:(sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?(?:thứ\s+(hai|ba|tư|năm|sáu|bảy)|(chủ\s+nhật))(?:\s+(vừa\s+qua|tuần\s+trước|tuần\s+này))?(?=[\s,])/iu;
// Days after Monday: "thứ Hai" is the week's first day, "Chủ nhật" its last.
const WEEKDAY_FROM_MONDAY: Readonly<Record<string, number>> = { hai: 0, ba: 1, tư: 2, năm: 3, sáu: 4, bảy: 5 };
const SUNDAY_FROM_MONDAY = 6;

/** How many days before the day of publication the weekday the sentence opens with is, else null. */
function weekdayBack(text: string, published: Date): { back: number; length: number } | null {
  const m = RELATIVE_WEEKDAY.exec(text);
  if (!m || (!m[1] && !m[4])) return null;
  const target = m[3] ? SUNDAY_FROM_MONDAY : WEEKDAY_FROM_MONDAY[m[2]!.toLowerCase()]!;
  const today = (published.getUTCDay() + 6) % 7;
  const when = m[4]?.toLowerCase().replace(/\s+/gu, " ");
  if (when === "tuần trước") return { back: today + 7 - target, length: m[0].length };
  if (when === "tuần này") return target <= today ? { back: today - target, length: m[0].length } : null;
  // "vừa qua": the last such day before the day of publication; bare: that day, or the last before it.
  const back = (today - target + 7) % 7;
  return { back: when === "vừa qua" && back === 0 ? 7 : back, length: m[0].length };
}

/** The day a sentence opening with a relative day ("Chiều qua, …", "Chiều thứ Năm vừa qua, …") speaks of, from `publishedAt`. */
function relativeDayOf(f: SentenceFacts, publishedAt: string | null | undefined): DayMention | null {
  const published = publishedAt?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!published) return null;
  const [year, month, day] = [Number(published[1]), Number(published[2]), Number(published[3])];
  const m = RELATIVE_DAY.exec(f.sentence.text);
  if (m) return daysBack(year, month, day, m[1]!.toLowerCase() === "qua" ? 1 : 0, m[0].length);
  const weekday = weekdayBack(f.sentence.text, new Date(Date.UTC(year, month - 1, day)));
  return weekday ? daysBack(year, month, day, weekday.back, weekday.length) : null;
}

/** The day a sentence counts back to from meeting `b` ("hai ngày trước đó"), else null. */
function daysBeforeOf(f: SentenceFacts, b: MeetingBuild): DayMention | null {
  const m = DAYS_BEFORE.exec(f.sentence.text);
  const count = m ? smallNumber(m[1]!.toLowerCase()) : null;
  if (!count || !b.day || !b.month) return null;
  return daysBack(yearOf(b), b.month, b.day, count * (m![2]!.toLowerCase() === "tuần" ? 7 : 1), 0);
}

// The end of a spell a sentence opens with ("Từ đêm 17 đến rạng sáng 18/7, mưa lớn …"): no occasion's day.
const SPELL_OPENING = /^từ\s/iu;
const SPELL_END_BEFORE = /(?:^|\s)(?:đến|tới)(?:\s+(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm))?\s+(?:ngày\s+)?$/iu;

// A spell written as one range ("Đợt mưa lớn kéo dài từ ngày 26/10 đến 30/10 đã khiến …").
const SPELL_RANGE_BEFORE = /(?:^|\s)từ\s+(?:ngày\s+)?$/iu;

/**
 * The last day the sentences before `i` (the headline aside) name, else undefined; not a spell or its
 * end, which a "cùng ngày" after it does not mean.
 */
function lastDayBefore(facts: readonly SentenceFacts[], i: number): DayMention | undefined {
  for (let k = i - 1; k >= 1; k--) {
    const text = facts[k]!.sentence.text;
    const days = meetingDaysIn(text, facts[k]!.citations).filter(
      (d) => !(SPELL_OPENING.test(text) && SPELL_END_BEFORE.test(text.slice(0, d.start))) && !(d.endDay !== null && !facts[k]!.meeting && SPELL_RANGE_BEFORE.test(text.slice(0, d.start))),
    );
    if (days.length) return days.at(-1);
  }
  return undefined;
}

/** The day the last round before sentence `i` opens with ("Chiều 21/4, đoàn … đã kiểm tra …"), if any. */
function roundDayBefore(facts: readonly SentenceFacts[], i: number): DayMention | null {
  for (let k = i - 1; k >= 1; k--) if (reportsVisit(facts[k]!.tokens)) return leadDayOf(facts[k]!);
  return null;
}

function newMeeting(m: MeetingMention, day: DayMention | null, year: number | null, province: string | null, evidence: Evidence): MeetingBuild {
  return {
    month: day?.month ?? null, day: day?.day ?? null, lastDay: day ? day.endDay ?? day.day : null,
    out: {
      title: m.title, date: day ? isoDay(day.day, day.month, year) : null,
      endDate: day?.endDay ? isoDay(day.endDay, day.month, year) : null,
      organizer: m.organizer, province, chairedBy: [], attendedBy: [], implements: [],
      chairs: [], attendees: [], implementations: [], evidence,
    },
  };
}

export interface HeldMeetings {
  meetings: MeetingBuild[];
  /** For each sentence, the meeting it reports as held there, else -1. */
  ownMeeting: number[];
}

// What a day something has gone on since follows ("từ ngày 15/12, …", "kể từ …").
const SINCE_BEFORE = /(?:^|\s)(?:kể\s+)?từ(?:\s+ngày)?\s*$/iu;
// The lead is the first sentence with a day, among the first few: a byline or a credit may come before it.
const LEAD_WITHIN = 3;

/**
 * The day of the lead, the first sentence with a day, when it is the only one before sentence `i`
 * that names one; else null.
 */
function soleLeadDayBefore(facts: readonly SentenceFacts[], i: number): { day: DayMention; lead: SentenceFacts } | null {
  // Not the day something has gone on since ("từ ngày 15/12, đơn vị bố trí các chốt …"): no occasion's.
  const occasions = (f: SentenceFacts) => meetingDaysIn(f.sentence.text, f.citations).filter((d) => d.endDay !== null || !SINCE_BEFORE.test(f.sentence.text.slice(0, d.start)));
  const days = facts.slice(0, i).map((f, k) => (k ? occasions(f) : []));
  const lead = days.findIndex((d) => d.length > 0);
  if (lead < 1 || lead > LEAD_WITHIN || days.slice(lead + 1).some((d) => d.length)) return null;
  return { day: days[lead]![0]!, lead: facts[lead]! };
}

/**
 * The day of the trip the lead tells ("Ngày 3/2, đoàn công tác … đã đến thăm …"), for a meeting
 * told without a day in sentence `i`, when no sentence between names another day.
 */
function tripDayOf(facts: readonly SentenceFacts[], i: number, sole = soleLeadDayBefore(facts, i)): DayMention | null {
  return sole && reportsVisit(sole.lead.tokens) ? sole.day : null;
}

/**
 * The day the sentence before `i`, in its paragraph, opens with when it reports no meeting but an
 * occasion the session of sentence `i` belongs to: an earlier one it goes back to ("Trước đó, chiều
 * 27-2, Thường trực Tỉnh ủy đã nghe báo cáo …"), or an inspection or visit ("Chiều 11/7, Đoàn kiểm
 * tra số 7 … đã kiểm tra việc thực hiện Chỉ thị … tại Đảng bộ phường Mũi Né. Đồng chí X chủ trì buổi
 * kiểm tra.").
 */
function dayToldBefore(text: string, facts: readonly SentenceFacts[], i: number): DayMention | null {
  const f = facts[i - 1];
  return f && !f.meeting && (opensAside(f.tokens) || reportsVisit(f.tokens)) && !lineBreakBefore(text, facts, i) ? leadDayOf(f) : null;
}

export function collectMeetings(text: string, facts: readonly SentenceFacts[], meta: DocumentMeta, province: string | null): HeldMeetings {
  const meetings: MeetingBuild[] = [];
  const ownMeeting: number[] = facts.map(() => -1);
  const schedule = facts.findIndex(announcesSchedule);
  let last = -1;
  // A report that dates its meeting after its own publication announces it: no dateless one stands in.
  let toCome = false;
  facts.forEach((f, i) => {
    const m = f.meeting;
    if (!m || (schedule >= 0 && i > schedule)) return;
    if (!m.day) {
      const before = meetings[last];
      if (before?.day && !m.reported && opensAtAnotherTimeOfTheDay(f.tokens)) {
        // The meeting the lead announced, told in full ("Ngày 13/3, đoàn … đã kiểm tra … và làm việc với
        // Ban Thường vụ Tỉnh ủy"; "Chiều cùng ngày, Phó Thủ tướng chủ trì buổi làm việc với Ban Thường vụ
        // Tỉnh ủy …"), or a working session the lead announced in words of its own ("… sau đó làm việc
        // với các xã, phường"; "Chiều cùng ngày, … chủ trì buổi làm việc với Ban Thường vụ Đảng ủy, UBND các xã …").
        const announced = before.out.evidence.start === facts[1]?.evidence.start && WORKING_SESSION.test(m.title) && WORKING_SESSION.test(before.out.title);
        if (sameNamed(m.title, before.out.title) || announced) {
          ownMeeting[i] = last;
          return;
        }
        // "Chiều cùng ngày, đồng chí X chủ trì buổi làm việc với …" after a "hội đàm" in the morning:
        // another meeting, on the day of the one reported before it.
        if (anotherMeeting(m.title, before.out.title, f.sentence.text)) {
          const year = yearOf(before);
          const day: DayMention = { day: before.day, month: before.month!, year, endDay: null, start: 0, end: 0 };
          ownMeeting[i] = meetings.push(newMeeting(m, day, year, province, f.evidence)) - 1;
          return;
        }
      }
      // "Khoảng 13 giờ 30 phút ngày 22/3, … đã xảy ra cháy rừng. … Tối cùng ngày, Ban Chỉ huy … tổ chức
      // cuộc họp khẩn": the first meeting read, told on the last day the sentences before name, even
      // when a dated meeting is told after it.
      // So is a working session after an inspection the lead tells with its day ("Ngày 14/8, đoàn công tác
      // … đã kiểm tra …", then "Sau khi kiểm tra thực tế, đồng chí X chủ trì buổi làm việc …"), when an
      // earlier meeting is told after it ("Trước đó, ngày 11/8, …").
      // After the round, the day of the round ("Chiều 21/4, đoàn … đã kiểm tra …", not the launch "dự kiến … sáng 23/4" told since).
      const afterTheRound = AFTER_THE_ROUND.test(f.sentence.text);
      const laterThatDay = opensAtAnotherTimeOfTheDay(f.tokens) || afterTheRound;
      const dayBefore = () => (afterTheRound && roundDayBefore(facts, i)) || lastDayBefore(facts, i);
      const sameDay = !meetings.length && !m.reported ? (laterThatDay ? dayBefore() : tripDayOf(facts, i) ?? undefined) : undefined;
      if (sameDay) {
        const year = sameDay.year ?? inferYear(sameDay.month, meta.publishedAt);
        ownMeeting[i] = last = meetings.push(newMeeting(m, { ...sameDay, endDay: null }, year, province, f.evidence)) - 1;
        return;
      }
      // "Trước đó, chiều qua, Ban Chỉ đạo … đã họp": a day told from the day of publication, once a
      // dated meeting has been read (before that, the fallback below dates the first one so).
      // So is the day of the occasion the sentence before tells, recalled or an inspection ("Trước đó, chiều
      // 27-2, Thường trực Tỉnh ủy đã nghe báo cáo …. Đồng chí X chủ trì buổi làm việc").
      const relative = meetings.length && !m.reported ? relativeDayOf(f, meta.publishedAt) ?? (before ? daysBeforeOf(f, before) : null) ?? dayToldBefore(text, facts, i) : null;
      if (relative) {
        let idx = meetings.findIndex((b) => sameOccasion(b, relative, m.title) && !anotherMeeting(m.title, b.out.title, f.sentence.text));
        if (idx < 0) idx = meetings.push(newMeeting(m, relative, relative.year ?? inferYear(relative.month, meta.publishedAt), province, f.evidence)) - 1;
        ownMeeting[i] = last = idx;
      }
      return;
    }
    const day = m.day;
    const year = day.year ?? inferYear(day.month, meta.publishedAt);
    // A day the text dates after the report was published is still to come ("Theo thông báo, hội nghị
    // được tổ chức … ngày 16/1/2025", published on 10/1): whatever the sentence's words, no meeting was
    // held then. Only with the year written: a year inferred from the publication could be wrong, and a
    // publication date given loosely must not drop a meeting held.
    if (day.year !== null && meta.publishedAt && isoDay(day.day, day.month, day.year) > meta.publishedAt.slice(0, 10)) {
      toCome = true;
      return;
    }
    // "Chiều 4/12, ngay sau khi kết thúc phiên họp, … chủ trì cuộc họp với …" on the last day of a
    // session held over 3 and 4/12: another meeting, held after that one's end.
    const afterItsEnd = AFTER_THE_END.test(f.sentence.text);
    let idx = meetings.findIndex((b) => sameOccasion(b, day, m.title) && !(afterItsEnd && anotherMeeting(m.title, b.out.title, f.sentence.text)));
    // "Bế mạc kỳ họp chiều 9/4" after "Sáng 8/4, … khai mạc Kỳ họp thứ nhất": the session that opened days before closes.
    if (idx < 0 && CLOSES.test(f.sentence.text)) idx = meetings.findIndex((b) => closesOn(b, day, m.title));
    if (idx >= 0) widen(meetings[idx]!, day, year);
    else idx = meetings.push(newMeeting(m, day, year, province, f.evidence)) - 1;
    if (!m.reported) ownMeeting[i] = idx;
    // "nghe thông báo kết quả Hội nghị toàn quốc tổng kết việc thực hiện Nghị quyết 18 … ngày 1/12": a
    // meeting whose results are told carries out what its title names.
    else for (const c of namedByMeetingTitle(f.tokens, f.citations)) carriesOut(meetings[idx]!, c.key, f.evidence);
    last = idx;
  });
  if (meetings.length || toCome) return { meetings, ownMeeting };
  const i = facts.findIndex((f) => f.meeting && !f.meeting.reported);
  const m = facts[i]?.meeting;
  if (m) {
    // "Chiều cùng ngày, …": the day the last sentence that opened with one gave.
    const sameDay = /(?:^|\s)cùng ngày(?=[\s,])/iu.test(facts[i]!.sentence.text);
    const before = sameDay ? facts.slice(1, i).reverse() : i > 1 ? [facts[i - 1]!] : [];
    // Else the day of the trip the lead tells, when no sentence between names another ("Nhân dịp đón Xuân
    // Bính Ngọ 2026, ngày 3/2, đoàn công tác … đã đến thăm …", then "Sau hơn ba giờ vượt biển, đoàn … làm
    // việc với Đảng ủy, HĐND, UBND đặc khu"); else, the report dating nothing else, the day any such lead
    // opens with ("Ngày 11/6, Đoàn kiểm tra … đã kiểm tra việc lãnh đạo, chỉ đạo thực hiện Chỉ thị …", then
    // "Tiếp và làm việc với đoàn có …").
    const sole = soleLeadDayBefore(facts, i);
    const day =
      relativeDayOf(facts[i]!, meta.publishedAt) ?? before.map(leadDayOf).find((d) => d !== null) ?? tripDayOf(facts, i, sole) ?? (sole && leadDayOf(sole.lead)) ?? timeLineDay(facts);
    const year = day ? day.year ?? inferYear(day.month, meta.publishedAt) : null;
    meetings.push(newMeeting(m, day, year, province, facts[i]!.evidence));
    ownMeeting[i] = 0;
  }
  return { meetings, ownMeeting };
}
