// Directive and resolution keys in every written form.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";

const keys = (text: string) => {
  const e = extract(`Tiêu đề\n\n${text}`);
  return { directives: e.directives.map((d) => d.key), resolutions: e.resolutions.map((r) => r.key) };
};

describe("document citations", () => {
  it("reads full codes, with TƯ and T.Ư meaning TW", () => {
    expect(keys("Thực hiện Chỉ thị số 39-CT/TW, Chỉ thị 05-CT/TƯ, Nghị quyết 57-NQ/T.Ư và Nghị quyết số 06-NQ/TU.")).toEqual({
      directives: ["39-CT/TW", "05-CT/TW"], resolutions: ["57-NQ/TW", "06-NQ/TU"],
    });
  });

  it("resolves a bare number to the document's full citation", () => {
    const e = extract("Tiêu đề\n\nHội nghị tổng kết Chỉ thị số 39-CT/TW của Bộ Chính trị. Tiếp tục quán triệt Chỉ thị 39 trong toàn Đảng bộ.");
    expect(e.directives).toHaveLength(1);
    expect(e.directives[0]).toMatchObject({ key: "39-CT/TW", issuer: "Bộ Chính trị" });
  });

  it("resolves a bare number with an issuer after it to the full citation with that number ('Chỉ thị 4 của Ban Bí thư' is 04-CT/TW; '… thực hiện Nghị quyết 57 của Tỉnh ủy' the programme's, 57-NQ/TW)", () => {
    expect(keys("Sơ kết Chỉ thị 4 của Ban Bí thư. Hội nghị sơ kết 3 năm thực hiện Chỉ thị số 04-CT/TW của Ban Bí thư.")).toEqual({ directives: ["04-CT/TW"], resolutions: [] });
    const e = extract("Tiêu đề\n\nThường trực Tỉnh ủy làm việc về Nghị quyết số 57-NQ/TW của Bộ Chính trị. Rà soát chương trình hành động thực hiện Nghị quyết 57 của Tỉnh ủy.");
    expect(e.resolutions.map((r) => [r.key, r.issuer])).toEqual([["57-NQ/TW", "Bộ Chính trị"]]);
    // Its own day of issue tells another document with the same number.
    expect(keys("Đánh giá Nghị quyết số 41-NQ/TU ngày 31/10/2022 của Ban Chấp hành Đảng bộ tỉnh. Cho ý kiến vào chương trình hành động thực hiện Nghị quyết số 41 ngày 10-10-2023 của Bộ Chính trị.").resolutions).toEqual(["41-NQ/TU", "41-NQ/TW"]);
  });

  it("resolves a bare number in the headline to a full citation later in the text", () => {
    expect(keys("").resolutions).toEqual([]);
    const e = extract("Tổng kết 10 năm thực hiện Nghị quyết số 33\n\nĐưa Nghị quyết số 33 ngày 9/6/2014 của Ban Chấp hành Trung ương Đảng (khóa XI) vào cuộc sống.");
    expect(e.resolutions.map((r) => r.key)).toEqual(["33-NQ/TW"]);
  });

  it("derives the organ from the issuer of a number without code", () => {
    expect(keys("Triển khai Chỉ thị 35 của Bộ Chính trị và Nghị quyết số 11 ngày 7/12/2018 của Ban Chấp hành Đảng bộ tỉnh.")).toEqual({
      directives: ["35-CT/TW"], resolutions: ["11-NQ/TU"],
    });
  });

  it("keys plenum resolutions by plenum and term", () => {
    expect(keys("Quán triệt Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII, Nghị quyết Trung ương 4 và Nghị quyết Trung ương 8 khóa XII, Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII.").resolutions).toEqual([
      "NQ-TW11-XIII", "NQ-TW4", "NQ-TW8-XII", "NQ-TW6-XIII",
    ]);
  });

  it("keeps the number of a numbered plenum resolution", () => {
    expect(keys("các nghị quyết của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII. Đó là Nghị quyết số 27-NQ/TW ngày 9-11-2022.").resolutions).toEqual(["27-NQ/TW"]);
  });

  it("keys a plenum's resolution by the number the document gave it", () => {
    expect(keys("Thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII. Tiếp tục quán triệt Nghị quyết Trung ương 5.").resolutions).toEqual(["19-NQ/TW"]);
  });

  it("reads a day set off by commas before the plenum that adopted a resolution as the resolution's ('Nghị quyết số 29-NQ/TW, ngày 4-11-2013, Hội nghị lần thứ tám …'), no meeting's", () => {
    const text = "Tiêu đề\n\nKế thừa tinh thần Nghị quyết số 29-NQ/TW, ngày 4-11-2013, Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI, về đổi mới căn bản, toàn diện giáo dục và đào tạo, ngành đã có nhiều chuyển biến.";
    expect(extract(text, { publishedAt: "2026-03-06" }).meetings).toEqual([]);
  });
  it("keys a plenum's resolution by the number the document gave it after 'của Hội nghị Trung ương 7 khóa XI'", () => {
    expect(keys("Thực hiện Nghị quyết số 24-NQ/TW ngày 03/6/2013 của Hội nghị Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu. Tiếp tục quán triệt tinh thần Nghị quyết Trung ương 7.").resolutions).toEqual(["24-NQ/TW"]);
  });
  it("keys a plenum's resolution by the numbered one the document cites on the same subject", () => {
    const e = extract("Tổng kết 20 năm thực hiện Nghị quyết Trung ương 7 khóa IX về đại đoàn kết toàn dân tộc\n\nSáng 15/6, Tỉnh ủy tổng kết Nghị quyết số 23-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng khóa IX về phát huy sức mạnh đại đoàn kết toàn dân tộc. Tiếp tục quán triệt Nghị quyết Trung ương 7 khóa IX.");
    expect(e.resolutions.map((r) => r.key)).toEqual(["23-NQ/TW"]);
    // Another subject is another of the plenum's resolutions.
    expect(keys("Nghị quyết Trung ương 7 khóa IX về công tác tôn giáo và Nghị quyết số 23-NQ/TW về phát huy sức mạnh đại đoàn kết toàn dân tộc.").resolutions).toEqual(["NQ-TW7-IX", "23-NQ/TW"]);
  });

  it("takes the issuer a code names when the text names none, not for TW", () => {
    const e = extract("Tiêu đề\n\nThực hiện Nghị quyết số 01/NQ-CP, Chỉ thị 05/CT-TTg, Nghị quyết 12/2024/NQ-HĐND, Nghị quyết 51-NQ/QUTW và Chỉ thị 39-CT/TW.");
    expect([...e.resolutions, ...e.directives].map((x) => [x.key, x.issuer])).toEqual([
      ["01/NQ-CP", "Chính phủ"], ["12/2024/NQ-HĐND", "Hội đồng nhân dân"], ["51-NQ/QUTW", "Quân ủy Trung ương"], ["05/CT-TTg", "Thủ tướng Chính phủ"], ["39-CT/TW", null],
    ]);
  });

  it("gives a plenum's resolution cited without its term the term the document gave it", () => {
    expect(keys("Quán triệt Nghị quyết Trung ương 7 khóa XII. Tiếp tục thực hiện Nghị quyết Trung ương 7 trong toàn Đảng bộ.").resolutions).toEqual(["NQ-TW7-XII"]);
    expect(keys("Nghị quyết Trung ương 4 khóa XI, Nghị quyết Trung ương 4 khóa XII và Nghị quyết Trung ương 4.").resolutions).toEqual(["NQ-TW4-XI", "NQ-TW4-XII", "NQ-TW4"]);
  });

  it("reads a plenum whose resolutions the text lists ('… gồm ba nghị quyết: …') as those resolutions, for the meeting too", () => {
    const e = extract("Tiêu đề\n\nSáng 17/12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết 1 năm thực hiện Nghị quyết Trung ương 8 khóa XIII.\nNghị quyết Trung ương 8 khóa XIII gồm ba nghị quyết: Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc; Nghị quyết số 45-NQ/TW về đội ngũ trí thức; Nghị quyết số 46-NQ/TW về Mặt trận.");
    expect(e.resolutions.map((r) => r.key)).toEqual(["44-NQ/TW", "45-NQ/TW", "46-NQ/TW"]);
    expect(e.meetings.map((m) => m.implements)).toEqual([["44-NQ/TW", "45-NQ/TW", "46-NQ/TW"]]);
  });

  it("reads several bare numbers sharing a kind and an issuer", () => {
    expect(keys("Các Nghị quyết 59, 66 và 68 của Bộ Chính trị là nền tảng.").resolutions).toEqual(["59-NQ/TW", "66-NQ/TW", "68-NQ/TW"]);
  });

  it("does not read a count after a bare number as another document ('Nghị quyết 36 và 10 năm thực hiện Chỉ thị 45')", () => {
    expect(keys("Cho ý kiến vào dự thảo báo cáo tổng kết 20 năm thực hiện Nghị quyết 36 và 10 năm thực hiện Chỉ thị 45 của Bộ Chính trị.")).toEqual({ directives: ["45-CT/TW"], resolutions: ["36-NQ/TW"] });
  });

  it("does not read a share after a bare number as another document ('Chỉ thị 39, 100% tỉnh ủy')", () => {
    expect(keys("Sơ kết Chỉ thị số 39-CT/TW của Ban Bí thư. Sau 1 năm triển khai Chỉ thị 39, 100% tỉnh ủy đã ban hành kế hoạch.").directives).toEqual(["39-CT/TW"]);
  });

  it("reads several numbers sharing one code", () => {
    expect(keys("Quán triệt các Nghị quyết số 27, 28 và 29-NQ/TW.").resolutions).toEqual(["27-NQ/TW", "28-NQ/TW", "29-NQ/TW"]);
  });

  it("ignores conclusions, plans, projects and programmes", () => {
    expect(keys("Kết luận số 21-KL/TW, Kế hoạch số 129-KH/TU, Đề án số 04-ĐA/TU, Chương trình số 09-CTr/TU, Quy định 144-QĐ/TW.")).toEqual({ directives: [], resolutions: [] });
  });

  it("takes the issuer of a list from its introduction, and the subject clause", () => {
    const e = extract("Tiêu đề\n\nHội nghị quán triệt bốn văn bản của Ban Bí thư: Chỉ thị số 41-CT/TW về tăng cường an ninh mạng; Chỉ thị số 20-CT/TW ngày 18-01-2018 của Ban Bí thư về “Tiếp tục tăng cường giáo dục lịch sử Đảng”.");
    expect(e.directives.map((d) => [d.key, d.issuer, d.title])).toEqual([
      ["41-CT/TW", "Ban Bí thư", "về tăng cường an ninh mạng"],
      ["20-CT/TW", "Ban Bí thư", "về tiếp tục tăng cường giáo dục lịch sử Đảng"],
    ]);
  });

  it("reads a National Assembly resolution's number, resolves its short form to it, and leaves laws numbered alike out", () => {
    expect(keys("Thực hiện Nghị quyết số 98/2023/QH15 của Quốc hội. Nghị quyết 98 thay thế Nghị quyết số 54/2017/QH14. Luật Đất đai số 31/2024/QH15 có hiệu lực.")).toEqual({
      directives: [], resolutions: ["98/2023/QH15", "54/2017/QH14"],
    });
  });

  it("reads state document codes", () => {
    expect(keys("Thực hiện Nghị quyết số 01/NQ-CP và Chỉ thị số 05/CT-TTg.")).toEqual({ directives: ["05/CT-TTg"], resolutions: ["01/NQ-CP"] });
  });

  it("takes the issuer of a bare number from the subject that issued it ('Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 05')", () => {
    expect(keys("Dù Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 05 về giải ngân vốn đầu tư công, tiến độ vẫn chậm.").directives).toEqual(["05-CT/TU"]);
  });

  it("reads a plenum named in parentheses after a numbered resolution as that resolution ('29-NQ/TW … (Nghị quyết Trung ương 8 khóa XI)')", () => {
    expect(keys("Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI (Nghị quyết Trung ương 8 khóa XI) về đổi mới giáo dục.").resolutions).toEqual(["29-NQ/TW"]);
  });

  it("keeps the day a document was issued when the citation gives it with its year, for telling reused numbers apart", () => {
    const e = extract(
      "Tiêu đề\n\nThực hiện Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư về tín dụng chính sách xã hội, Nghị quyết số 33-NQ/TW, ngày 9-6-14 của Ban Chấp hành Trung ương Đảng về văn hóa, Chỉ thị số 05-CT/TW ngày 15/5 của Bộ Chính trị và Nghị quyết số 06-NQ/TU ngày 31/2/2021 của Ban Chấp hành Đảng bộ tỉnh.",
    );
    expect(e.directives.map((d) => [d.key, d.issued])).toEqual([["39-CT/TW", "2024-10-30"], ["05-CT/TW", null]]);
    // Two-digit year; a day off the calendar is no day.
    expect(e.resolutions.map((r) => [r.key, r.issued, r.title])).toEqual([["33-NQ/TW", "2014-06-09", "về văn hóa"], ["06-NQ/TU", null, null]]);
    // Dotted, with its year.
    expect(extract("Tiêu đề\n\nThực hiện Chỉ thị số 68-CT/TW ngày 18.4.1991 của Ban Bí thư về công tác Đảng ở cơ sở.").directives.map((d) => [d.issued, d.issuer])).toEqual([["1991-04-18", "Ban Bí thư"]]);
    // A later citation supplies the day the first left out.
    const later = extract("Tiêu đề\n\nQuán triệt Chỉ thị 39-CT/TW. Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư đã xác định rõ mục tiêu.");
    expect(later.directives.map((d) => d.issued)).toEqual(["2024-10-30"]);
  });

  it("keeps how many years a document has been carried out when the citation follows it ('tổng kết 10 năm thực hiện Chỉ thị …')", () => {
    const e = extract("Tiêu đề\n\nHội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW và sơ kết năm năm triển khai Nghị quyết 18-NQ/TW, cùng Chỉ thị 05-CT/TW.");
    expect(e.directives.map((d) => [d.key, d.yearsSince])).toEqual([["39-CT/TW", 10], ["05-CT/TW", null]]);
    expect(e.resolutions.map((r) => [r.key, r.yearsSince])).toEqual([["18-NQ/TW", 5]]);
    // Months count as the whole years they make.
    expect(extract("Tiêu đề\n\nPhong Thổ sơ kết 6 tháng thực hiện Chỉ thị 39 của Ban Bí thư.").directives.map((d) => d.yearsSince)).toEqual([0]);
  });

  it("ends a subject clause where the sentence goes on, and keeps the commas a title has", () => {
    const title = (sentence: string) => extract(`Tiêu đề\n\n${sentence}`).directives[0]?.title ?? extract(`Tiêu đề\n\n${sentence}`).resolutions[0]?.title;
    expect(title("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Thanh Hóa đã chủ động chuẩn bị.")).toBe("về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng");
    expect(title("Hội nghị tổng kết Chỉ thị số 46-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an ninh, trật tự trong tình hình mới, do Ban Thường vụ Tỉnh ủy tổ chức.")).toBe("về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an ninh, trật tự trong tình hình mới");
    expect(title("Quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Kết luận số 01-KL/TW của Bộ Chính trị.")).toBe("về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
    expect(title("Thực hiện Nghị quyết số 43-NQ/TW của Bộ Chính trị về công tác tôn giáo, tỉnh đã dành nhiều nguồn lực.")).toBe("về công tác tôn giáo");
    expect(title("Thực hiện Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ.")).toBe("về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ");
  });

  it("reads a Party document's code written in the state's order ('Chỉ thị số 39/CT-TW') as the Party's key, and leaves the state's as they are", () => {
    expect(keys("Quán triệt Chỉ thị số 39/CT-TW, Nghị quyết 72/NQ-TW, Chỉ thị 07/CT-TU và Chỉ thị số 36/CT-TTg.")).toEqual({
      directives: ["39-CT/TW", "07-CT/TU", "36/CT-TTg"], resolutions: ["72-NQ/TW"],
    });
  });

  it("reads a number after the kind's shorthand the text goes on to use ('Nghị quyết (NQ) 45 của Bộ Chính trị', 'NQ 57 của Bộ Chính trị', 'Chỉ thị (CT) 45 của Bộ Chính trị')", () => {
    expect(keys("Quán triệt NQ 36 và Nghị quyết (NQ) 45 của Bộ Chính trị, gắn với NQ 57 của Bộ Chính trị và Chỉ thị (CT) 45 của Bộ Chính trị.")).toEqual({
      directives: ["45-CT/TW"], resolutions: ["36-NQ/TW", "45-NQ/TW", "57-NQ/TW"],
    });
  });
});
