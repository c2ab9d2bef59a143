/**
 * Office titles: where one starts and ends in a token stream, the place written after it, and
 * its canonical form (abbreviations expanded, long central names shortened, "nguyên", "cựu" or "cố" = former).
 */
import { isPunct, lowerWordsAt, wordsAt, type Token } from "../text/tokens.ts";
import { TITLE_ABBREVIATIONS, TITLE_SYNONYMS } from "./lexicon/abbreviations.ts";
import { BODY_NAMES } from "./lexicon/bodies.ts";
import { COUNTRIES } from "./lexicon/countries.ts";
import {
  ADMIN_UNITS, BODY_COMPOUNDS, COMPANY_WORDS, DEPARTMENT_WORDS, LOCAL_COMMITTEES, LONG_NAMED_BODIES, NUMBERED_INNER, OFFICE_HEAD_PHRASES,
  OFFICE_INNER, OFFICE_STOP, PARENT_UNIVERSITIES, RANK_PARTS, RANKS, SCHOOLS,
} from "./lexicon/offices.ts";
import { matchPhrase, phraseIndex } from "./lexicon/phrases.ts";
import { SURNAMES } from "./lexicon/surnames.ts";
import { formerMarkerAt, lowerOfficeHeadAt, nameLengthAt, newlyMarkerAt, officeHeadAt, provinceLengthAt } from "./names.ts";

/** One title as the sentence writes it. Offsets are into the sentence. */
export interface RawOffice {
  /** The title without the place that may follow it. */
  title: string;
  /** The place written after the title ("Ninh Thuận" in "Bí thư Tỉnh ủy Ninh Thuận"). */
  place: string | null;
  former: boolean;
  /** The word that marks it former as written ("nguyên", "cựu", "cố"); absent when the text tells it otherwise ("khi đó là"). */
  marker?: string;
  start: number;
  end: number;
}

// A title longer than this many tokens is not a title: bounds the work per position.
const MAX_TITLE_TOKENS = 32;
// An unknown place after a level word ("huyện", "phường" …): at most this many capitalized syllables.
const MAX_PLACE_SYLLABLES = 3;
// At most this many titles in one chain: bounds the work when a chain does not end in a name.
const MAX_CHAIN = 12;
// A body's abbreviation or short name written after it in parentheses ("Tập đoàn Điện lực Việt Nam
// (EVN)", "(Petrovietnam)", "(Agribank)"): read over in a title, and left out of its canonical form.
const SHORT_NAME = String.raw`(?:\p{Lu}{2,}|[A-Z][a-z]+[A-Za-z0-9]*)`;
const SHORT_NAME_TOKEN = new RegExp(`^${SHORT_NAME}$`, "u");
// And two short names ("(ĐHQG TPHCM)"), a department's initials joined by "&" ("(KH&CN)", "(VH,TT&DL)"),
// a police unit's code ("(PC07)", "(C06)").
const SHORT_NAME_IN_PARENTHESES = new RegExp(` \\((?:${SHORT_NAME}(?: ${SHORT_NAME})?|\\p{Lu}{1,4}(?:[,&]\\p{Lu}{1,4})*&\\p{Lu}{1,4}|\\p{Lu}{1,3}\\d{1,3})\\)`, "gu");
// The levels below a commune that go by numbers ("thôn 3", "ấp 4", "khu phố 5", "tổ dân phố 2").
const NUMBERED_HAMLETS = new Set(["thôn", "ấp", "xóm", "bản", "khối", "phố", "tổ"]);
// A level's police written short ("Trưởng CAP Lê Chân", "CATP Hải Phòng"): its place may follow.
const POLICE_OF_A_LEVEL = /^CA(?:TP|T|P|X)$/u;
// A police unit's code, letters and digits written together ("PC07", "PA05", "C06"): its letters.
const UNIT_CODE_LETTERS = /^\p{Lu}{1,3}$/u;
// A term's number ("khóa I", "khóa XV", "khóa 2").
const TERM_NUMBER = /^(?:[IVXL]+|\d{1,2})$/u;
// A level written short before its place's name ("TP. Hồ Chí Minh", "P. Hạc Thành", "X. Tân Lập").
const SHORT_LEVELS = new Set(["tp", "p", "x"]);
// An ambassador's country follows the rank ("Đại sứ Đặc mệnh toàn quyền Vương quốc Hà Lan").
const ENVOY_RANK = ["đặc", "mệnh", "toàn", "quyền"];
// A province's power company ("Công ty Điện lực Nghệ An"), named after the province it serves.
const POWER_COMPANY = ["điện", "lực"];
const IN_CHARGE = ["phụ", "trách"];
const DELEGATION_HEADS = new Set(["trưởng đoàn", "phó trưởng đoàn"]);
export const DELEGATION_KINDS = phraseIndex(["giám sát", "kiểm tra", "khảo sát", "công tác"]);
export const HEAD_SPELLING: ReadonlyMap<string, string> = new Map(OFFICE_HEAD_PHRASES.map((phrase) => [phrase.toLowerCase(), phrase]));
const COMMITTEES_OF = [["đảng", "ủy"], ["tỉnh", "ủy"], ["thành", "ủy"]];
// The words either side of a comma inside one body's name: "phòng, chống", "phổ biến, giáo dục", "Khám, chữa bệnh",
// "nông nghiệp, nông dân, nông thôn" in either order, "bảo hiểm xã hội, bảo hiểm y tế", "cơ sở đảng, đảng viên",
// "tìm kiếm, cứu nạn", "Khu kinh tế, công nghiệp", "Cục Quản lý, giám sát tổ chức tín dụng".
const COMMA_PAIRS = new Set(["phòng chống", "biến giáo", "khám chữa", "tạm nhà", "thôn nông", "nghiệp nông", "dân nông", "hội bảo", "đảng đảng", "kiếm cứu", "tế công", "lý giám"]);
// The middle names that follow a family name far more often than they start a name.
const MIDDLE_NAMES = new Set(["Thị", "Văn"]);
const NUMBERED_PLACES = new Set(["phố", "thôn", "ấp", "khóm", "xóm", "bản", "tổ"]);
const STEERING = ["ban", "chỉ", "đạo"];
const THE_SCHOOL = ["nhà", "trường"];
const STEERING_VERBS = phraseIndex(["triển khai", "thực hiện"]);
const EVENT_YEAR = /^(?:19|20)\d\d$/u;
// The zones a board runs, after "và các" ("… Khu kinh tế Nghi Sơn và các khu công nghiệp").
const ZONES = phraseIndex(["khu công nghiệp", "cụm công nghiệp", "khu chế xuất", "khu kinh tế", "KCN"]);
// Verbs of two words whose first could go on a body's name in lower case ("công", "cảnh", "điểm").
const VERBS_AFTER_A_NAME = phraseIndex(["công bố", "cảnh báo", "cảnh giác", "điểm lại"]);
// Heads that say nothing without the body after them.
const BARE_HEADS_REJECTED = new Set(["trưởng", "phó trưởng", "chánh", "phó chánh", "uv", "ủy viên", "ct", "pct", "tb", "ptb", "gđ", "pgđ"]);

// A city's name that holds its level: "TP.HCM", "TPHCM", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh".
const CITY_WITH_LEVEL = /^(?:TP\.?\s?\S|Thành phố\s)/u;

/**
 * Number of tokens of a rank or degree ("Thiếu tướng", "PGS.TS") at `tokens[i]`, else 0; also of
 * honours and degrees written together as one word, in any order ("TTND.PGS.TS Giáp Văn Đông").
 */
export const rankAt = (tokens: readonly Token[], i: number): number => {
  const t = tokens[i];
  if (!t?.cap) return 0;
  return matchPhrase(tokens, i, RANKS) || (t.text.includes(".") && t.lower.split(".").every((part) => RANK_PARTS.has(part)) ? 1 : 0);
};

// Levels of more than one word, after which comes a place's name: a border post ("Chính trị viên Đồn
// Biên phòng Giang Thành"), a diocese ("Giám mục Giáo phận Phát Diệm"), a special zone, the level of
// some islands since 2025 ("Bí thư Đảng ủy đặc khu Cát Hải"), a residential area ("Trưởng ban Công tác
// Mặt trận khu dân cư Phước Hậu").
const GATE_WORDS = ["cửa khẩu quốc tế", "cửa khẩu chính", "cửa khẩu"];
const LEVEL_PHRASES: ReadonlyArray<readonly string[]> = [
  ["biên", "phòng"], ["giáo", "phận"], ["đặc", "khu"], ["khu", "dân", "cư"],
  // A border post named after its gate ("Đồn Biên phòng Cửa khẩu quốc tế Hà Tiên"): the gate is the post's, its name the place.
  ...GATE_WORDS.map((w) => w.split(" ")),
];
// The gate a border post is named after, right after "Biên phòng": part of the post's name.
const BORDER_GATES = phraseIndex(GATE_WORDS);
// Bodies named after a gate, its name and all: no place follows their gate ("Khu kinh tế cửa khẩu Đồng
// Đăng - Lạng Sơn", "Hải quan cửa khẩu quốc tế Hữu Nghị").
const GATE_NAMED_BODIES = [["kinh", "tế"], ["hải", "quan"]];
const gateOfANamedBodyAt = (tokens: readonly Token[], k: number): number =>
  GATE_NAMED_BODIES.some((w) => wordsAt(tokens, k - w.length, w)) ? matchPhrase(tokens, k, BORDER_GATES) : 0;

/**
 * A place name may follow: an administrative word ("tỉnh", "thị xã") or a local committee
 * ("Huyện ủy"). "Tỉnh Đoàn", "Thành Đoàn" are the Youth Union's committees, not places.
 */
export function placeMayStartAfter(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  // "P. Hạc Thành", "X. Tân Lập": after a ward or a commune written short.
  if (prev?.text === "." && (tokens[k - 2]?.text === "P" || tokens[k - 2]?.text === "X")) return true;
  if (!prev || prev.kind !== "word" || tokens[k]?.lower === "đoàn") return false;
  // "Hợp tác xã Dịch vụ …" is a cooperative, not a commune; "Siêu thị Thuận Phát" a supermarket; "Phát
  // triển Đô thị Hòn Ngọc" a company's trade, urban development; "Giám thị Trại giam …" a prison's governor.
  if ((prev.lower === "xã" && tokens[k - 2]?.lower === "tác") || (prev.lower === "thị" && ["siêu", "đô", "giám"].includes(tokens[k - 2]?.lower ?? ""))) return false;
  // "thị xã" is "xã" too.
  // Not "Phố" of a name ("Công ty … Nhà ở Phố Nối Xanh").
  if (ADMIN_UNITS.has(prev.lower) || prev.text === "phố" || POLICE_OF_A_LEVEL.test(prev.text)) return true;
  const level = LEVEL_PHRASES.find((w) => wordsAt(tokens, k - w.length, w));
  if (level) return gateOfANamedBodyAt(tokens, k - level.length) !== level.length;
  // A highland village ("Tổ trưởng Tổ tiết kiệm và vay vốn bản Cợp"), not "bản" of a word ("Xuất bản",
  // "Nhà xuất bản", "văn bản"); and the village a head heads ("Trưởng bản Che Căn").
  if (prev.text === "bản" && (!tokens[k - 2]?.cap || tokens[k - 2]?.lower === "trưởng") && !["văn", "xuất"].includes(tokens[k - 2]?.lower ?? "")) return true;
  // A dyke station, named after the district it guards ("Hạt trưởng Hạt Quản lý đê Phúc Thọ").
  if (prev.lower === "đê" && tokens[k - 2]?.lower === "lý") return true;
  // "Bí thư Huyện ủy Phong Thổ", and the Youth Union's "Bí thư Huyện đoàn Sìn Hồ".
  return (prev.lower === "ủy" || prev.lower === "đoàn") && LOCAL_COMMITTEES.has(tokens[k - 2]?.lower ?? "");
}

/**
 * Parses one title starting at `tokens[i]` ("nguyên"? head body… place?). Returns it and the
 * index after it, or null when no title starts there.
 */
export function parseOfficeSegment(tokens: readonly Token[], i: number, sentence: string): { office: RawOffice; next: number } | null {
  let k = i;
  const marker = formerMarkerAt(tokens, k);
  const former = marker !== null;
  if (former || newlyMarkerAt(tokens, k)) k++;
  // The marker's tokens before the head.
  const lead = k - i;
  const head = officeHeadAt(tokens, k) || lowerOfficeHeadAt(tokens, k);
  if (!head) return null;
  const headText = tokens.slice(k, k + head).map((t) => t.lower).join(" ");
  k += head;
  // A deputy in charge of a body pending its head's appointment ("Phó Giám đốc phụ trách Sở Tài chính"):
  // the charge is the post, as written.
  if (wordsAt(tokens, k, IN_CHARGE) && tokens[k + IN_CHARGE.length]?.cap) k += IN_CHARGE.length;
  // A delegation's head with what it does ("Phó Chủ tịch HĐND tỉnh, Trưởng đoàn giám sát chủ trì").
  if (DELEGATION_HEADS.has(headText)) k += matchPhrase(tokens, k, DELEGATION_KINDS);
  // An abbot with the pagoda's name, two syllables that may read as a person's ("trụ trì chùa Thiên Trù",
  // "Trụ trì chùa Hoa Yên"); a pagoda's board keeps it apart as its place.
  if (headText === "trụ trì" && tokens[k]?.lower === "chùa") {
    const end = k + PAGODA_NAME;
    for (k++; k < end && tokens[k]?.cap && tokens[k]!.kind === "word"; ) k++;
  }
  const bodyStart = k;
  const limit = Math.min(tokens.length, k + MAX_TITLE_TOKENS);
  let placeStart = -1;
  // Where "tại" sets the place apart, else -1.
  let placeAt = -1;
  // Where the place ends when a term follows it ("… xã Tân Trào khóa I"), else -1.
  let placeEnd = -1;
  // The place read is whole (a province the lexicon knows, a hamlet's number): what follows is no more of it.
  let placeIsWhole = false;
  let inCompany = false;
  let inSchool = false;
  // Where a school's own name starts, after its kind ("Trường THPT | Việt Đức").
  let schoolNameStart = -1;
  // A head that ends in such a body's first word ("Trưởng Ban" of "Ban Chỉ đạo …") starts its long name.
  let longName = /văn phòng$/u.test(headText) || matchPhrase(tokens, k - 1, LONG_NAMED_BODIES) > 0;
  while (k < limit) {
    const t = tokens[k]!;
    // "Hiệu trưởng Nhà trường", "Trưởng Ban đại diện cha mẹ học sinh nhà trường": the school the report is
    // about, named as a place is, left off.
    if (wordsAt(tokens, k, THE_SCHOOL)) break;
    // A market's name runs on as a company's ("chợ Đồng Xuân", "Trưởng Ban Quản lý chợ Bến Tre").
    if ((t.cap && matchPhrase(tokens, k, COMPANY_WORDS)) || t.lower === "chợ") inCompany = true;
    // Another body named after it ("Vụ Báo chí - Xuất bản Ban Tuyên giáo Trung ương") is not one.
    // So does the body written in lower case after its head ("Trưởng phòng Xuất nhập khẩu").
    const longBody = matchPhrase(tokens, k, LONG_NAMED_BODIES) > 0;
    if (t.cap || longBody) longName = longBody || (longName && !DEPARTMENT_WORDS.has(t.lower));
    // "Sở Tài nguyên và Môi trường", "Bộ Văn hóa, Thể thao và Du lịch": one body, not two titles.
    const body = t.cap ? matchPhrase(tokens, k, BODY_NAMES) : 0;
    if (body) {
      k += body;
      placeStart = -1;
      continue;
    }
    const school = t.cap && !inSchool ? matchPhrase(tokens, k, SCHOOLS) : 0;
    if (school) {
      inSchool = true;
      k += school;
      schoolNameStart = k;
      placeStart = -1;
      continue;
    }
    // A school's name may be a person's ("Trường THPT Phan Bội Châu"), but once it has words of its own,
    // a name that ends the capitalized run is its head's ("Hiệu trưởng Trường THPT Việt Đức Thái Thị Thanh Xuân chia sẻ").
    if (inSchool && k > schoolNameStart && headNameEndsRunAt(tokens, k)) break;
    // "Trường Tiểu học Mường Lống 1": a number ends a school's name too.
    if (inSchool && ((t.kind === "word" && t.cap && !rankAt(tokens, k) && !officeHeadAt(tokens, k)) || (t.kind === "number" && tokens[k - 1]?.cap))) {
      k++;
      continue;
    }
    if (inSchool && isPunct(t, ",") && matchPhrase(tokens, k + 1, PARENT_UNIVERSITIES)) {
      k++;
      continue;
    }
    // "Ban Tuyên giáo và Dân vận": "và" between the two-syllable names of one merged body joins them.
    if (t.lower === "và" && departmentJoinAt(tokens, k)) {
      k += 3;
      placeStart = -1;
      continue;
    }
    // So does "và" inside a long name or a company's before its next capitalized word ("Cục Kinh tế hợp
    // tác và Phát triển nông thôn", "Hợp tác xã Sản xuất và Thương mại Phúc Lộc"), unless another body,
    // title or person follows.
    const after = tokens[k + 1];
    if (t.lower === "và" && (longName || inCompany) && after?.cap && !DEPARTMENT_WORDS.has(after.lower) && !officeHeadAt(tokens, k + 1) && !nameLengthAt(tokens, k + 1) && !rankAt(tokens, k + 1)) {
      k++;
      continue;
    }
    if (t.kind === "punct") {
      // A department's initials joined by "&" ("Sở KH&CN", "Sở GD&ĐT", "Sở VH,TT&DL"): one name.
      if (initialsJoinAt(tokens, k)) {
        k += 2;
        continue;
      }
      // A fund's or a prize's name in quotation marks ("Trưởng Ban vận động Quỹ “Vì người nghèo” tỉnh").
      const quoted = quotedNameEnd(tokens, k);
      if (quoted) {
        k = quoted;
        continue;
      }
      // "UBND TP. Hồ Chí Minh": the abbreviation's full stop; the place follows.
      if (t.text === "." && SHORT_LEVELS.has(tokens[k - 1]?.lower ?? "") && tokens[k + 1]?.cap) {
        k++;
        continue;
      }
      // "phòng, chống" in a steering committee's name ("Ban Chỉ đạo phòng, chống dịch bệnh tỉnh"), and
      // "phổ biến, giáo dục" in a council's or a department's ("Cục Phổ biến, giáo dục pháp luật …").
      if (t.text === "," && COMMA_PAIRS.has(`${tokens[k - 1]?.lower} ${tokens[k + 1]?.lower}`) && (longName || tokens[k - 2]?.cap)) {
        k += 2;
        continue;
      }
      // A body's abbreviation or short name in parentheses ("Tập đoàn Điện lực Việt Nam (EVN) Đỗ Hữu Tài",
      // "… Quốc gia Việt Nam (Petrovietnam), Trưởng Ban …").
      // So is the body a school belongs to ("Hiệu trưởng Trường ĐH Bách khoa (ĐHQG TPHCM) Lạc Thành Phát").
      const shortName = t.text === "(" ? shortNameInParenthesesAt(tokens, k) : 0;
      if (shortName) {
        k += shortName;
        continue;
      }
      // A police unit's code after its name ("Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07) Công an thành phố").
      if (t.text === "(" && unitCodeAt(tokens, k + 1) && tokens[k + 3]?.text === ")") {
        k += 4;
        continue;
      }
      // A department's initials in parentheses ("Giám đốc Sở Khoa học và Công nghệ (KH&CN) Nguyễn Hữu Phước").
      const initials = t.text === "(" ? initialsInParenthesesAt(tokens, k) : 0;
      if (initials) {
        k += initials;
        continue;
      }
      // A place as it was before the 2025 mergers ("Phó Chủ tịch UBND huyện Quế Phong (cũ), hiện là …"):
      // the place ends before the mark, and the title with it, as after a term.
      if (t.text === "(" && placeStart >= 0 && tokens[k + 1]?.lower === "cũ" && tokens[k + 2]?.text === ")") {
        placeEnd = k;
        k += 3;
        break;
      }
      // The region in a church's name ("Hội thánh Tin Lành Việt Nam (miền Nam)").
      if (t.text === "(" && tokens[k + 1]?.lower === "miền" && tokens[k + 2]?.cap && tokens[k + 3]?.text === ")") {
        k += 4;
        continue;
      }
      // A place named after two, as many wards of 2025 are ("phường Lâm Viên - Đà Lạt"): the hyphen and
      // the second name's capitalized syllables are the place's.
      if (t.text === "-" && placeStart >= 0 && after?.cap && !officeHeadAt(tokens, k + 1) && !nameLengthAt(tokens, k + 1)) {
        k++;
        for (const segment = k; k < limit && k - segment < MAX_PLACE_SYLLABLES && tokens[k]!.cap && tokens[k]!.kind === "word"; ) k++;
        continue;
      }
      // Fields listed in a body's name ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh").
      if (t.text === "," && fieldListAt(tokens, k + 1)) {
        k++;
        continue;
      }
      // A hyphen between two capitalized words of one body does not split the title
      // ("Hội đồng Thi đua - Khen thưởng", "Ngân hàng TMCP Sài Gòn - Hà Nội"); before a new head or a name it does.
      if (t.text === "-" && after?.cap && !officeHeadAt(tokens, k + 1) && (!nameLengthAt(tokens, k + 1) || (inCompany && provinceLengthAt(tokens, k + 1))) && !rankAt(tokens, k + 1)) {
        k++;
        placeStart = -1;
        continue;
      }
      break;
    }
    // "Chi nhánh Trợ giúp pháp lý nhà nước số 2": a body's number after "số"; not a neighbourhood's
    // ("Tổ trưởng Tổ dân phố số 5"), whose number is its place, as a village's is ("Trưởng thôn 3").
    if (t.lower === "số" && tokens[k + 1]?.kind === "number" && placeStart < 0 && !NUMBERED_PLACES.has(tokens[k - 1]?.lower ?? "")) {
      k += 2;
      continue;
    }
    if (t.kind === "number") {
      // A hamlet known by its number ("Bí thư Chi bộ khu phố 5", "Trưởng ấp 4"): the number is its name, the place.
      if (placeStart < 0 && NUMBERED_HAMLETS.has(tokens[k - 1]?.lower ?? "")) {
        placeStart = k;
        placeIsWhole = true;
        k++;
        continue;
      }
      // A residential group numbered after its name ("Bí thư Chi bộ tổ dân phố Hải Đình 3 Lê Thị Mận"): the place's last word.
      if (placeStart >= 0 && !placeIsWhole && tokens[k - 1]!.cap && tokens[k - 1]!.kind === "word") {
        placeIsWhole = true;
        k++;
        continue;
      }
      // A company's plant or branch numbered at the end of its name ("Công ty cổ phần Thủy điện Suối Sập 2A").
      const numberedPlant = inCompany && tokens[k - 1]!.cap && tokens[k - 1]!.kind === "word";
      if (!numberedPlant && !NUMBERED_INNER.has(tokens[k - 1]?.lower ?? "") && !NUMBERED_INITIALS.test(tokens[k - 1]?.text ?? "") && !unitCodeAt(tokens, k - 1)) break;
      k++;
      if (numberedPlant && tokens[k]?.start === tokens[k - 1]!.end && /^\p{Lu}$/u.test(tokens[k]!.text)) k++;
      placeStart = -1;
      continue;
    }
    // "Đồn Biên phòng Cửa khẩu quốc tế Hà Tiên": the gate is the post's name, the place comes after it.
    const gate = t.cap && (wordsAt(tokens, k - 2, ["biên", "phòng"]) || tokens[k - 1]?.text === "BP") ? matchPhrase(tokens, k, BORDER_GATES) : 0;
    if (gate) {
      k += gate;
      continue;
    }
    // The gate's name, two names joined by a hyphen too ("Đồng Đăng - Lạng Sơn"), up to a holder's full name.
    const namedAfterGate = tokens[k - 1]?.kind === "word" ? gateOfANamedBodyAt(tokens, k) : 0;
    if (namedAfterGate && tokens[k + namedAfterGate]?.cap) {
      k += namedAfterGate;
      const gateName = () => {
        for (let n = 0; n < MAX_PLACE_SYLLABLES && k < limit && tokens[k]!.cap && tokens[k]!.kind === "word" && nameLengthAt(tokens, k) < 3 && !officeHeadAt(tokens, k); n++) k++;
      };
      gateName();
      if (tokens[k]?.text === "-" && tokens[k + 1]?.cap) {
        k++;
        gateName();
      }
      placeStart = -1;
      continue;
    }
    if (t.cap) {
      // The Youth Union's committee written with capitals right after the head ("Bí thư Tỉnh Đoàn Gia Lai"):
      // "Đoàn" is no family name here, as it is after "tỉnh" ("Chủ tịch UBND tỉnh Đoàn Văn Thạnh").
      // So is the Union's committee of a school right after the head ("Bí thư Đoàn Trường ĐH Y Dược Cần Thơ").
      const schoolUnion = t.lower === "đoàn" && k === bodyStart && tokens[k + 1]?.text === "Trường";
      if (schoolUnion || (t.lower === "đoàn" && k - 1 === bodyStart && tokens[k - 1]!.cap && LOCAL_COMMITTEES.has(tokens[k - 1]!.lower))) {
        k++;
        continue;
      }
      // After "huyện", "Huyện ủy" … and inside a place, two syllables are the place far more often
      // than a name ("Bí thư Huyện ủy Cao Lộc cho biết", "huyện Nam Trà My"); and a three-syllable
      // name one word on is likelier than a four-syllable one here ("huyện Hải Lăng Lê Văn Bình").
      const nameHere = nameLengthAt(tokens, k);
      // A province the lexicon knows is whole: two syllables after it are a name ("… tỉnh Đắk Lắk H'Nga Byă").
      const inPlace = (placeStart >= 0 && !placeIsWhole) || placeMayStartAfter(tokens, k);
      // Not when that name would start with "Thị", which follows a family name far more often
      // than it starts one ("thị xã An Nhơn Phan Thị Ngọc Lan").
      // After "tỉnh" or "Tỉnh ủy" a place is a province the lexicon knows: "Phó Chủ tịch HĐND tỉnh
      // Ksor Bình" names a person.
      const afterProvinceWord = placeStart < 0 && (tokens[k - 1]?.lower === "tỉnh" || (tokens[k - 1]?.lower === "ủy" && tokens[k - 2]?.lower === "tỉnh"));
      // Not a highland woman's or K'Ho name ("Chủ tịch UBND xã H'Zuê Mlô"): no place starts so.
      const twoSyllablePlace = nameHere === 2 && (!afterProvinceWord || provinceLengthAt(tokens, k) > 0) && !HIGHLAND_PREFIXED.test(t.text);
      const placeGoesOn = inPlace && (twoSyllablePlace || (placeStart >= 0 && nameHere === 4 && tokens[k + 1]?.text !== "Thị" && nameLengthAt(tokens, k + 1) === 3));
      // A company's name runs on over two syllables that could be a name ("Hợp tác xã Cà phê Hoa Nắng"),
      // and so does a market's ("chợ Đồng Xuân"); or over one, when a three-syllable name follows it
      // ("Vườn quốc gia Cúc Phương Đinh Công Tuấn").
      const nameFollows = nameHere === 4 && tokens[k + 1]?.text !== "Thị" && nameLengthAt(tokens, k + 1) === 3;
      const companyGoesOn = inCompany && (nameHere === 2 || nameFollows);
      if (!placeGoesOn && !companyGoesOn && (nameHere || rankAt(tokens, k))) break;
      // Not a province whose last syllable is a family name before "Thị" or "Văn" ("phường Tân An Giang Thị
      // Tuyết Mai": the ward Tân An, then Giang Thị Tuyết Mai).
      const whole = provinceLengthAt(tokens, k);
      const lastIsFamilyName = whole > 0 && MIDDLE_NAMES.has(tokens[k + whole]?.text ?? "") && SURNAMES.has(tokens[k + whole - 1]!.text);
      const province = lastIsFamilyName ? 0 : whole;
      // In a company's name a province is part of the name ("Công ty TNHH Thương mại và Dịch vụ Hòa
      // Phát Quảng Ngãi"), unless a level word makes it the place ("Chi nhánh … tỉnh Nghệ An", "Hội
      // Doanh nghiệp thành phố Hải Phòng"), or it is the province a power company serves ("Giám đốc
      // Công ty Điện lực Phú Thọ": every province has one, named after it).
      // So is a market's ("Trưởng Ban Quản lý chợ Bến Tre").
      if (province && inCompany && !placeMayStartAfter(tokens, k) && !wordsAt(tokens, k - POWER_COMPANY.length, POWER_COMPANY)) {
        k += province;
        continue;
      }
      if (province) {
        placeStart = k;
        placeIsWhole = true;
        k += province;
        continue;
      }
      // A letter ends a hamlet's name ("ấp Phú Thọ B"), even one that is also a province's.
      if (placeStart >= 0 && t.text.length === 1) {
        k++;
        continue;
      }
      // An unknown place after "huyện", "Huyện ủy" …: at most MAX_PLACE_SYLLABLES capitalized syllables.
      if (placeStart < 0 && placeMayStartAfter(tokens, k)) placeStart = k;
      else if (placeStart >= 0 && (placeIsWhole || k - placeStart >= MAX_PLACE_SYLLABLES)) placeStart = -1;
      placeIsWhole = false;
      k++;
      continue;
    }
    // An office abroad or a foreign body's branch, with the country or province it is in ("Chủ tịch
    // Hội người Việt Nam tại Lào", "… Hàn Quốc tại Việt Nam"): the place, kept apart; the title ends.
    const abroad = t.lower === "tại" && placeStart < 0 ? (tokens[k + 1]?.cap ? matchPhrase(tokens, k + 1, COUNTRIES) : 0) || provinceLengthAt(tokens, k + 1) : 0;
    if (abroad) {
      placeAt = k;
      placeStart = k + 1;
      k += 1 + abroad;
      break;
    }
    // A commission of a local Party committee, written with "của" ("Trưởng Ban Xây dựng Đảng của Đảng ủy xã").
    if (t.lower === "của" && COMMITTEES_OF.some((w) => wordsAt(tokens, k + 1, w))) {
      k++;
      placeStart = -1;
      continue;
    }
    // A zone's board named with the parks it also runs ("Ban Quản lý Khu kinh tế Nghi Sơn và các khu
    // công nghiệp"): "và các" before a zone's word joins them.
    if (t.lower === "và" && tokens[k + 1]?.lower === "các" && matchPhrase(tokens, k + 2, ZONES)) {
      k += 2;
      placeStart = -1;
      continue;
    }
    // "Bí thư Đảng ủy các Khu công nghiệp", "Trưởng Ban Quản lý các KCN": the bodies a committee serves.
    // Also the works it builds ("Ban Quản lý dự án … các công trình giao thông tỉnh").
    if (t.lower === "các" && ((tokens[k + 1]?.cap && !officeHeadAt(tokens, k + 1) && !nameLengthAt(tokens, k + 1)) || matchPhrase(tokens, k + 1, OFFICE_INNER) > 0)) {
      k++;
      placeStart = -1;
      continue;
    }
    // A term after the place ("Bí thư Đảng ủy xã Tân Trào khóa I"): the place stays the place, and the
    // title ends with the term, which no office keeps.
    if (placeStart >= 0 && t.lower === "khóa" && TERM_NUMBER.test(tokens[k + 1]?.text ?? "")) {
      placeEnd = k;
      k += 2;
      break;
    }
    // A steering committee named by what it carries out ("Ban Chỉ đạo triển khai các dự án điện hạt nhân
    // trên địa bàn tỉnh", "Ban Chỉ đạo thực hiện Đề án 06"): the verb right after it is its name's.
    // A team named by what it does ("Thành viên Đoàn kiểm tra"): both words are its name's.
    const teamKind = tokens[k - 1]?.lower === "đoàn" ? matchPhrase(tokens, k, DELEGATION_KINDS) : 0;
    if (teamKind) {
      k += teamKind;
      continue;
    }
    const steers = wordsAt(tokens, k - STEERING.length, STEERING) ? matchPhrase(tokens, k, STEERING_VERBS) : 0;
    if (steers) {
      k += steers;
      continue;
    }
    // A steering committee for one event names its year ("Ban Chỉ đạo Tổng điều tra nông thôn, nông
    // nghiệp năm 2025 tỉnh", "… Kỳ thi tốt nghiệp THPT năm 2026").
    if (longName && t.lower === "năm" && EVENT_YEAR.test(tokens[k + 1]?.text ?? "")) {
      k += 2;
      continue;
    }
    const inner = matchPhrase(tokens, k, OFFICE_INNER);
    if (inner) {
      k += inner;
      placeStart = -1;
      continue;
    }
    // A place name is all capitals: a lower-case word after it ends the title ("Bí thư Huyện ủy Phong Thổ chia sẻ …").
    if (placeStart >= 0) break;
    // The second syllable of a capitalized word ("Hội đồng", "Chính phủ"), unless it is a verb
    // the title runs into ("Bí thư Đảng ủy Khối chủ trì").
    // After an institute, a department, an office or a plant, the name's lower-case words go on
    // ("Viện Nghiên cứu phát triển kinh tế biển", "Văn phòng Điều phối nông thôn mới tỉnh").
    // Not after an abbreviation ("TB Tổ chức TU thông qua …").
    const prev = tokens[k - 1]!;
    const goesOn = ((prev.cap && !/^\p{Lu}{2,}$/u.test(prev.text)) || longName) && prev.kind === "word";
    // A cooperative's or company's name runs on through its trade's lower-case words to its own
    // capitalized name ("Hợp tác xã Chăn nuôi gia cầm Tiến Phát", "Hợp tác xã Trà hoa vàng Tây Yên Tử").
    const tradeWords = !goesOn && inCompany && prev.kind === "word" ? companyTradeWordsAt(tokens, k) : 0;
    if (tradeWords) {
      k += tradeWords;
      continue;
    }
    if (!goesOn) break;
    // "… Cục Di sản văn hóa công bố Quyết định …", "… Viện Khoa học Thủy lợi miền Nam cảnh báo, …": the verb after the name.
    if (matchPhrase(tokens, k, VERBS_AFTER_A_NAME)) break;
    // "phát triển" (development) is no verb of the sentence ("Viện Nghiên cứu phát triển kinh tế biển"),
    // nor is "khai thác" (fishing, mining) in a committee's name ("Ban Chỉ đạo chống khai thác IUU tỉnh").
    if ((t.lower === "phát" && tokens[k + 1]?.lower === "triển") || (t.lower === "khai" && tokens[k + 1]?.lower === "thác")) {
      k += 2;
      continue;
    }
    if (OFFICE_STOP.has(t.lower) && !BODY_COMPOUNDS.has(`${prev.lower} ${t.lower}`)) break;
    k++;
    placeStart = -1;
  }
  if (k === i + lead + head && BARE_HEADS_REJECTED.has(headText)) return null;
  // An envoy's country is where the office is held ("Đại sứ Đặc mệnh toàn quyền | Vương quốc Hà Lan tại Việt Nam").
  if (headText === "đại sứ") {
    const headEnd = i + lead + head;
    const rank = wordsAt(tokens, headEnd, ENVOY_RANK) ? ENVOY_RANK.length : 0;
    if (headEnd + rank < k && tokens[headEnd + rank]!.cap) {
      placeStart = headEnd + rank;
      placeAt = -1;
    }
  }
  const first = tokens[i + lead]!;
  const place = placeStart >= 0 ? sentence.slice(tokens[placeStart]!.start, tokens[(placeEnd >= 0 ? placeEnd : k) - 1]!.end) : null;
  const ofDepartment = place !== null && placeAt < 0 && lastBodyIsDepartment(tokens, i, placeStart);
  const titleEnd = placeAt >= 0 ? placeAt : placeStart >= 0 ? placeStart - (ofDepartment ? levelBefore(tokens, placeStart) : 0) : k;
  const written = sentence.slice(first.start, tokens[titleEnd - 1]!.end);
  // A head written in lower case ("giám đốc Sở …") is spelt as titles are ("Giám đốc Sở …").
  const headEnd = tokens[i + lead + head - 1]!.end - first.start;
  const title = first.cap ? written : `${HEAD_SPELLING.get(headText) ?? headText}${written.slice(headEnd)}`;
  return {
    office: {
      // "Chủ tịch UBND TP.HCM": the city written with its level keeps the level, as "tỉnh" of "tỉnh
      // Quảng Ngãi" is kept ("Chủ tịch Ủy ban nhân dân thành phố"). A department's does not: "Giám
      // đốc Sở Nội vụ tỉnh Nghệ An" heads "Sở Nội vụ", whose province is the place; nor does a city
      // "tại" sets apart ("Chánh án TAND cấp cao tại TP Hồ Chí Minh").
      title: place && CITY_WITH_LEVEL.test(place) && !ofDepartment && placeAt < 0 ? `${title} thành phố` : title,
      place,
      former,
      ...(marker && { marker }),
      start: tokens[i]!.start,
      end: tokens[k - 1]!.end,
    },
    next: k,
  };
}

/** Whether the last body named in tokens `from` to `to` is a department ("Sở Tài chính"), not a committee of the level ("UBND tỉnh"). */
function lastBodyIsDepartment(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.cap && DEPARTMENT_WORDS.has(t.lower)) return t.lower === "sở";
    if (t.cap && (t.lower === "ủy" || t.lower === "ubnd" || t.lower === "hđnd")) return false;
  }
  return false;
}

/** How many tokens of a level word ("tỉnh", "thành phố", "TP.") end right before `tokens[k]`, else 0. */
function levelBefore(tokens: readonly Token[], k: number): number {
  if (tokens[k - 1]?.lower === "tỉnh" || tokens[k - 1]?.lower === "tp") return 1;
  return wordsAt(tokens, k - 2, ["thành", "phố"]) || wordsAt(tokens, k - 2, ["tp", "."]) ? 2 : 0;
}

// Bodies named with a quoted name after them ("Quỹ “Vì người nghèo”", "Giải “Búa liềm vàng”"); the text
// is normalized, so every quotation mark is '"'.
const QUOTED_NAMED = new Set(["quỹ", "giải"]);
const QUOTED_NAME_MAX = 8;

/** The token after the closing mark of a quoted name opening at `tokens[k]` right after such a body's word, else 0. */
function quotedNameEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]!.text !== '"' || !QUOTED_NAMED.has(tokens[k - 1]?.lower ?? "") || !tokens[k + 1]?.cap) return 0;
  for (let j = k + 2; j < Math.min(tokens.length, k + QUOTED_NAME_MAX); j++) if (tokens[j]!.text === '"') return j + 1;
  return 0;
}

const INITIALS = /^\p{Lu}{1,4}$/u;
// "chùa" and the two syllables of a pagoda's name.
const PAGODA_NAME = 3;
// The prefix of a highland woman's or a K'Ho name ("H'Zuê Mlô", "K'Mát"), which no place starts with.
const HIGHLAND_PREFIXED = /^[HK]'\p{Lu}/u;
// A defence zone's command written short, numbered after it ("Chỉ huy trưởng Ban CHPTKV 1").
const NUMBERED_INITIALS = /^\p{Lu}*KV$/u;

// How many short names a parenthesis may hold ("(ĐHQG TPHCM)").
const SHORT_NAMES_MAX = 2;
/** Tokens of a body's short name in parentheses at `tokens[k]` ("(EVN)", "(ĐHQG TPHCM)"), else 0. */
function shortNameInParenthesesAt(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  while (j - k - 1 < SHORT_NAMES_MAX && SHORT_NAME_TOKEN.test(tokens[j]?.text ?? "")) j++;
  return j > k + 1 && tokens[j]?.text === ")" ? j + 1 - k : 0;
}

/**
 * Whether a person's name starts at `tokens[k]` and runs to the end of the capitalized words there:
 * three syllables, or four with a middle "Thị" or "Văn" ("Thái Thị Thanh Xuân"; not "Đạo Nguyễn Văn An",
 * whose name is "Nguyễn Văn An").
 */
function headNameEndsRunAt(tokens: readonly Token[], k: number): boolean {
  let run = 0;
  while (tokens[k + run]?.cap && tokens[k + run]!.kind === "word") run++;
  const n = nameLengthAt(tokens, k);
  return n === run && (n === 3 || (n === 4 && (tokens[k + 1]!.text === "Thị" || tokens[k + 1]!.text === "Văn")));
}

/** Whether a police unit's code starts at `tokens[k]`: its letters, then its number with no space between. */
function unitCodeAt(tokens: readonly Token[], k: number): boolean {
  const [letters, number] = [tokens[k], tokens[k + 1]];
  return Boolean(letters && number && number.kind === "number" && number.start === letters.end && UNIT_CODE_LETTERS.test(letters.text) && number.text.length <= 3);
}

/** Tokens of a department's initials joined by "&" in parentheses at `tokens[k]` ("(KH&CN)", "(VH,TT&DL)"), else 0. */
function initialsInParenthesesAt(tokens: readonly Token[], k: number): number {
  let j = k + 2;
  while (isPunct(tokens[j], ",&") && initialsJoinAt(tokens, j)) j += 2;
  return j > k + 2 && INITIALS.test(tokens[k + 1]?.text ?? "") && isPunct(tokens[j], ")") ? j + 1 - k : 0;
}

/** Whether `tokens[k]` joins two initials of one name: "&" ("KH&CN"), or "," before a later "&" ("VH,TT&DL"). */
function initialsJoinAt(tokens: readonly Token[], k: number): boolean {
  const [before, join, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (!before || !after || !INITIALS.test(before.text) || !INITIALS.test(after.text)) return false;
  return join!.text === "&" || (join!.text === "," && tokens[k + 2]?.text === "&");
}

// A trade's lower-case words in a cooperative's or company's name: at most this many, and after "và" joining a second one.
const TRADE_WORDS_MAX = 3;
const JOINED_TRADE_WORDS_MAX = 4;

/**
 * Number of lower-case words at `tokens[k]` that are a trade inside a company's name, when the
 * company's own capitalized name follows them and no person, title or place: else 0.
 */
function companyTradeWordsAt(tokens: readonly Token[], k: number): number {
  const stops = (w: string): boolean => OFFICE_STOP.has(w) || ADMIN_UNITS.has(w) || w === "phố";
  let n = lowerWordsAt(tokens, k, TRADE_WORDS_MAX, stops);
  // Two trades joined by "và" ("Hợp tác xã sản xuất và kinh doanh muối sạch Quỳnh Thuận").
  const joined = n && tokens[k + n]?.lower === "và" ? lowerWordsAt(tokens, k + n + 1, JOINED_TRADE_WORDS_MAX, stops) : 0;
  if (joined) n += 1 + joined;
  const name = tokens[k + n];
  if (!n || !name?.cap || name.kind !== "word" || officeHeadAt(tokens, k + n) || rankAt(tokens, k + n) || matchPhrase(tokens, k + n, COMPANY_WORDS)) return 0;
  const personLength = nameLengthAt(tokens, k + n);
  return personLength === 0 || personLength === 2 ? n : 0;
}

/**
 * "và" at `tokens[k]` joins the two-syllable names of one department or commission, as merged
 * bodies are named ("Ban Tuyên giáo và Dân vận", "Sở Khoa học và Công nghệ"): a department word,
 * a capitalized name, "và", and a name that is a body's ("dân vận", "công nghệ"). A title followed
 * by "và" and anything else ("Bí thư Tỉnh ủy và Thường trực HĐND tỉnh") ends before it.
 */
/** Tokens of a place in parentheses after a title ("(tỉnh Tuyên Quang)", "(phường Đồng Hới)"), before a comma, else 0. */
function placeInParenthesesAt(tokens: readonly Token[], k: number): number {
  if (!isPunct(tokens[k], "(") || !ADMIN_UNITS.has(tokens[k + 1]?.lower ?? "")) return 0;
  let j = k + 2;
  while (j < k + 2 + MAX_PLACE_SYLLABLES && tokens[j]?.cap && tokens[j]!.kind === "word") j++;
  return j > k + 2 && isPunct(tokens[j], ")") && isPunct(tokens[j + 1], ",") ? j + 1 - k : 0;
}

/** Tokens of a term set off after a title (", nhiệm kỳ 2025 - 2030"), up to the next comma, else 0. */
function termAfter(tokens: readonly Token[], k: number): number {
  if (!isPunct(tokens[k], ",") || !wordsAt(tokens, k + 1, ["nhiệm", "kỳ"]) || tokens[k + 3]?.kind !== "number") return 0;
  let j = k + 4;
  if (isPunct(tokens[j], "-–") && tokens[j + 1]?.kind === "number") j += 2;
  return j - k;
}

/**
 * Whether the last fields of a body's name start at `tokens[k]`, after a comma: a capitalized field
 * then "và" and another ("Thương mại và Du lịch"), not a title or a person.
 */
function fieldListAt(tokens: readonly Token[], k: number): boolean {
  if (!tokens[k]?.cap || officeHeadAt(tokens, k) || nameLengthAt(tokens, k) || rankAt(tokens, k) || DEPARTMENT_WORDS.has(tokens[k]!.lower)) return false;
  for (let j = k + 1; j < k + FIELD_WORDS && tokens[j]?.kind === "word"; j++) {
    if (tokens[j]!.lower === "và") return Boolean(tokens[j + 1]?.cap) && !officeHeadAt(tokens, j + 1) && !nameLengthAt(tokens, j + 1);
  }
  return false;
}
// How many words a field before "và" may take ("Thương mại").
const FIELD_WORDS = 4;

function departmentJoinAt(tokens: readonly Token[], k: number): boolean {
  const name = tokens[k - 2];
  const next = tokens[k + 1];
  const nextSecond = tokens[k + 2];
  return Boolean(
    name?.cap && DEPARTMENT_WORDS.has(tokens[k - 3]?.lower ?? "") && next?.cap && nextSecond?.kind === "word" && !nextSecond.cap &&
      BODY_COMPOUNDS.has(`${next.lower} ${nextSecond.lower}`) && !officeHeadAt(tokens, k + 1),
  );
}

// "…, hiện là …", "…, nay là …": the current office after a former one.
const NOW: ReadonlyArray<readonly string[]> = [["hiện", "là"], ["nay", "là"], ["hiện", "nay", "là"]];
// "Tổ trưởng Tổ hòa giải thôn …, đồng thời là Chi hội trưởng …": another office held at the same time.
const NOW_OR_ALSO: ReadonlyArray<readonly string[]> = [...NOW, ["đồng", "thời", "là"]];
/** Whether "hiện là", "nay là" or "hiện nay là" (the current office after a former one) starts at `tokens[k]`. */
export const nowAt = (tokens: readonly Token[], k: number): boolean => NOW.some((w) => wordsAt(tokens, k, w));
/** "khi đó", "lúc bấy giờ": after a title ("Bí thư Tỉnh ủy khi đó") or before one with "là", the office held then. */
export const AT_THAT_TIME: ReadonlyArray<readonly string[]> = [["khi", "đó"], ["khi", "ấy"], ["lúc", "đó"], ["lúc", "bấy", "giờ"], ["thời", "điểm", "đó"]];

/** A new title (or a rank) starts after a separator at `tokens[k]`. */
const titleFollows = (tokens: readonly Token[], k: number): boolean =>
  Boolean(officeHeadAt(tokens, k) || lowerOfficeHeadAt(tokens, k) || rankAt(tokens, k) || (formerMarkerAt(tokens, k) && officeHeadAt(tokens, k + 1)) || newlyMarkerAt(tokens, k));

/**
 * Parses titles separated by commas or dashes from `tokens[i]`, skipping ranks and degrees
 * (they are not offices). Returns the titles and the index after the last one.
 */
export function parseOfficeChain(tokens: readonly Token[], i: number, sentence: string): { offices: RawOffice[]; next: number } {
  const offices: RawOffice[] = [];
  let k = i;
  for (let steps = 0; steps < MAX_CHAIN; steps++) {
    // A rank that begins a longer office is the office ("Giám mục Giáo phận Phát Diệm").
    const rank = rankAt(tokens, k);
    if (rank && officeHeadAt(tokens, k) <= rank) {
      k += rank;
      // A degree's closing full stop before the name it opens ("PGS.TS. Võ Đình Thạch"); after a
      // title, a degree opens the next person ("…, nguyên Viện trưởng …, TS.BS. Đoàn Minh Khoa").
      if (isPunct(tokens[k], ".") && tokens[k + 1]?.cap && !offices.length) k++;
      else if (isPunct(tokens[k], ",-") && titleFollows(tokens, k + 1)) k++;
      continue;
    }
    const segment = parseOfficeSegment(tokens, k, sentence);
    if (!segment) break;
    // "Bí thư Tỉnh ủy khi đó": the office held then, a former one now.
    const then = AT_THAT_TIME.find((w) => wordsAt(tokens, segment.next, w))?.length ?? 0;
    const office = then ? { ...segment.office, former: true } : segment.office;
    // "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam", "Phó Chủ tịch kiêm Tổng Thư ký Hội
    // Nhà báo": an association's or the Front's one post, its body written once, after both heads.
    const prev = offices[offices.length - 1];
    if (prev && SECRETARY_GENERAL.test(office.title) && ASSOCIATION_HEAD.test(prev.title)) {
      offices[offices.length - 1] = { ...office, title: `${prev.title} - ${office.title}`, start: prev.start, former: prev.former };
    } else offices.push(office);
    k = segment.next + then;
    // "Ủy viên Ban Thường vụ Tỉnh ủy khóa XVI, nhiệm kỳ 2025 - 2030, Trưởng Ban …": the term, no office;
    // "Hiệu trưởng Trường Tiểu học Quang Trung (tỉnh Tuyên Quang), Đại sứ …": where the body is.
    k += termAfter(tokens, k) || placeInParenthesesAt(tokens, k);
    // "nguyên Phó Bí thư Tỉnh ủy, hiện là Chủ tịch Hội Khuyến học tỉnh": a former office, then the current one.
    const now = isPunct(tokens[k], ",") ? NOW_OR_ALSO.find((w) => wordsAt(tokens, k + 1, w))?.length ?? 0 : 0;
    if (isPunct(tokens[k], ",-") && titleFollows(tokens, k + 1 + now)) k += 1 + now;
    // "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh": two offices held together.
    else if (tokens[k]?.lower === "kiêm" && titleFollows(tokens, k + 1)) k += 1;
    else break;
  }
  return { offices: offices.map((o, j) => withSharedBody(o, offices[j + 1])), next: k };
}

// The two heads of an association's one post ("Phó Chủ tịch - Tổng Thư ký …"): the first written bare.
const ASSOCIATION_HEAD = /^(?:Phó )?Chủ tịch$/u;
const SECRETARY_GENERAL = /^Tổng Thư ký \p{Lu}/u;

// A standing committee's membership written without its committee: the next title names it.
const BARE_COMMITTEE_MEMBER = /^(?:Ủy viên )?Ban Thường vụ$|^Ủy viên (?:Thường vụ|Ban Chấp hành)$/u;
const PARTY_COMMITTEE_AT_END = /(?:Đảng ủy|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)(?: (?:xã|phường|thị trấn|tỉnh|huyện|thành phố|quận|thị xã|Khối \p{Lu}[\p{L} ]*))?$/u;

// A company's board written without its company ("Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty cổ phần …").
const BARE_BOARD_HEAD = /^(?:Phó )?Chủ tịch (?:HĐQT|Hội đồng quản trị|HĐTV|Hội đồng thành viên)$/u;
const COMPANY_AT_END = /(?:Công ty|Tổng công ty|Tập đoàn|Ngân hàng) .*$/u;

/**
 * "Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy xã": one Party committee written once
 * for both titles, so the first is "Ủy viên Ban Thường vụ Đảng ủy xã", in the same place. So is a
 * company for its board's chair and its director ("Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Công ty X").
 */
function withSharedBody(office: RawOffice, next: RawOffice | undefined): RawOffice {
  const shared = !next ? undefined
    : BARE_COMMITTEE_MEMBER.test(office.title) ? PARTY_COMMITTEE_AT_END.exec(next.title)?.[0]
    : BARE_BOARD_HEAD.test(office.title) ? COMPANY_AT_END.exec(next.title)?.[0]
    : undefined;
  return shared ? { ...office, title: `${office.title} ${shared}`, place: office.place ?? next!.place } : office;
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Canonical title: abbreviations expanded, one spelling per central office. */
// Titles repeat across documents ("Bí thư Tỉnh ủy"); each canonical form costs some fifty regular
// expressions, so the last ones computed are kept (bounded, for a long-running server).
const canonicalTitles = new Map<string, string>();
const CANONICAL_TITLES_KEPT = 20_000;

export function canonicalTitle(title: string): string {
  const known = canonicalTitles.get(title);
  if (known !== undefined) return known;
  if (canonicalTitles.size >= CANONICAL_TITLES_KEPT) canonicalTitles.clear();
  const canonical = canonicalTitleOf(title);
  canonicalTitles.set(title, canonical);
  return canonical;
}


function canonicalTitleOf(title: string): string {
  // The short name in parentheses goes first: expanded, "Ủy ban nhân dân (UBND) tỉnh" would say the body twice.
  let t = title.replace(SHORT_NAME_IN_PARENTHESES, "");
  for (const [re, full] of TITLE_ABBREVIATIONS) t = t.replace(re, full);
  // "UVTW Đảng" expands to "… Trung ương Đảng Đảng"; "Ban Xây dựng Đảng Đảng ủy xã" is the commission of a committee.
  t = squash(t).replace(/Đảng Đảng(?!\p{L}|\s(?:ủy|bộ)(?!\p{L}))/gu, "Đảng");
  for (const [re, short] of TITLE_SYNONYMS) t = t.replace(re, short);
  // "đại biểu HĐND thành phố", written in lower case mid-sentence, is the office "Đại biểu …".
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const CENTRAL_TITLE = /Trung ương|Quốc hội|Chính phủ|Bộ Chính trị|Ban Bí thư|^(?:Phó )?Chủ tịch nước|^Tổng Bí thư|^(?:Phó )?Thủ tướng|^Bộ trưởng|^Thứ trưởng/u;
const BELOW_PROVINCE = /(?<!\p{L})(?:huyện|xã|phường|quận|thị trấn)(?!\p{L})|Huyện ủy|Thị ủy|Quận ủy/u;

/**
 * Where an office is: the place the sentence gives, none for a national post, the document's
 * province for a provincial one, unknown below that level.
 */
export function jurisdictionOf(title: string, place: string | null, docProvince: string | null): string | null {
  if (place) return place;
  if (BELOW_PROVINCE.test(title)) return null;
  if (CENTRAL_TITLE.test(title) && !/tỉnh|Tỉnh ủy|thành phố|Thành ủy/u.test(title)) return null;
  return docProvince;
}
