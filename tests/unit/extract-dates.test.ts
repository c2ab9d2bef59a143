// Days of meetings: the written forms, ranges, and the year from the text or the publication date.
import { describe, expect, it } from "vitest";
import { findDays, inferYear, isoDay } from "../../src/extract/dates.ts";
import { extract } from "../../src/extract/index.ts";

const day = (s: string) => findDays(s).map((d) => [d.day, d.month, d.year, d.endDay]);

describe("day mentions", () => {
  it("reads slashes, dashes and years", () => {
    expect(day("Ngày 23/5, sáng 21-12, ngày 16/4/2025 và ngày 31-3-2023")).toEqual([
      [23, 5, null, null], [21, 12, null, null], [16, 4, 2025, null], [31, 3, 2023, null],
    ]);
  });

  it("reads dotted days ('18.3', '24.1.2019') and the month in words after 'ngày', not decimals or durations", () => {
    expect(day("Sáng 18.3, ngày 24.1.2019, sáng ngày 16 tháng 10 năm 2020")).toEqual([[18, 3, null, null], [24, 1, 2019, null], [16, 10, 2020, null]]);
    expect(day("tăng 10.2%, 1.200 mô hình, công nghiệp 4.0, sau 6 tháng 10 ngày")).toEqual([]);
  });

  it("reads ranges in one piece and in two", () => {
    expect(day("trong hai ngày 21-22/11")).toEqual([[21, 11, null, 22]]);
    expect(day("từ ngày 16/5 đến ngày 18/5")).toEqual([[16, 5, null, 18]]);
    expect(day("Từ ngày 14 đến 16/10")).toEqual([[14, 10, null, 16]]);
  });

  it("ignores year spans, codes and impossible days", () => {
    expect(day("giai đoạn 2020 - 2025, nhiệm kỳ 2020-2025, Kết luận 21-KL/TW, quý I-2023, 45/13")).toEqual([]);
  });

  it("writes ISO days with or without a year", () => {
    expect(isoDay(5, 12, 2024)).toBe("2024-12-05");
    expect(isoDay(23, 5, null)).toBe("--05-23");
  });

  it("takes the year from the publication date, the year before for a late-year day published early", () => {
    expect(inferYear(11, "2023-11-11")).toBe(2023);
    expect(inferYear(12, "2024-01-03")).toBe(2023);
    expect(inferYear(5, null)).toBeNull();
  });
});

describe("meeting dates", () => {
  it("dates a meeting from the text, else the publication year, else --MM-DD", () => {
    const text = "Tiêu đề\n\nSáng 5/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.";
    expect(extract(text, { publishedAt: "2024-12-06" }).meetings[0]!.date).toBe("2024-12-05");
    expect(extract(text).meetings[0]!.date).toBe("--12-05");
    expect(extract("Tiêu đề\n\nNgày 4-4-2022, Hội nghị Tỉnh ủy lần thứ 8 đã khai mạc.").meetings[0]!.date).toBe("2022-04-04");
  });

  it("dates a meeting from 'Chiều 14-10' and from a range 'từ ngày 10 đến 12/7' with the year published", () => {
    const [a] = extract("Tiêu đề\n\nChiều 14-10, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 16.", { publishedAt: "2024-10-14" }).meetings;
    expect(a!.date).toBe("2024-10-14");
    const [b] = extract("Tiêu đề\n\nTừ ngày 10 đến 12/7, HĐND tỉnh khóa XVI tổ chức Kỳ họp thứ 18.", { publishedAt: "2024-07-12" }).meetings;
    expect([b!.date, b!.endDate]).toEqual(["2024-07-10", "2024-07-12"]);
  });

  it("gives a range's first day and its last", () => {
    const [m] = extract("Tiêu đề\n\nHội nghị Trung ương 9 khóa XIII diễn ra tại Hà Nội, từ ngày 16/5 đến ngày 18/5.", { publishedAt: "2024-05-24" }).meetings;
    expect([m!.date, m!.endDate]).toEqual(["2024-05-16", "2024-05-18"]);
  });

  it("does not take the date of a cited document for a meeting's", () => {
    const e = extract("Tiêu đề\n\nSáng 25/4, hội nghị do Tỉnh ủy tổ chức đã nhìn lại 10 năm đưa Nghị quyết số 33 ngày 9/6/2014 của Ban Chấp hành Trung ương Đảng vào cuộc sống.");
    expect(e.meetings.map((m) => m.date)).toEqual(["--04-25"]);
  });

  it("reads a share before what it counts ('9/9 huyện', '12/12 xã') as no day, unless a day word comes before it", () => {
    expect(day("đến nay, 9/9 huyện, thị, thành ủy đã ban hành kế hoạch; 12/12 xã đã tổ chức đại hội")).toEqual([]);
    expect(day("Sáng 12/3 tỉnh Bắc Giang tổ chức hội nghị")).toEqual([[12, 3, null, null]]);
  });

  it("does not take a day still to come ('vào ngày 26/11, tuần tới') for a meeting held", () => {
    const e = extract("Tiêu đề\n\nSáng 18/11, Thường trực Tỉnh ủy giao ban. Thường trực Tỉnh ủy thống nhất tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 23 vào ngày 26/11, tuần tới.");
    expect(e.meetings.map((m) => m.date)).toEqual(["--11-18"]);
  });

  it("reads days spelled out as radio scripts say them ('sáng ngày hai tháng mười hai'), not lunar months or durations", () => {
    expect(day("Thưa quý vị, sáng ngày hai tháng mười hai, Ủy ban nhân dân tỉnh họp.")).toEqual([[2, 12, null, null]]);
    expect(day("Ngày mười hai tháng mười một năm 2025, hội nghị khai mạc; ngày hai mươi mốt tháng mười, ngày mùng năm tháng chín.")).toEqual([
      [12, 11, 2025, null], [21, 10, null, null], [5, 9, null, null],
    ]);
    expect(day("ngày mười lăm tháng giêng; trong ngày hai tháng qua; mười năm tháng hai")).toEqual([]);
    // A month written as its name, and two days sharing it.
    expect(day("Trong hai ngày hai mươi chín và ba mươi tháng Bảy, Ban Chấp hành họp; ngày mười hai tháng Năm, đoàn đến.")).toEqual([
      [29, 7, null, 30], [12, 5, null, null],
    ]);
    const e = extract("Tiêu đề\n\nThưa quý vị và các bạn, sáng ngày hai tháng mười hai, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ tháng mười một. Đồng chí Huỳnh Văn Thạnh, Chủ tịch Ủy ban nhân dân tỉnh chủ trì phiên họp.", { publishedAt: "2025-12-02" });
    expect(e.meetings.map((m) => [m.date, m.chairedBy])).toEqual([["2025-12-02", ["Huỳnh Văn Thạnh"]]]);
  });
  it("reads a day written with a spaced dash after a time of day ('Chiều 9 - 3', 'Ngày 23 - 6 - 2026'), not a count or a span ('từ 5 - 7 người', '2022 - 2025')", () => {
    expect(day("Chiều 9 - 3, đồng chí Chủ tịch chủ trì; ngày 23 - 6 - 2026, đoàn khảo sát.")).toEqual([[9, 3, null, null], [23, 6, 2026, null]]);
    expect(day("mỗi tổ từ 5 - 7 người, giai đoạn 2022 - 2025 tăng 3 - 4 lần")).toEqual([]);
    const e = extract("Tiêu đề\n\n- Chiều 9 - 3, đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Khổng Minh Đức chủ trì buổi làm việc với Sở Khoa học và Công nghệ về tiến độ triển khai Nghị quyết số 57-NQ/TW.", { publishedAt: "2026-03-10" });
    expect(e.meetings.map((m) => [m.date, m.chairedBy, m.implements])).toEqual([["2026-03-09", ["Khổng Minh Đức"], ["57-NQ/TW"]]]);
  });
  it("does not take an observance's day written right after its name ('nhân Ngày Doanh nhân Việt Nam 13/10') for a meeting's", () => {
    const e = extract("Tiêu đề\n\nSáng 8/5, Đảng ủy phường Nam Định tổ chức hội nghị sơ kết một năm thực hiện Nghị quyết số 68-NQ/TW.\n\nCùng với Nghị quyết 68, phường tiếp tục thực hiện Nghị quyết số 41-NQ/TW, tổ chức gặp mặt, tôn vinh 30 doanh nhân tiêu biểu nhân Ngày Doanh nhân Việt Nam 13/10.", { publishedAt: "2026-05-09" });
    expect(e.meetings.map((m) => m.date)).toEqual(["2026-05-08"]);
  });
});
