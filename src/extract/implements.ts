/**
 * Which cited documents a meeting implements (ANNOTATION.md): those its title or stated purpose
 * reviews, disseminates or carries out. A citation counts when a verb of implementing
 * ("thực hiện", "triển khai", "quán triệt", "tổng kết", "sơ kết", "đưa … vào cuộc sống") comes
 * before it in a sentence about the meeting itself: the headline, the sentence that reports the
 * meeting, a sentence whose subject is the meeting, its delegates or the body that held it
 * deliberating ("Hội nghị …", "Tại hội nghị, đại biểu …", "Ủy ban Kiểm tra … đã thảo luận, cho ý
 * kiến …"), one that opens with the purpose ("Thực hiện Chỉ thị …, đại hội …") or gives the
 * content ("Một nội dung chính của phiên họp là …"), or an enumeration continuing one ("Thứ hai là
 * …", "Đó là …"). A document the meeting's work follows ("theo Chỉ thị số 45-CT/TW") counts in the
 * sentence that reports the meeting, or where the meeting is said to be held so. Elsewhere, a
 * meeting's title names what it carries out ("Kết luận hội nghị sơ kết … Nghị quyết số 21-NQ/TW, …"),
 * and a speaker presents a document to it ("X trình bày Nghị quyết số 44-NQ/TW …"). A document a
 * speaker mentions, or one in background ("khi thực hiện …", "trong quá trình triển khai …"),
 * is not implemented, nor one the text sets apart as not reviewed there ("Riêng Nghị quyết …,
 * … không sơ kết tại hội nghị này").
 */
import { isPunct, wordsAt, type Token } from "../text/tokens.ts";
import type { Citation } from "./citations.ts";
import { matchPhrase, phraseIndex, type PhraseIndex } from "./lexicon/phrases.ts";
import { MEETING_NOUNS, plannedIn } from "./meetings.ts";

const IMPLEMENTING = phraseIndex([
  "thực hiện", "triển khai", "quán triệt", "tổng kết", "sơ kết", "học tập",
  "cụ thể hóa", "thể chế hóa", "phổ biến", "thi hành", "chương trình hành động", "truyền đạt",
  // "Hội nghị gặp mặt, thông tin thời sự và tuyên truyền Nghị quyết số 43-NQ/TW": disseminating the
  // document itself; not "tuyên truyền đại hội … theo tinh thần Chỉ thị …", a task set by it.
  "tuyên truyền nghị quyết", "tuyên truyền chỉ thị",
  // Presenting its content to the meeting ("Hội nghị báo cáo viên …, giới thiệu nội dung cơ bản của Nghị quyết …").
  "giới thiệu nội dung", "giới thiệu những nội dung",
]);
// The meeting itself as the subject ("Hội nghị đã …", "Đại hội được tổ chức theo …").
const MEETING_AS_SUBJECT = phraseIndex([
  "hội nghị", "buổi làm việc", "cuộc họp", "phiên họp", "kỳ họp", "đại hội", "hội thảo", "tọa đàm", "diễn đàn", "phiên thảo luận", "phiên chất vấn",
  // A ceremony's or a festival's purpose ("Buổi lễ nhằm công bố …, đồng thời nhìn lại kết quả 5 năm thực hiện
  // Nghị quyết …", "Ngày hội được tổ chức nhằm triển khai thực hiện Nghị quyết số 11-NQ/TU").
  "buổi lễ", "ngày hội", "lễ hội",
  // A launch's, a rally's ("Lễ phát động năm nay nhằm tiếp tục cụ thể hóa Chỉ thị số 13-CT/TW …").
  "lễ phát động", "lễ khởi động", "lễ ra quân", "lễ mít tinh", "lễ kỷ niệm",
  // A Party cell's meeting ("Buổi sinh hoạt được tổ chức nhằm thực hiện Chỉ thị …, đồng thời cụ thể hóa Nghị quyết …").
  "buổi sinh hoạt", "buổi họp",
  // The event told as an activity ("Hoạt động nhằm triển khai Kế hoạch …", "Hoạt động này …", "Hoạt động nằm
  // trong chuỗi sự kiện …, nhằm cụ thể hóa Chỉ thị …").
  "hoạt động nhằm", "hoạt động này", "hoạt động được tổ chức", "hoạt động nằm trong",
  // A signing's purpose ("Việc ký kết nhằm triển khai Chỉ thị số 04-CT/TU …").
  "việc ký kết",
]);
// Those at the meeting, or what happened there ("Các đại biểu …", "Tại hội nghị, …").
const AT_MEETING_SUBJECTS = phraseIndex([
  "đại biểu", "các đại biểu", "tại hội nghị", "tại buổi làm việc", "tại cuộc họp", "tại phiên họp", "tại buổi họp", "tại kỳ họp",
  "tại hội thảo", "tại tọa đàm", "tại diễn đàn",
]);
// Views the delegates hold ("Các đại biểu cho rằng, …"): what they think, not what the meeting does.
// Or what they recall ("Các đại biểu nhắc lại, Nghị quyết 26-NQ/TW được ban hành trên cơ sở tổng kết Nghị quyết số 39-NQ/TW").
const HOLDING_A_VIEW = phraseIndex(["cho rằng", "nhắc lại"]);
// The body that holds the meeting deliberating in it ("Ủy ban Kiểm tra Trung ương đã thảo luận, cho ý kiến …").
const DELIBERATING = phraseIndex(["thảo luận", "cho ý kiến", "xem xét", "góp ý", "nghe"]);
const ENUMERATIONS = phraseIndex([
  "thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "nhóm thứ", "đó là",
  "trong đó có", "gồm", "cụ thể", "nội dung thứ",
]);
// Background: the document is the setting of something else, not the meeting's purpose; or the one
// the reviewed document replaced ("Chỉ thị 39 … ban hành thay thế Chỉ thị số 40-CT/TW").
// "Chỉ thị số 18-CT/TW … về tiếp tục đẩy mạnh thực hiện Nghị quyết Trung ương 7 khóa IX …": a
// document the subject of the one before it carries out is part of that one's title; not one the
// meeting reviews too ("… về công tác … và 10 năm thực hiện Chỉ thị số 45-CT/TW").
const IN_SUBJECT_BEFORE = /(?:^|\s)về\s(?:(?!\svà\s)[^,;])*\s(?:thực hiện|triển khai|thi hành)\s*$/u;
// Not the obstacles met in carrying it out ("tháo gỡ khó khăn, vướng mắc trong quá trình triển khai Nghị quyết …"):
// what a meeting for them takes up is that document's carrying out. What a plan builds on is background too
// ("Kế hoạch kế thừa kết quả thực hiện Nghị quyết số 52-NQ/TW … trong giai đoạn trước").
const BACKGROUND_BEFORE = /(?:^|[\s,])(?:khi|(?<!(?:khó khăn|vướng mắc|hạn chế|bất cập|tồn tại)\s)trong quá trình|sau khi|kế thừa)\s[^,;]*$|(?:^|\s)thay thế\s*$/u;
// "… chuẩn bị đại hội theo Chỉ thị số 45-CT/TW", "theo đúng tinh thần Chỉ thị …", "theo đúng quy
// trình của Chỉ thị …": in the meeting's own sentence, the document it follows.
const FOLLOWS_BEFORE = /(?:^|\s)theo(?:\s+đúng)?(?:\s+(?:tinh thần|quy trình|hướng dẫn))?(?:\s+của)?\s*$/u;
// Elsewhere only the holding follows it ("Đại hội được tổ chức theo Chỉ thị …"), not a task the
// meeting sets ("hội nghị xác định trọng tâm là tuyên truyền … theo tinh thần Chỉ thị …").
const HELD_FOLLOWING_BEFORE = /(?:tổ chức|diễn ra|tiến hành)\s+theo(?:\s+đúng)?(?:\s+tinh thần)?(?:\s+của)?\s*$/u;
// A speaker's report quoted in the meeting's sentence ("Tại hội nghị, Chánh Văn phòng Tỉnh ủy X báo cáo,
// … chuẩn bị đại hội theo Chỉ thị số 35-CT/TW bảo đảm tiến độ"): what the report says is done
// "theo" a document is the report's content, not the work of the meeting.
const REPORTED_SPEECH_BEFORE = /(?:^|\s)(?:báo cáo|cho biết|thông tin|thông báo)\s*,/u;
// How far into a sentence a leading adverbial may run before the subject ("Sau đó, hội nghị …").
const LEADING_ADVERBIAL = 12;

/** Token where the subject starts: the first token, or the one after a short leading adverbial. */
function subjectStarts(tokens: readonly Token[]): number[] {
  const starts = [0];
  for (let i = 0; i < Math.min(tokens.length, LEADING_ADVERBIAL); i++) {
    if (tokens[i]!.text === ",") {
      starts.push(i + 1);
      break;
    }
  }
  return starts;
}

/**
 * "reports": the headline or the sentence that reports the meeting; "meeting": the meeting is the
 * sentence's subject; "subject": those at it or what happened there; "enumeration": continues one
 * of these. Documents a verb of implementing introduces count in all; one the meeting's work
 * follows ("theo Chỉ thị …") only where the sentence reports it or says it was held so.
 */
export type SentenceAboutMeeting = "reports" | "meeting" | "subject" | "enumeration" | null;

const PERSON_SUBJECTS = phraseIndex(["đồng chí", "ông", "bà"]);
// A speaker urging something ("đề nghị … gắn với thực hiện Chỉ thị …") is not the meeting's purpose.
const URGING = phraseIndex([
  "đề nghị", "yêu cầu", "nhấn mạnh", "đề xuất", "lưu ý", "mong muốn", "kiến nghị",
]);

/** Index of the first token where one of `phrases` starts, else -1. */
function firstOf(tokens: readonly Token[], phrases: PhraseIndex, from = 0, to = tokens.length): number {
  for (let i = from; i < Math.min(to, tokens.length); i++) if (matchPhrase(tokens, i, phrases)) return i;
  return -1;
}

/** Token where the clause from `from` ends: its ";" or ".", else the sentence's end. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && !isPunct(tokens[end], ";.")) end++;
  return end;
}

/**
 * "Tại hội nghị, đồng chí X đề nghị … thực hiện Chỉ thị …": a person at the meeting urges
 * something, as opposed to "Tại hội nghị, đồng chí X quán triệt Nghị quyết …".
 */
function speakerUrges(tokens: readonly Token[], subject: number | undefined): boolean {
  if (subject === undefined || !matchPhrase(tokens, subject, PERSON_SUBJECTS)) return false;
  const urging = firstOf(tokens, URGING);
  const implementing = firstOf(tokens, IMPLEMENTING);
  return urging >= 0 && (implementing < 0 || urging < implementing);
}

// "Một nội dung chính của phiên họp là …", "Nội dung đầu tiên được hội nghị thảo luận là …", "Một nội
// dung được các đại biểu quan tâm là …": the sentence says what the meeting was for.
const CONTENT_OF_MEETING =
  /^(?:[^,.;]{0,40}\s)?nội dung[^,.;]{0,20}\s(?:của|được) (?:hội nghị|phiên họp|cuộc họp|kỳ họp|buổi làm việc|các đại biểu|đại biểu)(?:\s+(?:thảo luận|cho ý kiến|xem xét|bàn|quan tâm))?\s+là(?=\s)/iu;

const HOLDING = phraseIndex(["tổ chức", "tiến hành"]);

/** Whether the clause from token `from` to the next comma holds a meeting ("… tổ chức đại hội"). */
function holdsMeetingIn(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && !isPunct(tokens[k], ",;"); k++) {
    const verb = matchPhrase(tokens, k, HOLDING);
    if (verb && matchPhrase(tokens, k + verb, MEETING_AS_SUBJECT)) return true;
  }
  return false;
}

// The body in a meeting's title ("Hội nghị lần thứ ba Ban Chấp hành Đảng bộ tỉnh Lâm Đồng").
const BODY_IN_TITLE = /^(?:Hội nghị|Phiên họp|Kỳ họp)(?: (?:lần )?thứ \S+)? ((?:Ban|Thường trực|Ủy ban|Hội đồng) .+)$/u;

/** The body that held the meeting: its organizer, else the body its title names. */
export const holdingBody = (organizer: string | null, title: string): string | null => organizer ?? BODY_IN_TITLE.exec(title)?.[1] ?? null;

// What a meeting signs, adopts or launches, named in its title or the sentence that reports it ("Hội
// nghị ký kết Quy chế phối hợp …", "Lễ ra quân Chiến dịch Thanh niên tình nguyện hè", "Lễ phát động
// phong trào …"), or the draft it comments on ("chủ trì cuộc họp cho ý kiến vào dự thảo Kế hoạch hành
// động …", "hội thảo tham vấn dự thảo Đề án …", "buổi làm việc với … về dự thảo Đề án …": "Kế hoạch được
// xây dựng để thực hiện Nghị quyết …"); the course it opens or closes ("Lễ khai
// giảng lớp bồi dưỡng …": "lớp bồi dưỡng được tổ chức nhằm cụ thể hóa Chỉ thị …").
const LAUNCHED_IN = /(?:(?:ký kết|thông qua|ban hành|triển khai|ra quân|phát động|(?:cho ý kiến|góp ý|tham vấn)(?: vào| về)? dự thảo)\s+(quy chế|chương trình|kế hoạch|đề án|chiến dịch|phong trào)|(?:khai|bế) giảng\s+(lớp|khóa))(?=\s|$)/iu;
// A working session about a draft, which only sentences with "dự thảo" can report.
const WORKED_ON_DRAFT = /làm việc[^.;]{0,120}?\svề dự thảo\s+(quy chế|chương trình|kế hoạch|đề án|chiến dịch|phong trào)(?=\s|$)/iu;

/** The kind of paper, campaign or course the meeting signs, adopts, launches, drafts or opens, lower-case, as `text` names it; else null. */
export const launchedIn = (text: string): string | null => {
  const m = LAUNCHED_IN.exec(text) ?? (text.includes("dự thảo") ? WORKED_ON_DRAFT.exec(text) : null);
  return m ? (m[1] ?? m[2])!.toLowerCase() : null;
};

/** Who and what a sentence about the meeting may have as its subject, besides the meeting. */
export interface MeetingSubjects {
  /** The body that held it ({@link holdingBody}). */
  organizer: string | null;
  /** The paper or campaign it signs, adopts, launches or drafts ({@link launchedIn}). */
  launched: string | null;
}

/**
 * Whether `organizer` (the body that held the meeting) starts at `tokens[at]` and deliberates; named
 * without its place too ("Ban Chấp hành Đảng bộ tỉnh cho ý kiến …" of "… tỉnh Lâm Đồng").
 */
function organizerDeliberates(tokens: readonly Token[], sentence: string, at: number, organizer: string): boolean {
  const start = tokens[at]?.start ?? -1;
  let k = at;
  for (const word of organizer.split(" ")) {
    if (tokens[k]?.text !== word) break;
    k++;
  }
  const named = sentence.slice(start, tokens[k - 1]?.end ?? start);
  if (named !== organizer && !(k - at >= 3 && organizer.startsWith(`${named} `) && !tokens[k]?.cap)) return false;
  if (tokens[k]?.lower === "đã" || tokens[k]?.lower === "cũng") k++;
  return matchPhrase(tokens, k, DELIBERATING) > 0;
}

// "Đại hội đảng bộ các cấp …": the congresses held at every level, not the meeting reported.
const AT_ALL_LEVELS_WINDOW = 4;
const atAllLevels = (tokens: readonly Token[], k: number): boolean => {
  for (let j = k; j < k + AT_ALL_LEVELS_WINDOW; j++) if (wordsAt(tokens, j, ["các", "cấp"])) return true;
  return false;
};

/**
 * Whether the sentence speaks of the meeting (`organizer`: the body that held it, if known) as its
 * subject, or enumerates (continuing one that does).
 */
export function aboutMeeting(tokens: readonly Token[], sentence: string, { organizer, launched }: MeetingSubjects): SentenceAboutMeeting {
  if ((sentence.includes("nội dung") || sentence.includes("Nội dung")) && CONTENT_OF_MEETING.test(sentence)) return "subject";
  const starts = subjectStarts(tokens);
  if (speakerUrges(tokens, starts[1])) return null;
  // "Thực hiện Chỉ thị số 45-CT/TW …, đại hội được tổ chức …": the purpose first, then the meeting;
  // or then the body holding it ("…, Đảng bộ xã Khun Há được chọn tổ chức đại hội điểm").
  if (matchPhrase(tokens, 0, IMPLEMENTING)) {
    const comma = tokens.findIndex((t, k) => t.text === "," && matchPhrase(tokens, k + 1, MEETING_AS_SUBJECT) > 0);
    if (comma >= 0) starts.push(comma + 1);
    else if (tokens.some((t, k) => t.text === "," && holdsMeetingIn(tokens, k + 1))) return "meeting";
  }
  // "Đây là đại hội điểm …, được tổ chức nhằm thực hiện Chỉ thị …", "Đây là một trong ba đại hội điểm
  // …", "Đây là hoạt động cụ thể hóa Nghị quyết …": the meeting just told, named again.
  if (tokens[0]?.lower === "đây" && tokens[1]?.lower === "là") {
    const named = 2 + oneOfLength(tokens, 2);
    if (matchPhrase(tokens, named, MEETING_AS_SUBJECT) || wordsAt(tokens, named, ["hoạt", "động"])) return "meeting";
  }
  for (const s of starts) {
    // "Cũng tại hội nghị, …": "also" before the subject.
    const at = tokens[s]?.lower === "cũng" ? s + 1 : s;
    const meeting = matchPhrase(tokens, at, MEETING_AS_SUBJECT);
    if (meeting && !atAllLevels(tokens, at + meeting)) return "meeting";
    const present = matchPhrase(tokens, at, AT_MEETING_SUBJECTS);
    if (present) return matchPhrase(tokens, at + present, HOLDING_A_VIEW) ? null : "subject";
    if (organizer && organizerDeliberates(tokens, sentence, at, organizer)) return "meeting";
    // "Quy chế được xây dựng nhằm triển khai thực hiện Chỉ thị số 05-CT/TU …" of a meeting that signs
    // it, "Chiến dịch năm nay được tổ chức nhằm …" of one that launches it: what the paper or campaign
    // carries out is what the meeting is for, as drafting a programme is.
    if (launched && wordsFrom(tokens, at, launched)) return "meeting";
  }
  if (starts.some((s) => matchPhrase(tokens, s, ENUMERATIONS))) return "enumeration";
  return null;
}

// "một", "một trong ba", "một trong những", "một trong 124": how one of several is said.
const ONE_OF = ["một", "trong"];
const SEVERAL = new Set(["những", "các", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]);

/** How many tokens from `k` say "one (of several)" before a noun, else 0. */
function oneOfLength(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== "một") return 0;
  if (!wordsFrom(tokens, k, ONE_OF.join(" "))) return 1;
  const several = tokens[k + 2];
  return several && (SEVERAL.has(several.lower) || several.kind === "number") ? 3 : 0;
}

/** Whether the lower-case words of `phrase` stand from `tokens[at]` on. */
const wordsFrom = (tokens: readonly Token[], at: number, phrase: string): boolean => phrase.split(" ").every((w, k) => tokens[at + k]?.lower === w);

// Where "đưa" brings a document: "vào cuộc sống", said also "vào thực tiễn", or to the people.
const INTO_LIFE = ["vào cuộc sống", "vào thực tiễn", "đến gần hơn với", "đến với người dân", "đến với nhân dân"];

/** Offset in the sentence of the first verb of implementing, else -1. */
export function firstImplementingVerb(tokens: readonly Token[], sentence: string): number {
  const intoLife = Math.max(...INTO_LIFE.map((words) => sentence.lastIndexOf(words)));
  for (let i = 0; i < tokens.length; i++) {
    if (matchPhrase(tokens, i, IMPLEMENTING)) return tokens[i]!.start;
    // "đưa Nghị quyết … vào cuộc sống", "… vào thực tiễn", "đưa Chỉ thị … đến gần hơn với người dân"
    if (tokens[i]!.lower === "đưa" && intoLife > tokens[i]!.end) return tokens[i]!.start;
  }
  return -1;
}

// A meeting's title in quotation marks right after its name ("Hội thảo khoa học “Nghị quyết 71-NQ/TW
// với sứ mệnh …”"): the documents it names are what the meeting is about.
const QUOTED_TITLE = /(?:hội thảo|tọa đàm|diễn đàn|hội nghị)(?: khoa học| chuyên đề| quốc gia| quốc tế)?\s*[“"]([^”"]*)[”"]/giu;

/** Whether the citation at `start` stands in a meeting's quoted title. */
function inQuotedTitle(sentence: string, start: number): boolean {
  if (!sentence.includes("“") && !sentence.includes('"')) return false;
  for (const m of sentence.matchAll(QUOTED_TITLE)) {
    const open = m.index + m[0].length - m[1]!.length - 1;
    if (start >= open && start < m.index + m[0].length) return true;
  }
  return false;
}

/**
 * The citations of the sentence that the meeting implements. `verbAt` is the first verb of
 * implementing (-1 when none); `inherited` says an enumeration continues a sentence that had one;
 * `titled`, those a meeting's title in the sentence carries out, which no "khi" sets in the
 * background ("Đó là yêu cầu của đồng chí X khi phát biểu kết luận Hội nghị sơ kết một năm thực
 * hiện Nghị quyết số 57-NQ/TW").
 */
export function implementedIn(sentence: string, citations: readonly Citation[], verbAt: number, inherited: boolean, about: SentenceAboutMeeting, titled: readonly Citation[]): Citation[] {
  const referredBack = verbAt >= 0 ? referredBackAfter(sentence, citations, verbAt) : null;
  return citations.filter((c, i) => {
    if (c === referredBack) return true;
    if (i > 0 && IN_SUBJECT_BEFORE.test(sentence.slice(citations[i - 1]!.end, c.start))) return false;
    const before = sentence.slice(Math.max(0, c.start - 40), c.start);
    const follows = about === "reports" ? FOLLOWS_BEFORE.test(before) : about === "meeting" && HELD_FOLLOWING_BEFORE.test(before);
    if (follows && !REPORTED_SPEECH_BEFORE.test(sentence.slice(0, c.start))) return true;
    if (about === "reports" && inQuotedTitle(sentence, c.start)) return true;
    if (verbAt < 0 && !inherited) return false;
    // "Chỉ thị 04-CT/TU đã được Ban Thường vụ Thành ủy quán triệt tại hội nghị trực tuyến chiều 24-2 …":
    // the document, the subject the meeting's verb is said of.
    if (about === "reports" && verbAt >= 0 && c.start < verbAt && PASSIVE_SUBJECT.test(sentence.slice(c.end, verbAt))) return true;
    if (verbAt >= 0 && c.start < verbAt && !inherited) return false;
    return titled.includes(c) || !BACKGROUND_BEFORE.test(sentence.slice(Math.max(0, c.start - 80), c.start));
  });
}

// What stands between a document and the verb said of it in the passive ("… đã được Ban Thường vụ Thành ủy").
const PASSIVE_SUBJECT = /^\s*(?:(?:đã|vừa|cũng)\s+)?được(?:\s[^,.;]{0,60})?\s*$/u;

// The document's kind written bare after the verb ("… đã tổ chức hội nghị quán triệt, triển khai Chỉ thị
// tới cán bộ chủ chốt"), before a lower-case word other than those that name another one, or a break.
const BARE_KIND_AFTER_VERB = /^[^.;:]{0,60}?\s(Chỉ thị|Nghị quyết)(?=[,.;]|$|\s(?!của\s|số\s)\p{Ll})/u;

/**
 * "Ngay sau khi Chỉ thị 39 được ban hành, ngày 26/12, Ban Thường vụ đã tổ chức hội nghị quán triệt,
 * triển khai Chỉ thị …": the bare kind after the verb refers back to the one document of that kind
 * the sentence cited before it.
 */
function referredBackAfter(sentence: string, citations: readonly Citation[], verbAt: number): Citation | null {
  const bare = BARE_KIND_AFTER_VERB.exec(sentence.slice(verbAt));
  if (!bare) return null;
  const kind = bare[1] === "Chỉ thị" ? "directive" : "resolution";
  const earlier = citations.filter((c) => c.kind === kind && c.start < verbAt);
  return earlier.length === 1 && !citations.some((c) => c.kind === kind && c.start > verbAt) ? earlier[0]! : null;
}

// "… Hội nghị toàn quốc quán triệt, triển khai thực hiện hai nghị quyết này": a count of documents
// of one kind that the text cited before.
const COUNTED_BACK = /(?:^|\s)(hai|ba|bốn|năm)\s+(nghị quyết|chỉ thị)\s+(?:này|nêu trên|trên)(?=[\s,.;]|$)/u;
// Disseminated, they need no "này" ("hội nghị trực tuyến học tập, quán triệt hai nghị quyết đến 65 điểm cầu").
const DISSEMINATED_COUNT = /(?:^|\s)(?:học tập|quán triệt|phổ biến)\s+(hai|ba|bốn|năm)\s+(nghị quyết|chỉ thị)(?=[\s,.;]|$)/u;
const COUNT_WORDS: Readonly<Record<string, number>> = { hai: 2, ba: 3, bốn: 4, năm: 5 };

/** The count and kind of documents a sentence refers back to after its verb ("hai nghị quyết này"), else null. */
export function countedBack(sentence: string, verbAt: number): { kind: "directive" | "resolution"; count: number } | null {
  const after = verbAt >= 0 ? sentence.slice(verbAt) : "";
  const m = verbAt >= 0 ? COUNTED_BACK.exec(after) ?? DISSEMINATED_COUNT.exec(after) : null;
  return m ? { kind: m[2] === "chỉ thị" ? "directive" : "resolution", count: COUNT_WORDS[m[1]!]! } : null;
}

// "Đối với Chỉ thị số 05-CT/TW, hội nghị chưa tiến hành đánh giá", "Riêng Nghị quyết số 08-NQ/TU, …
// không sơ kết tại hội nghị này": a document the meeting's title named is not reviewed there after all.
const NOT_REVIEWED = /(?:^|\s)(?:chưa|không)(?:\s+tiến hành)?\s+(?:đánh giá|sơ kết|tổng kết)(?=[\s,.;]|$)/u;
const SET_APART_BEFORE = /^(?:Đối với|Riêng|Còn)\s*$/u;

/** The citations a sentence sets apart as not reviewed at the meeting. */
export function notReviewedIn(sentence: string, citations: readonly Citation[]): Citation[] {
  if (!NOT_REVIEWED.test(sentence)) return [];
  return citations.filter((c) => SET_APART_BEFORE.test(sentence.slice(0, c.start)));
}

// Before a meeting word, these make it another meeting than the one reported: one to come or
// past, a plenum whose resolution is cited, meetings in general.
const OTHER_MEETING_BEFORE = new Set(["bị", "cho", "tới", "sau", "trước", "quyết", "các", "những", "từng"]);
// How far after the meeting word its verb of implementing may be ("Hội nghị trực tuyến toàn quốc quán triệt …").
const TITLE_VERB_WINDOW = 4;
// How far after that verb the document may be cited ("sơ kết 2 năm thực hiện Nghị quyết …").
const TITLE_CITATION_WINDOW = 12;

/**
 * The citations a meeting's title names in a sentence that is not otherwise about the meeting
 * ("Kết luận hội nghị sơ kết 2 năm thực hiện Nghị quyết số 21-NQ/TW, đồng chí X yêu cầu …",
 * "Phát biểu tại Hội nghị quán triệt Nghị quyết 57, …"): a meeting word, a verb of implementing
 * right after it, then the documents, before the clause ends. Not a meeting said to come.
 */
export function namedByMeetingTitle(tokens: readonly Token[], citations: readonly Citation[]): Citation[] {
  for (let i = 0; i < tokens.length; i++) {
    const noun = matchPhrase(tokens, i, MEETING_NOUNS);
    if (!noun || OTHER_MEETING_BEFORE.has(tokens[i - 1]?.lower ?? "") || plannedIn(tokens, 0, i)) continue;
    let v = i + noun;
    // A title does not go over a comma: "Theo báo cáo tại hội nghị, qua 10 năm thực hiện Chỉ thị 40, …"
    // tells the results of another document than the one the meeting is for; nor over a colon, after
    // which a speaker's words begin ("…, Trưởng Ban Tổ chức Đại hội cho biết: thực hiện Nghị quyết …").
    while (v < i + noun + TITLE_VERB_WINDOW && tokens[v] && !matchPhrase(tokens, v, IMPLEMENTING) && !isPunct(tokens[v], ";.,:")) v++;
    if (!matchPhrase(tokens, v, IMPLEMENTING)) continue;
    // The documents cited from there on, in a row, before a clause break.
    const end = tokens.findIndex((t, k) => k > v && (isPunct(t, ";.") || (isPunct(t, ",") && !citations.some((c) => c.start <= t.start && t.start < c.end))));
    const limit = tokens[Math.min(v + TITLE_CITATION_WINDOW, end < 0 ? tokens.length : end) - 1]?.end ?? 0;
    return citations.filter((c) => c.start > tokens[v]!.start && c.start < limit);
  }
  return [];
}

const REGARDING = ["đối", "với"];
const DRAFTS_PUT = [["dự", "thảo"], ["tờ", "trình"]];
// A speaker presenting a document to the meeting ("PGS.TS X trình bày Nghị quyết số 44-NQ/TW …").
// Or reporting on it ("X báo cáo sơ kết một năm thực hiện Nghị quyết số 57-NQ/TW").
const PRESENTING = phraseIndex(["trình bày", "giới thiệu", "truyền đạt", "quán triệt", "phổ biến", "báo cáo"]);

/**
 * The citations a speaker presents to the meeting, written right after the verb, and those joined
 * to them ("… Nghị quyết số 43-NQ/TW về … và Nghị quyết số 45-NQ/TW"): the meeting disseminates
 * them. Not what a speaker urges others to disseminate ("đề nghị các cấp ủy quán triệt …").
 */
export function presentedIn(tokens: readonly Token[], citations: readonly Citation[]): Citation[] {
  // "Đối với dự thảo chương trình hành động thực hiện Nghị quyết số 72-NQ/TW …, ông X thông tin: …": the
  // draft the meeting goes on to.
  if (wordsAt(tokens, 0, REGARDING) && DRAFTS_PUT.some((w) => wordsAt(tokens, REGARDING.length, w))) return draftFor(tokens, citations, REGARDING.length);
  const urging = firstOf(tokens, URGING);
  for (let i = 0; i < tokens.length; i++) {
    // "Việc phổ biến Nghị quyết … được xác định là nội dung trọng tâm": the work named, nobody presenting.
    const verb = wordsAt(tokens, i - 1, ["việc"]) || wordsAt(tokens, i - 2, ["công", "tác"]) ? 0 : matchPhrase(tokens, i, PRESENTING);
    // "Theo kế hoạch, ngày 10-11, Đảng ủy xã sẽ tổ chức hội nghị quán triệt Nghị quyết …": another meeting, to come.
    const next = verb && (urging < 0 || urging > i) && !plannedIn(tokens, 0, i) ? tokens[i + verb] : undefined;
    // "Theo báo cáo, Đề án là …": the report cited, not a paper presented.
    if (!next || isPunct(next, ",")) continue;
    const first = citations.findIndex((c) => c.start === next.start);
    if (first < 0) {
      const drafted = draftFor(tokens, citations, i + verb);
      if (drafted.length) return drafted;
      continue;
    }
    const joined = (c: Citation) => tokens.some((t, k) => t.lower === "và" && tokens[k + 1]?.start === c.start);
    const presented = [citations[first]!, ...citations.slice(first + 1).filter(joined)];
    if (i === 0 && actsInTheSpiritOf(tokens, presented.at(-1)!)) return [];
    return presented;
  }
  return [];
}

// Whom a sentence opening with the verb goes on to ("Quán triệt Nghị quyết số 36-NQ/TW …, tỉnh luôn xác
// định …"): the province or a body acting in the document's spirit, no speaker presenting it.
const ACTING_BODIES = new Set(["tỉnh", "thành", "huyện", "xã", "phường", "đảng", "ngành", "chúng", "toàn", "các"]);

/**
 * Whether the clause after the citations a sentence opens with has a body, not a speaker presenting,
 * for its subject; or a speaker urging in the document's spirit ("Quán triệt Nghị quyết số 71-NQ/TW …,
 * đồng chí yêu cầu các sở, ngành …").
 */
function actsInTheSpiritOf(tokens: readonly Token[], last: Citation): boolean {
  const comma = tokens.findIndex((t) => t.start >= last.end && isPunct(t, ","));
  if (comma < 0) return false;
  const speaker = wordsAt(tokens, comma + 1, ["đồng", "chí"]) ? 2 : 0;
  return (!speaker && ACTING_BODIES.has(tokens[comma + 1]?.lower ?? "")) || (speaker > 0 && matchPhrase(tokens, comma + 1 + speaker, URGING) > 0);
}

// A draft presented to the meeting ("trình bày tờ trình về kế hoạch …", "giới thiệu dự thảo chương trình …"),
// or a review ("báo cáo sơ kết một năm thực hiện …").
const DRAFTS = phraseIndex(["tờ trình", "dự thảo", "kế hoạch", "chương trình", "đề án", "sơ kết", "tổng kết"]);
// How far after the verb the draft may be named.
const DRAFT_WINDOW = 4;
// The presenter's words start there ("Trình bày tờ trình, Bộ trưởng X cho biết dự án luật … nhằm thể
// chế hóa Nghị quyết …"), or the report's findings ("Báo cáo tổng kết do X trình bày cho thấy, …"):
// what the draft or report is said to do or find, not the draft itself.
const SAYING = phraseIndex(["cho biết", "cho thấy", "nêu rõ", "nhấn mạnh", "khẳng định"]);

/**
 * "Trình bày tóm tắt dự thảo, X cho biết: Dự thảo được xây dựng nhằm cụ thể hóa Nghị quyết số 68-NQ/TW …;
 * Chỉ thị số 08-CT/TU …": the presenter saying what the draft itself carries out, from token `k` after the
 * verb of saying; its documents to the sentence's end. Not what the presenter says of something else.
 */
function saidOfTheDraft(tokens: readonly Token[], citations: readonly Citation[], k: number): Citation[] {
  const subject = isPunct(tokens[k], ":,") ? k + 1 : k;
  if (!matchPhrase(tokens, subject, DRAFTS)) return [];
  const verb = firstOf(tokens, IMPLEMENTING, subject, clauseEnd(tokens, subject));
  return verb < 0 ? [] : citations.filter((c) => c.start > tokens[verb]!.start);
}

/**
 * "X trình bày tờ trình về kế hoạch tổ chức đại hội … thực hiện Chỉ thị số 45-CT/TW": the documents
 * a draft presented from token `k` carries out, in its clause (ANNOTATION.md: drafting the programme
 * for a document implements it).
 */
function draftFor(tokens: readonly Token[], citations: readonly Citation[], k: number): Citation[] {
  const draft = firstOf(tokens, DRAFTS, k, k + DRAFT_WINDOW);
  if (draft < 0) return [];
  const clause = clauseEnd(tokens, draft);
  const saying = firstOf(tokens, SAYING, draft, clause);
  const end = saying < 0 ? clause : saying;
  const verb = firstOf(tokens, IMPLEMENTING, draft, end);
  const said = saying < 0 ? 0 : matchPhrase(tokens, saying, SAYING);
  if (verb < 0) return said ? saidOfTheDraft(tokens, citations, end + said) : [];
  const from = tokens[verb]!.start;
  const to = tokens[end - 1]!.end;
  return citations.filter((c) => c.start > from && c.start < to);
}