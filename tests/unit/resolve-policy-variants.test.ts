// One official number, several documents: reports grouped by the day, subject and issuer they cite.
import { describe, expect, it } from "vitest";
import { isLocalNumber, policyVariants, sameSubject, type Citing } from "../../src/resolve/policy-variants.ts";

const cite = (doc: string, issued: string | null, issuer: string | null, title: string | null): Citing => ({ doc, issued, issuer, title });
const CREDIT = "về nâng cao hiệu quả của tín dụng chính sách xã hội trong giai đoạn mới";
const PROTECTION = "về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình hiện nay";
const groups = (citing: Citing[]) => policyVariants(citing).map((v) => [v.issued, v.issuer, v.ambiguous, v.docs]);

describe("policy variants", () => {
  it("reads a subject and its shortenings as one, and different subjects as two", () => {
    expect(sameSubject(CREDIT, "về tín dụng chính sách xã hội")).toBe(true);
    expect(sameSubject("về công tác bảo vệ chính trị nội bộ", PROTECTION)).toBe(true);
    expect(sameSubject(CREDIT, PROTECTION)).toBe(false);
    // Too short to tell: "về Đảng" is in many subjects.
    expect(sameSubject("về Đảng", "về xây dựng Đảng")).toBe(false);
  });

  it("is one variant when nothing tells the reports apart", () => {
    expect(groups([cite("a", null, null, null), cite("b", null, "Ban Bí thư", null), cite("c", "2024-10-30", "Ban Bí thư", CREDIT)])).toEqual([
      ["2024-10-30", "Ban Bí thư", false, ["a", "b", "c"]],
    ]);
  });

  it("tells documents of different years apart, newest first, and puts undated reports with the one their subject or issuer fits", () => {
    const citing = [
      cite("d2014", "2014-05-21", "Bộ Chính trị", PROTECTION),
      cite("d2024", "2024-10-30", "Ban Bí thư", CREDIT),
      cite("bySubject", null, "Ban Bí thư", "về tín dụng chính sách xã hội"),
      cite("bySubjectOtherIssuer", null, "Bộ Chính trị", "về công tác bảo vệ chính trị nội bộ"),
      cite("byIssuer", null, "Ban Bí thư", null),
      cite("bare", null, null, null),
    ];
    expect(groups(citing)).toEqual([
      ["2024-10-30", "Ban Bí thư", false, ["byIssuer", "bySubject", "d2024"]],
      ["2014-05-21", "Bộ Chính trị", false, ["bySubjectOtherIssuer", "d2014"]],
      [null, null, true, ["bare"]],
    ]);
  });

  it("makes an undated report whose subject fits no dated one a variant of its own", () => {
    const [dated, undated] = policyVariants([cite("a", "2024-10-30", "Ban Bí thư", CREDIT), cite("b", null, "Bộ Chính trị", PROTECTION), cite("c", null, null, PROTECTION)]);
    expect(dated).toMatchObject({ issued: "2024-10-30", docs: ["a"] });
    expect(undated).toMatchObject({ issued: null, issuer: "Bộ Chính trị", title: PROTECTION, ambiguous: false, docs: ["b", "c"] });
  });

  it("keeps a report whose issuer two variants share, and no subject, among the ambiguous", () => {
    const variants = policyVariants([cite("a", "2024-10-30", "Ban Bí thư", CREDIT), cite("b", "2019-01-10", "Ban Bí thư", PROTECTION), cite("c", null, "Ban Bí thư", null)]);
    expect(variants.map((v) => [v.issued, v.ambiguous, v.docs])).toEqual([
      ["2024-10-30", false, ["a"]],
      ["2019-01-10", false, ["b"]],
      [null, true, ["c"]],
    ]);
  });

  it("names a variant by what most of its reports say", () => {
    const [v] = policyVariants([cite("a", "2024-10-30", "Ban Bí thư", "về tín dụng chính sách xã hội"), cite("b", "2024-10-30", "Ban Bí thư", CREDIT), cite("c", "2024-10-03", null, CREDIT)]);
    expect(v).toMatchObject({ issued: "2024-10-30", issuer: "Ban Bí thư", title: CREDIT });
  });

  it("compares subjects without the genre's formulas, and reads two wordings that part after ten syllables as one", () => {
    expect(sameSubject("về tăng cường công tác bảo vệ chính trị nội bộ Đảng trong tình hình hiện nay", PROTECTION)).toBe(true);
    expect(sameSubject("về tiếp tục phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số", "về phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số trong sự nghiệp công nghiệp hóa")).toBe(true);
    expect(
      sameSubject(
        "về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031",
        "về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031, bảo đảm đúng quy định",
      ),
    ).toBe(true);
    // The formula alone is shared by documents of different subjects.
    expect(sameSubject("về tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo bền vững", "về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an ninh, trật tự trong tình hình mới")).toBe(false);
    expect(sameSubject("về xây dựng và phát triển tỉnh Nghệ An đến năm 2030", "về xây dựng và phát triển tỉnh Khánh Hòa đến năm 2030")).toBe(false);
  });

  it("never gives a report a variant issued after it: one older than every dated variant cites an earlier document", () => {
    const variants = policyVariants([
      { ...cite("d2024", "2024-10-30", "Ban Bí thư", CREDIT) },
      { ...cite("report2016", null, "Ban Bí thư", null), published: "2016-03-02" },
      { ...cite("report2025", null, "Ban Bí thư", null), published: "2025-03-02" },
    ]);
    // The 2025 report of the same issuer may mean either document: ambiguous.
    expect(variants.map((v) => [v.issued, v.ambiguous, v.docs])).toEqual([
      ["2024-10-30", false, ["d2024"]],
      [null, false, ["report2016"]],
      [null, true, ["report2025"]],
    ]);
    // With two variants before it, a report of their common issuer stays ambiguous.
    const two = policyVariants([cite("a", "2024-06-14", "Bộ Chính trị", null), cite("b", "2019-05-30", "Bộ Chính trị", null), { ...cite("c", null, "Bộ Chính trị", null), published: "2025-01-01" }]);
    expect(two.map((v) => [v.issued, v.ambiguous, v.docs])).toEqual([
      ["2024-06-14", false, ["a"]],
      ["2019-05-30", false, ["b"]],
      [null, true, ["c"]],
    ]);
    // A report issued between them can only mean the earlier.
    const between = policyVariants([cite("a", "2024-06-14", "Bộ Chính trị", null), cite("b", "2019-05-30", "Bộ Chính trị", null), { ...cite("c", null, null, null), published: "2020-01-01" }]);
    expect(between.map((v) => v.docs)).toEqual([["a"], ["b", "c"]]);
  });

  it("dates a report by how long it says the document has been carried out ('tổng kết 10 năm thực hiện' in 2024: 2014)", () => {
    const review = (doc: string, published: string, yearsSince: number): Citing => ({ ...cite(doc, null, null, null), published, yearsSince });
    const variants = policyVariants([
      cite("d2024", "2024-10-30", "Ban Bí thư", CREDIT),
      review("oneYear", "2025-11-20", 1),
      review("tenYears", "2024-05-23", 10),
      review("tenYearsToo", "2024-12-02", 10),
      review("fiveYears", "2019-09-10", 5),
      cite("bare", null, null, null),
    ]);
    expect(variants.map((v) => [v.issued, v.issuedAbout, v.ambiguous, v.docs])).toEqual([
      ["2024-10-30", null, false, ["d2024", "oneYear"]],
      [null, 2014, false, ["fiveYears", "tenYears", "tenYearsToo"]],
      [null, null, true, ["bare"]],
    ]);
  });

  it("follows the clear majority of reports when a subject fits two variants: one report's slip does not make the others ambiguous", () => {
    const credit = (doc: string) => cite(doc, "2024-10-30", "Ban Bí thư", "về tín dụng chính sách xã hội");
    const citing = [credit("a"), credit("b"), credit("c"), cite("slip", "2019-10-30", "Ban Bí thư", "về tín dụng chính sách xã hội"), cite("later", null, "Ban Bí thư", "về tín dụng chính sách xã hội")];
    expect(groups(citing).map(([issued, , ambiguous, docs]) => [issued, ambiguous, docs])).toEqual([
      ["2024-10-30", false, ["a", "b", "c", "later"]],
      ["2019-10-30", false, ["slip"]],
    ]);
    // Without a clear majority, the report stays ambiguous.
    expect(groups(citing.filter((c) => c.doc !== "b" && c.doc !== "c")).at(-1)).toEqual([null, null, true, ["later"]]);
  });

  it("reads the same subject worded in another order or with more words, but not one naming another place", () => {
    expect(sameSubject("về tiếp công dân, giải quyết khiếu nại, tố cáo", "về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo")).toBe(true);
    expect(sameSubject("về xây dựng và phát triển tỉnh Nghệ An đến năm 2030", "về xây dựng và phát triển tỉnh Khánh Hòa đến năm 2030")).toBe(false);
    expect(sameSubject("về công tác phụ nữ", "về giáo dục nghề nghiệp")).toBe(false);
  });

  it("keeps every province's own numbers apart, and tells which are the country's", () => {
    const at = (doc: string, place: string | null, title: string): Citing => ({ ...cite(doc, null, "Ban Thường vụ Tỉnh ủy", title), place });
    const variants = policyVariants([at("a", "Gia Lai", "về giảm nghèo bền vững"), at("b", "Gia Lai", "về giảm nghèo bền vững vùng đồng bào dân tộc thiểu số"), at("c", "Đắk Lắk", "về giảm nghèo bền vững"), at("d", null, "về chuyển đổi số")], true);
    expect(variants.map((v) => [v.province, v.docs])).toEqual([["Đắk Lắk", ["c"]], ["Gia Lai", ["a", "b"]], [null, ["d"]]]);
    // A report that does not say its province goes with the only one there is.
    expect(policyVariants([at("a", "Gia Lai", "về giảm nghèo bền vững"), { ...cite("d", null, null, null), place: null }], true).map((v) => [v.province, v.docs])).toEqual([["Gia Lai", ["a", "d"]]]);
    expect(["05-NQ/TU", "12-CT/HU", "15/2025/NQ-HĐND", "01/CT-UBND"].map(isLocalNumber)).toEqual([true, true, true, true]);
    expect(["39-CT/TW", "NQ-TW4-XII", "847-NQ/QUTW", "01/NQ-CP", "05/CT-TTg", "98/2023/QH15"].map(isLocalNumber)).toEqual([false, false, false, false, false, false]);
  });
});
