/**
 * Day mentions: "23/5", "23-5", "18.3" (some national papers), "ngày 23/5/2024", "31-3-2023",
 * "24.1.2019", "ngày 16 tháng 10 năm 2020", ranges "21-22/11" and "từ ngày 16/5 đến ngày 18/5",
 * written as ISO "YYYY-MM-DD" or "--MM-DD" when no year is known.
 */

export interface DayMention {
  day: number;
  month: number;
  year: number | null;
  /** Last day of a range written in one piece ("21-22/11"). */
  endDay: number | null;
  /** Offsets in the sentence. */
  start: number;
  end: number;
}

// "21-22/11", "16 và 17/5", "16, 17/5", "14 đến 16/10", "9 đến hết ngày 11/12" (a range); then the
// month and an optional year after a slash or dash ("23/5", "23-5/2024"), after dots ("18.3",
// "24.1.2019"), in words ("16 tháng 10 năm 2020"), or after a spaced dash ("Chiều 9 - 3", some
// provincial papers). A percentage ("10.2%") is no day.
const DAY_RE =
  /(?<![\p{L}\p{N}\/.-])(\d{1,2})(?:\s*(?:-|và|,|đến|tới)\s*(?:hết\s*)?(?:ngày\s*)?(\d{1,2}))?(?:[\/-](\d{1,2})(?:[\/-](\d{4}))?|\.(\d{1,2})(?:\.(\d{4}))?|\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?|\s-\s(\d{1,2})(?:\s-\s(\d{4}))?)(?![\p{N}]|[\/.-]\p{N}|\s*%)/gu;
// The month in words is a day only after "ngày" (or "Ngày" opening a sentence): "6 tháng 10 ngày" is a duration.
const DAY_WORD_BEFORE = /ngày\s*$/iu;
// "từ ngày 16/5 đến ngày 18/5": the text between two day mentions that makes them a range.
const RANGE_BETWEEN = /^\s*(?:-|đến|tới)\s*(?:hết\s*)?(?:ngày\s*)?$/u;

const valid = (d: number, m: number): boolean => d >= 1 && d <= 31 && m >= 1 && m <= 12;
// "Sáng 12/3 tỉnh …": a day all the same.
const DAY_WORD_RIGHT_BEFORE = /(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|và)\s*$/iu;
// "Chiều 9 - 3", "ngày 23 - 6": what a day written with a spaced dash comes after.
const TIME_OF_DAY_RIGHT_BEFORE = /(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s*$/iu;
// A share written as "a/b" before what is counted ("9/9 huyện", "12/12 xã, phường", "5/7 đơn vị").
const COUNTED_AFTER = /^\s+(?:huyện|xã|phường|thị|thành|tỉnh|đơn vị|đảng bộ|chi bộ|cơ sở|cơ quan|địa phương|sở|ngành|tổ chức|hộ|người|chỉ tiêu|tiêu chí|nhiệm vụ|trường|thôn|ấp|bản|tổ|doanh nghiệp|hợp tác xã|công trình|dự án|đoàn)(?![\p{L}])/u;

// Days and months spelled out, as radio scripts write them ("sáng ngày mười hai tháng mười một"): each
// number's spellings, longest first so "mười hai" is not read as "mười".
const UNITS = ["một", "hai", "ba", "bốn|tư", "năm|lăm", "sáu", "bảy", "tám", "chín"];
const NUMBER_WORDS: ReadonlyArray<readonly [number, string]> = [
  ...UNITS.map((u, k) => [k + 1, u.replace("|lăm", "")] as const),
  [10, "mười"],
  ...UNITS.map((u, k) => [11 + k, `mười (?:${u.replace("năm|", "")})`] as const),
  ...[2, 3].flatMap((tens) => [
    [tens * 10, `${UNITS[tens - 1]} mươi`] as const,
    ...UNITS.map((u, k) => [tens * 10 + k + 1, `${UNITS[tens - 1]} mươi (?:${k === 0 ? "mốt|một" : u})`] as const),
  ]),
];
const alternation = (max: number): string =>
  NUMBER_WORDS.filter(([n]) => n <= max).map(([, w]) => w).sort((a, b) => b.length - a.length).join("|");
// A month written as its name takes a capital ("tháng Bảy", "tháng Mười Một"): each word's first letter either way.
const eitherCase = (src: string): string => src.replace(/(^|[\s|(:])(\p{Ll})/gu, (_, before: string, c: string) => `${before}[${c}${c.toUpperCase()}]`);
// Opens with the literal "ngày", which the engine looks for before trying the rest. The month may be
// written as a name ("tháng Bảy"); two days may share it ("hai ngày hai mươi chín và ba mươi tháng Bảy").
const SPELLED_DAY_RE = new RegExp(
  String.raw`[Nn]gày\s+(?:(?:mùng|mồng)\s+)?(${alternation(31)})(?:\s+(?:và|đến)\s+(?:ngày\s+)?(${alternation(31)}))?\s+tháng\s+(${eitherCase(alternation(12))})(?:\s+năm\s+(\d{4}))?(?![\p{L}])`,
  "gu",
);

const SPELLED_NUMBERS = NUMBER_WORDS.map(([n, w]) => [n, new RegExp(`^(?:${w})$`, "u")] as const);

/** The number a spelled-out day or month stands for ("mười hai" → 12), else 0. */
function spelledNumber(words: string): number {
  const text = words.toLowerCase().replace(/\s+/gu, " ");
  return SPELLED_NUMBERS.find(([, pattern]) => pattern.test(text))?.[0] ?? 0;
}

/**
 * Days spelled out after "ngày" ("ngày hai tháng mười hai", "ngày mùng năm tháng chín năm 2025"); not
 * the lunar months' own names ("tháng Giêng", "tháng Chạp"), which are no solar day.
 */
function spelledDays(sentence: string): DayMention[] {
  const out: DayMention[] = [];
  // Most sentences name no month at all: skip the long pattern for them.
  if (!sentence.includes(" tháng ")) return out;
  SPELLED_DAY_RE.lastIndex = 0;
  for (let m = SPELLED_DAY_RE.exec(sentence); m; m = SPELLED_DAY_RE.exec(sentence)) {
    const day = spelledNumber(m[1]!);
    const endDay = m[2] ? spelledNumber(m[2]) : 0;
    const month = spelledNumber(m[3]!);
    const start = m.index + m[0].indexOf(m[1]!, "ngày".length);
    if (valid(day, month)) out.push({ day, month, year: m[4] === undefined ? null : Number(m[4]), endDay: endDay > day ? endDay : null, start, end: m.index + m[0].length });
  }
  return out;
}

/** Every day mentioned in `sentence`, in order; a range written in two pieces is joined. */
export function findDays(sentence: string): DayMention[] {
  const spelled = spelledDays(sentence);
  const written = writtenDays(sentence);
  return spelled.length ? [...written, ...spelled].sort((a, b) => a.start - b.start) : written;
}

/** Every day written in figures in `sentence`, in order; a range written in two pieces is joined. */
function writtenDays(sentence: string): DayMention[] {
  const out: DayMention[] = [];
  DAY_RE.lastIndex = 0;
  for (let m = DAY_RE.exec(sentence); m; m = DAY_RE.exec(sentence)) {
    const inWords = m[7] !== undefined;
    if (inWords && !DAY_WORD_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "từ 5 - 7 người", "giai đoạn 2021 - 2025": a spaced dash joins a day and month only right after a time of day.
    if (m[9] !== undefined && !TIME_OF_DAY_RIGHT_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    const day = Number(m[1]);
    const second = m[2] === undefined ? null : Number(m[2]);
    const month = Number(m[3] ?? m[5] ?? m[7] ?? m[9]);
    const yearText = m[4] ?? m[6] ?? m[8] ?? m[10];
    const year = yearText === undefined ? null : Number(yearText);
    if (second !== null && !(second > day && valid(second, month))) {
      // "31-3-2023" is not a range: retry from the second number.
      DAY_RE.lastIndex = m.index + m[1]!.length;
      continue;
    }
    if (!valid(day, month) || (year !== null && (year < 1900 || year > 2100))) continue;
    // "9/9 huyện, thị, thành ủy đã ban hành kế hoạch": nine of nine, not a day.
    if (year === null && COUNTED_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 16)) && !DAY_WORD_RIGHT_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    const mention: DayMention = { day, month, year, endDay: second, start: m.index, end: m.index + m[0].length };
    const prev = out[out.length - 1];
    if (prev && prev.endDay === null && prev.month === month && day > prev.day && RANGE_BETWEEN.test(sentence.slice(prev.end, mention.start))) {
      prev.endDay = day;
      prev.end = mention.end;
      prev.year ??= year;
      continue;
    }
    out.push(mention);
  }
  return out;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** ISO form of a day: with the year when known, else "--MM-DD". */
export const isoDay = (day: number, month: number, year: number | null): string =>
  year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;

/**
 * The year of a day that the text gives without one: the publication year, or the year before
 * when the day would fall well after publication (a December meeting reported in January).
 */
export function inferYear(month: number, publishedAt: string | null | undefined): number | null {
  const m = publishedAt?.match(/^(\d{4})-(\d{2})/);
  if (!m) return null;
  const year = Number(m[1]);
  return month > Number(m[2]) + 1 ? year - 1 : year;
}
