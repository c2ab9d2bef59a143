/**
 * Person mentions in one sentence: a name with the titles written before it or in apposition
 * after it, or once for a list ("các Bộ trưởng: Tài chính Hồ Đức Phớc; …"), or a title standing in
 * for a name ("đồng chí Bí thư Tỉnh ủy"), which coreference.ts resolves; and the office a sentence
 * appoints them to ("được chỉ định giữ chức …"). Each rule looks a bounded number of tokens ahead,
 * so a sentence costs linear time.
 */
import { isPunct, lowerWordsAt, wordsAt, type Token } from "../text/tokens.ts";
import { BODY_NAMES } from "./lexicon/bodies.ts";
import { COUNTRIES } from "./lexicon/countries.ts";
import { COMPANY_WORDS, SCHOOLS } from "./lexicon/offices.ts";
import { formerMarkerAt, introducedNameLengthAt, LIST_BEFORE_A_TITLE, listEndingAt, newlyMarkerAt, lowerOfficeHeadAt, nameLengthAt, nameText, officeHeadAt, type NameEnding } from "./names.ts";
import { matchPhrase, phraseIndex, wordSet } from "./lexicon/phrases.ts";
import { addRespectiveOffices } from "./respectively.ts";
import { AT_THAT_TIME, nowAt, parseOfficeChain, parseOfficeSegment, placeMayStartAfter, rankAt, type RawOffice } from "./offices.ts";

export interface PersonMention {
  /** Null when a title stands in for a person named elsewhere. */
  name: string | null;
  titles: RawOffice[];
  /** Token span of the whole mention, introducer and apposition included. */
  start: number;
  end: number;
  /** Cited, not placed anywhere: "Theo ông X, …". */
  quoted: boolean;
  /** A given name standing in for a person named in full elsewhere ("ông Đạt"), which coreference.ts resolves. */
  given?: string;
}

// How long an aside in parentheses after a listed name may be.
const ASIDE_MAX = 10;

/** The closing parenthesis of the short aside opening at `tokens[i]`, else -1. */
function closingParenthesis(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k <= i + ASIDE_MAX && k < tokens.length; k++) if (isPunct(tokens[k], ")")) return k;
  return -1;
}

// Words that introduce a person: "đồng chí" (comrade), "ông"/"bà", and the plural for lists.
function introducerAt(tokens: readonly Token[], i: number): { length: number; plural: boolean; honorific: boolean } | null {
  const t = tokens[i]?.lower;
  if (t === "đồng" && tokens[i + 1]?.lower === "chí") return { length: 2, plural: false, honorific: false };
  if (t === "các" && tokens[i + 1]?.lower === "đồng" && tokens[i + 2]?.lower === "chí") return { length: 3, plural: true, honorific: false };
  // "là các ông Đặng Hữu Tài, Phạm Văn Lực và bà Ngô Thị Kim Thoa": a list of men.
  if (t === "các" && (tokens[i + 1]?.lower === "ông" || tokens[i + 1]?.lower === "bà") && nameLengthAt(tokens, i + 2)) return { length: 2, plural: true, honorific: true };
  if (t === "đ" && tokens[i + 1]?.text === "/" && tokens[i + 2]?.lower === "c") return { length: 3, plural: false, honorific: false };
  // "ngài": how the press introduces a foreign dignitary ("ngài Takahashi Kenji, Đại sứ …").
  // Not "Bà mẹ Việt Nam anh hùng X": an honour, a calling below.
  if ((t === "ông" || t === "bà" || t === "ngài") && !(t === "bà" && tokens[i + 1]?.lower === "mẹ")) return { length: 1, plural: false, honorific: true };
  // "anh"/"chị" before a full name: how the press introduces young people and farmers ("Chị Hồ Thị
  // Diệu Linh, Bí thư Đoàn xã"); "Anh hùng …" is an honour. The student press says "bạn" ("Bạn Thạch
  // Thị Sô Phia, SV năm tư …").
  if ((t === "anh" || t === "chị" || t === "bạn") && nameLengthAt(tokens, i + 1)) return { length: 1, plural: false, honorific: true };
  // One speaking for a group, named after it at the sentence's start ("Đại diện tân binh, Phan Đình Khôi
  // (thôn Yên Lạc), bày tỏ …", "Thay mặt các tân binh, Phạm Đức Mạnh, …").
  if (i === 0 && ((t === "đại" && tokens[1]?.lower === "diện") || (t === "thay" && tokens[1]?.lower === "mặt"))) {
    let comma = 2;
    while (comma < REPRESENTED_WINDOW && tokens[comma] && !isPunct(tokens[comma], ",")) comma++;
    if (isPunct(tokens[comma], ",") && nameLengthAt(tokens, comma + 1)) return { length: comma + 1, plural: false, honorific: true };
  }
  // A party member named ("trao Huy hiệu 75 năm tuổi Đảng tặng đảng viên Bế Văn Ngần"), or one just
  // admitted ("đảng viên mới Hoàng Minh Khôi chia sẻ").
  if (t === "đảng" && tokens[i + 1]?.lower === "viên") {
    const length = tokens[i + 2]?.lower === "mới" ? 3 : 2;
    if (nameLengthAt(tokens, i + length)) return { length, plural: false, honorific: true };
  }
  // A voter who speaks at a meeting with deputies ("Cử tri Nguyễn Văn Tư (xã Gio Mỹ) phản ánh …").
  if (t === "cử" && tokens[i + 1]?.lower === "tri") return { length: 2, plural: false, honorific: true };
  // A veteran cited by name ("Cựu chiến binh Cao Văn Tịnh").
  if (t === "cựu" && tokens[i + 1]?.lower === "chiến" && tokens[i + 2]?.lower === "binh") return { length: 3, plural: false, honorific: true };
  // An overseas Vietnamese named with the country they live in ("Kiều bào Nhật Bản Nguyễn Trọng Thiều",
  // "Việt kiều Pháp Lê Văn An").
  if ((t === "kiều" && tokens[i + 1]?.lower === "bào") || (t === "việt" && tokens[i + 1]?.lower === "kiều")) {
    const country = tokens[i + 2]?.cap ? matchPhrase(tokens, i + 2, COUNTRIES) : 0;
    if (nameLengthAt(tokens, i + 2 + country)) return { length: 2 + country, plural: false, honorific: true };
  }
  // A delegate named as such ("Đại biểu Nguyễn Thị Kim Yến chất vấn …"); "đại biểu Quốc hội X" is a title.
  if (t === "đại" && tokens[i + 1]?.lower === "biểu" && introducedNameLengthAt(tokens, i + 2)) return { length: 2, plural: false, honorific: true };
  // And several ("các đại biểu Trương Công Lực và Nguyễn Thị Ngọc Trâm đã tiếp xúc cử tri …").
  if (t === "các" && wordsAt(tokens, i + 1, ["đại", "biểu"]) && introducedNameLengthAt(tokens, i + 3)) return { length: 3, plural: true, honorific: true };
  // A village elder ("già làng Đinh Glơh", "cố già làng Y Wơn Knul"): a person of standing, not an office.
  if (t === "già" && tokens[i + 1]?.lower === "làng") return { length: 2, plural: false, honorific: true };
  // A profession or a way of addressing before a full name ("nhà báo Lò Thị Hiền chia sẻ", "nhóm tác
  // giả Trần Minh Quân, Lò Thị Hiền", "cô Lô Thị Phượng", "em Trần Gia Bảo"): no office either.
  const calling = matchPhrase(tokens, i, CALLINGS);
  if (calling && nameLengthAt(tokens, i + calling)) return { length: calling, plural: PLURAL_CALLINGS.has(t ?? ""), honorific: true };
  // The calling's field before the name ("kỹ sư công nghệ thông tin Nguyễn Hoàng Khang", "vận động viên
  // đua thuyền Lưu Thị Hồng Nhung"): a few lower-case words, then a name of three syllables or more.
  const field = calling ? callingFieldAt(tokens, i + calling) : 0;
  if (field) return { length: calling + field, plural: PLURAL_CALLINGS.has(t ?? ""), honorific: true };
  return null;
}

// A calling's field: at most this many lower-case syllables ("công nghệ thông tin").
const CALLING_FIELD_MAX = 4;
// A name this long after a calling's field is a person's, not the field's words going on.
const FIELD_NAME_MIN = 3;
// Words no field holds: the sentence goes on there.
const FIELD_BREAKS = wordSet("và của tại ở với cho đã đang sẽ là có được bị như cùng");

/** Lower-case words at `tokens[k]` naming a calling's field, when a full name follows them; else 0. */
function callingFieldAt(tokens: readonly Token[], k: number): number {
  const n = lowerWordsAt(tokens, k, CALLING_FIELD_MAX, (w) => FIELD_BREAKS.has(w));
  return n && nameLengthAt(tokens, k + n) >= FIELD_NAME_MIN ? n : 0;
}

// How many words the group one speaks for may take ("Đại diện học sinh, sinh viên tốt nghiệp, …" stops at its first comma).
const REPRESENTED_WINDOW = 8;

const CALLINGS = phraseIndex([
  "nhà báo", "phóng viên", "tác giả", "nhóm tác giả", "các tác giả", "các nhà báo", "luật sư", "bác sĩ", "kỹ sư",
  // A physician's specialist grade, also written short, a pharmacist, a healer of traditional medicine ("bác sĩ
  // chuyên khoa II Võ Thị Bích Liên", "Bác sĩ CKII Thái Văn Hòa").
  "bác sĩ chuyên khoa I", "bác sĩ chuyên khoa II", "bác sĩ CKI", "bác sĩ CKII", "dược sĩ", "lương y",
  "nghệ nhân", "nghệ sĩ", "nhà giáo", "giáo viên", "thầy giáo", "cô giáo", "nhà văn", "nhà thơ", "nhà khoa học",
  "chuyên gia", "thầy", "cô", "em", "cháu", "cụ",
  // A Heroic Mother ("Mẹ Nguyễn Thị Tư, 99 tuổi", "Bà mẹ Việt Nam anh hùng Hồ Thị Lài"), a Youth Union member, a student.
  "mẹ", "bà mẹ Việt Nam anh hùng", "đoàn viên", "sinh viên", "học sinh",
  // A public-opinion collaborator or a rapporteur ("Cộng tác viên Lường Thị Mai (phường Phổ Yên) kiến nghị …"),
  // a content creator ("Nhà sáng tạo nội dung Quách Tuấn Minh, chủ kênh …").
  "cộng tác viên", "báo cáo viên", "nhà sáng tạo nội dung",
  // A recruit ("Nữ tân binh duy nhất của xã, Nguyễn Thị Hoài Thương, chia sẻ", "tân binh Phan Đình Khôi").
  "tân binh",
  // Athletes, coaches and referees; artists ("vận động viên Quàng Thị Mai", "nhạc sĩ Bùi Đức Hạnh").
  "vận động viên", "huấn luyện viên", "trọng tài", "nhạc sĩ", "họa sĩ", "ca sĩ", "diễn viên", "biên đạo",
  "nhiếp ảnh gia", "đạo diễn", "nhà nghiên cứu", "nhà điêu khắc",
  // A collector who gives a museum its pieces, a benefactor ("nhà sưu tầm Đặng Văn Mười (phường Pleiku) hiến tặng").
  "nhà sưu tầm", "nhà hảo tâm",
  // Those who mediate or give legal aid ("hòa giải viên Lê Thị Hạnh", "Trợ giúp viên pháp lý Bàn Thị Mai").
  "hòa giải viên", "trợ giúp viên pháp lý", "trợ giúp viên",
  // Working people named by their work ("xe khách do tài xế Đỗ Mạnh Cường (SN 1988) điều khiển", "ngư
  // dân Trần Văn Út", "công nhân Lò Thị Hoa", "học viên Hoàng Thị Mến").
  "tài xế", "lái xe", "ngư dân", "nông dân", "công nhân", "học viên", "thuyền viên", "chủ tàu",
  // A veteran given as an example ("nêu tấm gương CCB Phan Đình Lữ, 76 tuổi, …", "cựu chiến binh Hoàng Văn Páo").
  "cựu chiến binh", "ccb",
  // Clergy addressed by their rank, which is no office ("Đức Giám mục Nguyễn Văn Hòa, Giám mục Giáo
  // phận Phát Diệm", "Hiền tài Trần Văn Mười"; "Hòa thượng Thích …" reads as a name already).
  "đức giám mục", "đức tổng giám mục", "đức cha", "linh mục", "mục sư", "hiền tài",
]);
const PLURAL_CALLINGS = new Set(["nhóm", "các"]);

// "đại biểu Huỳnh Thị Kim Loan (đoàn An Giang)", "(Đoàn ĐBQH tỉnh Bình Định)": a National Assembly
// deputy named with the delegation they sit in.
const ofDelegation = (tokens: readonly Token[], k: number): boolean => isPunct(tokens[k], "(") && tokens[k + 1]?.lower === "đoàn";
const deputyOffice = (tokens: readonly Token[], i: number): RawOffice => ({
  title: "Đại biểu Quốc hội", place: null, former: false, start: tokens[i]!.start, end: tokens[i + 1]!.end,
});

/** Tokens of an aside about the person after the comma at `tokens[k]`, up to the next comma: an age, years in the Party, a people; else 0. */
function personalAsideAt(tokens: readonly Token[], k: number): number {
  if (tokens[k + 1]?.kind === "number" && tokens[k + 2]?.lower === "tuổi" && isPunct(tokens[k + 3], ",")) return 3;
  if (tokens[k + 1]?.lower === "người" && tokens[k + 2]?.cap && isPunct(tokens[k + 3], ",")) return 3;
  if (tokens[k + 1]?.kind === "number" && wordsAt(tokens, k + 2, ["năm", "tuổi", "đảng"]) && isPunct(tokens[k + 5], ",")) return 5;
  return 0;
}

/**
 * Titles may follow a name after a comma, a dash or an opening parenthesis; titles right before
 * another name are that one's ("nguyên Tổng Bí thư A, nguyên Chủ tịch nước B"), unless a place may
 * stand there ("bà A, Bí thư Huyện ủy Hoàng Su Phì, …").
 */
function appositionAt(tokens: readonly Token[], k: number, sentence: string): { titles: RawOffice[]; next: number } | null {
  // "Trương Quang Lãm (bí danh Hai Lãm), nguyên Bí thư Tỉnh ủy", "đại biểu Vi Thị Sen (đơn vị bầu cử
  // số 12, xã Bình Liêu), Phó Trưởng Ban Dân tộc HĐND tỉnh": an aside in parentheses (an alias, a
  // constituency, where one lives) before the titles; not titles in parentheses ("A (Phó Chủ tịch …)").
  if (isPunct(tokens[k], "(") && (matchPhrase(tokens, k + 1, ALIAS) || !parseOfficeChain(tokens, k + 1, sentence).offices.length)) {
    let close = k + 1;
    while (close < Math.min(tokens.length, k + ASIDE_WINDOW) && !isPunct(tokens[close], ")")) close++;
    if (isPunct(tokens[close], ")") && isPunct(tokens[close + 1], ",")) k = close + 1;
  }
  if (!isPunct(tokens[k], ",-(")) return null;
  // "Ông Khoa, 49 tuổi, nguyên Phó Bí thư …": the age before the titles; so are the years in the Party
  // ("đảng viên X, 52 năm tuổi Đảng, nguyên Chủ tịch UBND xã …"), one after the other too ("cụ X, 96 tuổi,
  // 72 năm tuổi Đảng, nguyên Bí thư …"); and "Bà H'Ba Liêng, người M'nông, Trưởng buôn …": the people one
  // belongs to.
  for (let aside = personalAsideAt(tokens, k); aside; aside = personalAsideAt(tokens, k)) k += aside;
  // "X, khi đó là Trưởng Ban Tổ chức Tỉnh ủy, …": the offices held then, former ones now.
  const then = THEN_WAS.find((w) => wordsAt(tokens, k + 1, w))?.length ?? 0;
  const chain = parseOfficeChain(tokens, k + 1 + then, sentence);
  if (!chain.offices.length) return null;
  // After "tỉnh" only a province the lexicon knows is a place ("Phó Chủ tịch UBND tỉnh Lâm Hữu Phước" names a person).
  const nameAfter = placeMayStartAfter(tokens, chain.next) && tokens[chain.next - 1]?.lower !== "tỉnh" ? 0 : nameLengthAt(tokens, chain.next);
  const last = chain.offices[chain.offices.length - 1]!;
  // A name right after the titles is the next person's, whose titles they are; but after a person's
  // own titles, a company's name runs on over words that read as a name ("Ông A, Tổng Giám đốc Công
  // ty Cổ phần Xuất nhập khẩu Nông sản Cao Nguyên Xanh cho biết").
  // Not after a name that "Việt Nam" ends ("Tổng Giám đốc Tổng công ty Bưu điện Việt Nam Lã Văn Thịnh").
  const inCompany = nameAfter > 0 && !/ Việt Nam$/u.test(last.title) && tokens.some((t, j) => t.start >= last.start && j < chain.next && t.cap && matchPhrase(tokens, j, COMPANY_WORDS) > 0);
  // Two syllables the list does not go on after ("Ông X, Giám đốc Phòng giao dịch Ngân hàng Chính sách xã
  // hội Cao Phong thông tin …") are the place the body serves: another person would come in a list.
  const placeServed = nameAfter === 2 && !isPunct(tokens[chain.next + 2], ",;") && tokens[chain.next + 2]?.lower !== "và";
  if (nameAfter && !inCompany && !placeServed) return null;
  if (inCompany) {
    const end = tokens[chain.next + nameAfter - 1]!.end;
    chain.offices[chain.offices.length - 1] = { ...last, title: last.title + sentence.slice(tokens[chain.next - 1]!.end, end), end };
    chain.next += nameAfter;
  }
  const next = isPunct(tokens[k], "(") && isPunct(tokens[chain.next], ")") ? chain.next + 1 : chain.next;
  if (!then) return { titles: chain.offices, next };
  // "khi đó là A, B, nay là C": A and B were held then, C is held now.
  let now = k + 1 + then;
  while (now < chain.next && !(isPunct(tokens[now], ",") && nowAt(tokens, now + 1))) now++;
  const nowFrom = tokens[now]?.start ?? Infinity;
  return { titles: chain.offices.map((o) => (o.start < nowFrom ? { ...o, former: true } : o)), next };
}
/** "khi đó là", "lúc bấy giờ là" …: the office held then follows. */
export const THEN_WAS = AT_THAT_TIME.map((w) => [...w, "là"]);
const ALIAS = phraseIndex(["bí danh", "tên thật", "tên thường gọi", "tức"]);
// How many tokens the parenthesis of an aside may take.
const ASIDE_WINDOW = 14;

interface Named {
  name: string;
  /** Titles written before the name, then in apposition after it. */
  titles: RawOffice[];
  /** Whether all the titles came before the name ("các đồng chí Phó Bí thư Tỉnh ủy A, B"). */
  titlesBefore: boolean;
  next: number;
}

/**
 * [titles] name [apposition] from `tokens[j]`; null when no name is there. `introduced`: something
 * before says a person comes ("đồng chí", a list item), so a name the lexicon does not know may.
 */
function namedAt(tokens: readonly Token[], j: number, sentence: string, introduced: "no" | NameEnding = "no"): Named | null {
  const before = parseOfficeChain(tokens, j, sentence);
  const at = before.offices.length ? afterTitlesBefore(tokens, before.next) : before.next;
  const n = introduced !== "no" && !before.offices.length ? introducedNameLengthAt(tokens, at, introduced) : nameLengthAt(tokens, at);
  if (!n) return null;
  const name = nameText(tokens, at, n);
  const after = appositionAt(tokens, at + n, sentence);
  return {
    name,
    titles: [...before.offices, ...(after?.titles ?? [])],
    titlesBefore: before.offices.length > 0 && !after,
    next: after?.next ?? at + n,
  };
}

/**
 * Where the name stands after titles written before it: past a parent body in parentheses ("Phó Cục
 * trưởng Cục Lâm nghiệp và Kiểm lâm (Bộ Nông nghiệp và Môi trường) Hứa Văn Định"), which the title
 * leaves off as it leaves off a parent body written after the name; past a dash, as the Vĩnh Long
 * paper sets it ("Giám đốc Sở Nông nghiệp và Môi trường- Tiêu Văn Đạt thông tin").
 */
function afterTitlesBefore(tokens: readonly Token[], k: number): number {
  if (isPunct(tokens[k], "-") && nameLengthAt(tokens, k + 1)) return k + 1;
  if (!isPunct(tokens[k], "(") || !tokens[k + 1]?.cap) return k;
  const close = closingParenthesis(tokens, k);
  return close > 0 && tokens.slice(k + 1, close).every((t) => t.kind === "word") ? close + 1 : k;
}

const CHAIRED_BY = ["chủ", "trì", "của"];
// A title alone, followed by one of these, is a person acting ("Thủ tướng nhấn mạnh").
const ACTING_VERB = new Set(["nhấn", "yêu", "đề", "phát", "chủ", "khẳng", "cho", "lưu", "bày", "kết", "chỉ", "ghi", "dự", "trình", "truyền", "đánh", "biểu", "chúc", "trao", "đồng", "tham", "thông"]);
// "Trưởng ban và đoàn công tác đã làm việc …", "Bộ trưởng cùng đoàn công tác": leading a delegation.
const WITH_DELEGATION = new Set(["và", "cùng"]);
const actsAt = (tokens: readonly Token[], k: number): boolean =>
  ACTING_VERB.has(tokens[k]?.lower ?? "") || (WITH_DELEGATION.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "đoàn");
// Before a head, these make it part of something else ("Ban Bí thư", "các Bí thư chi bộ"), or name a
// place after a leader ("Khu lưu niệm Chủ tịch Tôn Đức Thắng", "Tượng đài …", "Đền thờ …").
const NOT_A_HOLDER_BEFORE = new Set(["ban", "các", "những", "văn", "phòng", "niệm", "đài", "thờ"]);
// Words that open a sentence, capitalized there, without being part of the title or name after
// them ("Theo TS Trần Đình Thiên", "Cùng Bí thư Tỉnh ủy …"; a task given in the chair's
// conclusions, "Giao Phó Chủ tịch UBND tỉnh X chỉ đạo …").
const SENTENCE_OPENERS = new Set(["theo", "tại", "cùng", "dự", "với", "sau", "trước", "về", "còn", "riêng", "ngoài", "thay", "giao"]);
// A report's or a photo's credit before a name ("Ảnh: Trung úy Lục Thị Ngân", "Bài và ảnh: Đại úy Vi Thành Đạt").
const CREDIT = /^(?:bài|tin|ảnh|video|clip)(?:\s*(?:,|và|\+|-)\s*(?:bài|tin|ảnh|video|clip))*\s*:$/iu;
/** Whether the name `tokens[i, next)` is a credit's, or a byline's: the name alone on its line ("Thượng tá Ngô Thị Lành"). */
const creditedAt = (tokens: readonly Token[], i: number, next: number, sentence: string): boolean =>
  CREDIT.test(sentence.slice(0, tokens[i]!.start).trim()) || (i === 0 && next === tokens.length);
// The year of birth in parentheses after a name ("(SN 1996, trú …)", "(sinh năm 1990)").
const BORN_IN = [["sn"], ["sinh", "năm"]];

// Prepositions whose object a title is ("với Bộ trưởng", "của Chủ tịch", "cho Giám đốc").
const OBJECT_OF = new Set(["với", "của", "cho", "tới", "gửi"]);
// Acting for someone else, named by their title ("Thừa ủy quyền của Chủ tịch nước, …", "Thay mặt Thủ tướng, …").
const ON_BEHALF_OF = phraseIndex(["ủy quyền của", "thay mặt"]);
// "được chỉ định giữ chức Phó Bí thư Tỉnh ủy", "được bầu làm Chủ tịch": the office follows.
// "ông Y, 49 tuổi, là Phó Bí thư Tỉnh ủy": the office the person is said to hold.
// "X tái đắc cử chức Bí thư Đảng ủy, Y …", "X, … trúng cử Ủy viên Ban Thường vụ Tỉnh ủy": elected to it, the
// title X's and not Y's before a name.
const APPOINTING = phraseIndex(["giữ chức vụ", "giữ chức", "bầu làm", "bầu bổ sung làm", "bổ nhiệm làm", "chỉ định làm", "điều động làm", "phân công làm",
  "tái đắc cử chức", "đắc cử chức", "tái đắc cử", "trúng cử chức", "trúng cử", "là"]);
// Between the persons and that cue: "(vừa) được (tiếp tục) chỉ định / bầu / bổ nhiệm / điều động",
// the person's age ("Bà X, 51 tuổi, tiếp tục giữ chức …"), the reason given ("…, nguyên Chủ tịch UBND
// tỉnh, do được điều động, luân chuyển giữ chức …").
// "đồng thời": a second post named at once ("… đồng thời được hiệp thương giữ chức Chủ tịch Hội …").
// Also the person introduced again as the one holding it ("ông X, người hiện giữ chức Giám đốc Sở Tài chính,
// …", "bà Y - người vừa được bổ nhiệm làm Phó Giám đốc Sở Y tế - …").
const APPOINTED_GLUE = new Set(["vừa", "mới", "đã", "được", "tiếp", "tục", "tuổi", "do", "đồng", "thời", "người", "hiện", "đang"]);
// "hiệp thương": how the Front and the associations choose their heads.
const APPOINTING_VERB_START = new Set(["chỉ", "bầu", "bổ", "điều", "phân", "tái", "hiệp"]);
// How many words the body that appoints may take ("được Ban Chấp hành Trung ương chỉ định").
const APPOINTER_WINDOW = 6;
// How far after the appointing verb its cue may come ("chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức …").
const APPOINTMENT_WINDOW = 16;
const JOINING = ["tham", "gia"];

// How many words may open a sentence before "với" and the title spoken to ("Thông tin với", "Trao đổi thêm với").
const SPEAKING_TO_OPENING = 3;

// Questioning a title ("Chất vấn Giám đốc Sở, …").
const QUESTIONING = ["chất", "vấn"];

/**
 * Whether the title at `tokens[i]` is the one a sentence's opening words speak to ("Thông tin với Đại sứ, …"),
 * or question ("Chất vấn Giám đốc Sở, bà X, Trưởng Ban Dân tộc HĐND tỉnh đặt vấn đề …").
 */
function opensSpeakingTo(tokens: readonly Token[], i: number): boolean {
  if (i === 2 && wordsAt(tokens, 0, QUESTIONING)) return true;
  return tokens[i - 1]?.lower === "với" && i - 1 <= SPEAKING_TO_OPENING && tokens.slice(0, i - 1).every((w, k) => w.kind === "word" && (k === 0 || !w.cap));
}

/** Whether the words from `from` to `to` only join a person to the appointment after them. */
function gluesAppointment(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // "được Bộ Chính trị điều động, chỉ định …": the body that appoints may stand before the verb,
    // and what the appointment also makes the person comes after it.
    if (t.lower === "được" || APPOINTING_VERB_START.has(t.lower)) {
      let v = k + (t.lower === "được" ? 1 : 0);
      const end = Math.min(to, k + 1 + APPOINTER_WINDOW);
      while (v < end && !APPOINTING_VERB_START.has(tokens[v]!.lower)) v++;
      // The cue may be the verb itself ("được Bộ Chính trị phân công làm …").
      if (v === to || APPOINTING_VERB_START.has(tokens[v]!.lower)) return to - v <= APPOINTMENT_WINDOW;
      if (t.lower === "được") continue;
    }
    // "chỉ định đồng chí X, …, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức …": the bodies joined, then the office.
    if (wordsAt(tokens, k, JOINING)) return to - k <= APPOINTMENT_WINDOW && tokens[to - 1]?.lower === "và";
    if (!(APPOINTED_GLUE.has(t.lower) || isPunct(t, ",-") || t.kind === "number")) return false;
  }
  return true;
}

// "bổ nhiệm 3 Phó Giám đốc Sở …, gồm: …", "bầu bổ sung Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026 đối
// với các đồng chí: …": the office comes first, then the list of those appointed to it.
const APPOINTING_A_LIST = phraseIndex(["bổ nhiệm", "bầu", "bầu bổ sung", "chỉ định"]);
/** "đối với": before those an appointment or an election names ("… đối với các đồng chí: A, B"). */
export const FOR_THOSE = ["đối", "với"];

/** The words of a term after an office ("nhiệm kỳ 2021 - 2026") at `tokens[k]`: how many, else 0. */
function termLength(tokens: readonly Token[], k: number): number {
  if (!wordsAt(tokens, k, ["nhiệm", "kỳ"])) return 0;
  let j = k + 2;
  while (tokens[j]?.kind === "number" || isPunct(tokens[j], "-–")) j++;
  return j - k;
}

/**
 * At `tokens[i]`, "bổ nhiệm [N] <office>[,] gồm:" or "bầu bổ sung <office> [nhiệm kỳ …] đối với các
 * đồng chí[:]": the office and where its list starts, else null.
 */
function appointedListAt(tokens: readonly Token[], i: number, sentence: string): { offices: RawOffice[]; from: number } | null {
  const cue = matchPhrase(tokens, i, APPOINTING_A_LIST);
  if (!cue) return null;
  const k = tokens[i + cue]?.kind === "number" ? i + cue + 1 : i + cue;
  const chain = parseOfficeChain(tokens, k, sentence);
  if (!chain.offices.length) return null;
  let next = chain.next + termLength(tokens, chain.next);
  // Each of the list is a mention whose introducer ("các đồng chí:") starts it.
  if (wordsAt(tokens, next, FOR_THOSE)) return { offices: chain.offices, from: next + FOR_THOSE.length };
  next += isPunct(tokens[next], ",") ? 1 : 0;
  if (tokens[next]?.lower === "gồm") next++;
  return isPunct(tokens[next], ":") ? { offices: chain.offices, from: next + 1 } : null;
}


// A ministry's delegation led by one of its ministers named by the bare title ("Đoàn công tác của Bộ Y tế
// do Thứ trưởng Doãn Minh Triết dẫn đầu", "đoàn công tác Bộ Dân tộc và Tôn giáo do Thứ trưởng X làm trưởng đoàn").
const LED_BY_MINISTER = /[Đđ]oàn(?: công tác)?(?: của)? (Bộ [^,;:()]+?) do $/u;

/** The ministry whose delegation a bare "Thứ trưởng" or "Bộ trưởng" leads is the one that title is of. */
function addDelegationsMinistry(tokens: readonly Token[], sentence: string, mentions: readonly PersonMention[]): void {
  for (const m of mentions) {
    const [only] = m.titles;
    if (m.titles.length !== 1 || !MINISTERS.has(only!.title.toLowerCase()) || only!.start !== tokens[m.start]!.start) continue;
    const ministry = LED_BY_MINISTER.exec(sentence.slice(0, only!.start))?.[1];
    if (ministry) m.titles[0] = { ...only!, title: `${only!.title} ${ministry}` };
  }
}

/**
 * "Đồng chí A, nguyên … và đồng chí B, nguyên … được chỉ định giữ chức Phó Bí thư Tỉnh ủy": the
 * office a sentence appoints persons to is theirs too, for each person of the list just before it,
 * or of the list after it ("bổ nhiệm 3 Phó Giám đốc Sở …, gồm: …").
 */
function addAppointedOffices(tokens: readonly Token[], sentence: string, mentions: readonly PersonMention[]): void {
  // The offices the sentence appointed to so far, for a later one naming its body by its first word.
  const appointed: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const listed = appointedListAt(tokens, i, sentence);
    if (listed) {
      for (const m of mentions) if (m.start >= listed.from) m.titles.push(...listed.offices);
      i = listed.from - 1;
      continue;
    }
    const cue = matchPhrase(tokens, i, APPOINTING);
    if (!cue) continue;
    let m = mentions.length - 1;
    while (m >= 0 && mentions[m]!.end > i) m--;
    // The cheap test first: "là" is everywhere.
    if (m < 0 || !gluesAppointment(tokens, mentions[m]!.end, i)) continue;
    const chain = parseOfficeChain(tokens, i + cue, sentence);
    if (!chain.offices.length) continue;
    const offices = chain.offices.map((o) => ({ ...o, title: bodyInFull(o.title, appointed) }));
    appointed.push(...offices.map((o) => o.title));
    for (const listed of listEndingAt(tokens, mentions, m)) listed.titles.push(...offices);
    i = chain.next - 1;
  }
}

// A body named by its first word alone at a title's end ("… giữ chức Phó Chủ tịch Hội").
const BARE_BODY = /\s(Hội|Hiệp hội|Sở|Ban|Liên đoàn|Quỹ)$/u;

/**
 * "bà A giữ chức Chủ tịch Hội Khuyến học tỉnh; …; bà B giữ chức Phó Chủ tịch Hội": a title ending in a
 * body's first word names the body the sentence appointed to in full before it.
 */
function bodyInFull(title: string, appointed: readonly string[]): string {
  const bare = BARE_BODY.exec(title);
  if (!bare) return title;
  const word = ` ${bare[1]} `;
  for (let k = appointed.length - 1; k >= 0; k--) {
    const full = appointed[k]!;
    if (full.includes(word)) return `${title}${full.slice(full.indexOf(word) + word.length - 1)}`;
  }
  return title;
}

// Between a title written once for a list and the list: an election or an appointment, then "gồm" and
// "các đồng chí" ("Bốn Phó Chủ tịch UBND tỉnh được bầu gồm các đồng chí: A, B, C và D").
const CHOSEN = [["được", "bầu"], ["được", "bổ", "nhiệm"], ["được", "chỉ", "định"]];
const COMRADES = ["các", "đồng", "chí"];

/** Where a list opens after a title written once for it at `tokens[k]`, past the words that may join them. */
function listOpenedAt(tokens: readonly Token[], k: number): number {
  let j = k + (CHOSEN.find((w) => wordsAt(tokens, k, w))?.length ?? 0);
  if (j > k && tokens[j]?.lower === "gồm") j++;
  if (j > k && wordsAt(tokens, j, COMRADES)) j += COMRADES.length;
  return j;
}

// Heads whose list items name the ministry before the person ("các Bộ trưởng: Tài chính Hồ Đức Phớc").
const MINISTERS = new Set(["bộ trưởng", "thứ trưởng"]);
// How many tokens a ministry's name may take before the minister's name.
const MAX_MINISTRY = 10;

/**
 * "các Bộ trưởng: Kế hoạch và Đầu tư Nguyễn Chí Dũng; Giao thông vận tải Nguyễn Văn Thắng",
 * "các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long": one title written once for a list (`shared`,
 * read up to the colon at `tokens[k - 1]`), each minister's ministry before the name. Returns the
 * persons of the list, or none when no name follows the colon.
 */
function sharedTitleList(tokens: readonly Token[], k: number, shared: readonly RawOffice[], sentence: string): PersonMention[] {
  const head = shared.length === 1 && MINISTERS.has(shared[0]!.title.toLowerCase()) ? shared[0]! : null;
  const out: PersonMention[] = [];
  // Whether every item so far had titles of its own and ended at ";".
  let itemsOwnTitled = false;
  for (let start = k; ; ) {
    let j = start;
    // A minister's ministry: a known body name, else the words up to the first name ("Giao thông vận tải").
    if (head) {
      j += matchPhrase(tokens, j, BODY_NAMES);
      while (j < start + MAX_MINISTRY && tokens[j] && !isPunct(tokens[j], ";,") && !nameLengthAt(tokens, j)) j++;
    }
    // Each name may come with its own "ông", "bà" ("các Phó Chủ tịch UBND tỉnh: ông A, bà B, ông C").
    const mister = !head && ["ông", "bà"].includes(tokens[j]?.lower ?? "") && nameLengthAt(tokens, j + 1) > 0 ? 1 : 0;
    j += mister;
    const n = out.length || mister ? introducedNameLengthAt(tokens, j, "listed") : nameLengthAt(tokens, j);
    if (!n) break;
    const titles = head && j > start ? [{ ...head, title: `${head.title} Bộ ${sentence.slice(tokens[start]!.start, tokens[j - 1]!.end)}` }] : [...shared];
    // A person's own titles after the name ("các Phó Bí thư Tỉnh ủy: A, Chủ tịch HĐND tỉnh và B, Chủ tịch UBND tỉnh").
    const own = appositionAt(tokens, j + n, sentence);
    // After ";", a person with titles of their own is the next of the longer list, not of the shared
    // title's ("các Phó Chủ tịch UBND tỉnh: A, B; C, Phó Chủ tịch HĐND tỉnh; …", "các Phó Bí thư Tỉnh ủy: A,
    // Chủ tịch HĐND tỉnh và B, Chủ tịch UBND tỉnh; C, …"); unless the list has gone so from its start
    // ("các Phó Bí thư Tỉnh ủy: bà A, Phó Bí thư Thường trực Tỉnh ủy; ông B, Chủ tịch UBND tỉnh").
    if (own && out.length && isPunct(tokens[start - 1], ";") && !itemsOwnTitled) break;
    // An aside in parentheses after a name ("Y Ngọc Mlô (dân tộc Ê Đê), Phạm Thị Kim Oanh") does not end the list.
    const aside = !own && isPunct(tokens[j + n], "(") ? closingParenthesis(tokens, j + n) : -1;
    const next = own?.next ?? (aside > 0 ? aside + 1 : j + n);
    out.push({ name: nameText(tokens, j, n), titles: [...titles, ...(own?.titles ?? [])], start, end: next, quoted: false });
    // With titles of their own, ";" ends the persons the shared titles are for, unless every item so far went so.
    itemsOwnTitled = Boolean(own) && isPunct(tokens[next], ";") && (out.length === 1 || itemsOwnTitled);
    const goesOn = own
      ? tokens[next]?.lower === "và" || (isPunct(tokens[next], ",") && nameLengthAt(tokens, next + 1) > 0) || itemsOwnTitled
      : isPunct(tokens[next], ";,") || tokens[next]?.lower === "và";
    if (!goesOn) break;
    start = next + 1;
  }
  return out;
}

const capWordAt = (tokens: readonly Token[], k: number): boolean => tokens[k]?.kind === "word" && tokens[k]!.cap;
const givenSyllableAt = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.kind === "word" && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) && !officeHeadAt(tokens, k);

/**
 * Syllables of a given name after "ông"/"bà", one or two ("ông Đạt", "bà Minh Hà", where "Minh" is
 * no surname), else 0: not the start of a full name, a title or a place.
 */
function givenNameLength(tokens: readonly Token[], j: number): number {
  if (!givenSyllableAt(tokens, j)) return 0;
  if (!capWordAt(tokens, j + 1)) return 1;
  return givenSyllableAt(tokens, j + 1) && !capWordAt(tokens, j + 2) ? 2 : 0;
}

export function findPersonMentions(tokens: readonly Token[], sentence: string): PersonMention[] {
  const out: PersonMention[] = [];
  const quotedAt = (i: number): boolean => tokens[i - 1]?.lower === "theo";
  let listMode = false;
  // Titles written once for a whole list: "các đồng chí Phó Chủ tịch UBND tỉnh: A, B, C".
  let shared: RawOffice[] = [];
  let sharedIfBare = false;
  let i = 0;
  while (i < tokens.length) {
    const intro = introducerAt(tokens, i);
    if (intro) {
      let j = i + intro.length;
      const colon = isPunct(tokens[j], ":");
      if (colon) j++;
      const named = namedAt(tokens, j, sentence, "titled");
      if (named) {
        const deputy = tokens[i]!.lower === "đại" && ofDelegation(tokens, named.next) ? [deputyOffice(tokens, i)] : [];
        out.push({ name: named.name, titles: [...named.titles, ...deputy], start: i, end: named.next, quoted: quotedAt(i) });
        listMode = intro.plural;
        // "các đồng chí Phó Bí thư Tỉnh ủy A, B": the titles before the first name are everyone's;
        // after a colon, only of those named with none of their own ("Các đồng chí: Phó Chủ tịch UBND
        // tỉnh A, B và C", but "các đồng chí: Phó Bí thư A; B, Chủ tịch …").
        shared = intro.plural && named.titlesBefore ? named.titles : [];
        sharedIfBare = colon;
        i = named.next;
        continue;
      }
      // "ông Đạt", and "đồng chí Triều" after the full name was given.
      const given = intro.length === 1 || (intro.length === 2 && tokens[i]!.lower === "đồng") ? givenNameLength(tokens, j) : 0;
      if (intro.plural) {
        const chain = parseOfficeChain(tokens, j, sentence);
        const first = chain.offices.length && isPunct(tokens[chain.next], ":") ? namedAt(tokens, chain.next + 1, sentence, "titled") : null;
        if (first) {
          shared = chain.offices;
          sharedIfBare = false;
          out.push({ name: first.name, titles: [...shared, ...first.titles], start: i, end: first.next, quoted: quotedAt(i) });
          listMode = true;
          i = first.next;
          continue;
        }
      } else if (given) {
        // "ông Đạt yêu cầu …": the person introduced earlier with that given name, with any titles after it.
        const after = appositionAt(tokens, j + given, sentence);
        const text = tokens.slice(j, j + given).map((t) => t.text).join(" ");
        out.push({ name: null, titles: after?.titles ?? [], start: i, end: after?.next ?? j + given, quoted: quotedAt(i), given: text });
        i = after?.next ?? j + given;
        continue;
      } else if (!intro.honorific) {
        const chain = parseOfficeChain(tokens, j, sentence);
        if (chain.offices.length) {
          out.push({ name: null, titles: chain.offices, start: i, end: chain.next, quoted: quotedAt(i) });
          i = chain.next;
          continue;
        }
      }
      i += intro.length;
      continue;
    }
    if (LIST_BEFORE_A_TITLE.has(tokens[i]!.lower) && (officeHeadAt(tokens, i + 1) || lowerOfficeHeadAt(tokens, i + 1))) {
      const chain = parseOfficeChain(tokens, i + 1, sentence);
      // "các Phó Chủ tịch UBND tỉnh: A, B", or with the names right after ("các Phó Thủ tướng A, B, C").
      const opened = listOpenedAt(tokens, chain.next);
      const first = isPunct(tokens[opened], ":") ? opened + 1 : nameLengthAt(tokens, opened) ? opened : -1;
      const listed = chain.offices.length && first >= 0 ? sharedTitleList(tokens, first, chain.offices, sentence) : [];
      if (listed.length) {
        // The first person's mention spans the shared title, as after "các đồng chí": a list it joins ("Chủ trì có X; các Phó Chủ tịch: A, B").
        listed[0]!.start = i;
        out.push(...listed);
        i = listed.at(-1)!.end;
        continue;
      }
    }
    // In a list, where one comes from, in parentheses after the name ("các đồng chí Đặng Thị Hoa (phường
    // Trần Hưng Đạo) và Phạm Văn Cường (xã Tiên Lữ)"), does not end the list.
    const aside = listMode && isPunct(tokens[i], "(") ? closingParenthesis(tokens, i) : -1;
    if (aside > 0) {
      i = aside + 1;
      continue;
    }
    // In a list of names ("các đồng chí A, B và C"), a name after a comma or "và" is the next person.
    if (listMode && (isPunct(tokens[i], ",;") || tokens[i]?.lower === "và")) {
      // "Các đồng chí A, Chủ tịch UBND thành phố, và B": the comma that ends a title, then "và".
      const at = isPunct(tokens[i], ",") && tokens[i + 1]?.lower === "và" ? i + 2 : i + 1;
      const named = namedAt(tokens, at, sentence, "listed");
      if (named) {
        // A title of its own before the name ("…: A, B; Phó Chủ tịch HĐND tỉnh C") heads the rest of the list.
        if (named.titlesBefore) shared = named.titles;
        const titles = named.titlesBefore || (sharedIfBare && named.titles.length) ? named.titles : [...shared, ...named.titles];
        out.push({ name: named.name, titles, start: at, end: named.next, quoted: false });
        i = named.next;
        continue;
      }
    }
    listMode = false;
    shared = [];
    sharedIfBare = false;
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    // The opener may follow a list item's mark ("- Giao Phó Chủ tịch …", "2. Giao …").
    const startsRun = !prev || !(prev.cap && prev.kind === "word") || (SENTENCE_OPENERS.has(prev.lower) && tokens.slice(0, i - 1).every((w) => w.kind !== "word"));
    const formerTitle = (formerMarkerAt(tokens, i) !== null && officeHeadAt(tokens, i + 1) > 0) || newlyMarkerAt(tokens, i);
    // "Thừa ủy quyền của Chủ tịch nước, Chủ tịch Quốc hội X trao …": the first title is the one who
    // delegated, not X's; X's titles start after the comma.
    // So is the title a sentence opens by speaking to ("Thông tin với Đại sứ, Chủ tịch UBND tỉnh X cho biết").
    if (startsRun && officeHeadAt(tokens, i) && (matchPhrase(tokens, i - 3, ON_BEHALF_OF) === 3 || matchPhrase(tokens, i - 2, ON_BEHALF_OF) === 2 || opensSpeakingTo(tokens, i))) {
      const delegator = parseOfficeSegment(tokens, i, sentence);
      if (delegator && isPunct(tokens[delegator.next], ",")) {
        i = delegator.next + 1;
        continue;
      }
    }
    // A marked title names its holder even after those words ("Khu tưởng niệm cố Thủ tướng Võ Văn Kiệt");
    // the title after a marker is read at the marker.
    if (startsRun && (formerTitle || (!NOT_A_HOLDER_BEFORE.has(prev?.lower ?? "") && formerMarkerAt(tokens, i - 1) === null && (officeHeadAt(tokens, i) || rankAt(tokens, i))))) {
      // Titles written before the name: "Tổng Bí thư Tô Lâm", "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Đức Thọ",
      // "nguyên Bí thư Thành ủy Trương Quang Nghĩa". A rank or a religious title alone says a person
      // comes, as "ông" does ("Achar Sơn Phol", "Đại tá Lò Văn Pản").
      const ranked = rankAt(tokens, i) > 0;
      const named = namedAt(tokens, i, sentence, ranked ? "ranked" : "no");
      // The police paper's reporters go by their rank: a credit or a byline names no one of the report.
      if (named && ranked && creditedAt(tokens, i, named.next, sentence)) {
        i = named.next;
        continue;
      }
      if (named) {
        out.push({ name: named.name, titles: named.titles, start: i, end: named.next, quoted: quotedAt(i) });
        i = named.next;
        continue;
      }
      const chain = parseOfficeChain(tokens, i, sentence);
      // "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh, ông Lữ Văn Tuấn cho biết": the title, then the person.
      // Not after an appointment ("giữ chức Chủ tịch HĐND xã, bà Y giữ chức …"): that title is the person's before it.
      // Nor after a preposition ("Tranh luận với Bộ trưởng …, đại biểu X cho rằng"): that title is another's.
      const appointed = matchPhrase(tokens, i - 2, APPOINTING) > 0 || matchPhrase(tokens, i - 3, APPOINTING) > 0 || OBJECT_OF.has(prev?.lower ?? "");
      const intro = chain.offices.length && !appointed && isPunct(tokens[chain.next], ",") ? introducerAt(tokens, chain.next + 1) : null;
      const titled = intro && !intro.plural ? namedAt(tokens, chain.next + 1 + intro.length, sentence, "titled") : null;
      if (titled) {
        out.push({ name: titled.name, titles: [...chain.offices, ...titled.titles], start: i, end: titled.next, quoted: quotedAt(i) });
        i = titled.next;
        continue;
      }
      // A title alone acting ("Thủ tướng nhấn mạnh"), or chairing ("dưới sự chủ trì của Thủ tướng").
      // Only a capitalized title: "các đại biểu HĐND tỉnh đề nghị" speaks of deputies in general.
      if (t.cap && chain.offices.length && (actsAt(tokens, chain.next) || wordsAt(tokens, i - CHAIRED_BY.length, CHAIRED_BY))) {
        out.push({ name: null, titles: chain.offices, start: i, end: chain.next, quoted: quotedAt(i) });
        i = chain.next;
        continue;
      }
    } else if (startsRun && t.cap) {
      // A name with titles in apposition, without an introducer: list items after ";" or "gồm:".
      // Not a school's name ("Trường Tiểu học | Kim Đồng (phường …), …").
      const found = isPunct(prev, ":;") ? introducedNameLengthAt(tokens, i) : nameLengthAt(tokens, i);
      const n = found && !schoolNamedBefore(tokens, i) ? found : 0;
      const after = n ? appositionAt(tokens, i + n, sentence) : null;
      if (after) {
        out.push({ name: nameText(tokens, i, n), titles: after.titles, start: i, end: after.next, quoted: quotedAt(i) });
        i = after.next;
        continue;
      }
      // "đường dây do Lê Hoàng Phúc (SN 1996, trú …) cầm đầu": a person told by year of birth, as police news does.
      if (n && isPunct(tokens[i + n], "(") && BORN_IN.some((w) => wordsAt(tokens, i + n + 1, w))) {
        out.push({ name: nameText(tokens, i, n), titles: [], start: i, end: i + n, quoted: false });
        i += n;
        continue;
      }
      // "Dự có: A và B, Phó Chủ tịch UBND tỉnh": A, bare, whose titles are written after B (sharePairTitles).
      if (n && isPunct(prev, ":;") && tokens[i + n]?.lower === "và" && pairedNameWithTitlesAt(tokens, i + n + 1, sentence)) {
        out.push({ name: nameText(tokens, i, n), titles: [], start: i, end: i + n, quoted: false });
        i += n;
        continue;
      }
    }
    i++;
  }
  sharePairTitles(tokens, out);
  addDelegationsMinistry(tokens, sentence, out);
  addAppointedOffices(tokens, sentence, out);
  addRespectiveOffices(tokens, sentence, out);
  return out;
}

// How many words a school's kind may take ("Trường Phổ thông dân tộc bán trú Tiểu học").
const SCHOOL_WORDS_MAX = 8;
/** Whether a school's kind ends right before `tokens[i]` ("Trường Tiểu học | Kim Đồng"): what follows is the school's name. */
function schoolNamedBefore(tokens: readonly Token[], i: number): boolean {
  for (let n = 2; n <= SCHOOL_WORDS_MAX && n <= i; n++) if (matchPhrase(tokens, i - n, SCHOOLS) === n) return true;
  return false;
}

function pairedNameWithTitlesAt(tokens: readonly Token[], k: number, sentence: string): boolean {
  const n = nameLengthAt(tokens, k);
  return n > 0 && (appositionAt(tokens, k + n, sentence)?.titles.length ?? 0) > 0;
}

// Titles several persons hold at once, which two named together may share.
const HELD_BY_MANY = /^(?:Phó|Ủy viên|Thành viên|Thứ trưởng|Đại biểu|Tỉnh ủy viên|Thành ủy viên)(?:\s|$)/u;

/**
 * "Đinh Văn Tuấn và Võ Ngọc Hiệp, Phó Chủ tịch UBND tỉnh": a person named bare right before "và"
 * and a second name whose titles follow it share them, when they are titles several hold at once
 * (a vice chair, a member). "A và đồng chí B, …", with B introduced again, may give B's titles only.
 */
function sharePairTitles(tokens: readonly Token[], mentions: PersonMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [a, b] = [mentions[k]!, mentions[k + 1]!];
    if (!a.name || a.titles.length || tokens[a.end]?.lower !== "và" || b.start !== a.end + 1 || !b.name) continue;
    if (officeHeadAt(tokens, b.start) || introducerAt(tokens, b.start) || !b.titles.length || !HELD_BY_MANY.test(b.titles[0]!.title)) continue;
    a.titles = b.titles.map((t) => ({ ...t }));
  }
}
