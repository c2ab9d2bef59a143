/**
 * Meetings a sentence reports as held: a meeting word ("Hội nghị", "cuộc họp", "buổi làm
 * việc", "Đại hội"), verb ("họp", "làm việc với", "tiếp xúc cử tri") or activity held ("tổ chức
 * học tập, quán triệt …") with a verb of holding, and the day it is given. A meeting said to be planned ("sẽ tổ chức", "dự kiến", "theo kế hoạch") before it and
 * its day are written is none; a day inside
 * a citation ("Nghị quyết số 27 ngày 9-11-2022"), a paper's date ("Quyết định ngày 5/8") or a
 * deadline ("trước ngày 30/6") is not a meeting's day.
 */
import type { Sentence } from "../text/sentences.ts";
import { isPunct, tokenize, wordsAt, type Token } from "../text/tokens.ts";
import { findCitations, smallNumber, type Citation } from "./citations.ts";
import { findDays, type DayMention } from "./dates.ts";
import { matchPhrase, phraseIndex, wordSet } from "./lexicon/phrases.ts";

export interface MeetingMention {
  title: string;
  day: DayMention | null;
  organizer: string | null;
  /** Object of "kết quả", "thông báo": reported, not the occasion the sentence describes. */
  reported: boolean;
  /**
   * An earlier meeting recalled in passing ("Trước đó, ngày 20/11, Ban Thường vụ đã họp …"): the
   * sentences after it still speak of the meeting the article reports.
   */
  aside: boolean;
}

interface Noun {
  token: number;
  /** Offset in the sentence. */
  at: number;
  /** "Cuộc họp" / "Buổi làm việc" when the meeting is a verb ("đã họp"). */
  verbal: string | null;
  reported: boolean;
  /** "Tại hội nghị," with nothing after it: the meeting already being reported, named again. */
  generic: boolean;
}

/** The words of a meeting ("Hội nghị", "buổi làm việc", "Lễ trao …"): what a sentence reports as held, or a title starts with. */
export const MEETING_NOUNS = phraseIndex([
  "hội nghị", "cuộc họp", "phiên họp", "kỳ họp", "buổi họp", "buổi làm việc",
  "đại hội", "hội thảo", "tọa đàm", "diễn đàn", "phiên bế mạc", "phiên khai mạc", "phiên chất vấn", "phiên thảo luận",
  // A council's accountability hearing ("Thường trực HĐND tỉnh tổ chức phiên giải trình về …").
  "phiên giải trình",
  // The standing committee's regular briefing with the government's party cell ("buổi giao ban").
  "buổi giao ban", "cuộc giao ban",
  // National Assembly deputies meeting voters ("buổi tiếp xúc cử tri").
  "buổi tiếp xúc", "cuộc tiếp xúc",
  // A council's supervision session at an agency ("Thường trực HĐND tỉnh tổ chức buổi giám sát chuyên đề …"), and an
  // inspection team's session with a committee ("Đồng chí X chủ trì buổi kiểm tra", "Kết luận buổi kiểm tra, …").
  "buổi giám sát", "buổi kiểm tra",
  // Ceremonies held by a party committee or government ("Lễ trao Huy hiệu Đảng", "Lễ công bố quyết định").
  "buổi lễ", "lễ trao", "lễ công bố", "lễ kỷ niệm", "lễ mít tinh", "lễ đón nhận",
  "lễ tuyên dương", "lễ ra mắt", "lễ ký kết", "lễ khai mạc", "lễ bế mạc", "lễ tôn vinh", "lễ vinh danh", "lễ biểu dương",
  // A prize's closing ceremony ("Lễ tổng kết và trao Giải báo chí …").
  "lễ tổng kết", "lễ sơ kết",
  // A work begun or opened ("Lễ khởi công Dự án …", "Lễ khánh thành, đưa vào sử dụng cầu …").
  "lễ khởi công", "lễ động thổ", "lễ khánh thành", "lễ thông xe", "lễ gắn biển", "lễ bàn giao",
  // A campaign launched ("Lễ ra quân Chiến dịch Thanh niên tình nguyện hè", "Lễ phát động Tháng hành động vì
  // trẻ em"); incense offered and remains buried ("lễ dâng hương", "Lễ an táng hài cốt liệt sĩ").
  "lễ ra quân", "lễ phát động", "lễ dâng hương", "lễ an táng", "lễ tiếp nhận",
  // A campaign started ("Lễ khởi động Chiến dịch vận động hiến máu tình nguyện Hành trình Đỏ"); a commune's
  // blood donation day ("Ngày hội hiến máu tình nguyện \"Giọt máu nghĩa tình\"").
  "lễ khởi động", "ngày hội hiến máu",
  // A delegation sent off or welcomed back ("lễ đón Đoàn công tác số 2 trở về", "lễ tiễn đoàn").
  "lễ đón", "lễ tiễn", "lễ xuất quân",
  // The Front's Great Unity Day in a residential area ("dự Ngày hội Đại đoàn kết toàn dân tộc tại buôn …").
  "ngày hội đại đoàn kết",
  // A college's graduation ("Lễ tốt nghiệp và trao bằng tốt nghiệp"); a job fair ("Ngày hội việc làm đầu
  // Xuân", "phiên giao dịch việc làm"); a dialogue between a company and its workers ("buổi đối thoại"), or
  // a secretary's with young people ("tổ chức chương trình đối thoại giữa Bí thư Đảng ủy phường với đoàn viên").
  "lễ tốt nghiệp", "lễ trao bằng", "ngày hội việc làm", "phiên giao dịch việc làm", "buổi đối thoại", "cuộc đối thoại", "chương trình đối thoại",
  // Recruits handed over to the army ("lễ giao nhận quân"); a defence exercise opened ("khai mạc cuộc diễn tập").
  "lễ giao nhận quân", "lễ giao quân", "cuộc diễn tập",
  // A startup and innovation festival opened ("khai mạc Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh …"); new
  // Party members admitted ("tổ chức Lễ kết nạp đảng viên mới cho 3 quần chúng ưu tú").
  "ngày hội khởi nghiệp", "lễ kết nạp",
  // A gathering to honour veterans or mothers ("buổi gặp mặt, tri ân …").
  "buổi gặp mặt", "cuộc gặp mặt", "buổi gặp gỡ", "chương trình gặp mặt",
  // An exchange between two provinces' people ("Chương trình giao lưu hữu nghị kỷ niệm 10 năm …").
  "chương trình giao lưu", "buổi giao lưu",
  // A Party cell's regular or themed meeting ("tổ chức sinh hoạt chi bộ thường kỳ tháng 3").
  "sinh hoạt chi bộ", "buổi sinh hoạt", "sinh hoạt chuyên đề",
  // The opening and closing of a political course the Party's school holds.
  "lễ khai giảng", "lễ bế giảng",
  // The rites for a late leader the Party committee holds ("Lễ truy điệu và Lễ đưa tang đồng chí X").
  "lễ truy điệu", "lễ tưởng niệm", "lễ viếng",
  // Talks between the leaders of two provinces or countries; a leader receiving a delegation or an
  // ambassador ("chủ trì buổi tiếp đoàn Ban Trị sự …").
  "buổi hội đàm", "cuộc hội đàm", "hội đàm", "buổi tiếp", "buổi tiếp xã giao",
]);
// A meeting word after these names something else: a place ("Trung tâm Hội nghị"), a document
// ("Nghị quyết Hội nghị …"), a body ("Ban Chỉ đạo Đại hội"), a future meeting ("chuẩn bị cho Đại hội").
const NOT_THIS_MEETING_AFTER = [
  "trung tâm", "hội trường", "nghị quyết", "chuẩn bị", "chuẩn bị cho", "tiến tới", "trình",
  "nhân sự", "văn kiện", "nhiệm kỳ", "phục vụ", "tiểu ban", "kết luận", "sau", "trước",
  // "Ngay sau khi bế mạc đại hội, chiều 8/8, Ban Chấp hành … tiến hành Hội nghị lần thứ nhất".
  "khi bế mạc", "khi kết thúc", "sau khi",
  // What is being prepared for ("chuẩn bị chu đáo các điều kiện cho lễ khai giảng năm học mới vào ngày 5/9").
  "cho",
].map((s) => s.split(" "));
// Many meetings told at once ("Trong tuần từ ngày 11 đến 15/5, … đã tổ chức nhiều hội nghị, buổi làm
// việc"): a roundup's lead, not one meeting held over those days.
const MANY = ["nhiều", "hàng loạt", "một số", "các", "những"].map((s) => s.split(" "));
// So are congresses "at all levels" ("đại hội đảng bộ các cấp", "Đại hội Hội Nông dân các cấp"): a
// season of congresses, not one held. Not a conference of cadres at all levels ("Hội nghị cán bộ các cấp").
const ALL_LEVELS = ["các", "cấp"];
const ALL_LEVELS_BODY_WORDS = 3;
const atAllLevels = (tokens: readonly Token[], k: number): boolean => {
  for (let j = k; j <= k + ALL_LEVELS_BODY_WORDS && tokens[j]?.kind === "word"; j++) if (wordsAt(tokens, j, ALL_LEVELS)) return true;
  return false;
};
// So are the congresses many bodies held, counted ("toàn bộ 124 đảng bộ xã, phường đã tổ chức xong đại
// hội"); each holds its own, where a conference may be held by several together ("Cụm thi đua số 1 gồm
// 6 xã … tổ chức hội nghị giao ban").
const HOLDERS = new Set(["đảng", "chi", "xã", "phường", "cơ", "đơn", "địa"]);
const ALL_OF = [["toàn", "bộ"], ["tất", "cả"]];
/** Whether `tokens[k]` counts bodies ("124 đảng bộ", "toàn bộ 124 xã", "tất cả chi bộ"). */
const countedHoldersAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k]!;
  let at: number;
  if (t.kind === "number" && Number(t.text) > 1) at = k + 1;
  else if (ALL_OF.some((w) => wordsAt(tokens, k, w))) at = k + 2;
  else return false;
  if (tokens[at]?.kind === "number") at++;
  return HOLDERS.has(tokens[at]?.lower ?? "");
};
const heldByMany = (tokens: readonly Token[], i: number): boolean => {
  const verbEnd = i - (tokens[i - 1]?.lower === "xong" ? 1 : 0);
  if (!endsBefore(tokens, verbEnd, ["tổ", "chức"])) return false;
  for (let k = 0; k < verbEnd - 2; k++) if (countedHoldersAt(tokens, k)) return true;
  return false;
};
/** Whether the congress at `tokens[i]` (its noun `noun` tokens long) is many told at once. */
const manyCongresses = (tokens: readonly Token[], i: number, noun: number): boolean =>
  wordsAt(tokens, i, CONGRESS) && (atAllLevels(tokens, i + noun) || heldByMany(tokens, i));
const CONGRESS = ["đại", "hội"];
// Or counted ("toàn tỉnh đã tổ chức hơn 2.100 hội nghị lấy ý kiến"); not a day's or a number's figure
// ("ngày 12/11 hội nghị …", "Kỳ họp thứ 10").
const NOT_A_COUNT_AFTER = new Set(["/", "-", ".", "ngày", "tháng", "năm", "sáng", "chiều", "tối", "lúc", "giờ", "khóa", "lần", "thứ", "số"]);
const countedBefore = (tokens: readonly Token[], i: number): boolean => {
  if (tokens[i - 1]?.kind !== "number") return false;
  // "2.100": the thousands' dot splits the figure into tokens.
  let k = i - 1;
  while (tokens[k - 1]?.text === "." && tokens[k - 2]?.kind === "number") k -= 2;
  return (k < i - 1 || Number(tokens[k]!.text) > 1) && !NOT_A_COUNT_AFTER.has(tokens[k - 1]?.lower ?? "");
};
const REPORTED_AFTER = [["kết", "quả"], ["thông", "báo"], ["nghe"]];
const GOING_ON = ["tiếp", "tục", "chương", "trình"];
// Receiving a visitor ("đã tiếp xã giao bà Anneke de Vries, Đại sứ …", "Bí thư Tỉnh ủy tiếp đoàn …").
const RECEIVING = [["tiếp", "xã", "giao"], ["tiếp", "đoàn"]];
const HELD_VERBS: ReadonlyArray<readonly string[]> = [
  ["tổ", "chức"], ["diễn", "ra"], ["khai", "mạc"], ["bế", "mạc"], ["họp"], ["mở"], ["tiến", "hành"], ["làm", "việc"], ...RECEIVING, GOING_ON,
  ["chủ", "trì"], ["dự"], ["tham", "dự"], ["triệu", "tập"], ["kết", "thúc"], ["nhóm", "họp"], ["công", "bố"],
  ["giao", "ban"], ["tiếp", "xúc", "cử", "tri"], ["khai", "giảng"],
];
const NOT_HELD_AFTER_DU = new Set(["kiến", "thảo", "án", "báo", "toán", "định", "trữ", "phòng", "khuyết", "bị"]);
const PLANNED = new Set(["sẽ", "sắp"]);
const AGREED_TO_HOLD = ["nhất", "tổ", "chức"];
// "… yêu cầu các đơn vị tổ chức Lễ khai giảng ngày 5/9", "giao Sở Công Thương chủ trì cuộc họp với các nhà
// máy vào ngày 5/11": asked or assigned to hold it, "yêu cầu" or "giao" in the clause and "tổ chức" or
// "chủ trì" right before the meeting's word.
const HOLDING_IT: ReadonlyArray<readonly string[]> = [["tổ", "chức"], ["chủ", "trì"]];
/**
 * Whether `tokens[i]` asks ("yêu cầu") or assigns ("giao" a body: "giao Sở …", "giao các sở"; not "giao
 * thông", nor the place "Giao Thủy" mid-sentence).
 */
const asksAt = (tokens: readonly Token[], i: number): boolean =>
  wordsAt(tokens, i, ["yêu", "cầu"]) ||
  ((tokens[i]?.text === "giao" || (i === 0 && tokens[i]?.text === "Giao")) && (tokens[i + 1]?.cap === true || tokens[i + 1]?.lower === "các" || tokens[i + 1]?.lower === "cho"));

/** Whether the clause from `from` asks for the meeting whose word is at `noun` to be held. */
function askedToHold(tokens: readonly Token[], from: number, noun: number): boolean {
  if (!HOLDING_IT.some((w) => wordsAt(tokens, noun - 2, w))) return false;
  for (let i = from; i < noun - 2; i++) if (asksAt(tokens, i)) return true;
  return false;
}
// "sắp xếp" (to arrange) is not "sắp" (about to).
const NOT_PLANNED_AFTER_SAP = new Set(["xếp"]);
// A day that is a deadline ("hoàn thành trước ngày 30/6", "chậm nhất ngày 15/7"), not a meeting's day.
// "đến ngày 10/8, 100% đảng bộ đã tổ chức đại hội": as of a day, not on it.
// Also with a time of the day ("đến sáng 12/10 mới cấp nước trở lại").
const DEADLINE_BEFORE = /(?:^|\s)(?:trước|chậm nhất|hạn|hạn chót|đến)\s*(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s*)?$/u;
// A paper's date ("Quyết định ngày 05/8/2025 của Ban Thường vụ", "Tờ trình số 12 ngày 3/6"), not a meeting's day.
// So is any paper's, named by its number and code ("thực hiện Công điện số 160/CĐ-TTg ngày 7/10/2026 của
// Thủ tướng …").
const PAPER_DATE_BEFORE =
  /(?:(?:Quyết định|Kế hoạch|Thông báo|Công văn|Công điện|Tờ trình|Đề án|Hướng dẫn|Quy định|Báo cáo|Kết luận|Nghị định|Thông tư)(?:\s+số\s+[\p{L}\p{N}\/.-]+)?|(?:^|\s)số\s+\d+\/[\p{L}\p{N}.-]+),?\s+ngày\s*$/u;
// The day a person died ("người đã từ trần ngày 2/7/2023"), remembered at the meeting.
const LIFE_EVENT_BEFORE = /(?<!\p{L})(?:từ trần|qua đời|tạ thế|hy sinh)\s*(?:vào\s*)?(?:ngày\s*)?$/u;
// A document's issue date ("ban hành ngày 5/8").
const ISSUED_BEFORE = /ban hành\s*(?:ngày\s*)?$/u;
// When a web page's report was brought up to date or posted ("Cập nhật chiều 15/9: … đã diễn ra vào sáng 12/9",
// a portal's "Cập nhật: 12/07/2025 10:20", "Ngày đăng: …").
const UPDATED_BEFORE = /(?:^|\s)(?:cập nhật|ngày đăng|đăng lúc|đăng ngày)\s*:?\s*(?:lúc\s*)?(?:\d{1,2}\s*(?:giờ|h|:)\s*\d{0,2}\s*)?(?:,\s*)?(?:sáng|chiều|tối|trưa)?\s*(?:ngày\s*)?$/iu;
// Election day ("khi ngày bầu cử 15/3 chỉ còn hơn một tuần").
const ELECTION_DAY_BEFORE = /(?:^|\s)bầu cử\s*(?:vào\s*)?(?:ngày\s*)?$/iu;
// An observance's day in parentheses after its name ("nhân kỷ niệm Ngày Doanh nhân Việt Nam (13/10)"); not
// a weekday's ("sáng thứ Tư (12/11)"). Or right after a name that ends capitalized ("tôn vinh 30 doanh nhân
// nhân Ngày Doanh nhân Việt Nam 13/10"), with no time of day between ("Ngày Sách … Việt Nam sáng 18/4").
const OBSERVANCE_DAY_BEFORE = /(?:^|\s)Ngày\s+\p{Lu}(?:[^(),.;]{0,40}\(\s*|(?:(?!\s(?:sáng|chiều|tối|trưa|vào|ngày|tại|lúc)\s)[^(),.;\d]){0,40}\s\p{Lu}\p{Ll}*\s)$/u;
// A day that ends a place's name ("Nhà văn hóa Trung tâm 19/5", "Quảng trường 10/3", "đường 3/2").
const PLACE_NAMED_BEFORE = /(?:^|\s)(?:Trung tâm|Hội trường|Quảng trường|Nhà văn hóa|Sân vận động|Công viên|Nhà thi đấu|Cung văn hóa|đường)(?:\s+\p{Lu}\p{Ll}*)*\s+$/u;
/** What, written right before a day, makes it some other day than a meeting's. */
const NOT_A_MEETING_DAY_BEFORE = [ISSUED_BEFORE, DEADLINE_BEFORE, PAPER_DATE_BEFORE, LIFE_EVENT_BEFORE, UPDATED_BEFORE, ELECTION_DAY_BEFORE, OBSERVANCE_DAY_BEFORE, PLACE_NAMED_BEFORE];
const TITLE_STOP = new Set(["do", "dưới", "được", "đã", "đang", "vừa", "diễn", "tại", "nhằm", "để", "vào", "theo", "sáng", "chiều", "tối", "trưa", "ngày", "đồng", "cho", "nghe", "là", "có", "và"]);
const MAX_TITLE_TOKENS = 28;
const CITED_KIND = new Set(["chỉ thị", "nghị quyết", "kết luận", "quyết định"]);

const endsBefore = (tokens: readonly Token[], i: number, words: readonly string[]): boolean =>
  words.every((w, k) => tokens[i - words.length + k]?.lower === w);

/**
 * "Thường trực Tỉnh ủy giao ban với …": the verb of a briefing. Lower-case "ban" only: "giao Ban
 * Tổ chức …" assigns a task to a commission.
 */
const isBriefingVerb = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]!.lower === "giao" && tokens[i + 1]?.text === "ban" && !["buổi", "cuộc", "nghị"].includes(tokens[i - 1]?.lower ?? "");

// Deputies meeting voters, written as a verb ("Đoàn ĐBQH tổ chức tiếp xúc cử tri …", "Tổ đại biểu … đã tiếp xúc cử tri").
const MEETING_VOTERS = ["tiếp", "xúc", "cử", "tri"];
// A visitor received (RECEIVING), not welcomed ("đón tiếp đoàn") nor named as the noun ("buổi tiếp"): the
// reception is the meeting.
const RECEIVES = (tokens: readonly Token[], i: number): boolean =>
  RECEIVING.some((w) => wordsAt(tokens, i, w)) && tokens[i - 1]?.lower !== "đón" && tokens[i - 1]?.lower !== "buổi";
// A gathering held ("Ban Thường vụ Tỉnh ủy tổ chức gặp mặt chức sắc …"), or a dialogue with the people
// ("Đảng ủy, UBND xã Cổ Lễ tổ chức đối thoại với các hộ gia đình …"): its name, from its verb.
const HOLDS_A_GATHERING = (tokens: readonly Token[], i: number): string | null => {
  if (!endsBefore(tokens, i, ["tổ", "chức"])) return null;
  if (wordsAt(tokens, i, ["gặp", "mặt"]) || wordsAt(tokens, i, ["gặp", "gỡ"])) return "Buổi gặp mặt";
  return wordsAt(tokens, i, ["đối", "thoại"]) ? "Buổi đối thoại" : null;
};
// A festival opened ("tổ chức khai mạc Ngày hội Văn hóa, Thể thao các dân tộc xã …"): its opening
// ceremony is the meeting; not a meeting opened ("tổ chức khai mạc Kỳ họp thứ 34"), named after it.
// So is a fair or an exhibition opened by the body that holds it ("UBND tỉnh Đắk Lắk khai mạc Hội chợ OCOP …",
// "Bảo tàng tỉnh đã khai mạc trưng bày chuyên đề …").
const OPENS_AN_EVENT = (tokens: readonly Token[], i: number): boolean =>
  wordsAt(tokens, i, ["khai", "mạc"]) && (endsBefore(tokens, i, ["tổ", "chức"]) || matchPhrase(tokens, i + 2, FAIRS) > 0) && !matchPhrase(tokens, i + 2, MEETING_NOUNS);
const FAIRS = phraseIndex(["Hội chợ", "Triển lãm", "Tuần lễ", "trưng bày", "không gian trưng bày"]);
// A course opened or closed ("khai giảng lớp bồi dưỡng, quán triệt Nghị quyết …", "tổ chức bế giảng lớp
// Trung cấp lý luận chính trị"): its opening or closing is the meeting.
const OPENS_OR_CLOSES_A_COURSE = (tokens: readonly Token[], i: number): boolean =>
  (wordsAt(tokens, i, ["khai", "giảng"]) || wordsAt(tokens, i, ["bế", "giảng"])) && ["lớp", "khóa"].includes(tokens[i + 2]?.lower ?? "") && tokens[i - 1]?.lower !== "lễ";
// A meeting written as what is held ("Đảng ủy … đã tổ chức học tập, quán triệt Nghị quyết …").
const HELD_AS_ACTIVITY = phraseIndex(["tổ chức học tập", "tổ chức quán triệt", "tổ chức sơ kết", "tổ chức tổng kết"]);
// "Kế hoạch tổ chức học tập …", "về tổ chức sơ kết …": a plan or a subject, not the holding.
const NOT_HELD_AS_ACTIVITY_AFTER = new Set(["hoạch", "về", "việc", "để", "nhằm"]);

// An inspection someone chairs ("ngày 22/6, đoàn cũng đã kiểm tra việc thực hiện Chỉ thị … tại Đảng bộ
// phường Cao Lãnh dưới sự chủ trì của đồng chí X"): a session, as "buổi kiểm tra" is; a round in the
// field that no one chairs is not.
// So is one held with a Party committee ("Trước đó, ngày 12-11, đoàn … đã kiểm tra việc thực hiện Chỉ thị
// 05-CT/TW tại Đảng ủy phường Hội Phú"): the team sits with the committee it inspects.
const INSPECTS = [["kiểm", "tra", "việc"], ["giám", "sát", "việc"]];
const UNDER_THE_CHAIR_OF = ["dưới", "sự", "chủ", "trì", "của"];
const PARTY_COMMITTEES = [["Đảng", "ủy"], ["Đảng", "bộ"], ["Chi", "bộ"], ["Ban", "Thường", "vụ"]];
const withCommittee = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.lower === "tại" && PARTY_COMMITTEES.some((w) => w.every((x, j) => tokens[k + 1 + j]?.text === x));
const INSPECTION = "Buổi kiểm tra";
const chairedInspectionAt = (tokens: readonly Token[], i: number): boolean =>
  tokens[i - 1]?.lower === "đã" && INSPECTS.some((w) => wordsAt(tokens, i, w)) && tokens.some((_, k) => k > i && (wordsAt(tokens, k, UNDER_THE_CHAIR_OF) || withCommittee(tokens, k)));

function findNouns(tokens: readonly Token[]): Noun[] {
  const out: Noun[] = [];
  // Where the last meeting word told among many ended ("nhiều hội nghị, buổi làm việc"): the ones
  // joined to it are told among many too.
  let manyEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    const noun = matchPhrase(tokens, i, MEETING_NOUNS);
    if (noun) {
      const joinedToMany = manyEnd >= 0 && tokens.slice(manyEnd, i).every((w) => w.text === "," || w.lower === "và");
      if (joinedToMany || MANY.some((w) => endsBefore(tokens, i, w)) || manyCongresses(tokens, i, noun) || countedBefore(tokens, i)) {
        manyEnd = i + noun;
        i += noun - 1;
        continue;
      }
      // "Ban Tổ chức Đại hội", "Ban Chỉ đạo Đại hội": a body named after the meeting, not the meeting.
      const body = Boolean(tokens[i - 2]?.cap) && (endsBefore(tokens, i, ["tổ", "chức"]) || endsBefore(tokens, i, ["chỉ", "đạo"]));
      // "Thông báo số 412-TB/TU … kết luận Hội nghị Ban Thường vụ ngày 8/1": the notice of a meeting's
      // conclusions, which the article tells through it.
      const concludedInNotice = endsBefore(tokens, i, ["kết", "luận"]) && tokens.slice(0, i).some((w, k) => w.lower === "thông" && tokens[k + 1]?.lower === "báo");
      // "Sáng 10/12, tiếp tục chương trình Kỳ họp thứ 31, …": the session going on that day.
      const goesOn = endsBefore(tokens, i, GOING_ON);
      const excluded = body || (!concludedInNotice && !goesOn && NOT_THIS_MEETING_AFTER.some((w) => endsBefore(tokens, i, w)) && !heldOnStatedDay(tokens, i));
      // "Tại hội nghị" with nothing after it is the meeting already being reported.
      const after = tokens[i + noun];
      const generic = tokens[i - 1]?.lower === "tại" && (!after || after.kind === "punct" || after.lower === "này");
      if (!excluded) out.push({ token: i, at: t.start, verbal: null, reported: !concludedInNotice && REPORTED_AFTER.some((w) => endsBefore(tokens, i, w)), generic });
      i += noun - 1;
      continue;
    }
    const gathering = HOLDS_A_GATHERING(tokens, i);
    // "họp Hội nghị lần thứ nhất": the meeting is the one named right after the verb.
    if (t.lower === "họp" && tokens[i - 1]?.lower !== "cuộc" && !matchPhrase(tokens, i + 1, MEETING_NOUNS)) out.push({ token: i, at: t.start, verbal: "Cuộc họp", reported: false, generic: false });
    else if (isBriefingVerb(tokens, i)) out.push({ token: i, at: t.start, verbal: "Buổi giao ban", reported: false, generic: false });
    else if (OPENS_OR_CLOSES_A_COURSE(tokens, i)) out.push({ token: i, at: t.start, verbal: t.lower === "bế" ? "Lễ bế giảng" : "Lễ khai giảng", reported: false, generic: false });
    else if (OPENS_AN_EVENT(tokens, i)) out.push({ token: i, at: t.start, verbal: "Lễ khai mạc", reported: false, generic: false });
    else if (wordsAt(tokens, i, MEETING_VOTERS)) out.push({ token: i, at: t.start, verbal: "Buổi tiếp xúc", reported: false, generic: false });
    else if (gathering) out.push({ token: i, at: t.start, verbal: gathering, reported: false, generic: false });
    else if (RECEIVES(tokens, i)) out.push({ token: i, at: t.start, verbal: "Buổi tiếp", reported: false, generic: false });
    else if (chairedInspectionAt(tokens, i)) out.push({ token: i, at: t.start, verbal: INSPECTION, reported: false, generic: false });
    else if (matchPhrase(tokens, i, HELD_AS_ACTIVITY) && !NOT_HELD_AS_ACTIVITY_AFTER.has(tokens[i - 1]?.lower ?? "")) {
      out.push({ token: i + 2, at: tokens[i + 2]!.start, verbal: "Buổi học tập", reported: false, generic: false });
    }
    // "làm việc (trực tiếp) với/tại …", but not the trip it is part of ("Trong khuôn khổ chuyến thăm và làm việc tại …").
    else if (t.lower === "làm" && tokens[i + 1]?.lower === "việc" && WITH_OR_AT.has(tokens[i + (wordsAt(tokens, i + 2, ["trực", "tiếp"]) ? 4 : 2)]?.lower ?? "") && !endsBefore(tokens, i, ["chuyến", "thăm", "và"])) {
      out.push({ token: i, at: t.start, verbal: "Buổi làm việc", reported: false, generic: false });
    }
  }
  return out;
}

const WITH_OR_AT = new Set(["với", "tại"]);

function heldVerbIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // "Ban Tổ chức" is a body, "tổ chức" the verb; a sentence may open with the verb ("Làm việc với đoàn có …").
    if (t.cap && !(i === 0 && t.lower === "làm" && tokens[1]?.lower === "việc")) continue;
    for (const v of HELD_VERBS) {
      if (!wordsAt(tokens, i, v)) continue;
      if (v.length === 1 && v[0] === "dự" && NOT_HELD_AFTER_DU.has(tokens[i + 1]?.lower ?? "")) continue;
      return true;
    }
  }
  return false;
}

/** Whether tokens `from` to `to` say a meeting is only planned ("sẽ", "dự kiến", "theo kế hoạch"). */
export function plannedIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const l = tokens[i]!.lower;
    if ((PLANNED.has(l) && !(l === "sắp" && NOT_PLANNED_AFTER_SAP.has(tokens[i + 1]?.lower ?? ""))) || (l === "dự" && tokens[i + 1]?.lower === "kiến") || (l === "theo" && tokens[i + 1]?.lower === "kế" && tokens[i + 2]?.lower === "hoạch")) return true;
    // "Hội nghị thống nhất tổ chức Hội nghị lần thứ 24 … vào ngày 20/12": agreed to hold it.
    if (l === "thống" && wordsAt(tokens, i + 1, AGREED_TO_HOLD)) return true;
  }
  return false;
}

// "… vào ngày 26/11, tuần tới": a day still to come.
const TO_COME = phraseIndex(["tuần tới", "tháng tới", "sắp tới", "tới đây", "tuần sau", "tháng sau"]);

/** Whether the words right after `day` say it is still to come. */
function comesAfterDay(tokens: readonly Token[], day: DayMention): boolean {
  let k = tokens.findIndex((t) => t.start >= day.end);
  if (isPunct(tokens[k], ",(")) k++;
  return k >= 0 && matchPhrase(tokens, k, TO_COME) > 0;
}

/** Whether the sentence names a meeting by a demonstrative ("Tại phiên họp này, …", "cuộc họp đó"): the one just told. */
export function pointsBackToMeeting(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const noun = matchPhrase(tokens, i, MEETING_NOUNS);
    if (noun && ["này", "đó", "ấy"].includes(tokens[i + noun]?.lower ?? "")) return true;
  }
  return false;
}

/** Token ranges of the clauses of a sentence (split at ";"). */
function clauses(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  tokens.forEach((t, i) => {
    if (t.kind === "punct" && t.text === ";") {
      out.push([from, i]);
      from = i + 1;
    }
  });
  out.push([from, tokens.length]);
  return out;
}

function titleAt(tokens: readonly Token[], noun: Noun, sentence: string): string {
  let k = noun.token;
  const limit = Math.min(tokens.length, k + MAX_TITLE_TOKENS);
  let end = k;
  let cited = false;
  for (; k < limit; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && !["(", ")", "-", ",", "/"].includes(t.text)) break;
    // "… kết nối …", "… với sự tham dự của …": how it was held, not its name.
    const how = (t.lower === "kết" && tokens[k + 1]?.lower === "nối") || (t.lower === "với" && tokens[k + 1]?.lower === "sự");
    if (k > noun.token + 1 && !t.cap && (TITLE_STOP.has(t.lower) || how)) break;
    // After a cited document, "về …" is that document's subject, not the meeting's name.
    if (cited && t.lower === "về") break;
    if (CITED_KIND.has(`${tokens[k - 1]?.lower} ${t.lower}`)) cited = true;
    if (t.kind !== "punct" || t.text === ")") end = k + 1;
  }
  const text = sentence.slice(tokens[noun.token]!.start, tokens[Math.max(end, noun.token + 1) - 1]!.end);
  // "làm việc với …" → "Buổi làm việc với …", "khai giảng lớp …" → "Lễ khai giảng lớp …".
  // The verb may open the sentence ("Làm việc với đoàn có …"): lower case after the noun put before it.
  const title = noun.verbal ? `${noun.verbal.split(" ")[0]} ${text[0]!.toLowerCase()}${text.slice(1)}` : text;
  return title[0]!.toUpperCase() + title.slice(1);
}

// A meeting written as a verb is named from the text when the verb says what it was ("làm việc
// với Ban Thường vụ …" → "Buổi làm việc với …"); "đã họp" is just "Cuộc họp".
const TITLED_FROM_TEXT = new Set(["Buổi làm việc", "Buổi giao ban", "Buổi tiếp xúc", "Buổi học tập", "Lễ khai giảng", "Lễ bế giảng", "Lễ khai mạc"]);

const meetingTitle = (tokens: readonly Token[], noun: Noun, sentence: string): string =>
  noun.verbal && !TITLED_FROM_TEXT.has(noun.verbal) ? noun.verbal : titleAt(tokens, noun, sentence);

// A head's words, without the mark after them ("Tại hội thảo, …" names "hội thảo").
const HEAD_WORDS = /[\p{L}\p{N}]+/gu;
/** The first two words of a meeting's title, lower-cased: what a sentence calls it ("cuộc họp", "buổi làm" of "Buổi làm việc …"). */
export const meetingHead = (title: string): string => (title.toLowerCase().match(HEAD_WORDS) ?? []).slice(0, 2).join(" ");

/**
 * What a meeting may be called: its title's head, and "hội nghị" for deputies meeting voters, whose
 * formal name is "Hội nghị tiếp xúc cử tri" though the text told it as a verb ("đã tiếp xúc cử tri"),
 * titled from its "Buổi tiếp xúc" here.
 */
export const meetingHeadsOf = (title: string): string[] => (VOTERS_MEETING_TITLE.test(title) ? [meetingHead(title), "hội nghị"] : [meetingHead(title)]);
const VOTERS_MEETING_TITLE = /^Buổi tiếp xúc cử tri/u;

/** The heads of the meetings a sentence names, "Tại cuộc họp," included. */
export const meetingHeadsIn = (tokens: readonly Token[], sentence: string): string[] =>
  findNouns(tokens).map((n) => meetingHead(meetingTitle(tokens, n, sentence)));

/** "do Tỉnh ủy Cao Bằng tổ chức" / "Ban Chấp hành Đảng bộ tỉnh tổ chức": the body that held it. */
function organizerIn(tokens: readonly Token[], sentence: string, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const starts = tokens[i]!.lower === "do" || (i === from || tokens[i - 1]?.text === ",");
    const first = tokens[i]!.lower === "do" ? i + 1 : i;
    if (!starts || !tokens[first]?.cap) continue;
    let k = first;
    while (k < to && k - first < 12) {
      const t = tokens[k]!;
      if (t.kind === "word" && (t.cap || (tokens[k - 1]?.cap && !["tổ", "chủ", "đã", "họp", "mở", "sáng", "ngày"].includes(t.lower)) || ["tỉnh", "huyện", "ủy"].includes(t.lower))) k++;
      else break;
    }
    if (k - first >= 2 && tokens[k] && (wordsAt(tokens, k, ["tổ", "chức"]) || wordsAt(tokens, k, ["họp"]) || wordsAt(tokens, k, ["đã", "họp"]))) {
      return sentence.slice(tokens[first]!.start, tokens[k - 1]!.end);
    }
  }
  return null;
}

// "đúng dịp kỷ niệm 96 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2026)": the years an anniversary spans.
const YEARS_SPANNED = /\([^()]*\d{4}\s*[-–]\s*[^()]*\d{4}\s*\)/gu;

/** The days of `sentence` that may be a meeting's: not a cited document's, an anniversary's, an issue date or a deadline. */
export function meetingDaysIn(sentence: string, citations: readonly Citation[]): DayMention[] {
  const setAside = new Uint8Array(sentence.length);
  for (const c of citations) setAside.fill(1, c.start, c.end);
  for (const span of sentence.matchAll(YEARS_SPANNED)) setAside.fill(1, span.index, span.index + span[0].length);
  return findDays(sentence).filter((d) => {
    const before = sentence.slice(Math.max(0, d.start - 40), d.start);
    // "từ ngày 1-7-2025" alone is when something takes effect; "từ ngày 30/9 đến ngày 1/10" is a meeting's days.
    const since = d.endDay === null && /(?:^|\s)từ\s*(?:ngày\s*)?$/iu.test(before) && !/^\s*(?:đến|tới|-|–)/u.test(sentence.slice(d.end, d.end + 8));
    return !setAside[d.start] && !since && !NOT_A_MEETING_DAY_BEFORE.some((re) => re.test(before));
  });
}

/**
 * "Chiều 25/7, Hội nghị lần thứ nhất … bầu …", "Mười năm trước, trong hai ngày 17 và 18/7/2014,
 * Hội nghị lần thứ 12 … đã thông qua …": a meeting that is the subject right after its day is held that day.
 */
const subjectAfterItsDay = (tokens: readonly Token[], noun: Noun, day: DayMention | undefined): boolean =>
  Boolean(day) && !noun.verbal && isPunct(tokens[noun.token - 1], ",") && tokens[noun.token - 2]?.end === day!.end;

/** "Chỉ đạo được đưa ra chiều 8/11 tại hội nghị trực tuyến của Chính phủ …": the meeting where something was said that day. */
const heldAtOnItsDay = (tokens: readonly Token[], noun: Noun, day: DayMention | undefined): boolean =>
  Boolean(day) && !noun.verbal && tokens[noun.token - 1]?.lower === "tại" && tokens[noun.token - 2]?.end === day!.end;

/**
 * "… ý kiến kết luận của Ban Thường vụ Tỉnh ủy tại hội nghị ngày 1/10/2024": a meeting named with its
 * day right after it was held that day. The day, else undefined.
 */
function dayNamedAfter(tokens: readonly Token[], noun: Noun, days: readonly DayMention[]): DayMention | undefined {
  if (noun.verbal) return undefined;
  let k = noun.token + matchPhrase(tokens, noun.token, MEETING_NOUNS);
  // "Hội nghị lần thứ hai Ban Chấp hành …": its number first.
  if (wordsAt(tokens, k, ["lần", "thứ"]) && tokens[k + 2]) k += 3;
  // "Hội nghị Ban Thường vụ Tỉnh ủy ngày 8/1/2026": the body that held it, between; "hôm" as "ngày"
  // ("… Ban Chấp hành Đảng bộ tỉnh khóa XX hôm 20/10").
  const dayWord = (t: Token | undefined): boolean => t?.lower === "ngày" || t?.lower === "hôm";
  if (tokens[k]?.cap) for (let n = 0; n < BODY_BEFORE_DAY && tokens[k] && tokens[k]!.kind === "word" && !dayWord(tokens[k]); n++) k++;
  const after = tokens[k];
  if (dayWord(after)) return days.find((d) => d.start >= after!.end && d.start <= after!.end + 1);
  const stated = statedHeldDayToken(tokens, noun.token);
  return stated >= 0 ? days.find((d) => d.start === tokens[stated]!.start) : undefined;
}

/**
 * "(ngay sau) Hội nghị toàn quốc quán triệt …(,) được tổ chức ngày 18/5/2025, …": a meeting whose
 * long name ends in the day it was held. The day's token, else -1.
 */
function statedHeldDayToken(tokens: readonly Token[], noun: number): number {
  for (let k = noun + 1; k < Math.min(tokens.length, noun + STATED_DAY_WINDOW); k++) {
    const t = tokens[k]!;
    if (isPunct(t, ";.") || (k > noun + 1 && matchPhrase(tokens, k, MEETING_NOUNS))) return -1;
    // After a comma or in an aside ("Kết luận hội nghị (diễn ra ngày 12/12), …"), or straight after the
    // name ("… sức khỏe nhân dân được tổ chức ngày 16/9"), not when still to come ("sẽ được tổ chức ngày
    // …", "dự kiến được tổ chức …").
    const from = isPunct(t, ",(") ? k + 1 : t.kind === "word" && !STILL_TO_COME.has(t.lower) ? k + 1 : -1;
    // Or by the body that held it ("… do Bộ Chính trị tổ chức ngày 18/5/2025").
    const heldBy = t.kind === "word" && wordsAt(tokens, k + 1, HELD_BY_VERB) && tokens.slice(noun + 1, k).some((w) => w.lower === "do");
    const verb = heldBy ? HELD_BY_VERB : from > 0 ? HELD_ON.find((w) => wordsAt(tokens, from, w)) : undefined;
    if (!verb) continue;
    let at = from + verb.length;
    if (tokens[at]?.lower === "vào") at++;
    return tokens[at]?.lower === "ngày" ? at + 1 : -1;
  }
  return -1;
}
const heldOnStatedDay = (tokens: readonly Token[], noun: number): boolean => statedHeldDayToken(tokens, noun) >= 0;
const HELD_ON = [["được", "tổ", "chức"], ["diễn", "ra"]];
const HELD_BY_VERB = ["tổ", "chức"];
const STILL_TO_COME = new Set(["sẽ", "sắp", "kiến"]);
// How far a meeting's long name may run before ", được tổ chức ngày …" (two documents named in full).
const STATED_DAY_WINDOW = 80;

/** How many words of a body's name (and its term, "khóa XX") may stand between a meeting and its day. */
const BODY_BEFORE_DAY = 10;

// "Chiều 12/12, sau hai ngày làm việc, Hội nghị … đã bế mạc", "Sáng 10/12, Kỳ họp … bước sang ngày
// làm việc thứ hai": the day told is the last so far of a meeting that began the days before.
const DAYS_AT_WORK = /(?:^|\s)(?:sau\s+(\d+(?:,5)?|\p{L}+(?:\s+\p{L}+)?)\s+ngày\s+làm\s+việc|ngày\s+làm\s+việc\s+thứ\s+(\d+|\p{L}+))(?![\p{L}\p{N}])/iu;
// Longer is no meeting of the genre: the words speak of something else.
const MAX_DAYS_AT_WORK = 10;

/** `day` as the last of the days the sentence says the meeting had been at work, when it says so within the month. */
function daysAtWorkUpTo(sentence: string, day: DayMention): DayMention | null {
  const m = day.endDay === null ? DAYS_AT_WORK.exec(sentence) : null;
  if (!m) return null;
  // "sau 2,5 ngày làm việc": it began on the third day back.
  const days = m[1] ? (/^\d/.test(m[1]) ? Math.ceil(Number(m[1].replace(",", "."))) : smallNumber(m[1].toLowerCase())) : smallNumber(m[2]!.toLowerCase());
  if (!days || days < 2 || days > MAX_DAYS_AT_WORK || day.day - days + 1 < 1) return null;
  return { ...day, day: day.day - days + 1, endDay: day.day };
}

// "Để chuẩn bị cho hội nghị, một tuần trước đó, Thường trực Tỉnh ủy đã họp …": days counted back
// from the meeting told before, an occasion set apart as "Trước đó, …" is.
export const DAYS_BEFORE = /(?:^|[\s,])(một|hai|ba|bốn|năm|sáu|bảy|mười|\d{1,2})\s+(ngày|tuần)\s+trước\s+đó(?=[\s,])/iu;

/** Whether the sentence opens by going back to an earlier time ("Trước đó, …"). */
export const opensAside = (tokens: readonly Token[]): boolean => tokens[0]?.lower === "trước" && tokens[1]?.lower === "đó";

/** The meeting held that the sentence reports, with its day when the sentence gives one. */
export function findMeeting(sentence: string, tokens: readonly Token[], citations: readonly Citation[]): MeetingMention | null {
  const nouns = findNouns(tokens).filter((n) => !n.generic);
  if (!nouns.length) return null;
  const days = meetingDaysIn(sentence, citations);
  const aside = opensAside(tokens) || DAYS_BEFORE.test(sentence);
  let dateless: { noun: Noun; clause: [number, number] } | null = null;
  // A day in clauses that name no meeting, as when ";" separates the persons listed between the day
  // and the meeting ("Chiều 12/10, Tổ đại biểu gồm các đồng chí: A, …; B, … đã tiếp xúc cử tri").
  let leadDay: DayMention | undefined;
  for (const clause of clauses(tokens)) {
    const [from, to] = clause;
    const inClause = nouns.filter((n) => n.token >= from && n.token < to);
    const clauseStart = tokens[from]?.start ?? 0;
    const clauseEnd = tokens[to - 1]?.end ?? sentence.length;
    // Of several days, the last before the clause's meeting word ("… chuyến thăm … từ ngày 11 đến 13/3
    // …, sáng 12/3, … diễn ra buổi hội đàm"), else the first.
    const inRange = days.filter((d) => d.start >= clauseStart && d.start < clauseEnd);
    const clauseDay = (inClause.length ? inRange.filter((d) => d.end <= inClause[0]!.at).at(-1) : undefined) ?? inRange[0];
    if (!inClause.length) leadDay ??= clauseDay;
    const named = inClause.map((n) => dayNamedAfter(tokens, n, inRange)).find(Boolean);
    // An inspection told by its verb ("đã kiểm tra việc …") is held by that verb.
    const held = (n: Noun) => n.verbal === INSPECTION || subjectAfterItsDay(tokens, n, clauseDay) || heldAtOnItsDay(tokens, n, clauseDay);
    if (!inClause.length || !(named || heldVerbIn(tokens, from, to) || inClause.some(held))) continue;
    const day = named ?? clauseDay ?? leadDay;
    if (!day) {
      if (!plannedIn(tokens, from, to)) dateless ??= { noun: inClause[0]!, clause };
      continue;
    }
    const noun = inClause.reduce((best, n) => (Math.abs(n.at - day.start) < Math.abs(best.at - day.start) ? n : best));
    // Planned when said so before the meeting and its day are: a later "dự kiến khai mạc ngày 21/10"
    // speaks of another occasion ("Ngày 3/10, Thường trực Chính phủ đã họp … trình Kỳ họp … dự kiến …").
    const dayToken = tokens.findIndex((t) => t.start >= day.start);
    if (plannedIn(tokens, from, Math.max(noun.token, dayToken) + 1) || askedToHold(tokens, from, noun.token) || comesAfterDay(tokens, day)) continue;
    // "Trong hai ngày 20 và 21/11, Đoàn kiểm tra … đã làm việc tại tỉnh Gia Lai": a working trip over
    // days, whose meetings the report tells one by one.
    if (noun.verbal === "Buổi làm việc" && tokens[noun.token + 2]?.lower === "tại" && day.endDay !== null) continue;
    // "Chiều 12/12, sau 3 ngày làm việc (từ ngày 10 đến 12/12), Kỳ họp … bế mạc": the days it ran, when
    // the sentence gives them too and the day is their first or last (a visit's days hold other occasions).
    const span = days.find((d) => d.endDay !== null && d.month === day.month && (d.day === day.day || d.endDay === day.day)) ?? daysAtWorkUpTo(sentence, day) ?? day;
    return { title: meetingTitle(tokens, noun, sentence), day: span, organizer: organizerIn(tokens, sentence, from, to), reported: noun.reported, aside };
  }
  if (!dateless) return null;
  const { noun, clause } = dateless;
  return { title: meetingTitle(tokens, noun, sentence), day: null, organizer: organizerIn(tokens, sentence, clause[0], clause[1]), reported: noun.reported, aside };
}

/**
 * A roundup reports several meetings in one sentence, a clause each ("Trong tuần, Thường trực
 * Tỉnh ủy đã: ngày 2/12 làm việc với …; ngày 3/12 chủ trì Hội nghị …; ngày 4/12 dự Hội nghị sơ
 * kết …"): such a sentence is read clause by clause, so that each meeting keeps its own people and
 * documents. Any other sentence is read whole.
 */
export function meetingClauses(sentence: Sentence): Sentence[] {
  // Cheap checks first: most sentences with ";" are lists of persons, with one day or none.
  if (!sentence.text.includes(";") || findDays(sentence.text).length < 2) return [sentence];
  const parts: Sentence[] = [];
  let from = 0;
  for (const piece of sentence.text.split(";")) {
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text) parts.push({ text, start: sentence.start + from + lead, end: sentence.start + from + lead + text.length });
    from += piece.length + 1;
  }
  const dated = parts.filter((p) => findMeeting(p.text, tokenize(p.text), findCitations(p.text))?.day).length;
  return dated >= 2 ? parts : [sentence];
}

// A visit is an occasion, not a meeting: "đến thăm, tặng quà, chúc Tết cán bộ, chiến sĩ …"; so is an
// inspection in the field ("đã đi kiểm tra công tác ứng phó bão tại khu neo đậu …"); not "đã kiểm tra,
// làm việc tại xã …", a working visit.
const CALLING_ON = ["đến thăm", "thăm hỏi", "tặng quà", "chúc tết"];
const INSPECTING = ["đi kiểm tra", "đã kiểm tra công tác", "đã kiểm tra việc thực hiện", "đã kiểm tra việc lãnh đạo", "kiểm tra thực tế", "khảo sát thực tế", "khảo sát thực địa", "kiểm tra hiện trường"];
const VISITING = phraseIndex([...CALLING_ON, ...INSPECTING]);
const CALLS = phraseIndex(CALLING_ON);

/** Whether the sentence reports a visit (to a unit, a pagoda, families), which is no meeting. */
export const reportsVisit = (tokens: readonly Token[]): boolean => tokens.some((_, i) => matchPhrase(tokens, i, VISITING) > 0);
/** Whether the visit the sentence reports is a call on people (gifts, greetings), not an inspection. */
export const paysACall = (tokens: readonly Token[]): boolean => tokens.some((_, i) => matchPhrase(tokens, i, CALLS) > 0);

// The places one goes out to ("đã đến xã Mường Khương kiểm tra …").
const PLACES_GONE_TO = wordSet("xã phường thôn bản ấp làng buôn");

/** Whether the sentence has someone go to a commune or a village ("đoàn … đã đến xã Mường Khương …"). */
export const goesToAPlace = (tokens: readonly Token[]): boolean =>
  tokens.some((t, i) => t.lower === "đến" && PLACES_GONE_TO.has(tokens[i + 1]?.lower ?? "") && Boolean(tokens[i + 2]?.cap));

// A feature's opening set in the everyday before the meeting is reported ("Những ngày này, tại xã
// Tam Quang, ông X đang tất bật thu hoạch …"): another occasion than the meeting.
const EVERYDAY_OPENING = phraseIndex(["những ngày này", "những ngày qua", "mấy ngày nay", "những ngày cuối năm", "nhiều năm nay", "mấy năm nay"]);

/** Whether the sentence opens in the everyday, as a feature's story does before its meeting. */
export const opensInTheEveryday = (tokens: readonly Token[]): boolean => matchPhrase(tokens, 0, EVERYDAY_OPENING) > 0;

// The reporter's own round ("Ghi nhận tại chợ Vinh …", "Khảo sát của phóng viên tại chợ Xóm Mới cho
// thấy, …"): another occasion than the meeting, not "Theo ghi nhận tại hội nghị, …".
// So is a village the report visits ("Ở thôn Cheng, xã Hướng Lập, ông X, Trưởng thôn, cho biết …").
const REPORTERS_ROUND = phraseIndex([
  "ghi nhận tại", "theo ghi nhận", "ghi nhận của phóng viên", "khảo sát của phóng viên", "phóng viên ghi nhận", "theo khảo sát của phóng viên",
  "ở thôn", "ở bản", "ở buôn", "ở ấp", "ở làng", "ở xóm", "ở plei",
]);

// What happens there day after day ("Tại Trung tâm phục vụ hành chính công xã Diễn Châu, mỗi buổi sáng
// có hàng chục người dân đến làm thủ tục"): a scene of the everyday, not an occasion.
const HABITUALLY = phraseIndex(["mỗi buổi", "mỗi ngày", "mỗi sáng", "mỗi tuần", "hằng ngày", "hàng ngày", "ngày ngày"]);

// A place the scene is set in ("Trên phố Hàng Bông những ngày này, …").
const SCENE_PLACES = new Set(["tại", "trên", "ở"]);

/**
 * Whether the sentence opens with the reporter's own round, at no meeting; or with the scene the
 * reporter saw ("Có mặt tại tuyến đường …, phóng viên ghi nhận …", "Tại …, mỗi buổi sáng …", "Trên
 * phố Hàng Bông những ngày này, …").
 */
export function opensReportersRound(tokens: readonly Token[]): boolean {
  const seen = (words: ReturnType<typeof phraseIndex>) => tokens.some((_, i) => isPunct(tokens[i - 1], ",") && matchPhrase(tokens, i, words) > 0);
  const inOpening = (words: ReturnType<typeof phraseIndex>) => {
    for (let i = 1; i < tokens.length && !isPunct(tokens[i], ",;:"); i++) if (matchPhrase(tokens, i, words)) return true;
    return false;
  };
  const scene =
    (wordsAt(tokens, 0, ["có", "mặt", "tại"]) && seen(REPORTERS_ROUND)) ||
    (tokens[0]?.lower === "tại" && seen(HABITUALLY)) ||
    (SCENE_PLACES.has(tokens[0]?.lower ?? "") && inOpening(EVERYDAY_OPENING));
  if (!scene && !matchPhrase(tokens, 0, REPORTERS_ROUND)) return false;
  // What the reporter saw there: a meeting named in the opening or in the clause after it ("Theo ghi
  // nhận của phóng viên, không khí hội nghị sôi nổi …") is the one being reported.
  let commas = 0;
  for (let i = 1; i < tokens.length && !isPunct(tokens[i], ";:"); i++) {
    if (isPunct(tokens[i], ",") && ++commas === 2) break;
    if (matchPhrase(tokens, i, MEETING_NOUNS)) return false;
  }
  return true;
}

// "Chiều cùng ngày, …", "Buổi chiều, …": another time of the day the last meeting was reported on.
const OTHER_TIMES_OF_THE_DAY = ["sáng cùng ngày", "chiều cùng ngày", "tối cùng ngày", "trưa cùng ngày", "buổi sáng", "buổi chiều"];
const OTHER_TIME_OF_THE_DAY = phraseIndex([...OTHER_TIMES_OF_THE_DAY, "buổi tối", "buổi trưa"]);
// Those, "Sau đó, …", "Ngay sau cuộc họp, …": a sentence moving on to a later occasion of the day, or to
// another time of it ("Buổi sáng, Phó Thủ tướng … đã khảo sát thực địa …"). Not the midday's stop on the
// round ("Buổi trưa, đoàn đến thôn Lô Lô Chải, … dùng bữa cơm cùng gia đình ông X"), whose hosts the keys
// place at the day's working session.
const LATER_THAT_DAY = phraseIndex([
  ...OTHER_TIMES_OF_THE_DAY, "cùng ngày", "sau đó",
  "ngay sau cuộc họp", "sau cuộc họp", "ngay sau hội nghị", "sau hội nghị", "ngay sau buổi làm việc", "sau buổi làm việc",
]);

/** Whether the sentence opens with another time of the day the last meeting was reported on. */
export const opensAtAnotherTimeOfTheDay = (tokens: readonly Token[]): boolean => matchPhrase(tokens, 0, OTHER_TIME_OF_THE_DAY) > 0;
/** Whether the sentence opens by moving on to a later occasion of the day. */
export const opensLaterThatDay = (tokens: readonly Token[]): boolean => matchPhrase(tokens, 0, LATER_THAT_DAY) > 0;

// "Trước đó, …": a sentence going back to an earlier time, which speaks of another occasion
// unless it reports a meeting of its own.
// Also what came before the meeting itself ("Trước khi vào hội nghị, chiều 16/10, đoàn đã đi khảo sát …").
const EARLIER_TIME = phraseIndex(["trước đó", "trước đây", "hôm trước", "tuần trước", "tháng trước", "năm trước", "trước khi vào hội nghị", "trước khi diễn ra hội nghị", "trước hội nghị"]);

// "Trong năm, Đảng ủy đã tổ chức học tập, quán triệt Nghị quyết …": the year behind, as a report tells it.
const YEAR_BEHIND = phraseIndex(["trong năm", "năm qua", "trong năm qua"]);
// "Quán triệt Nghị quyết số 24-NQ/TW …, những năm qua tỉnh đã …": the years behind, told after the
// documents they carried out.
const YEARS_BEHIND_AFTER = phraseIndex(["những năm qua", "thời gian qua", "những năm gần đây"]);
const CARRYING_OUT_OPENING = phraseIndex(["thực hiện", "quán triệt", "triển khai thực hiện"]);

/**
 * Whether the sentence opens with the year behind ("Trong năm, …", "Năm qua, …"), or with what the
 * years behind carried out ("Thực hiện Nghị quyết …, những năm qua …").
 */
export function tellsYearBehind(tokens: readonly Token[]): boolean {
  const length = matchPhrase(tokens, 0, YEAR_BEHIND);
  if (length > 0 && isPunct(tokens[length], ",")) return true;
  return matchPhrase(tokens, 0, CARRYING_OUT_OPENING) > 0 && tokens.some((t, k) => isPunct(t, ",") && matchPhrase(tokens, k + 1, YEARS_BEHIND_AFTER) > 0);
}

// "Tháng 9 vừa qua, ông X … đã kịp thời phản ánh …", "Hồi tháng 9, …": a month gone by, another occasion.
const monthGoneBy = (tokens: readonly Token[]): boolean => {
  const at = tokens[0]?.lower === "hồi" ? 1 : 0;
  return tokens[at]?.lower === "tháng" && tokens[at + 1]?.kind === "number" && (at === 1 || wordsAt(tokens, at + 2, ["vừa", "qua"]));
};

// An occasion dated back then ("Tại hội nghị quán triệt cấp tỉnh hồi đầu tháng 10, …", "… hồi tháng 5").
const BACK_THEN = phraseIndex(["đầu", "giữa", "cuối", "tháng", "năm", "ngày", "sáng", "chiều", "tối", "tuần", "thượng tuần", "trung tuần", "hạ tuần"]);

// "… đã diễn ra trong tuần trước": a meeting held at an earlier time.
const HELD_THEN = phraseIndex(["diễn ra", "tổ chức", "họp"]);
const AT_THAT_EARLIER_TIME = new Set(["trong", "vào", "từ"]);

/**
 * Whether the sentence tells of an earlier occasion: it opens by going back to an earlier time
 * ("Trước đó, …", "Tháng 9 vừa qua, …") or at an occasion held before the meeting ("Tại buổi tiếp xúc cử tri trước kỳ họp,
 * …"; not "Phát biểu trước hội nghị") or back then ("Tại hội nghị … hồi tháng 5, …"), or says its meeting was held then ("hội nghị do đồng chí X
 * chủ trì đã diễn ra trong tuần trước").
 */
export function tellsEarlierOccasion(tokens: readonly Token[]): boolean {
  if (matchPhrase(tokens, 0, EARLIER_TIME) || monthGoneBy(tokens)) return true;
  for (let i = 0; i < tokens.length; i++) {
    const held = matchPhrase(tokens, i, HELD_THEN);
    if (!held) continue;
    const k = i + held + (AT_THAT_EARLIER_TIME.has(tokens[i + held]?.lower ?? "") ? 1 : 0);
    if (matchPhrase(tokens, k, EARLIER_TIME)) return true;
  }
  return atOccasionBefore(tokens, true);
}

/**
 * Whether the sentence opens at an occasion held before the meeting ("Tại buổi tiếp xúc cử tri trước kỳ
 * họp, …", when `beforeMeeting`) or back then ("Tại Hội nghị toàn quốc quán triệt … hồi tháng 5, …").
 */
export function atOccasionBefore(tokens: readonly Token[], beforeMeeting: boolean): boolean {
  if (!["tại", "trong"].includes(tokens[0]?.lower ?? "") || !matchPhrase(tokens, 1, MEETING_NOUNS)) return false;
  for (let i = 2; i < tokens.length && !isPunct(tokens[i], ",;:"); i++) {
    if (beforeMeeting && tokens[i]!.lower === "trước" && matchPhrase(tokens, i + 1, MEETING_NOUNS)) return true;
    if (tokens[i]!.lower === "hồi" && (matchPhrase(tokens, i + 1, BACK_THEN) || tokens[i + 1]?.kind === "number")) return true;
  }
  return false;
}
