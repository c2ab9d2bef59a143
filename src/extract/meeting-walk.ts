/**
 * The walk through a document's sentences in order: which meeting each speaks of (its own, the one
 * being reported, one recalled aside, or none), what that meeting carries out, and whom it places
 * as chair or attendee.
 */
import { nameKey } from "../text/fold.ts";
import { isPunct, type Token } from "../text/tokens.ts";
import { AT_THE_MEETING, electedIn, rolesIn, speechStart, thoseElectedAct, type Role } from "./chairing.ts";
import { matchPhrase } from "./lexicon/phrases.ts";
import { aboutMeeting, countedBack, firstImplementingVerb, holdingBody, implementedIn, launchedIn, namedByMeetingTitle, notReviewedIn, presentedIn } from "./implements.ts";
import type { DayMention } from "./dates.ts";
import { carriesOut, heldBefore, leadDayOf, sameOccasion, type HeldMeetings, type MeetingBuild } from "./held-meetings.ts";
import { atOccasionBefore, goesToAPlace, meetingDaysIn, meetingHead, meetingHeadsIn, meetingHeadsOf, opensInTheEveryday, opensLaterThatDay, opensAside, opensReportersRound, paysACall, pointsBackToMeeting, reportsVisit, tellsEarlierOccasion, tellsYearBehind } from "./meetings.ts";
import type { PersonMention } from "./people.ts";
import type { Persons } from "./persons.ts";
import { lineBreakBefore, type SentenceFacts } from "./sentence-facts.ts";
import type { Evidence } from "./types.ts";

// A sentence naming nobody that says those just named chaired ("Ba đồng chí đồng chủ trì đại hội"), or
// the presidium just listed ("Các đồng chí trong Đoàn Chủ tịch chủ trì, điều hành đại hội"). Not "Các
// đồng chí chủ trì hội nghị", which a photo's caption says of whom it shows.
const CHAIRED_BY_THOSE_LISTED = /^(?:(?:Hai|Ba|Bốn|Năm) đồng chí(?: trên| nêu trên)?|(?:Các đồng chí trong )?Đoàn Chủ tịch(?: đại hội)?(?: đã)?) (?:cùng |đồng )?chủ trì(?![\p{L}])/u;
// How a sentence of running text ends; an intertitle has none of these.
const CLOSING_MARK = /[.!?…:;"”)]$/u;
// A list's item: a dash or bullet, or a number ("3. Báo cáo sơ kết …", which the sentence
// splitter leaves before the sentence).
const BULLET = /^[-+•*]\s/u;
const NUMBERED_ITEM_BEFORE = /(?:^|\n)\s*\d{1,2}[.)]\s*$/u;
const ITEM_NUMBER = /^\d{1,2}[.)]$/u;
const isListItem = (text: string, f: SentenceFacts): boolean =>
  BULLET.test(f.sentence.text) || NUMBERED_ITEM_BEFORE.test(text.slice(Math.max(0, f.sentence.start - 8), f.sentence.start));
// A heading announcing those present: "Thành phần tham dự:", "Dự hội nghị có:", "Đại biểu dự gồm:".
// Or those who speak there ("Tại hội nghị, các đại biểu đã trình bày tham luận:"), or come up to be
// honoured there ("Trong số các cá nhân lên nhận Bằng khen tại hội nghị có:").
const ATTENDANCE_HEADING = /(?:thành phần|tham dự|(?:^|\s)dự\s|tham luận|nhận (?:Bằng khen|Giấy khen|Huy hiệu)[^:]{0,40}tại)[^:]{0,60}:$/iu;
// A heading over what speakers said there, one per line ("Ý kiến của một số sở, ngành tại phiên họp:", "Tại
// hội nghị, các đại biểu tập trung thảo luận …:", "Các đại biểu … đề xuất giải pháp:"), each line "Đồng chí X -
// Giám đốc Sở …: …".
const SPEAKERS_HEADING = /(?:ý kiến|thảo luận|phát biểu|đề xuất)[^:]{0,80}:$/iu;
// Those at the meeting as the heading's subject ("Các đại biểu tập trung phân tích nguyên nhân và đề xuất giải pháp:").
const DELEGATES = /^(?:các|nhiều) đại biểu\s/iu;
// A heading block's line of those present, written on one line ("Thành phần: Đồng chí A, …; …").
const INLINE_ATTENDANCE = /^thành phần(?: tham dự)?\s*:\s*\S/iu;
// A heading announcing those who chair ("Chủ trì hội nghị có các đồng chí:", "Đồng chủ trì:").
const CHAIR_HEADING = /^(?:đồng\s+)?chủ\s+trì[^:]{0,60}:$/iu;

// An inspection of how documents are carried out ("đã kiểm tra việc thực hiện Chỉ thị …", "giám sát việc triển khai …",
// "kiểm tra việc lãnh đạo, chỉ đạo thực hiện …", "… việc lãnh đạo, triển khai thực hiện …", "kiểm tra công tác phòng
// cháy, chữa cháy rừng và tình hình thực hiện Chỉ thị …"), or held for it ("Đợt kiểm tra nhằm đánh giá kết quả thực
// hiện Chỉ thị …", "Đợt kiểm tra được tiến hành theo Kế hoạch của UBND tỉnh thực hiện Chỉ thị …").
const INSPECTING = /(?:kiểm tra|giám sát)(?: việc| tình hình| kết quả| [^.;]{1,80}? và (?:việc|tình hình|kết quả))?(?: lãnh đạo(?:,? (?:chỉ đạo|triển khai))*)? (?:thực hiện|triển khai)(?=\s)|^(?:Đợt|Chuyến|Cuộc) (?:kiểm tra|giám sát)[^.;]{0,40}?\s(?:nhằm|để|nằm trong|theo)(?=\s)/iu;

// A paragraph's opening that says the meeting discusses ("Thảo luận tại buổi làm việc, các đại biểu …").
const DISCUSSION = /thảo luận|ý kiến|tham luận/iu;

/** Whether the sentence opens with the view of the person it names first ("Theo đồng chí X, Giám đốc Sở …, …"). */
const opensWithViewOf = (tokens: readonly Token[], mentions: readonly PersonMention[]): boolean =>
  tokens[0]?.lower === "theo" && mentions[0] !== undefined && mentions[0].start <= VIEW_OF_REACH && isPunct(tokens[mentions[0].end], ",");
// How far into the sentence its first person may stand after "Theo" ("Theo đồng chí Phó Chủ tịch X").
const VIEW_OF_REACH = 4;

/**
 * Whether sentence `f` sets what follows at the meeting: opening there ("Tại hội nghị, đại diện các chi
 * bộ nêu khó khăn."), or naming nobody and saying it is there ("Nhiều ý kiến được nêu thẳng thắn tại
 * buổi làm việc.").
 */
// The words those phrases open with, looked for first: most sentences have none.
const AT_THE_MEETING_WORDS = /(?:tại|bên lề|trong chương trình) /iu;
const opensAtTheMeeting = (f: SentenceFacts): boolean =>
  matchPhrase(f.tokens, 0, AT_THE_MEETING) > 0 || (!f.mentions.length && AT_THE_MEETING_WORDS.test(f.sentence.text) && f.tokens.some((_, k) => matchPhrase(f.tokens, k, AT_THE_MEETING) > 0));

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


/**
 * Whether sentence `f` names `reported` by its head and the word after it where `aside` goes by other
 * words ("hội nghị trực tuyến" of "Hội nghị trực tuyến toàn quốc …" beside "hội nghị tổng kết …").
 */
function namesByOwnWords(f: SentenceFacts, reported: MeetingBuild, aside: MeetingBuild): boolean {
  const own = (title: string | null | undefined): string => {
    const head = meetingHead(title ?? "");
    const next = (title ?? "").slice(head.length).trim().split(/[\s,]/u)[0];
    return next ? `${head} ${next}`.toLowerCase() : "";
  };
  const words = own(reported.out.title);
  return words !== "" && words !== own(aside.out.title) && f.sentence.text.toLowerCase().includes(words);
}

/** The mentions from token `k` on, their spans counted from `k` (for the tokens sliced there). */
const mentionsFrom = (mentions: readonly PersonMention[], k: number): PersonMention[] =>
  mentions.filter((m) => m.start >= k).map((m) => ({ ...m, start: m.start - k, end: m.end - k }));

/** Which meeting a sentence speaks of. */
interface Floor {
  /** The meeting's index in the builds, or -1: the sentence speaks of no meeting of this document. */
  target: number;
  /** The meeting the sentence reports as held there, or -1. */
  own: number;
  /** The sentence's own meeting does not take the floor: recalled aside, or held before the one reported. */
  keptAside: boolean;
  /** The meeting that had the floor before this sentence. */
  before: number;
}

// The reported meeting's closing words ("Phát biểu kết luận, …", "Kết luận buổi làm việc, …"): the
// report of that meeting is told to its end.
const CONCLUDING = /^(?:Phát biểu |Ý kiến )?[Kk]ết luận(?: (?:hội nghị|buổi làm việc|cuộc họp|phiên họp|kỳ họp))?,/u;

// A meeting's title that says it reviews or disseminates without saying what.
// An inspection spoken of as a whole ("Đợt kiểm tra nằm trong kế hoạch …"), as INSPECTING's second form reads it.
const WHOLE_INSPECTION = /^(?:Đợt|Chuyến|Cuộc) /u;
// Or the team as the sentence's subject ("Đoàn kiểm tra kết quả một năm vận hành … và việc thực hiện Chỉ thị …").
const THE_TEAM_CHECKS = /^Đoàn (?:kiểm tra|giám sát) /u;
// An inspection or supervision team the report leads with ("Đoàn kiểm tra số 4 của Ban Thường vụ Tỉnh
// ủy …"), and that team or its subject named again ("… cùng đoàn kiểm tra đã làm việc với …", "các thành
// viên đoàn tiếp tục làm việc tại …", "về nội dung trên", "về cùng nội dung"); not a team named by its
// number, which in a roundup is another team.
const INSPECTION_TEAM = /Đoàn (?:kiểm tra|giám sát)/u;
const THE_TEAM_AGAIN = /(?<!\p{L})(?:đoàn (?:kiểm tra|giám sát)(?! số)|(?:thành viên )?đoàn tiếp tục làm việc|về (?:các )?nội dung (?:nêu )?trên|(?:về|với) cùng nội dung)(?!\p{L})/u;
// Preparing a review: its draft report, or the review itself ("phục vụ việc tổng kết").
// Or its draft programmes ("… đã họp, cho ý kiến lần cuối vào hai dự thảo chương trình hành động trước khi trình Ban Chấp hành").
const PREPARES_THE_REVIEW = /(?:dự thảo báo cáo |phục vụ (?:việc |công tác )?|chuẩn bị (?:cho )?(?:việc )?)(?:sơ kết|tổng kết)(?=[\s,.;]|$)|(?:cho ý kiến|góp ý)(?: lần cuối)? (?:vào|đối với) (?:(?:hai|ba|các) )?dự thảo chương trình hành động(?=[\s,.;]|$)/u;
const BARE_REVIEW = /^(?:Hội nghị|Buổi) (?:sơ kết|tổng kết|quán triệt|triển khai)$/u;

// A conference held above the province, whose bridges a province's leaders chair only locally.
const HELD_ABOVE = /Trung ương|Chính phủ|Bộ Chính trị|Ban Bí thư|toàn quốc|Quốc hội|Thủ tướng/u;

/** The sentence whose persons are being placed. */
interface Placing {
  index: number;
  evidence: Evidence;
  /** It is an item of a list of those present. */
  listedPresent: boolean;
  /** It is an item of a list of those who chair ("Chủ trì hội nghị có các đồng chí:"). */
  listedChair: boolean;
}

class MeetingWalk {
  private readonly firstHeld: number;
  private readonly firstReported: number;
  private active: number;
  /** Before the first meeting is reported: the sentences read speak of another occasion. */
  private elsewhere = false;
  /** That other occasion is an earlier one the paragraph tells, not a meeting: it ends with the paragraph. */
  private earlierParagraph = false;
  /** A meeting recalled aside that the sentences right after it still speak of, or -1. */
  private aside = -1;
  /** That meeting was set apart by the text ("Trước đó, …"), not only held before the reported one. */
  private setApart = false;
  /** The reported meetings whose closing words were told, before any meeting was recalled aside. */
  private readonly concluded = new Set<number>();
  /** The meeting recalled aside opened its paragraph ("Trước đó, sáng 10/11, …" after a line break). */
  private asideOpensParagraph = false;
  /** The last sentence about the meeting opened a list ("… các nội dung:"). */
  private listOpen = false;
  /** Inside a list of those present ("Thành phần tham dự:" and its items). */
  private presentList = false;
  /** Inside a list of those who chair ("Chủ trì hội nghị có các đồng chí:" and its items). */
  private chairList = false;
  private previousCarriesVerb = false;
  /** The paragraph opened at the meeting ("Tại hội nghị, đại diện các chi bộ nêu khó khăn."). */
  private paragraphAtMeeting = false;
  /** That paragraph opened as its discussion ("Thảo luận tại hội nghị, nhiều ý kiến …"). */
  private paragraphDiscusses = false;
  private readonly roleOf = new Map<MeetingBuild, Map<string, { role: Role; evidence: Evidence }>>();
  /** Those each meeting elected, by person key. */
  private readonly electedAt = new Map<MeetingBuild, Set<string>>();
  // What each meeting signs, adopts, launches or drafts, read once from its title or reporting sentence.
  private readonly launchedBy = new Map<MeetingBuild, string | null>();

  constructor(
    private readonly text: string,
    private readonly facts: readonly SentenceFacts[],
    private readonly meetings: MeetingBuild[],
    private readonly ownMeeting: readonly number[],
    private readonly persons: Persons,
  ) {
    this.firstHeld = ownMeeting.find((x) => x >= 0) ?? -1;
    this.firstReported = ownMeeting.findIndex((x) => x >= 0);
    this.active = this.firstHeld;
  }

  run(): void {
    this.facts.forEach((f, i) => {
      if (i > 0 && this.lineBreakBefore(i)) this.paragraphAtMeeting = this.paragraphDiscusses = false;
      if (opensAtTheMeeting(f)) {
        this.paragraphAtMeeting = true;
        this.paragraphDiscusses = DISCUSSION.test(f.sentence.text);
      }
      const floor = this.floorOf(f, i);
      const { listedPresent, listedChair } = this.followPresentList(f);
      const meeting = this.meetings[floor.target];
      if (!meeting) return;
      if (floor.target === this.active && this.aside < 0 && CONCLUDING.test(f.sentence.text)) this.concluded.add(this.active);
      // An intertitle heads what follows it: a roundup's item ("Phường Long Châu quán triệt Nghị quyết số
      // 66-NQ/TW …" over "Ngày 21/11, Đảng ủy phường … tổ chức hội nghị …") is the next meeting's.
      const headed = this.intertitleOf(i);
      this.carryOut(f, i, headed ?? meeting, floor.own);
      if (i > 0 && f.mentions.length) {
        this.placeIn(f, { index: i, evidence: f.evidence, listedPresent, listedChair }, meeting, floor);
        if (!f.inQuote) this.noteElected(f, i, meeting);
      } else if (i > 0 && CHAIRED_BY_THOSE_LISTED.test(f.sentence.text) && !this.lineBreakBefore(i)) this.chairsListedBefore(i, meeting, f.evidence);
      else if (i > 0 && thoseElectedAct(f.tokens, f.sentence.text)) this.placeElected(meeting, f.evidence);
    });
    this.reviewingWhatTheHeadlineNames();
    this.sessionsOfTheInspection();
    this.otherSessionsOfTheTeam();
    this.sessionsPreparingTheReview();
    this.writeRoles();
  }

  /**
   * "Các xã … sơ kết 3 năm thực hiện Chỉ thị số 12-CT/TU", then "Ngày 14/8, Đảng ủy xã Yang Tao tổ
   * chức hội nghị sơ kết": a review that names nothing reviews what the headline names.
   */
  private reviewingWhatTheHeadlineNames(): void {
    const headline = this.meetings[this.firstHeld]?.out.implementations.filter((x) => x.evidence.start === 0) ?? [];
    if (!headline.length) return;
    for (const b of this.meetings) {
      if (b.out.implements.length || !BARE_REVIEW.test(b.out.title ?? "")) continue;
      for (const x of headline) carriesOut(b, x.key, x.evidence);
    }
  }

  /**
   * "Từ ngày 10 đến 13/11, Đoàn kiểm tra … đã kiểm tra việc thực hiện Chỉ thị số 12-CT/TW …", then
   * "Sáng 10/11, đoàn làm việc với Bệnh viện …": an inspection told with its days is what its working
   * sessions on those days are held for; so is a later one a roundup tells ("Chiều 11/7, Đoàn kiểm tra
   * số 7 đã kiểm tra việc thực hiện Chỉ thị … tại Đảng bộ phường Mũi Né. Đồng chí X chủ trì buổi kiểm tra.").
   */
  private sessionsOfTheInspection(): void {
    let span: DayMention | undefined;
    for (let i = 1; i < this.facts.length; i++) {
      const f = this.facts[i]!;
      const checks = f.sentence.text.includes("kiểm tra") || f.sentence.text.includes("giám sát") ? INSPECTING.exec(f.sentence.text) : null;
      // The days the sentence gives; before any meeting is reported, else those of the last sentence that
      // gave some ("Ngày 18/11, Đoàn kiểm tra … đã kiểm tra …. Đợt kiểm tra nằm trong kế hoạch kiểm tra việc
      // thực hiện Chỉ thị …"). Read only where they matter: most sentences inspect nothing.
      const before = i < this.firstReported;
      if (!checks && !before) continue;
      const days = meetingDaysIn(f.sentence.text, f.citations)[0];
      span = before ? days ?? span : days;
      if (!checks) continue;
      const checked = f.citations.filter((c) => c.key && c.start > checks.index);
      if (!checked.length) continue;
      if (!span) {
        // The inspection spoken of as a whole ("Đợt kiểm tra nằm trong kế hoạch triển khai Chỉ thị …") after
        // the lead told it with its session ("… đã kiểm tra …, sau đó làm việc với Đảng ủy, UBND xã"): that session's.
        const lead = this.meetings[this.firstHeld];
        if (lead && (WHOLE_INSPECTION.test(checks[0]) || THE_TEAM_CHECKS.test(f.sentence.text))) for (const c of checked) carriesOut(lead, c.key!, f.evidence);
        continue;
      }
      for (const b of this.meetings) {
        if (b.month !== span.month || b.day === null || b.day < span.day || b.day > (span.endDay ?? span.day)) continue;
        for (const c of checked) carriesOut(b, c.key!, f.evidence);
      }
    }
  }

  /**
   * "Trước đó, ngày 16/3, đồng chí X cùng đoàn kiểm tra đã làm việc với Đảng ủy xã Tân Sơn về nội dung
   * trên": another session of the inspection team the report leads with, held for what it checks. The
   * team may lead in the sentence of that session or in one before it ("Ngày 16/6, Đoàn kiểm tra … đã
   * kiểm tra việc …", then "Tại buổi làm việc do đồng chí X chủ trì, …").
   */
  private otherSessionsOfTheTeam(): void {
    const leadAt = this.ownMeeting.indexOf(this.firstHeld);
    if (leadAt < 0 || !this.facts.slice(0, leadAt + 1).some((f) => INSPECTION_TEAM.test(f.sentence.text))) return;
    // The team's own working session, not a meeting some of it sat in on ("… đã dự hội nghị nhân dân thôn …").
    this.carryOutWhatTheLeadDoes((b, f) => b.out.title.startsWith("Buổi làm việc") && THE_TEAM_AGAIN.test(f.sentence.text));
  }

  /**
   * "Trước đó, ngày 9-9, Thường trực Tỉnh ủy đã họp … để cho ý kiến vào dự thảo báo cáo sơ kết", "Để phục vụ
   * việc tổng kết nghị quyết, trước đó, ngày 28/11, … đã tổ chức tọa đàm …": a session held to prepare the
   * review the report leads with, citing nothing itself, is held for what that review carries out; so is one
   * that goes over the lead's draft programmes ("… cho ý kiến lần cuối vào hai dự thảo chương trình hành động").
   */
  private sessionsPreparingTheReview(): void {
    this.carryOutWhatTheLeadDoes((_, f) => !f.citations.length && PREPARES_THE_REVIEW.test(f.sentence.text));
  }

  /**
   * Gives each other meeting that carries out nothing yet, at the first of its sentences that `heldFor`
   * accepts, what the meeting the report leads with carries out.
   */
  private carryOutWhatTheLeadDoes(heldFor: (b: MeetingBuild, f: SentenceFacts) => boolean): void {
    const lead = this.meetings[this.firstHeld];
    if (!lead?.out.implements.length) return;
    this.ownMeeting.forEach((o, i) => {
      const b = this.meetings[o];
      const f = this.facts[i]!;
      if (!b || o === this.firstHeld || b.out.implements.length || !heldFor(b, f)) return;
      for (const x of lead.out.implementations) carriesOut(b, x.key, f.evidence);
    });
  }

  /**
   * Each sentence speaks of its own meeting, else of the last one reported before it (or the
   * first); a meeting recalled aside ("Trước đó, …"), or one held before the meeting being
   * reported (the central plenum it disseminates), is not the one later sentences speak of. Before
   * the first meeting is reported, a sentence opening with a day none was held on, reporting a
   * visit ("đoàn … đến thăm, chúc Tết …") or opening a feature's story in the everyday ("Những ngày
   * này, …"), is another occasion: it and those after it place nobody.
   */
  private floorOf(f: SentenceFacts, i: number): Floor {
    const own = this.ownMeeting[i]!;
    // An earlier meeting keeps the floor when it comes back after a later one was reported
    // ("Tại buổi làm việc … ngày 2/12, …" after a week's roundup), not when first recalled.
    const recalled = (o: number) => this.active >= 0 && this.ownMeeting.indexOf(o) === i && heldBefore(this.meetings[o]!, this.meetings[this.active]!);
    const keptAside = own >= 0 && (f.meeting!.aside || recalled(own));
    const before = this.active;
    if (own >= 0 && !keptAside) this.active = own;
    // Such a meeting is the one the sentences right after it speak of when they name it and the
    // reported meeting goes by another name ("Trước đó, chiều 12/3, Ban Thường vụ đã họp …. Tại
    // cuộc họp, …" in a report of a working session; a plenum's results told at a press conference),
    // or, when the text set it apart ("Trước đó, …"), when they go on in its paragraph without naming
    // the reported one ("Trước đó, chiều 17/8, đoàn đã làm việc với Đảng ủy Công an tỉnh. Thiếu tướng
    // X báo cáo …"). A plenum merely held before the meeting that disseminates it does not keep them.
    // A meeting recalled in a paragraph of its own that opens with its day ("Ngày 14/1, tại đảo
    // Trường Sa, Đoàn công tác đã làm việc với …") is set apart as "Trước đó, …" sets one apart.
    if (own >= 0) {
      this.aside = keptAside ? own : -1;
      // So is one told right after the sentence that goes back to its day ("Trước đó, chiều 27-2, …. Đồng chí X chủ trì buổi làm việc").
      const toldAside = f.meeting!.aside || (!this.lineBreakBefore(i) && opensAside(this.facts[i - 1]!.tokens));
      this.setApart = keptAside && (toldAside || (this.lineBreakBefore(i) && leadDayOf(f) !== null));
      this.asideOpensParagraph = keptAside && this.lineBreakBefore(i);
    } else if (this.aside >= 0 && !this.staysAside(f, i)) this.aside = -1;
    if (i > 0 && i < this.firstReported) {
      const lead = leadDayOf(f);
      // An inspection whose day is the meeting's is the round before it, on which those who go along
      // go on to the meeting ("Ngày 14/8, Đoàn kiểm tra … đã kiểm tra thực tế …. Cùng đi có …", then the
      // working session that afternoon); a call on people is another occasion.
      const sameDay = lead !== null && this.meetings.some((b) => sameOccasion(b, lead));
      if ((lead && !sameDay) || (sameDay ? paysACall(f.tokens) : reportsVisit(f.tokens)) || opensInTheEveryday(f.tokens)) this.elsewhere = true;
    } else if (own < 0 && !f.meeting && opensLaterThatDay(f.tokens) && (reportsVisit(f.tokens) || goesToAPlace(f.tokens))) {
      // After it, a later occasion of the day that is a visit ("Chiều cùng ngày, đồng chí X đã đến
      // thăm, trao Huy hiệu Đảng …", "Ngay sau hội nghị, đoàn … đã đến xã Mường Khương kiểm tra …") is
      // another occasion too, until a meeting is reported again; not a visit that is the meeting told
      // again ("Chiều cùng ngày, … đã thăm, chúc Tết và làm việc với …").
      this.elsewhere = true;
    } else if (this.active >= 0 && (f.meeting ? own < 0 && atOccasionBefore(f.tokens, false) : tellsEarlierOccasion(f.tokens) || opensReportersRound(f.tokens))) {
      // So is an earlier occasion that is no meeting ("Trước khi vào hội nghị, chiều 16/10, đoàn đã
      // đi khảo sát …. Cùng đi có đồng chí X"), or the reporter's own round ("Ghi nhận tại chợ Vinh, …"),
      // for the rest of its paragraph; and a meeting given no day, back then ("Tại Hội nghị toàn quốc
      // quán triệt Nghị quyết số 66-NQ/TW … hồi tháng 5, Tổng Bí thư …").
      this.elsewhere = true;
      this.earlierParagraph = true;
    } else if (this.earlierParagraph && this.lineBreakBefore(i)) {
      this.elsewhere = this.earlierParagraph = false;
    }
    // A sentence naming the reported meeting is back at it ("Báo cáo tại buổi làm việc, ông X …" after
    // "Buổi sáng cùng ngày, đoàn đã khảo sát thực tế tại …").
    else if (this.elsewhere && !this.earlierParagraph && this.active >= 0 && meetingHeadsIn(f.tokens, f.sentence.text).includes(meetingHead(this.meetings[this.active]!.out.title ?? ""))) {
      this.elsewhere = false;
    }
    if (own >= 0) this.elsewhere = this.earlierParagraph = false;
    const target = i === 0 ? this.firstHeld : own >= 0 ? own : this.aside >= 0 ? this.aside : this.elsewhere ? -1 : this.active;
    return { target, own, keptAside, before };
  }

  /**
   * A heading announcing those present ("Thành phần tham dự:", "Dự hội nghị có:") or those who chair
   * ("Chủ trì hội nghị có các đồng chí:") opens a list whose items ("- Đồng chí X, …;") place their
   * persons so; any other sentence closes it ("Vắng mặt: …"). Says whether `f` is such an item, or a
   * heading block's line of those present.
   */
  private followPresentList(f: SentenceFacts): { listedPresent: boolean; listedChair: boolean } {
    // Its items are bulleted or numbered, or lines of their own that open with a person ("Đồng chí
    // X - Phó Bí thư …", one per line).
    const itemShaped = isListItem(this.text, f) || (this.text[f.sentence.start - 1] === "\n" && f.mentions[0]?.start === 0);
    const item = (this.presentList || this.chairList) && itemShaped;
    const chairItem = this.chairList && item;
    const heading = f.sentence.text.endsWith(":");
    this.chairList = chairItem || (heading && CHAIR_HEADING.test(f.sentence.text));
    this.presentList =
      (item && !chairItem) ||
      (heading && !this.chairList && (ATTENDANCE_HEADING.test(f.sentence.text) || (SPEAKERS_HEADING.test(f.sentence.text) && (opensAtTheMeeting(f) || DELEGATES.test(f.sentence.text)))));
    return { listedPresent: item || INLINE_ATTENDANCE.test(f.sentence.text), listedChair: chairItem };
  }

  /** Whether sentence `f` still speaks of the meeting recalled aside. */
  private staysAside(f: SentenceFacts, i: number): boolean {
    const aside = this.meetings[this.aside]!;
    const reported = this.meetings[this.active];
    if (namesAside(f, aside, reported)) return true;
    // "Ngày 14/5, Ban Thường vụ đã họp …. Tại phiên họp này, …": the meeting the sentence before told.
    if (pointsBackToMeeting(f.tokens)) return true;
    if (!this.setApart) return false;
    // Naming the reported meeting brings it back, unless the aside is named alike: then "hội nghị"
    // right after "Trước đó, ngày 6/11, … đã tổ chức hội nghị …" is the one just told.
    const reportedHead = meetingHead(reported?.out.title ?? "");
    const namesReported = meetingHeadsIn(f.tokens, f.sentence.text).includes(reportedHead) && !meetingHeadsOf(aside.out.title ?? "").includes(reportedHead);
    if (namesReported) return false;
    if (!this.lineBreakBefore(i)) return true;
    // Recalled in a paragraph of its own after the reported meeting was told to its closing words, the
    // earlier one is what the paragraphs after it tell ("Trước đó, sáng 10/11, …" then who reported
    // there and its conclusion); not a sentence that names the reported one by its own words ("Phát
    // biểu sau hội nghị trực tuyến, …") or has one who chaired it speak ("X phát biểu kết luận hội nghị").
    return this.asideOpensParagraph && this.concluded.has(this.active) && !namesByOwnWords(f, reported!, aside) && !this.placesChairOf(f, i, reported!);
  }

  /**
   * What `meeting` carries out by sentence `f`: the headline, the reporting sentence, a sentence
   * about the meeting, or an item of a list one of them opens ("… cho ý kiến vào các nội dung:"
   * then "- Báo cáo sơ kết …").
   */
  private launched(meeting: MeetingBuild): string | null {
    let kind = this.launchedBy.get(meeting);
    if (kind === undefined) this.launchedBy.set(meeting, (kind = launchedIn(meeting.out.title) ?? launchedIn(meeting.out.evidence.sentence)));
    return kind;
  }

  private carryOut(f: SentenceFacts, i: number, meeting: MeetingBuild, own: number): void {
    // An item's number standing alone ("1.") neither opens nor closes a list.
    if (ITEM_NUMBER.test(f.sentence.text)) return;
    const item = this.listOpen && isListItem(this.text, f);
    const about = i === 0 || own >= 0 ? "reports" : aboutMeeting(f.tokens, f.sentence.text, { organizer: holdingBody(meeting.out.organizer ?? null, meeting.out.title), launched: this.launched(meeting) }) ?? (item ? "enumeration" : null);
    // A sentence of an item's own paragraph ("1. Dự thảo Đề án …. Tại Hội nghị, X trình bày …") keeps
    // the list open for the next item.
    this.listOpen = (about !== null && (f.sentence.text.endsWith(":") || item)) || (this.listOpen && !this.lineBreakBefore(i));
    const verbAt = about ? firstImplementingVerb(f.tokens, f.sentence.text) : -1;
    const inherited = about === "enumeration" && this.previousCarriesVerb;
    this.previousCarriesVerb = about !== null && (verbAt >= 0 || inherited);
    // "… quán triệt, triển khai thực hiện hai nghị quyết này": the last documents of that kind cited before.
    const counted = about && !f.citations.length ? countedBack(f.sentence.text, verbAt) : null;
    if (counted) for (const key of this.citedBefore(i, counted.kind).slice(-counted.count)) carriesOut(meeting, key, f.evidence);
    if (!f.citations.length) return;
    // A sentence going back to an earlier time ("Trước đó, Đảng ủy đã tổ chức quán triệt Nghị quyết
    // 57 …") or telling the year behind ("Trong năm, Đảng ủy đã tổ chức học tập, quán triệt …") names
    // what other occasions disseminated, unless it speaks of the meeting itself.
    const titled = namedByMeetingTitle(f.tokens, f.citations);
    const implemented = about
      ? implementedIn(f.sentence.text, f.citations, verbAt, inherited, about, titled)
      : tellsEarlierOccasion(f.tokens) || tellsYearBehind(f.tokens) ? [] : [...titled, ...presentedIn(f.tokens, f.citations)];
    for (const c of implemented) carriesOut(meeting, c.key, f.evidence);
    const setApart = new Set(notReviewedIn(f.sentence.text, f.citations).map((c) => c.key!));
    if (setApart.size) {
      meeting.out.implements = meeting.out.implements.filter((k) => !setApart.has(k));
      meeting.out.implementations = meeting.out.implementations.filter((x) => !setApart.has(x.key));
    }
  }

  /** The keys of the documents of `kind` the sentences before `i` cite, each once, in the order first cited. */
  private citedBefore(i: number, kind: "directive" | "resolution"): string[] {
    const keys = this.facts.slice(0, i).flatMap((f) => f.citations.filter((c) => c.kind === kind && c.key).map((c) => c.key!));
    return [...new Set(keys)];
  }

  /**
   * Whom sentence `f` places at `meeting`. A meeting told in a speaker's words at the one reported
   * ("Thông tin tại buổi họp báo, đồng chí X cho biết, ngày 8/12, Ban Chấp hành đã tổ chức Hội nghị
   * … dưới sự chủ trì của đồng chí Y"): the speaker is at the one reported; those in the words are
   * the told meeting's.
   */
  private placeIn(f: SentenceFacts, from: Placing, meeting: MeetingBuild, floor: Floor): void {
    // A speaker's words that go on past a sentence ("… nhấn mạnh: “…. Đồng chí X đã chỉ ra …”") place
    // nobody they name; after the closing mark ("…”, đồng chí Y nói") the sentence is the report's again.
    // A quotation's speaker named after it, in a paragraph opened at the meeting ("Tại hội nghị, đại diện
    // các chi bộ nêu khó khăn. “…”, ông X, Bí thư Chi bộ thôn, nói."), spoke there.
    const opensWithQuote = !f.inQuote && f.tokens[0]?.text === '"';
    if (f.inQuote || (opensWithQuote && this.paragraphAtMeeting)) {
      const closed = f.tokens.findIndex((t, k) => t.text === '"' && (f.inQuote || k > 0));
      if (closed < 0) return;
      const speaker = this.paragraphAtMeeting ? { ...from, listedPresent: true } : from;
      return this.place(meeting, f.tokens.slice(closed + 1), mentionsFrom(f.mentions, closed + 1), floor.own >= 0, speaker);
    }
    const reported = floor.keptAside ? this.meetings[floor.before] : undefined;
    const told = reported ? toldFrom(f) : -1;
    if (told < 0) return this.place(meeting, f.tokens, f.mentions, floor.own >= 0, from);
    this.place(reported!, f.tokens.slice(0, told), f.mentions.filter((m) => m.end <= told), false, from);
    this.place(meeting, f.tokens.slice(told), mentionsFrom(f.mentions, told), true, from);
  }

  /** Whether sentence `i` names one who chairs `meeting`. */
  private placesChairOf(f: SentenceFacts, i: number, meeting: MeetingBuild): boolean {
    const roles = this.roleOf.get(meeting);
    return f.mentions.some((m) => roles?.get(this.persons.of(m, i)?.key ?? "")?.role === "chair");
  }

  /** The roles given at `meeting` so far, by person key. */
  private rolesAt(meeting: MeetingBuild): Map<string, { role: Role; evidence: Evidence }> {
    const byName = this.roleOf.get(meeting) ?? new Map<string, { role: Role; evidence: Evidence }>();
    this.roleOf.set(meeting, byName);
    return byName;
  }

  /** The meeting sentence `i` heads when it is an intertitle (a line of its own with no closing mark) over a paragraph reporting another meeting. */
  private intertitleOf(i: number): MeetingBuild | undefined {
    const next = this.ownMeeting[i + 1] ?? -1;
    if (i === 0 || next < 0 || next === this.ownMeeting[i] || !this.lineBreakBefore(i) || !this.lineBreakBefore(i + 1)) return undefined;
    return CLOSING_MARK.test(this.facts[i]!.sentence.text) ? undefined : this.meetings[next];
  }

  /** Whether a line ends between sentence `i` and the one before it. */
  private lineBreakBefore(i: number): boolean {
    return lineBreakBefore(this.text, this.facts, i);
  }

  /**
   * "Đoàn Chủ tịch đại hội gồm 3 đồng chí: A, …; B, …; C, …. Ba đồng chí đồng chủ trì đại hội.": the
   * persons the sentence before named chair the meeting.
   */
  private chairsListedBefore(i: number, meeting: MeetingBuild, evidence: Evidence): void {
    const byName = this.rolesAt(meeting);
    for (const m of this.facts[i - 1]!.mentions) {
      const person = this.persons.of(m, i - 1);
      if (person) byName.set(person.key, { role: "chair", evidence });
    }
  }

  /** Notes whom sentence `i` says `meeting` elects, for a later sentence that has them act there. */
  private noteElected(f: SentenceFacts, i: number, meeting: MeetingBuild): void {
    const elected = this.electedAt.get(meeting) ?? new Set<string>();
    for (const idx of electedIn(f.tokens, f.mentions)) {
      const person = this.persons.of(f.mentions[idx]!, i);
      if (person) elected.add(person.key);
    }
    if (elected.size) this.electedAt.set(meeting, elected);
  }

  /** "Các đồng chí vừa được bầu đã thực hiện nghi thức tuyên thệ": those `meeting` elected are there. */
  private placeElected(meeting: MeetingBuild, evidence: Evidence): void {
    const byName = this.rolesAt(meeting);
    for (const key of this.electedAt.get(meeting) ?? []) if (!byName.has(key)) byName.set(key, { role: "attendee", evidence });
  }

  /** Records the roles `tokens` give at meeting `at`: a chair outranks an attendee of the same person. */
  private place(at: MeetingBuild, tokens: readonly Token[], mentions: readonly PersonMention[], reportsOwn: boolean, from: Placing): void {
    const byName = this.rolesAt(at);
    // In a paragraph opened at the meeting, one who speaks ("Bà X, Tổ trưởng Tổ dân phố số 5 kể: …") speaks
    // there; in one opened as its discussion, so does one whose view the sentence opens with ("Theo đồng chí
    // X, Giám đốc Sở …, khó khăn lớn nhất …"), cited elsewhere but heard here; not figures cited in a
    // report's paragraph ("Theo ông X, Cục trưởng Cục Thống kê tỉnh, số liệu … cho thấy …").
    const viewThere = this.paragraphDiscusses && opensWithViewOf(tokens, mentions);
    const heard = viewThere ? mentions.map((m, k) => (k === 0 ? { ...m, quoted: false } : m)) : mentions;
    const spokeThere = this.paragraphAtMeeting && (viewThere || speechStart(tokens, mentions) < tokens.length);
    rolesIn(tokens, heard, reportsOwn, from.listedPresent || spokeThere, HELD_ABOVE.test(`${at.out.organizer ?? ""} ${at.out.title ?? ""}`)).forEach((role, idx) => {
      const person = this.persons.of(mentions[idx]!, from.index);
      if (!person) return;
      const known = byName.get(person.key);
      const given = from.listedChair ? "chair" : role;
      if (!known || (known.role === "attendee" && given === "chair")) byName.set(person.key, { role: given, evidence: from.evidence });
    });
  }

  private writeRoles(): void {
    for (const b of this.meetings) {
      for (const [key, { role, evidence }] of this.roleOf.get(b) ?? []) {
        const name = this.persons.byKey.get(key)!.name;
        if (role === "chair") {
          b.out.chairedBy.push(name);
          b.out.chairs.push({ name, evidence });
        } else {
          b.out.attendedBy.push(name);
          b.out.attendees.push({ name, evidence });
        }
      }
    }
  }
}

/** Walks `facts` in order, filling in what the `held` meetings carry out and whom they place. */
export function followMeetings(text: string, facts: readonly SentenceFacts[], held: HeldMeetings, persons: Persons): void {
  new MeetingWalk(text, facts, held.meetings, held.ownMeeting, persons).run();
}
