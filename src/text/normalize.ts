/**
 * The one text form every later stage reads: NFC, one tone placement, plain spaces and quotes, one đ.
 * Offsets in evidence refer to this form, so it is computed once per document.
 */
import { unifyTones } from "./fold.ts";

export function normalizeText(raw: string): string {
  const marks = raw
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u3000]/g, " ")
    .replace(/[\u200B\u200C\u200D\u2060]/g, "")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[–—−]/g, "-")
    // The Icelandic eth, which some Vietnamese sites set for đ ("Ðảng", "HÐND"): same length, offsets hold.
    .replace(/Ð/g, "Đ")
    .replace(/ð/g, "đ");
  return joinBrokenLines(unifyTones(tablesAsLists(withoutLinks(marks)).replace(/[ \t]+/g, " ").replace(/ *\n */g, "\n")));
}

/**
 * A page's links to its other articles ("Xem thêm: Bí thư Tỉnh ủy X kiểm tra …", "Video: …", or a "TIN
 * LIÊN QUAN" heading and the headlines under it up to the next blank line) are no part of the report:
 * blank, so the people and events their headlines name are not read as the report's.
 */
const LINK_LINE = /^[ \t]*(?:>>|»)?[ \t]*(?:xem thêm|đọc thêm|mời xem|video|clip|tin liên quan|bài liên quan)[ \t]*:[ \t]*\S[^\n]*$/gimu;
const LINKS_BLOCK = /^[ \t]*(?:tin liên quan|tin cùng chuyên mục|bài liên quan|tin khác|xem thêm|đọc thêm)[ \t]*:?[ \t]*(?:\n[ \t]*\S[^\n]*)*$/gimu;
const LINK_WORDS = /xem thêm|đọc thêm|mời xem|video|clip|liên quan|tin khác|chuyên mục/iu;
const withoutLinks = (text: string): string => (LINK_WORDS.test(text) ? text.replace(LINKS_BLOCK, "").replace(LINK_LINE, "") : text);

/**
 * A line broken inside a sentence, as text copied from a web page often is ("… Phó Bí thư\nThường
 * trực Tỉnh ủy"): where paragraphs are set apart by blank lines, a single line break after a long
 * line that ends mid-sentence, before anything but a list item, is a space (same length: offsets hold).
 */
function joinBrokenLines(text: string): string {
  if (!text.includes("\n\n")) return text;
  // Only the line breaks are looked at: a pattern that counts a line's characters before each break
  // would be tried at every position of the text.
  return text.replace(LINE_BREAK, (br: string, at: number) => {
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    return at - lineStart > MIN_BROKEN_LINE && ENDS_MID_SENTENCE.test(text[at - 1]!) ? " " : br;
  });
}
const LINE_BREAK = /\n(?![\n+•*-])/g;
const MIN_BROKEN_LINE = 40;
const ENDS_MID_SENTENCE = /[\p{L}\p{N},]/u;

/**
 * A table's row rendered as text, its cells set apart by tabs or " | " ("1<tab>Trần Thị Bích Ngọc<tab>Phó
 * Bí thư …"): read as an item of a list ("Trần Thị Bích Ngọc, Phó Bí thư …;"), the name with its office in
 * apposition, the row's number dropped, and a line of its own. The header row ("TT | Họ và tên | Chức
 * vụ") says nothing and would close the list the sentence before opens ("… nhận Bằng khen có:"): blank.
 */
const TABLE_ROW = /^[^\n]*(?:\t| \| )[^\n]*$/gmu;

/** `text` with its tables' rows read as lists; most texts have none, and no row is looked for in them. */
const tablesAsLists = (text: string): string => (text.includes("\t") || text.includes(" | ") ? text.replace(TABLE_ROW, tableRowAsList) : text);
// A row has three cells or more; one mark between two ("Thanh Hải | Thứ Năm, 14/03/2024") is a dateline.
const MIN_TABLE_CELLS = 3;
const ROW_NUMBER = /^\d{1,3}[.)]?$/u;
const HEADER_CELL = /^(?:S?TT|Số TT|Họ (?:và )?tên)$/iu;
function tableRowAsList(row: string): string {
  const cells = row.split(/\t+| \| /u).map((c) => c.trim()).filter(Boolean);
  if (cells.length < MIN_TABLE_CELLS) return row;
  if (cells.some((c) => HEADER_CELL.test(c))) return "";
  if (ROW_NUMBER.test(cells[0]!)) cells.shift();
  return `${cells.join(", ")};`;
}
