// One official number, several documents: reports grouped by the day, subject and issuer they cite.
import { describe, expect, it } from "vitest";
import { policyVariants, sameSubject, type Citing } from "../../src/resolve/policy-variants.ts";

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
});
