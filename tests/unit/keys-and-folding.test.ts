/** Keys are stable and ignore how a word was typed; search text finds codes by their spoken form. */
import { describe, expect, it } from "vitest";
import { codeSearchText, meetingId, officeId, personId } from "../../src/resolve/keys.ts";
import { nameKey, searchKey } from "../../src/text/fold.ts";
import { normalizeText } from "../../src/text/normalize.ts";

describe("folding", () => {
  it("maps NFD and old tone placement to one name key", () => {
    expect(nameKey("Nguyễn Đức Thanh".normalize("NFD"))).toBe(nameKey("Nguyễn Đức Thanh"));
    expect(nameKey("Tỉnh uỷ  Khánh Hoà")).toBe(nameKey("tỉnh ủy khánh hòa"));
  });

  it("folds đ to d for search", () => {
    expect(searchKey("Nguyễn Đức Thanh")).toBe("nguyen duc thanh");
    expect(searchKey("39-CT/TW")).toBe("39 ct tw");
  });

  it("normalizes spaces, quotes and dashes without moving line breaks", () => {
    expect(normalizeText("a\u00A0b  “c” – d\r\ne")).toBe('a b "c" - d\ne');
  });

  it("blanks a page's links to its other articles: 'Xem thêm: …' and 'Video: …' lines, and a 'TIN LIÊN QUAN' heading with the headlines under it", () => {
    const text = "Đoạn một.\n\nXem thêm: Bí thư Tỉnh ủy Lương Đức Khải kiểm tra mô hình\n\nĐoạn hai.\n\nTIN LIÊN QUAN\nPhó Bí thư Tỉnh ủy Kim Thị Sa Ly kiểm tra\nSơ kết Nghị quyết số 11-NQ/TU\n\nHết. Video: không là dòng của nó.";
    expect(normalizeText(text)).toBe("Đoạn một.\n\n\n\nĐoạn hai.\n\n\n\nHết. Video: không là dòng của nó.");
  });
});

describe("ids", () => {
  it("are the same for the same facts typed differently", () => {
    expect(personId(nameKey("Phạm Văn Hậu"), "Ninh Thuận")).toBe(personId(nameKey("PHẠM VĂN HẬU"), "Ninh Thuận"));
    expect(officeId("Bí thư Tỉnh ủy", "Ninh Thuận")).toBe(officeId("Bí thư Tỉnh uỷ", "Ninh Thuận"));
    expect(officeId("Bí thư Tỉnh ủy", "Ninh Thuận")).not.toBe(officeId("Bí thư Tỉnh ủy", "Thanh Hóa"));
  });

  it("make a meeting reported by two papers one meeting", () => {
    const m = { date: "2024-05-23", province: "Ninh Thuận", organizer: null, implements: ["39-CT/TW"], title: "Hội nghị tổng kết", national: false };
    expect(meetingId(m, "doc_a")).toBe(meetingId({ ...m, title: "Hội nghị tổng kết 10 năm" }, "doc_b"));
    expect(meetingId(m, "doc_a")).not.toBe(meetingId({ ...m, date: "2024-05-24" }, "doc_a"));
    // A national meeting is one, whichever province's paper reports it.
    const national = { ...m, implements: ["18-NQ/TW"], national: true };
    expect(meetingId({ ...national, province: null }, "doc_a")).toBe(meetingId({ ...national, province: null, organizer: "Bộ Chính trị" }, "doc_b"));
  });

  it("keep an office below the province that only the paper's province places apart for each holder", () => {
    expect(officeId("Bí thư Huyện ủy", "Điện Biên", "per_a")).not.toBe(officeId("Bí thư Huyện ủy", "Điện Biên", "per_b"));
    expect(officeId("Bí thư Huyện ủy", "Điện Biên", "per_a")).toBe(officeId("Bí thư Huyện uỷ", "Điện Biên", "per_a"));
  });

  it("lets 'chi thi 39' find 39-CT/TW and 'nghi quyet trung uong 4' find NQ-TW4-XII", () => {
    expect(codeSearchText("39-CT/TW")).toContain("chi thi 39");
    expect(codeSearchText("NQ-TW4-XII")).toContain("nghi quyet trung uong 4");
  });
});
