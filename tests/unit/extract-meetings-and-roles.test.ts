// Meetings held vs planned, several meetings per document, chairs vs attendees, quoted persons,
// photo captions, coreference of titles, and what a meeting implements.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";

const meetings = (text: string, meta = {}) =>
  extract(text, meta).meetings.map((m) => ({ date: m.date, chairedBy: m.chairedBy, attendedBy: m.attendedBy, implements: m.implements }));

describe("meetings", () => {
  it("leaves out a meeting that is only planned", () => {
    expect(meetings("Tiêu đề\n\nTỉnh ủy thống nhất sẽ tổ chức hội nghị tổng kết vào sáng ngày 29/8. Theo kế hoạch, đại hội sẽ diễn ra trong hai ngày 21-22/11. Dự kiến, hội nghị diễn ra ngày 5/12.")).toEqual([]);
  });

  it("reports several meetings of one document, one per day", () => {
    const text = "Tiêu đề\n\nSáng 11/11, quyết định được công bố tại hội nghị do Thường trực Tỉnh ủy tổ chức.\nTrước đó, vào ngày 7/11, Thường trực Tỉnh ủy đã tiến hành một cuộc họp để chuẩn bị cho Hội nghị Ban Thường vụ Tỉnh ủy lần thứ nhất.\nSáng 11/11, hội nghị đã thống nhất nhiều nội dung.";
    expect(meetings(text).map((m) => m.date)).toEqual(["--11-11", "--11-07"]);
  });

  it("does not make a photo caption a new meeting", () => {
    const text = "Tiêu đề\n\nNgày 23/5, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị. Đồng chí Nguyễn Đức Thanh, Bí thư Tỉnh ủy chủ trì hội nghị.\nCác đồng chí lãnh đạo tỉnh dự hội nghị.\nĐồng chí Nguyễn Đức Thanh, Bí thư Tỉnh ủy phát biểu chỉ đạo tại hội nghị.";
    const e = extract(text);
    expect(e.meetings).toHaveLength(1);
    expect(e.meetings[0]!.chairedBy).toEqual(["Nguyễn Đức Thanh"]);
    expect(e.meetings[0]!.attendedBy).toEqual([]);
  });

  it("reads 'sắp xếp' (arrange) as no sign of a planned meeting", () => {
    const text = "Tiêu đề\n\nHội nghị tổng kết 5 năm thực hiện Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy do Ban Chấp hành Đảng bộ tỉnh tổ chức ngày 26/11.";
    expect(meetings(text)).toEqual([{ date: "--11-26", chairedBy: [], attendedBy: [], implements: ["18-NQ/TW"] }]);
  });

  it("does not take a deadline for a meeting's day", () => {
    const text = "Tiêu đề\n\nNgày 28/4, Huyện ủy tổ chức hội nghị. Đồng chí Bí thư Huyện ủy yêu cầu các chi bộ tổ chức đại hội, hoàn thành đại hội chi bộ trực thuộc trước ngày 30/6.";
    expect(meetings(text).map((m) => m.date)).toEqual(["--04-28"]);
  });

  it("keeps later sentences on the reported meeting after an earlier one recalled aside", () => {
    const text = "Tiêu đề\n\nNgày 26/11, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị tổng kết. Đồng chí Bùi Văn Nghiêm, Bí thư Tỉnh ủy chủ trì hội nghị.\nTrước đó, ngày 20/11, Ban Thường vụ Tỉnh ủy đã họp, cho ý kiến vào dự thảo đề án.\nPhát biểu kết luận, đồng chí Trần Văn Tuấn, Phó Bí thư Tỉnh ủy đề nghị tiếp tục thực hiện tốt.";
    expect(meetings(text)).toEqual([
      { date: "--11-26", chairedBy: ["Bùi Văn Nghiêm"], attendedBy: ["Trần Văn Tuấn"], implements: [] },
      { date: "--11-20", chairedBy: [], attendedBy: [], implements: [] },
    ]);
  });

  it("keeps later sentences on the reported meeting after an earlier one it briefs, however that one is introduced", () => {
    const text = "Tiêu đề\n\nSáng 15/10, Thành ủy tổ chức hội nghị quán triệt Nghị quyết Trung ương 10. Đồng chí Bùi Thị Minh Hoài, Bí thư Thành ủy chủ trì hội nghị.\nHội nghị Trung ương 10 khóa XIII diễn ra từ ngày 18 đến ngày 20/9/2024 tại Hà Nội.\nTại hội nghị của Thành ủy, đồng chí Lại Xuân Môn, Phó Trưởng Ban Tuyên giáo Trung ương truyền đạt nội dung nghị quyết.";
    expect(meetings(text, { publishedAt: "2024-10-15" })).toEqual([
      { date: "2024-10-15", chairedBy: ["Bùi Thị Minh Hoài"], attendedBy: ["Lại Xuân Môn"], implements: ["NQ-TW10"] },
      { date: "2024-09-18", chairedBy: [], attendedBy: [], implements: [] },
    ]);
  });

  it("dates a meeting reported without a day from the day the sentence before opens with", () => {
    const text = "Tiêu đề\n\nSáng 12/3, tại Hội trường Tỉnh ủy Cà Mau, hơn 300 đại biểu đã về dự.\nHội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 do đồng chí Nguyễn Tiến Hải, Bí thư Tỉnh ủy chủ trì.";
    expect(meetings(text, { publishedAt: "2024-03-12" })).toEqual([{ date: "2024-03-12", chairedBy: ["Nguyễn Tiến Hải"], attendedBy: [], implements: [] }]);
  });

  it("keeps a meeting held without a day, with no date", () => {
    expect(meetings("Tiêu đề\n\nTỉnh Thái Nguyên vừa tổ chức hội nghị bàn công tác chuẩn bị.")).toEqual([{ date: null, chairedBy: [], attendedBy: [], implements: [] }]);
  });
});

describe("meetings over several days and briefings", () => {
  it("keeps a later day of a meeting held over several days on that meeting", () => {
    const text = "Tiêu đề\n\nTrong 2 ngày 12 và 13/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 15. Đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì hội nghị.\nBế mạc hội nghị chiều 13/12, đồng chí Bí thư Tỉnh ủy yêu cầu tập trung cao độ.";
    expect(meetings(text, { publishedAt: "2023-12-13" })).toEqual([{ date: "2023-12-12", chairedBy: ["Vũ Đại Thắng"], attendedBy: [], implements: [] }]);
  });

  it("starts a meeting on the first day of a range read after its closing day", () => {
    const text = "Tiêu đề\n\nSáng ngày 16 tháng 10 năm 2020, Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV bế mạc. Đại hội diễn ra từ ngày 14 đến ngày 16/10/2020.";
    expect(extract(text).meetings.map((m) => [m.date, m.endDate])).toEqual([["2020-10-14", "2020-10-16"]]);
  });

  it("starts a meeting told on its last or a later day ('sau hai ngày làm việc', 'ngày làm việc thứ hai') on its first, where its opening sitting is", () => {
    const closing = "Tiêu đề\n\nChiều 12/12, sau hai ngày làm việc khẩn trương, Hội nghị lần thứ 4 Ban Chấp hành Đảng bộ tỉnh đã bế mạc.\nPhiên khai mạc sáng 11/12 do đồng chí Lê Quang Thịnh, Bí thư Tỉnh ủy chủ trì. Phiên bế mạc do đồng chí Mai Xuân Hòa, Phó Bí thư Thường trực Tỉnh ủy chủ trì.";
    expect(extract(closing, { publishedAt: "2025-12-12" }).meetings.map((m) => [m.date, m.endDate, m.chairedBy])).toEqual([["2025-12-11", "2025-12-12", ["Lê Quang Thịnh", "Mai Xuân Hòa"]]]);
    const second = "Tiêu đề\n\nSáng 10/12, Kỳ họp thường lệ cuối năm của HĐND thành phố bước sang ngày làm việc thứ hai với phiên chất vấn. Kỳ họp khai mạc sáng 9/12. Đồng chí Tô Minh Khải, Giám đốc Sở Tài chính thừa nhận vướng mắc.";
    expect(extract(second, { publishedAt: "2025-12-10" }).meetings.map((m) => [m.date, m.endDate, m.attendedBy])).toEqual([["2025-12-09", "2025-12-10", ["Tô Minh Khải"]]]);
  });

  it("opens a course as a meeting ('khai giảng lớp bồi dưỡng, quán triệt Nghị quyết …')", () => {
    const text = "Tiêu đề\n\nSáng 17/11, Ban Tuyên giáo Tỉnh ủy khai giảng lớp bồi dưỡng, quán triệt Nghị quyết số 71-NQ/TW của Bộ Chính trị. Đồng chí Chu Thị Hải Yến, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì lễ khai giảng.";
    expect(extract(text, { publishedAt: "2025-11-17" }).meetings.map((m) => [m.date, m.title, m.chairedBy, m.implements])).toEqual([
      ["2025-11-17", "Lễ khai giảng lớp bồi dưỡng, quán triệt Nghị quyết số 71-NQ/TW của Bộ Chính trị", ["Chu Thị Hải Yến"], ["71-NQ/TW"]],
    ]);
  });

  it("names a meeting by the meeting held ('họp Hội nghị lần thứ nhất'): a congress's new committee meets apart from the congress", () => {
    const text = "Tiêu đề\n\nĐại hội đại biểu Đảng bộ tỉnh lần thứ XX diễn ra từ ngày 8 đến 10/10. Bà Hoàng Thị Minh Hà, 51 tuổi, tiếp tục giữ chức Phó bí thư Thường trực Tỉnh ủy. Chiều 8/10, đại hội tiến hành phiên trù bị dưới sự chủ trì của bà Minh Hà.\nTối 9/10, Ban Chấp hành Đảng bộ tỉnh khóa XX họp Hội nghị lần thứ nhất dưới sự chủ trì của ông Trần Xuân Lộc.";
    expect(extract(text, { publishedAt: "2025-10-10" }).meetings.map((m) => [m.date, m.title, m.chairedBy, m.attendedBy])).toEqual([
      ["2025-10-08", "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX", ["Hoàng Thị Minh Hà"], []],
      ["2025-10-09", "Hội nghị lần thứ nhất", ["Trần Xuân Lộc"], []],
    ]);
  });

  it("reads a briefing ('giao ban') as a meeting, not 'giao Ban …' (assigning a commission)", () => {
    const m = meetings("Tiêu đề\n\nChiều 8/4, Thường trực Tỉnh ủy giao ban định kỳ với Ban cán sự đảng UBND tỉnh. Đồng chí Lê Viết Chữ, Bí thư Tỉnh ủy chủ trì buổi giao ban.", { publishedAt: "2019-04-09" });
    expect(m).toEqual([{ date: "2019-04-08", chairedBy: ["Lê Viết Chữ"], attendedBy: [], implements: [] }]);
    expect(meetings("Tiêu đề\n\nNgày 8/4, Tỉnh ủy giao Ban Tổ chức Tỉnh ủy chủ trì thẩm định.")).toEqual([]);
  });
});

describe("chairs and attendees", () => {
  it("does not place a person recalled at an earlier time ('Trước đó, ông … đã cho biết'), but does at a recalled meeting", () => {
    const text = "Tiêu đề\n\nNgày 2/12, Ban Chỉ đạo họp. Đồng chí Dương Văn An, Bí thư Tỉnh ủy chủ trì cuộc họp.\nTrước đó, bà Vũ Thị Thu Hà, Phó Chủ tịch UBND tỉnh đã cho biết tỉnh sẽ giảm 5 sở.\nTrước đó, ngày 25/11, Ban Thường vụ Tỉnh ủy đã họp dưới sự chủ trì của đồng chí Dương Văn An.";
    expect(meetings(text)).toEqual([
      { date: "--12-02", chairedBy: ["Dương Văn An"], attendedBy: [], implements: [] },
      { date: "--11-25", chairedBy: ["Dương Văn An"], attendedBy: [], implements: [] },
    ]);
  });

  it("places a congress's presidium and a person at a bridge of an online conference, not the signer of an award decision", () => {
    const text = "Tiêu đề\n\nNgày 28/7, Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I.\nĐoàn Chủ tịch Đại hội gồm các đồng chí: Đinh Văn Hùng, Bí thư Đảng ủy xã; Lê Thị Hoa, Chủ tịch HĐND xã.\nTại điểm cầu huyện Phong Thổ, đồng chí Chảo Văn Lâm, Bí thư Huyện ủy chia sẻ kinh nghiệm.\nDịp này, Thượng tướng Võ Minh Lương, Thứ trưởng Bộ Quốc phòng đã ký quyết định tặng Bằng khen cho 5 tập thể.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Đinh Văn Hùng", "Lê Thị Hoa", "Chảo Văn Lâm"]);
  });


  it("makes 'dự và chủ trì', 'dưới sự chủ trì của' and 'đồng chủ trì … gồm' chairs", () => {
    expect(meetings("Tiêu đề\n\nNgày 23/5, Tỉnh ủy tổ chức hội nghị. Đồng chí Nguyễn Đức Thanh, Bí thư Tỉnh ủy dự và chủ trì hội nghị. Cùng dự có đồng chí Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy.")[0]).toMatchObject({
      chairedBy: ["Nguyễn Đức Thanh"], attendedBy: ["Phạm Văn Hậu"],
    });
    expect(meetings("Tiêu đề\n\nSáng 16/11, dưới sự chủ trì của đồng chí Nguyễn Long Biên, Phó Chủ tịch UBND tỉnh, Ban Chỉ đạo đã họp.")[0]!.chairedBy).toEqual(["Nguyễn Long Biên"]);
    expect(meetings("Tiêu đề\n\nHội nghị diễn ra ngày 5/12. Ba đồng chí đồng chủ trì hội nghị gồm: Trịnh Văn Chiến, Bí thư Tỉnh ủy; Đỗ Trọng Hưng, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đình Xứng, Chủ tịch UBND tỉnh.")[0]!.chairedBy).toEqual([
      "Trịnh Văn Chiến", "Đỗ Trọng Hưng", "Nguyễn Đình Xứng",
    ]);
  });

  it("makes leading a delegation, opening and 'dự và chỉ đạo' attendance, not chairing", () => {
    const m = meetings("Tiêu đề\n\nNgày 11/11/2023, đoàn công tác do đồng chí Phạm Minh Chính - Thủ tướng Chính phủ dẫn đầu đã đến thăm và làm việc với tỉnh. Dự và chỉ đạo có đồng chí Võ Thị Ánh Xuân, Phó Chủ tịch nước. Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Đức Thọ trình bày bài phát biểu khai mạc.")[0]!;
    expect(m.chairedBy).toEqual([]);
    expect(m.attendedBy).toEqual(["Phạm Minh Chính", "Võ Thị Ánh Xuân", "Lê Đức Thọ"]);
  });

  it("does not place a person only cited ('Theo ông …') at the meeting", () => {
    const e = extract("Tiêu đề\n\nSáng 11/11, quyết định được công bố tại hội nghị do Thường trực Tỉnh ủy tổ chức. Theo ông Đỗ Trọng Hưng, Bí thư Tỉnh ủy, tỉnh đã hoàn thiện hồ sơ đại hội.");
    expect(e.persons.map((p) => p.name)).toEqual(["Đỗ Trọng Hưng"]);
    expect(e.meetings[0]!.attendedBy).toEqual([]);
  });

  it("does not place a person speaking to the press elsewhere, but does one speaking on the sidelines", () => {
    const head = "Tiêu đề\n\nChiều 14-10, Tỉnh ủy tổ chức hội nghị.\n";
    const away = meetings(`${head}Trao đổi với phóng viên trước hội nghị, ông Phan Văn Lộc, Chánh Văn phòng Tỉnh ủy cho biết dự thảo đã được gửi xin ý kiến.`);
    expect(away[0]!.attendedBy).toEqual([]);
    const there = meetings(`${head}Trao đổi với phóng viên bên lề hội nghị, ông Phan Văn Lộc, Chánh Văn phòng Tỉnh ủy cho biết dự thảo đã được gửi xin ý kiến.`);
    expect(there[0]!.attendedBy).toEqual(["Phan Văn Lộc"]);
  });

  it("places a person reading out a report at the meeting", () => {
    const m = meetings("Tiêu đề\n\nSáng 29/8, HĐND tỉnh tổ chức kỳ họp chuyên đề.\nBà Trần Thị Ngọc Anh, Chánh Văn phòng HĐND tỉnh đọc các dự thảo nghị quyết.")[0]!;
    expect(m.attendedBy).toEqual(["Trần Thị Ngọc Anh"]);
  });

  it("places people travelling with the leader at the meeting, the leader chairing", () => {
    const m = meetings("Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy\n\nSáng 5/12, Tổng Bí thư Tô Lâm đã đến thăm tỉnh và chủ trì buổi làm việc với Ban Thường vụ Tỉnh ủy. Cùng đi với đồng chí Tổng Bí thư có các đồng chí: Nguyễn Duy Ngọc, Bí thư Trung ương Đảng; Hồ Đức Phớc, Ủy viên TW Đảng, Phó Thủ tướng Chính phủ.")[0]!;
    expect(m).toMatchObject({ chairedBy: ["Tô Lâm"], attendedBy: ["Nguyễn Duy Ngọc", "Hồ Đức Phớc"] });
  });
});

describe("coreference", () => {
  it("resolves a title used instead of a name to its named holder", () => {
    const e = extract("Tiêu đề\n\nSáng 16/11, Ban Chỉ đạo đã họp. Cùng dự có đồng chí Nguyễn Long Biên, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh.\nKết luận cuộc họp, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận kết quả. Thủ tướng nhấn mạnh yêu cầu.");
    expect(e.persons.map((p) => p.name)).toEqual(["Nguyễn Long Biên"]);
    expect(e.meetings[0]!.attendedBy).toEqual(["Nguyễn Long Biên"]);
  });

  it("makes no person of a title with no named holder", () => {
    const e = extract("Tiêu đề\n\nNgày 3/7, Tỉnh ủy tổ chức hội nghị. Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy nhấn mạnh.");
    expect(e.persons).toEqual([]);
    expect(e.meetings[0]!.attendedBy).toEqual([]);
  });

  it("resolves a short form of a title ('đồng chí Bộ trưởng') to the holder of the full one", () => {
    const text = "Tiêu đề\n\nNgày 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.\nTheo Bộ trưởng Bộ Quốc phòng Phan Văn Giang, khu vực phòng thủ được củng cố.\nĐồng chí Bộ trưởng dự và chủ trì hội nghị.";
    expect(meetings(text)[0]!.chairedBy).toEqual(["Phan Văn Giang"]);
  });

  it("chooses the holder named most recently when two hold the title", () => {
    const e = extract("Tiêu đề\n\nNgày 3/7, Tỉnh ủy tổ chức hội nghị. Đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy dự. Đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy chủ trì.\nĐồng chí Phó Bí thư Tỉnh ủy phát biểu.");
    expect(e.meetings[0]).toMatchObject({ chairedBy: ["Trần Văn Bình"], attendedBy: ["Lê Văn An"] });
  });
});

describe("what a meeting implements", () => {
  it("takes the documents of its title and stated purpose, not those in background or speeches", () => {
    const m = meetings(
      "Tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW\n\nNgày 23/5, Tỉnh ủy tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị. Trong giai đoạn 2016 - 2018, khi thực hiện Chỉ thị 05-CT/TW, các địa phương đã khen thưởng. Đồng chí Bí thư Tỉnh ủy yêu cầu tiếp tục quán triệt Chỉ thị 39 gắn với Nghị quyết Trung ương 4. Trước hết, hội nghị xem xét kết quả thực hiện Nghị quyết số 11 ngày 7/12/2018 của Ban Chấp hành Đảng bộ tỉnh.",
    )[0]!;
    expect(m.implements).toEqual(["39-CT/TW", "11-NQ/TU"]);
  });

  it("takes the document that the meeting's work follows ('theo Chỉ thị …') in its own sentence", () => {
    const [m] = meetings("Tiêu đề\n\nSáng 11-9, đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy về công tác chuẩn bị đại hội đảng bộ các cấp theo Chỉ thị số 45-CT/TW của Bộ Chính trị.");
    expect(m!.implements).toEqual(["45-CT/TW"]);
  });

  it("follows an enumeration that continues a sentence about the meeting", () => {
    const m = meetings(
      "Tiêu đề\n\nNgày 31-3-2023, Ban Chấp hành Đảng bộ tỉnh họp Hội nghị lần thứ 12. Bên cạnh đó, hội nghị cho ý kiến vào ba dự thảo chương trình thực hiện các nghị quyết của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII. Đó là Nghị quyết số 27-NQ/TW ngày 9-11-2022 về nhà nước pháp quyền; và Nghị quyết số 28-NQ/TW ngày 17-11-2022.",
    )[0]!;
    expect(m.implements).toEqual(["27-NQ/TW", "28-NQ/TW"]);
  });
});

describe("what a meeting implements: speakers and the documents followed", () => {
  it("takes the document followed 'theo đúng tinh thần …'", () => {
    const text = "Tiêu đề\n\nNgày 14/10, Đại hội đại biểu Đảng bộ tỉnh khai mạc. Đại hội được tổ chức theo đúng tinh thần Chỉ thị số 35-CT/TW của Bộ Chính trị.";
    expect(meetings(text)[0]!.implements).toEqual(["35-CT/TW"]);
  });

  it("leaves out a document a speaker at the meeting urges to carry out, not one a speaker disseminates", () => {
    const text = "Tiêu đề\n\nChiều 22-7, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết công tác thanh niên.\nTại hội nghị, đồng chí Nguyễn Hương Giang đề nghị đổi mới nội dung, gắn với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.\nTại hội nghị, đồng chí Phan Nguyễn Như Khuê đã quán triệt Nghị quyết số 57-NQ/TW.";
    expect(meetings(text)[0]!.implements).toEqual(["57-NQ/TW"]);
  });
});

describe("who a sentence places at the meeting", () => {
  const text = (body: string) => `Tiêu đề\n\nNgày 9/7, HĐND tỉnh khai mạc kỳ họp thứ 17. Ông Nguyễn Văn Lộc, Chủ tịch HĐND tỉnh chủ trì kỳ họp.\n${body}`;

  it("places whoever acts in a sentence set at the meeting ('Tại phiên chất vấn, …')", () => {
    expect(meetings(text("Tại phiên chất vấn, Giám đốc Sở Tài chính Nguyễn Thanh Toàn đã làm rõ nguyên nhân."))[0]!.attendedBy).toEqual(["Nguyễn Thanh Toàn"]);
  });

  it("places a person who raises a matter with the meeting or receives an award at it", () => {
    const said = text("Đồng chí Ksor Phước Thiện, Phó Bí thư Đảng ủy Khối kiến nghị bố trí cán bộ chuyên trách. Đồng chí Siu H'Bin, Chủ nhiệm Ủy ban Kiểm tra nêu khó khăn. Đồng chí Quàng Thị Ính nhận Huy hiệu 55 năm tuổi Đảng.");
    expect(meetings(said)[0]!.attendedBy).toEqual(["Ksor Phước Thiện", "Siu H'Bin", "Quàng Thị Ính"]);
  });

  it("does not take a speaker's report of who chaired other work, or a petition of someone ('kiến nghị của ông X'), for a role", () => {
    const said = text("Báo cáo do đồng chí Danh Sô Phanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, Mặt trận đã chủ trì giám sát 1.246 cuộc. Qua giám sát, kiến nghị của ông Danh Út về việc chậm chi trả đã được giải quyết.");
    expect(meetings(said)[0]).toMatchObject({ chairedBy: ["Nguyễn Văn Lộc"], attendedBy: ["Danh Sô Phanh"] });
  });

  it("places those who question or answer at a session, and the meeting's secretary", () => {
    const said = text("Đại biểu Nguyễn Thị Kim Yến chất vấn về tiến độ. Trả lời chất vấn, ông Phan Văn Lợi, Giám đốc Sở Giao thông vận tải nhận trách nhiệm. Đồng chí Trần Quốc Phong, Phó Chánh Văn phòng UBND tỉnh, làm thư ký kỳ họp.");
    expect(meetings(said)[0]!.attendedBy).toEqual(["Nguyễn Thị Kim Yến", "Phan Văn Lợi", "Trần Quốc Phong"]);
  });

  it("does not place the leader whose words a speaker recalls ('quan điểm được Tổng Bí thư X nhấn mạnh')", () => {
    const said = text("Ông Võ Thành Trung, Phó Trưởng Ban Tuyên giáo Tỉnh ủy nhắc lại quan điểm nhiều lần được Tổng Bí thư Nguyễn Phú Trọng nhấn mạnh: xây dựng Đảng phải bắt đầu từ đạo đức.");
    expect(meetings(said)[0]!.attendedBy).toEqual(["Võ Thành Trung"]);
  });

  it("resolves a given name after 'ông'/'bà' to the person named in full, and places one announcing a result", () => {
    const said = text("Bà Lê Thị Mỹ Hạnh, Trưởng Ban Tổ chức Tỉnh ủy công bố kết quả kiểm phiếu. Kết luận kỳ họp, ông Lộc yêu cầu các sở chuẩn bị kỹ.");
    expect(meetings(said)[0]).toMatchObject({ chairedBy: ["Nguyễn Văn Lộc"], attendedBy: ["Lê Thị Mỹ Hạnh"] });
    const chaired = "Tiêu đề\n\nÔng Lương Quốc Đạt, Bí thư Thành ủy dự.\nChiều 19/6, Ban Thường vụ Thành ủy họp do ông Đạt chủ trì.";
    expect(meetings(chaired)[0]!.chairedBy).toEqual(["Lương Quốc Đạt"]);
  });

  it("does not place those a meeting disciplines, those it names as examples, or a committee's head named in passing", () => {
    const said = text("Trách nhiệm đối với những vi phạm nêu trên thuộc về các đồng chí: Lâm Quốc Trụ, nguyên Phó Chủ tịch UBND tỉnh; Huỳnh Ngọc Sơn. Ủy ban Kiểm tra đề nghị thi hành kỷ luật Ban Thường vụ và đồng chí Lâm Quốc Trụ. Nhiều điển hình được biểu dương, tiêu biểu như cựu chiến binh Cao Văn Tịnh. Việc này được Ban Chỉ đạo do Tổng Bí thư Tô Lâm làm Trưởng ban theo dõi sát.");
    expect(meetings(said)[0]!.attendedBy).toEqual([]);
  });

  it("does not place the leader whose directions or views are cited, nor one who spoke to a reporter ('với PV')", () => {
    const said = text("Quán triệt chỉ đạo của Đại tướng Tô Lâm, Bộ trưởng Bộ Công an tại Hội nghị Công an toàn quốc, Đảng ủy xác định nhiệm vụ. Trao đổi với PV VOV tuần trước, ông Trần Quốc Bảo cho rằng thủ tục còn rườm rà. Báo cáo viên nhắc lại nhận định của Tổng Bí thư Tô Lâm rằng thể chế là điểm nghẽn.");
    expect(meetings(said)[0]!.attendedBy).toEqual([]);
  });

  it("places a person who shares an experience with the meeting ('chia sẻ kinh nghiệm')", () => {
    expect(meetings(text("Thượng tá Lại Văn Hưng, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện chia sẻ kinh nghiệm xây dựng thế trận lòng dân."))[0]!.attendedBy).toEqual(["Lại Văn Hưng"]);
  });

  it("places a person who gives a view ('cho rằng'), unless in a paper's article", () => {
    expect(meetings(text("Đồng chí Huỳnh Thị Thu Nguyệt, Trưởng Ban Dân vận Tỉnh ủy cho rằng cần phát huy vai trò của Mặt trận."))[0]!.attendedBy).toEqual(["Huỳnh Thị Thu Nguyệt"]);
    expect(meetings(text("Ông Đinh Văn Thâu, nguyên Bí thư Tỉnh ủy, trong bài viết đăng trên Báo An Giang cho rằng chất lượng đã nâng lên."))[0]!.attendedBy).toEqual([]);
  });

  it("does not place a person the meeting disciplines or speaks about ('đối với ông X', 'khiển trách bà Y')", () => {
    const said = text("Ủy ban Kiểm tra đề nghị thi hành kỷ luật bằng hình thức khai trừ đối với ông Đoàn Văn Chiến, nguyên Giám đốc Sở Tài chính; khiển trách bà Nguyễn Thị Lan, Phó Chủ tịch UBND huyện.");
    expect(meetings(said)[0]!.attendedBy).toEqual([]);
  });

  it("does not place a person a speaker speaks of ('… nhấn mạnh, … do Tổng Bí thư X làm Trưởng ban')", () => {
    const said = text("Phát biểu kết luận, đồng chí Lê Văn Hùng, Phó Chủ tịch HĐND tỉnh nhấn mạnh, thực hiện chỉ đạo của Ban Chỉ đạo do Tổng Bí thư Tô Lâm làm Trưởng ban, tỉnh sẽ hoàn thành sắp xếp.");
    expect(meetings(said)[0]!.attendedBy).toEqual(["Lê Văn Hùng"]);
  });
});

describe("what is not a meeting's day, and what 'also at the meeting' carries out", () => {
  it("does not take the date of a paper announced at the meeting for a meeting", () => {
    const text = "Tiêu đề\n\nSáng 06-8, Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I. Đại hội đã công bố Quyết định ngày 05/8/2025 của Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã.";
    expect(meetings(text, { publishedAt: "2025-08-06" }).map((m) => m.date)).toEqual(["2025-08-06"]);
  });

  it("reads 'Cũng tại hội nghị, <body> xem xét báo cáo sơ kết … Nghị quyết …' as what the meeting carries out", () => {
    const text = "Tiêu đề\n\nNgày 26/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 24.\nCũng tại hội nghị, Ban Chấp hành Đảng bộ tỉnh xem xét báo cáo sơ kết 3 năm thực hiện Nghị quyết số 10-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp.";
    expect(meetings(text)[0]!.implements).toEqual(["10-NQ/TU"]);
  });
});

describe("deputies meeting voters, and what a meeting is for", () => {
  it("reads deputies meeting voters ('tổ chức tiếp xúc cử tri') as a meeting, chaired and attended", () => {
    const text = "Tiêu đề\n\nNgày 8/10, Đoàn ĐBQH tỉnh tổ chức tiếp xúc cử tri xã Hải Phong trước Kỳ họp thứ 8. Đồng chí Trần Thị Bích Hạnh, Trưởng Đoàn ĐBQH tỉnh chủ trì buổi tiếp xúc. Cử tri Lê Thị Hoa, thôn Phước Điền phản ánh giá vật tư tăng cao.";
    expect(meetings(text)).toEqual([{ date: "--10-08", chairedBy: ["Trần Thị Bích Hạnh"], attendedBy: ["Lê Thị Hoa"], implements: [] }]);
  });

  it("reads 'Một nội dung chính của phiên họp là …' as what the meeting carries out", () => {
    const text = "Tiêu đề\n\nChiều 14/8, Ban Chỉ đạo thành phố họp phiên thứ 12.\nMột nội dung chính của phiên họp là cho ý kiến vào dự thảo Báo cáo kết quả thực hiện Chỉ thị số 27-CT/TW ngày 10/1/2019 của Bộ Chính trị.";
    expect(meetings(text)[0]!.implements).toEqual(["27-CT/TW"]);
  });
});

describe("a meeting planned after one held, a chair named by title, a title naming the document", () => {
  it("keeps a meeting held when a later part of the sentence speaks of one planned, chaired by a title alone", () => {
    const text = "Tiêu đề\n\nỦy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính dự.\nNgày 3/10, Thường trực Chính phủ đã họp dưới sự chủ trì của Thủ tướng để cho ý kiến về các báo cáo trình Kỳ họp thứ 8, dự kiến khai mạc ngày 21/10.";
    expect(meetings(text)).toEqual([{ date: "--10-03", chairedBy: ["Phạm Minh Chính"], attendedBy: [], implements: [] }]);
  });

  it("reads what a speaker conveys as carried out, enumerated in the next sentence ('truyền đạt ba nghị quyết. Đó là …')", () => {
    const text = "Tiêu đề\n\nChiều 14/12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị học tập các nghị quyết của Hội nghị Trung ương 8.\nTại hội nghị, đồng chí Đinh Văn Hòa, Phó Trưởng Ban Tuyên giáo Trung ương, truyền đạt ba nghị quyết. Đó là Nghị quyết số 42-NQ/TW về chính sách xã hội; Nghị quyết số 43-NQ/TW về đại đoàn kết; và Nghị quyết số 44-NQ/TW về bảo vệ Tổ quốc.";
    expect(meetings(text)[0]!.implements).toEqual(["42-NQ/TW", "43-NQ/TW", "44-NQ/TW"]);
  });

  it("reads the documents a speaker presents to the meeting as carried out, not those a speaker urges others to disseminate", () => {
    const text = (body: string) => `Tiêu đề\n\nNgày 24/1, Tỉnh ủy tổ chức hội nghị cán bộ chủ chốt.\n${body}`;
    expect(meetings(text("TS Lương Thị Hạnh giới thiệu Nghị quyết số 43-NQ/TW về đại đoàn kết và Nghị quyết số 45-NQ/TW về trí thức."))[0]!.implements).toEqual(["43-NQ/TW", "45-NQ/TW"]);
    expect(meetings(text("Phát biểu chỉ đạo, đồng chí Lục Văn Thịnh đề nghị các cấp ủy tiếp tục quán triệt Nghị quyết số 25-NQ/TW."))[0]!.implements).toEqual([]);
  });

  it("reads the document a meeting's title names in a sentence about something else, unless that meeting is to come", () => {
    const text = (lead: string) => `Tiêu đề\n\n${lead}\nHội nghị do đồng chí Đoàn Văn Thạnh, Phó Bí thư Thường trực Tỉnh ủy chủ trì, diễn ra ngày 12/9.`;
    expect(meetings(text("Kết luận hội nghị sơ kết 2 năm thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu các cấp ủy làm tốt hơn."))[0]!.implements).toEqual(["21-NQ/TW"]);
    expect(meetings(text("Dự kiến, ngày 15/12, Tỉnh ủy sẽ tổ chức Hội nghị tổng kết 5 năm thực hiện Nghị quyết số 05-NQ/TU."))[0]!.implements).toEqual([]);
    // A meeting word in a speaker's office, then the speaker's words after a colon: no title.
    expect(meetings(text("Phát biểu khai mạc, đồng chí Nguyễn Đình Khải, Trưởng Ban Tổ chức Đại hội cho biết: thực hiện Nghị quyết số 08-NQ/TW, những năm qua phong trào có bước phát triển."))[0]!.implements).toEqual([]);
  });
});

describe("a gathering, an 'as of' day, and another occasion before the meeting", () => {
  it("reads 'từ ngày 1-7-2025' alone as when something takes effect, and 'từ ngày 30/9 đến ngày 1/10' as a meeting's days", () => {
    const effect = "Tiêu đề\n\nSáng 21/7, Đảng bộ phường tổ chức Đại hội lần thứ I. Đây là đại hội đầu tiên sau khi chính quyền cấp quận kết thúc hoạt động từ ngày 1-7-2025.";
    expect(meetings(effect, { publishedAt: "2025-07-22" }).map((m) => m.date)).toEqual(["2025-07-21"]);
    expect(meetings("Tiêu đề\n\nTừ ngày 30/9 đến ngày 1/10, Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 25.").map((m) => m.date)).toEqual(["--09-30"]);
  });

  it("reads a signing ceremony as a meeting, and 'cùng chủ trì có đồng chí X' as a co-chair", () => {
    const text = "Tiêu đề\n\nChiều 14/8, Ban Dân vận Tỉnh ủy tổ chức Lễ ký kết Quy chế phối hợp. Đồng chí Hoàng Minh Đức, Bí thư Tỉnh ủy chủ trì; cùng chủ trì có đồng chí Trương Thị Kim Liên, Bí thư Tỉnh đoàn.";
    expect(meetings(text)).toEqual([{ date: "--08-14", chairedBy: ["Hoàng Minh Đức", "Trương Thị Kim Liên"], attendedBy: [], implements: [] }]);
  });

  it("reads a gathering to honour veterans as a meeting, and 'đến ngày 10/8' as no meeting's day", () => {
    const text = "Tiêu đề\n\nSáng 20/12, Tỉnh ủy tổ chức buổi gặp mặt, tri ân Mẹ Việt Nam anh hùng. Đồng chí Trương Minh Đạt, Bí thư Tỉnh ủy chủ trì buổi gặp mặt.\nBáo cáo cho biết, đến ngày 10/8, 100% đảng bộ xã đã tổ chức thành công đại hội.";
    expect(meetings(text)).toEqual([{ date: "--12-20", chairedBy: ["Trương Minh Đạt"], attendedBy: [], implements: [] }]);
  });

  it("reads a roundup of several meetings in one sentence clause by clause, and an earlier one of them when it comes back", () => {
    const text = "Tiêu đề\n\nTrong tuần, Thường trực Tỉnh ủy đã: ngày 2/12 làm việc với Đảng ủy Khối các cơ quan tỉnh; ngày 3/12 chủ trì Hội nghị Ban Thường vụ Tỉnh ủy; ngày 4/12 dự Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị.\nTại buổi làm việc với Đảng ủy Khối ngày 2/12, đồng chí Trần Đức Hoàn, Bí thư Tỉnh ủy chủ trì. Báo cáo tại buổi làm việc, đồng chí Thân Văn Lực, Bí thư Đảng ủy Khối cho biết đã kết nạp 146 đảng viên.";
    expect(meetings(text).map((m) => [m.date, m.chairedBy, m.attendedBy, m.implements])).toEqual([
      ["--12-02", ["Trần Đức Hoàn"], ["Thân Văn Lực"], []],
      ["--12-03", [], [], []],
      ["--12-04", [], [], ["36-CT/TW"]],
    ]);
  });

  it("dates a meeting 'chiều cùng ngày' by the day given earlier, and places nobody from the visit before it", () => {
    const text = "Tiêu đề\n\nNgày 16-1, đoàn công tác do đồng chí Nguyễn Đình Khôi, Phó Bí thư Thường trực Tỉnh ủy dẫn đầu đã đến thăm, tặng quà, chúc Tết Đồn Biên phòng Ia Púch.\nBáo cáo với đoàn, Thiếu tá Phạm Văn Lực - Đồn trưởng cho biết đơn vị quản lý 20 km biên giới.\nChiều cùng ngày, đồng chí Nguyễn Đình Khôi chủ trì buổi làm việc với Ban Thường vụ Huyện ủy. Dự buổi làm việc có đồng chí Đoàn Minh Sang, Bí thư Huyện ủy.";
    expect(meetings(text, { publishedAt: "2025-01-17" })).toEqual([{ date: "2025-01-16", chairedBy: ["Nguyễn Đình Khôi"], attendedBy: ["Đoàn Minh Sang"], implements: [] }]);
  });

  it("places nobody at the meeting from a visit on another day reported before it", () => {
    const text = "Tiêu đề\n\nSáng 27/9, đoàn công tác do đồng chí Lý Thị Chanh Thu, Phó Bí thư Thường trực Tỉnh ủy dẫn đầu đã đến thăm, chúc Tết chùa Kh'Leang. Tiếp đoàn có Hòa thượng Thạch Sà Khên.\nNgày 24/9, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết. Đồng chí Thạch Sô Phal, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.";
    expect(meetings(text)).toEqual([{ date: "--09-24", chairedBy: ["Thạch Sô Phal"], attendedBy: [], implements: [] }]);
  });
});

describe("meeting titles", () => {
  it("end before the subject clause of the document the meeting carries out", () => {
    const x = extract(
      "Tổng kết\n\nNgày 23/5, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình hiện nay.",
    );
    expect(x.meetings[0]?.title).toBe("Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị");
  });

  it("reads a ceremony as a meeting, and a paper presented to a meeting as presence", () => {
    const text = "Tiêu đề\n\nSáng 1/9, Ban Thường vụ Tỉnh ủy tổ chức Lễ trao Huy hiệu Đảng đợt 2/9. Đồng chí Huỳnh Thị Hằng, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi lễ.\nTham luận tại buổi lễ, đồng chí Nguyễn Văn Thành, Bí thư Huyện ủy nêu kinh nghiệm.";
    expect(meetings(text)).toEqual([{ date: "--09-01", chairedBy: ["Huỳnh Thị Hằng"], attendedBy: ["Nguyễn Văn Thành"], implements: [] }]);
  });

  it("does not take a document a speaker's report says work follows for what the meeting implements", () => {
    const text = "Tiêu đề\n\nNgày 10/10, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban công tác quý III.\nTại hội nghị, Chánh Văn phòng Tỉnh ủy Trần Văn Ngọc báo cáo, công tác chuẩn bị đại hội theo Chỉ thị số 35-CT/TW của Bộ Chính trị bảo đảm tiến độ.";
    expect(meetings(text)[0]!.implements).toEqual([]);
  });
});

describe("a meeting recalled aside and named again, a plenum during a congress, meetings written as activities", () => {
  it("gives the sentences right after a meeting recalled aside to it when they name it and the reported meeting goes by another name", () => {
    const text = "Tiêu đề\n\nSáng 20/5, Đoàn công tác của Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy. Đồng chí Lê Minh Châu, Bí thư Tỉnh ủy chủ trì buổi làm việc.\nTrước đó, chiều 18/5, Ban Thường vụ Tỉnh ủy đã họp dưới sự chủ trì của đồng chí Lê Minh Châu. Tại cuộc họp, đồng chí Phan Văn Hòa, Chủ tịch UBND tỉnh báo cáo bổ sung.";
    expect(meetings(text)).toEqual([
      { date: "--05-20", chairedBy: ["Lê Minh Châu"], attendedBy: [], implements: [] },
      { date: "--05-18", chairedBy: ["Lê Minh Châu"], attendedBy: ["Phan Văn Hòa"], implements: [] },
    ]);
    const session = "Tiêu đề\n\nSáng 24/9, HĐND huyện tổ chức kỳ họp thứ 12. Đồng chí Đỗ Thị Mơ, Chủ tịch HĐND huyện chủ trì kỳ họp.\nTrước đó, chiều 22/9, Thường trực HĐND huyện đã tổ chức phiên họp thẩm tra các tờ trình. Tham dự phiên họp có đồng chí Cù Văn Tình, Trưởng Ban Pháp chế HĐND huyện.\nTại kỳ họp, đồng chí Bế Văn Lâm, Phó Chủ tịch UBND huyện báo cáo.";
    expect(meetings(session)).toEqual([
      { date: "--09-24", chairedBy: ["Đỗ Thị Mơ"], attendedBy: ["Bế Văn Lâm"], implements: [] },
      { date: "--09-22", chairedBy: [], attendedBy: ["Cù Văn Tình"], implements: [] },
    ]);
  });

  it("reads the first plenum of a newly elected committee, held during the congress, as a meeting of its own", () => {
    const text = "Tiêu đề\n\nTrong hai ngày 14 và 15/7, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ I. Đồng chí Nông Văn Dũng, Phó Bí thư Huyện ủy dự đại hội.\nNgay sau khi bế mạc đại hội, chiều 15/7, Ban Chấp hành Đảng bộ xã khóa I tiến hành Hội nghị lần thứ nhất. Phát biểu nhận nhiệm vụ tại hội nghị, đồng chí Hoàng Văn Tấn, Bí thư Đảng ủy xã cam kết hoàn thành tốt.";
    expect(meetings(text)).toEqual([
      { date: "--07-14", chairedBy: [], attendedBy: ["Nông Văn Dũng"], implements: [] },
      { date: "--07-15", chairedBy: [], attendedBy: ["Hoàng Văn Tấn"], implements: [] },
    ]);
  });

  it("reads a meeting written as what was held ('tổ chức học tập, quán triệt …'), but not a plan to hold one", () => {
    const text = "Tiêu đề\n\nSáng 17/7, Đảng ủy Công an tỉnh tổ chức học tập, quán triệt Nghị quyết số 66-NQ/TW cho cán bộ, đảng viên, do Đại tá Lê Văn Quý, Bí thư Đảng ủy chủ trì.";
    expect(meetings(text)).toEqual([{ date: "--07-17", chairedBy: ["Lê Văn Quý"], attendedBy: [], implements: ["66-NQ/TW"] }]);
    expect(meetings("Tiêu đề\n\nNgày 5/3, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch tổ chức học tập, quán triệt Nghị quyết số 66-NQ/TW.")).toEqual([]);
  });

  it("dates deputies meeting voters by the day given before the list of deputies", () => {
    const text = "Tiêu đề\n\nChiều 12/10, Tổ đại biểu Quốc hội số 2 gồm các đồng chí: Hà Thị Nga, Phó Trưởng Đoàn ĐBQH tỉnh; Kim Văn Hải, Chủ tịch Liên đoàn Lao động tỉnh đã tiếp xúc cử tri xã Yên Lạc.";
    expect(meetings(text)).toEqual([{ date: "--10-12", chairedBy: [], attendedBy: ["Hà Thị Nga", "Kim Văn Hải"], implements: [] }]);
  });

  it("does not place a former leader whose words are recalled ('lời căn dặn của')", () => {
    const text = "Tiêu đề\n\nNgày 3/2, Tỉnh ủy tổ chức hội nghị. Đồng chí Đinh Văn Hùng, Bí thư Tỉnh ủy chủ trì.\nNhắc lại lời căn dặn của đồng chí Trần Quốc Vượng, nguyên Bí thư Tỉnh ủy, đồng chí Bí thư yêu cầu các cấp chủ động hơn.";
    expect(meetings(text)).toEqual([{ date: "--02-03", chairedBy: ["Đinh Văn Hùng"], attendedBy: [], implements: [] }]);
  });
});

describe("what a meeting implements: its purpose first, the body that held it, views and tasks", () => {
  const implemented = (body: string) => meetings(`Tiêu đề\n\nSáng 9/7, Ủy ban Kiểm tra Tỉnh ủy đã họp kỳ họp thứ 30.\n${body}`)[0]!.implements;

  it("counts a document the sentence opens with as the purpose of the meeting that follows", () => {
    expect(implemented("Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị, đại hội được tổ chức với 210 đại biểu.")).toEqual(["45-CT/TW"]);
  });

  it("counts what the body that held the meeting deliberates on in it", () => {
    expect(implemented("Ủy ban Kiểm tra Tỉnh ủy đã thảo luận, cho ý kiến vào dự thảo Báo cáo tổng kết thực hiện Chỉ thị số 27-CT/TW của Bộ Chính trị.")).toEqual(["27-CT/TW"]);
  });

  it("does not count the delegates' views, nor a task the meeting sets 'theo' a document, nor what voters say", () => {
    expect(implemented("Các đại biểu cho rằng, việc sắp xếp là bước cụ thể hóa Nghị quyết số 18-NQ/TW.")).toEqual([]);
    expect(implemented("Về nhiệm vụ thời gian tới, hội nghị xác định trọng tâm là tuyên truyền đại hội theo tinh thần Chỉ thị số 45-CT/TW.")).toEqual([]);
    expect(implemented("Tại hội nghị, cử tri phấn khởi trước việc sắp xếp đơn vị hành chính theo Nghị quyết số 60-NQ/TW.")).toEqual([]);
    expect(implemented("Kỳ họp được tổ chức theo Chỉ thị số 45-CT/TW của Bộ Chính trị.")).toEqual(["45-CT/TW"]);
  });
});

describe("a meeting that opens the sentence after its day, and who the meeting elects", () => {
  it("reads a meeting that is the subject right after its day as held, places who speaks there, not who it elects", () => {
    const text = "Tiêu đề\n\nTừ ngày 2 đến 3/8, Đại hội đại biểu Đảng bộ phường Hòa Bình lần thứ I diễn ra. Ông Lý Văn Thắng, Phó Bí thư Tỉnh ủy dự.\nChiều 3/8, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ phường khóa I bầu ông Đỗ Minh Tâm giữ chức Bí thư Đảng ủy phường; bà Tống Thị Lụa được bầu làm Phó Bí thư. “Chúng tôi sẽ làm tốt”, ông Tâm nói tại hội nghị.";
    expect(meetings(text)).toEqual([
      { date: "--08-02", chairedBy: [], attendedBy: ["Lý Văn Thắng"], implements: [] },
      { date: "--08-03", chairedBy: [], attendedBy: ["Đỗ Minh Tâm"], implements: [] },
    ]);
  });

  it("places a speaker analysing a matter at a seminar", () => {
    const text = "Tiêu đề\n\nSáng 20/3, Tỉnh ủy tổ chức tọa đàm về Nghị quyết số 57-NQ/TW.\nPGS.TS Hầu Văn Nam, Trưởng khoa Luật Trường Đại học Vinh phân tích cơ chế thử nghiệm có kiểm soát.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Hầu Văn Nam"]);
  });

  it("places a delegate telling the meeting their story, and nobody from what a report shows ('cho thấy')", () => {
    const text = "Tiêu đề\n\nSáng 12/9, Tỉnh ủy tổ chức hội nghị tổng kết Chỉ thị số 40-CT/TW. Đồng chí Bùi Văn Thành, Bí thư Tỉnh ủy chủ trì.\nÔng Đinh Văn Kiên, nông dân xóm Bưa kể lại việc gia đình vay vốn.\nBáo cáo do ông Quách Văn Tú, Phó Chủ tịch UBND tỉnh trình bày cho thấy, các cấp đã chủ trì, phối hợp tổ chức nhiều đợt ra quân.";
    expect(meetings(text)[0]).toEqual({ date: "--09-12", chairedBy: ["Bùi Văn Thành"], attendedBy: ["Đinh Văn Kiên", "Quách Văn Tú"], implements: ["40-CT/TW"] });
  });

  it("does not place a person said not to be able to attend", () => {
    const text = "Tiêu đề\n\nNgày 27/6, Đảng ủy Khối tổ chức hội nghị. Dịp này, đồng chí Lê Thị Thu trao Huy hiệu 40 năm tuổi Đảng cho đồng chí Phan Văn Lộc, do sức khỏe yếu không thể đến dự hội nghị.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Lê Thị Thu"]);
  });

  it("gives a meeting told in a speaker's words its chair and the sentences that name it, the speaker staying at the press conference", () => {
    const text = "Tiêu đề\n\nChiều 11/12, Ban Thường vụ Tỉnh ủy tổ chức họp báo thông tin kết quả Hội nghị lần thứ 15. Đồng chí Võ Văn Hưng, Phó Bí thư Thường trực Tỉnh ủy chủ trì họp báo.\nThông tin tại buổi họp báo, đồng chí Võ Văn Hưng cho biết, ngày 8/12, Ban Chấp hành Đảng bộ tỉnh đã tổ chức Hội nghị lần thứ 15 dưới sự chủ trì của đồng chí Lê Quang Minh, Bí thư Tỉnh ủy. Hội nghị đã sơ kết 2 năm thực hiện Nghị quyết 09-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.\nĐồng chí Đào Thị Lan, Trưởng Ban Tuyên giáo Tỉnh ủy trả lời câu hỏi tại buổi họp báo.";
    expect(meetings(text)).toEqual([
      { date: "--12-11", chairedBy: ["Võ Văn Hưng"], attendedBy: ["Đào Thị Lan"], implements: [] },
      { date: "--12-08", chairedBy: ["Lê Quang Minh"], attendedBy: [], implements: ["09-NQ/TU"] },
    ]);
  });

  it("drops a document the title named when the text sets it apart as not reviewed at the meeting", () => {
    const text = "Tiêu đề\n\nSáng 26/7, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW và Chỉ thị số 05-CT/TW của Bộ Chính trị.\nĐối với Chỉ thị số 05-CT/TW, hội nghị chưa tiến hành đánh giá; việc tổng kết sẽ được tổ chức vào năm 2026.";
    expect(meetings(text)[0]!.implements).toEqual(["33-NQ/TW"]);
  });

  it("resolves a chair named by a longer form of the title the person is later given ('Thủ tướng Chính phủ' → 'Thủ tướng X')", () => {
    const text = "Tiêu đề\n\nSáng 19/5, Đảng ủy Chính phủ tổ chức Hội nghị quán triệt Nghị quyết số 66-NQ/TW. Hội nghị do đồng chí Bí thư Đảng ủy Chính phủ, Thủ tướng Chính phủ chủ trì.\nPhát biểu kết luận, Thủ tướng Lê Văn Khải, Bí thư Đảng ủy Chính phủ nhấn mạnh yêu cầu.";
    expect(meetings(text)[0]!.chairedBy).toEqual(["Lê Văn Khải"]);
  });

  it("makes chairing one bridge of an online conference, and leading a delegation ('làm trưởng đoàn'), attendance", () => {
    const text = "Tiêu đề\n\nSáng 7/1, Chính phủ tổ chức hội nghị trực tuyến với các địa phương. Thủ tướng Lê Văn Khải chủ trì hội nghị.\nTại điểm cầu tỉnh Quảng Ninh, đồng chí Cao Thị Nhàn, Bí thư Tỉnh ủy chủ trì tại điểm cầu.\nĐoàn công tác do đồng chí Vi Văn Thịnh, Phó Trưởng Ban Tổ chức Trung ương làm trưởng đoàn.";
    expect(meetings(text)[0]).toEqual({ date: "--01-07", chairedBy: ["Lê Văn Khải"], attendedBy: ["Cao Thị Nhàn", "Vi Văn Thịnh"], implements: [] });
  });

  it("reads a plenum recalled years later, its day before it, and leaves out what a schedule heading lists", () => {
    const text = "Tiêu đề\n\nMười năm trước, trong hai ngày 17 và 18/7/2014, Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh đã thảo luận và thông qua Nghị quyết số 04-NQ/TU. Hội nghị do đồng chí Trần Văn Chung, Bí thư Tỉnh ủy khi đó, chủ trì.\nNgày 19/7/2024, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 04-NQ/TU. Đồng chí Vũ Hồng Quang, Bí thư Tỉnh ủy chủ trì.\nLịch công tác tuần tới (dự kiến):\n- Ngày 26/7: Ban Thường vụ Tỉnh ủy họp xem xét nhân sự.";
    expect(meetings(text)).toEqual([
      { date: "2014-07-17", chairedBy: ["Trần Văn Chung"], attendedBy: [], implements: [] },
      { date: "2024-07-19", chairedBy: ["Vũ Hồng Quang"], attendedBy: [], implements: ["04-NQ/TU"] },
    ]);
  });
});

describe("text as it comes from the web", () => {
  it("reads a lead set in capitals, titles and names broken across lines, and nothing from the related headlines", () => {
    const text = "Tiêu đề\n\nTRONG HAI NGÀY 10 - 11/7, BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XIX TỔ CHỨC HỘI NGHỊ LẦN THỨ 17.\n\nCác đồng chí: Đào Văn Lộc, Bí thư Tỉnh ủy; Ngô Thị Minh Thư, Phó Bí thư\nThường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đồng chủ trì hội nghị. Dự hội nghị có đồng chí Trịnh\nNgọc Sơn, Phó Trưởng Ban Kinh tế Trung ương.\n\nTIN LIÊN QUAN\n• Quán triệt Nghị quyết số 35-NQ/TW đến cán bộ chủ chốt\n\nBế mạc hội nghị, đồng chí Đào Văn Lộc phát biểu.";
    const e = extract(text);
    expect(e.persons.find((p) => p.name === "Ngô Thị Minh Thư")?.offices).toEqual(["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"]);
    expect(meetings(text)).toEqual([{ date: "--07-10", chairedBy: ["Đào Văn Lộc", "Ngô Thị Minh Thư"], attendedBy: ["Trịnh Ngọc Sơn"], implements: [] }]);
  });

  it("reads names and offices written only in a lead set in capitals, in the case the document and the genre use, quoting the lead as written", () => {
    const lead = "SÁNG 8/1, BAN THƯỜNG VỤ TỈNH ỦY TỔ CHỨC HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ. ĐỒNG CHÍ THẠCH CHANH RÊ, PHÓ BÍ THƯ TỈNH ỦY, CHỦ TỊCH HĐND TỈNH CHỦ TRÌ HỘI NGHỊ. CÙNG DỰ CÓ ĐỒNG CHÍ NGUYỄN THỊ KIM LOAN, ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY, TRƯỞNG BAN TUYÊN GIÁO TỈNH ỦY.";
    const text = `TRÀ VINH QUÁN TRIỆT NGHỊ QUYẾT SỐ 57-NQ/TW\n\n${lead}\n\nTại hội nghị, đồng chí Nguyễn Thị Kim Loan quán triệt Nghị quyết.`;
    const e = extract(text);
    expect(e.persons.map((p) => [p.name, p.offices])).toEqual([
      ["Thạch Chanh Rê", ["Phó Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"]],
      ["Nguyễn Thị Kim Loan", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"]],
    ]);
    expect(meetings(text)).toEqual([{ date: "--01-08", chairedBy: ["Thạch Chanh Rê"], attendedBy: ["Nguyễn Thị Kim Loan"], implements: ["57-NQ/TW"] }]);
    expect(e.resolutions[0]).toMatchObject({ key: "57-NQ/TW", issuer: "Bộ Chính trị" });
    expect(e.document.title).toBe("TRÀ VINH QUÁN TRIỆT NGHỊ QUYẾT SỐ 57-NQ/TW");
    expect(e.meetings[0]!.chairs[0]!.evidence.sentence).toBe("ĐỒNG CHÍ THẠCH CHANH RÊ, PHÓ BÍ THƯ TỈNH ỦY, CHỦ TỊCH HĐND TỈNH CHỦ TRÌ HỘI NGHỊ.");
  });

  it("reads a lead in capitals after an outlet's tag, names made of ordinary words, and each word as the longest title it is in", () => {
    const text = "Tiêu đề\n\n(GLO)- SÁNG 15/12, BAN THƯỜNG VỤ HUYỆN ỦY TỔ CHỨC HỘI NGHỊ HỌC TẬP NGHỊ QUYẾT SỐ 23-NQ/TW. ĐỒNG CHÍ RƠ MAH PLIN, TỈNH ỦY VIÊN, BÍ THƯ HUYỆN ỦY CHỦ TRÌ HỘI NGHỊ. DỰ VÀ CHỈ ĐẠO HỘI NGHỊ CÓ ĐỒNG CHÍ ĐOÀN THỊ MỸ HẠNH, TRƯỞNG BAN DÂN VẬN TỈNH ỦY.\n\nHội nghị kết nối đến các xã, thị trấn và các đoàn thể.";
    expect(extract(text).persons.map((p) => [p.name, p.offices])).toEqual([
      ["Rơ Mah Plin", ["Tỉnh ủy viên", "Bí thư Huyện ủy"]], ["Đoàn Thị Mỹ Hạnh", ["Trưởng Ban Dân vận Tỉnh ủy"]],
    ]);
    expect(meetings(text)).toEqual([{ date: "--12-15", chairedBy: ["Rơ Mah Plin"], attendedBy: ["Đoàn Thị Mỹ Hạnh"], implements: ["23-NQ/TW"] }]);
  });

  it("places those a heading announces one per line, without bullets ('Dự hội nghị có:' then 'Đồng chí X - Phó Bí thư …')", () => {
    const text = "Tiêu đề\n\nNgày 12/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW. Đồng chí Lục Văn Quân, Bí thư Tỉnh ủy chủ trì hội nghị.\n\nDự hội nghị có:\nĐồng chí Hoàng Thị Thu Hà - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh\nĐồng chí Triệu Đức Lâm - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh\n\nCùng dự có đại diện lãnh đạo các sở, ngành.";
    expect(meetings(text)).toEqual([{ date: "--07-12", chairedBy: ["Lục Văn Quân"], attendedBy: ["Hoàng Thị Thu Hà", "Triệu Đức Lâm"], implements: ["35-CT/TW"] }]);
  });

  it("reads the items of a list a sentence about the meeting opens, and a speaker who informs the meeting ('thông tin')", () => {
    const text = "Tiêu đề\n\nSáng 10/7, Tỉnh ủy tổ chức hội nghị.\nTại hội nghị, Ban Chấp hành Đảng bộ tỉnh cho ý kiến vào các nội dung:\n- Báo cáo sơ kết 2 năm thực hiện Nghị quyết số 124-NQ/TU của Ban Thường vụ Tỉnh ủy;\n- Đề án nguồn nhân lực.\nĐồng chí Lê Hoàng Phúc, Giám đốc Sở Tài chính thông tin chuyên đề về kinh tế tư nhân.";
    expect(meetings(text)).toEqual([{ date: "--07-10", chairedBy: [], attendedBy: ["Lê Hoàng Phúc"], implements: ["124-NQ/TU"] }]);
  });

  it("reads 'khi đó là …' as a former office, and does not place the author of books studied", () => {
    const text = "Tiêu đề\n\nNgày 26/9, Tỉnh ủy tổ chức hội nghị. Đồng chí Lỳ Thị Xá, khi đó là Trưởng Ban Tổ chức Tỉnh ủy, trình bày báo cáo.\nTỉnh tổ chức giới thiệu các cuốn sách của đồng chí Tổng Bí thư Nguyễn Văn Tường về xây dựng Đảng.";
    const e = extract(text);
    expect(e.persons.find((p) => p.name === "Lỳ Thị Xá")?.offices).toEqual(["nguyên Trưởng Ban Tổ chức Tỉnh ủy"]);
    expect(meetings(text)[0]!.attendedBy).toEqual(["Lỳ Thị Xá"]);
  });

  it("does not take the day a leader died, remembered at the meeting, for a meeting's day", () => {
    const text = "Tiêu đề\n\nSáng 14/7, Tỉnh ủy tổ chức hội nghị lần thứ 15.\nTrước khi vào chương trình làm việc, hội nghị dành một phút mặc niệm tưởng nhớ đồng chí Trần Đình Nghĩa, nguyên Chủ tịch UBND tỉnh, người đã từ trần ngày 2/7/2023.";
    expect(meetings(text).map((m) => m.date)).toEqual(["--07-14"]);
  });

  it("reads the first session ('phiên họp thứ nhất') of a committee elected at a congress as its own meeting", () => {
    const text = "Tiêu đề\n\nTrong hai ngày 30 và 31/7, Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I. Đồng chí Lê Văn Tùng, Phó Bí thư Tỉnh ủy dự đại hội.\nChiều 31/7, ngay sau khi Đại hội bế mạc, Ban Chấp hành Đảng bộ xã khóa I tiến hành phiên họp thứ nhất dưới sự chủ trì của đồng chí Nguyễn Thanh Phúc.";
    expect(meetings(text)).toEqual([
      { date: "--07-30", chairedBy: [], attendedBy: ["Lê Văn Tùng"], implements: [] },
      { date: "--07-31", chairedBy: ["Nguyễn Thanh Phúc"], attendedBy: [], implements: [] },
    ]);
  });

  it("makes presiding ('chủ tọa') chairing, and an appointment's title the person's before it", () => {
    const text = "Tiêu đề\n\nSáng 1/7, HĐND xã tổ chức kỳ họp thứ nhất. Ông Đoàn Văn Lực, Bí thư Đảng ủy xã chủ tọa kỳ họp.\nTại kỳ họp, các đại biểu nghe công bố quyết định chỉ định ông Đoàn Văn Lực giữ chức Chủ tịch HĐND xã, bà Trần Thị Kim Hoa giữ chức Phó Chủ tịch HĐND xã. Ông Trịnh Văn Lý, Chỉ huy trưởng Ban Chỉ huy quân sự xã phát biểu.";
    expect(meetings(text)[0]!.chairedBy).toEqual(["Đoàn Văn Lực"]);
    const offices = Object.fromEntries(extract(text).persons.map((p) => [p.name, p.offices]));
    expect(offices["Trần Thị Kim Hoa"]).toEqual(["Phó Chủ tịch Hội đồng nhân dân xã"]);
    expect(offices["Trịnh Văn Lý"]).toEqual(["Chỉ huy trưởng Ban Chỉ huy quân sự xã"]);
  });

  it("does not make the agency leading a draft with others ('do … chủ trì, phối hợp với') a chair, nor place its head", () => {
    const text = "Tiêu đề\n\nSáng 14/1, Tỉnh ủy tổ chức hội nghị. Đồng chí Sùng Mí Páo, Phó Bí thư Tỉnh ủy chủ trì hội nghị.\nDự thảo do Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Khoa học và Công nghệ xây dựng; Tổ biên tập do đồng chí Nguyễn Quang Vinh, Phó Trưởng Ban Tuyên giáo Tỉnh ủy làm tổ trưởng.";
    expect(meetings(text)).toEqual([{ date: "--01-14", chairedBy: ["Sùng Mí Páo"], attendedBy: [], implements: [] }]);
  });

  it("does not place one who sent a letter to the meeting, nor by what the letter says ('Trong thư, …')", () => {
    const text = "Tiêu đề\n\nSáng 21/6, Tỉnh ủy tổ chức hội nghị. Đồng chí Trương Đình Khải, Phó Bí thư Tỉnh ủy chủ trì hội nghị.\nKhông thể về dự, đồng chí Y Khiêm Mlô, Chủ tịch Hội đồng Dân tộc của Quốc hội đã gửi thư chúc mừng hội nghị. Thư được đồng chí Nguyễn Thị Thanh Xuân, Phó Trưởng Ban Dân tộc tỉnh đọc tại hội nghị. Trong thư, đồng chí Chủ tịch Hội đồng Dân tộc ghi nhận những chuyển biến rõ nét.";
    expect(meetings(text)).toEqual([{ date: "--06-21", chairedBy: ["Trương Đình Khải"], attendedBy: ["Nguyễn Thị Thanh Xuân"], implements: [] }]);
  });

  it("gives the meeting told aside ('Trước đó, ngày 6/11, … đã tổ chức hội nghị') the chair of 'hội nghị' right after it, though the reported one is a 'hội nghị' too", () => {
    const text = "Tiêu đề\n\nSáng 11/11, Tỉnh ủy tổ chức hội nghị sơ kết Chỉ thị số 38-CT/TW. Đồng chí Cầm Ngọc Minh, Phó Bí thư Tỉnh ủy chủ trì hội nghị.\nTrước đó, ngày 6/11, Ban Thường vụ Huyện ủy Mộc Châu đã tổ chức hội nghị sơ kết Chỉ thị số 38-CT/TW. Đồng chí Lường Văn Tiến, Bí thư Huyện ủy chủ trì hội nghị.";
    expect(meetings(text).map((m) => [m.date, m.chairedBy])).toEqual([["--11-11", ["Cầm Ngọc Minh"]], ["--11-06", ["Lường Văn Tiến"]]]);
  });

  it("places nobody in a paragraph that goes back to an earlier occasion that is no meeting ('Trước khi vào hội nghị, chiều 16/10, đoàn đã đi khảo sát …'), and places again after it", () => {
    const text = "Tiêu đề\n\nSáng 17/10, Tỉnh ủy tổ chức hội nghị sơ kết Chỉ thị số 19-CT/TU. Đồng chí Trần Minh Khoa, Phó Bí thư Tỉnh ủy chủ trì hội nghị.\n\nTrước khi vào hội nghị, chiều 16/10, đồng chí Trần Minh Khoa cùng đoàn công tác đã đi khảo sát thực tế tại huyện Krông Bông. Cùng đi có đồng chí Lê Quang Vinh, Bí thư Huyện ủy.\n\nĐồng chí Y Khoa Niê, Giám đốc Sở Tài chính phát biểu tại hội nghị.";
    expect(meetings(text)).toEqual([{ date: "--10-17", chairedBy: ["Trần Minh Khoa"], attendedBy: ["Y Khoa Niê"], implements: ["19-CT/TU"] }]);
  });

  it("does not carry out the directive the reviewed one replaced, nor one whose years of results a sentence at the meeting gives", () => {
    const text = "Tiêu đề\n\nNgày 29/10, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết 1 năm thực hiện Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư, ban hành thay thế Chỉ thị số 40-CT/TW.\nTheo báo cáo tại hội nghị, qua 10 năm thực hiện Chỉ thị 40, nguồn vốn tín dụng chính sách tăng hơn 2,5 lần.";
    expect(meetings(text)[0]!.implements).toEqual(["39-CT/TW"]);
  });

  it("does not make the speaker who asks that another lead an activity ('để Mặt trận chủ trì giám sát') a chair", () => {
    const text = "Tiêu đề\n\nSáng 17/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Đồng chí Nguyễn Hữu Tài, Bí thư Tỉnh ủy chủ trì hội nghị.\nTại hội nghị, đồng chí Y Hằng đề nghị các cấp ủy tạo điều kiện để Mặt trận chủ trì giám sát, phản biện xã hội.";
    expect(meetings(text)).toEqual([{ date: "--12-17", chairedBy: ["Nguyễn Hữu Tài"], attendedBy: ["Y Hằng"], implements: [] }]);
  });

  it("places who asks a question from the floor of a dialogue ('Anh X, ở huyện Ea Kar, hỏi về …')", () => {
    const text = "Tiêu đề\n\nSáng 10/10, UBND tỉnh tổ chức hội nghị đối thoại với nông dân. Đồng chí Nguyễn Thị Minh Hằng, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\nAnh Nguyễn Hữu Phước, ở huyện Ea Kar, hỏi về giá phân bón tăng cao. Chị Liêng Hót Ha Ni, đến từ xã Đạ Sar, băn khoăn về vốn vay khởi nghiệp.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Nguyễn Hữu Phước", "Liêng Hót Ha Ni"]);
  });

  it("gives a meeting that disseminates 'hai nghị quyết này' the last two resolutions the text cited", () => {
    const text = "Tiêu đề\n\nSáng 27/5, Tỉnh ủy tổ chức hội nghị học tập Nghị quyết số 57-NQ/TW. Hội nghị cũng quán triệt Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW.\nTrước đó, ngày 18/5, Bộ Chính trị đã tổ chức Hội nghị toàn quốc quán triệt, triển khai thực hiện hai nghị quyết này.";
    expect(meetings(text).map((m) => [m.date, m.implements])).toEqual([["--05-27", ["57-NQ/TW", "66-NQ/TW", "68-NQ/TW"]], ["--05-18", ["66-NQ/TW", "68-NQ/TW"]]]);
  });

  it("reads a congress's purpose in 'Đây là đại hội điểm …, được tổ chức nhằm thực hiện Chỉ thị …', and no meeting on a conclusion's date", () => {
    const text = "Tiêu đề\n\nNgày 26/2, Đảng bộ xã Đạ Sar tổ chức Đại hội đại biểu lần thứ XV, nhiệm kỳ 2025 - 2030. Đây là đại hội điểm cấp cơ sở của huyện, được tổ chức nhằm thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kết luận số 118-KL/TW ngày 18/1/2025 của Bộ Chính trị.";
    expect(meetings(text).map((m) => [m.date, m.implements])).toEqual([["--02-26", ["35-CT/TW"]]]);
  });

  it("makes those a presidium's list named chairs when the next sentence counts them as chairing ('Ba đồng chí đồng chủ trì đại hội')", () => {
    const text = "Tiêu đề\n\nNgày 15/1, Đảng bộ phường tổ chức Đại hội đại biểu lần thứ XV. Đoàn Chủ tịch đại hội gồm 3 đồng chí: Phạm Đức Thịnh, Bí thư Đảng ủy phường; Tòng Văn Piếng, Chủ tịch Ủy ban MTTQ Việt Nam phường; Vì Thị Hằng, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường. Ba đồng chí đồng chủ trì đại hội.";
    expect(meetings(text)[0]!.chairedBy).toEqual(["Phạm Đức Thịnh", "Tòng Văn Piếng", "Vì Thị Hằng"]);
  });

  it("makes chairs of a presidium listed after 'dưới sự chủ trì của Đoàn Chủ tịch gồm các đồng chí:'", () => {
    const text = "Tiêu đề\n\nSáng 26/7, Đại hội Đảng bộ xã bước vào phiên chính thức dưới sự chủ trì của Đoàn Chủ tịch gồm các đồng chí: Cầm Văn Thịnh, Bí thư Đảng ủy xã; Quàng Thị Hoa, Phó Bí thư Thường trực Đảng ủy xã; Vì Văn Lả, Chủ tịch UBND xã.";
    const [m] = meetings(text);
    expect([m!.chairedBy, m!.attendedBy]).toEqual([["Cầm Văn Thịnh", "Quàng Thị Hoa", "Vì Văn Lả"], []]);
  });

  it("does not place a leader whose words a speaker quotes ('dẫn lại lời Thủ tướng X')", () => {
    const text = "Tiêu đề\n\nSáng 15/12, Tỉnh ủy tổ chức hội nghị lần thứ 22. Ông Bùi Thị Khang, Bí thư Tỉnh ủy chủ trì.\nÔng Khang dẫn lại lời Thủ tướng Lê Văn Hòa tại buổi làm việc với tỉnh hồi tháng 4, rằng tỉnh có đủ dư địa để bứt phá.";
    expect(meetings(text)[0]!.attendedBy).toEqual([]);
  });

  it("makes chairs of the persons a shared title lists after the first chair ('Chủ trì có X; các Phó Chủ tịch: A, B'), and places who questions and who is questioned", () => {
    const text = "Tiêu đề\n\nChiều 12/12, Kỳ họp thứ 24 HĐND tỉnh bế mạc. Chủ trì kỳ họp có đồng chí Nguyễn Văn Đệ, Chủ tịch HĐND tỉnh; các Phó Chủ tịch HĐND tỉnh: Vi Thị Quyên, Trần Khánh Sơn.\nĐại biểu Xồng Bá Dờ, Bí thư Huyện ủy đặt câu hỏi với Giám đốc Sở Xây dựng Nguyễn Trọng Hoài về tiến độ.";
    expect(meetings(text)).toEqual([
      { date: "--12-12", chairedBy: ["Nguyễn Văn Đệ", "Vi Thị Quyên", "Trần Khánh Sơn"], attendedBy: ["Xồng Bá Dờ", "Nguyễn Trọng Hoài"], implements: [] },
    ]);
  });

  it("dates a meeting by the days it ran when its sentence gives them besides its closing day ('Chiều 12/12, sau 3 ngày làm việc (từ ngày 10 đến 12/12), …')", () => {
    const text = "Tiêu đề\n\nChiều 12/12, sau 3 ngày làm việc (từ ngày 10 đến 12/12), Kỳ họp thứ 24 HĐND tỉnh đã hoàn thành chương trình và bế mạc.";
    expect(extract(text).meetings.map((m) => [m.date, m.endDate])).toEqual([["--12-10", "--12-12"]]);
  });

  it("does not place the person an inspection commission concludes on, one who sent views in writing, nor one a speaker's view ('cho rằng …') names", () => {
    const text = "Tiêu đề\n\nNgày 12/3, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thứ 32.\nCũng tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy kết luận ông Trần Đức Mạnh, Phó Giám đốc Bệnh viện tỉnh đã thiếu trách nhiệm.\nĐồng chí Triệu Văn Tư, Giám đốc Sở Nông nghiệp, do bận công tác nên đã gửi ý kiến bằng văn bản tới kỳ họp.\nĐồng chí Bí thư Tỉnh ủy cho rằng thành quả có dấu ấn của nhiều thế hệ lãnh đạo, trong đó có đồng chí Ma Văn Hùng, nguyên Bí thư Huyện ủy.";
    expect(meetings(text)[0]!.attendedBy).toEqual([]);
  });

  it("carries out the document a sentence opens with when the body holding the meeting follows it ('Thực hiện Chỉ thị …, Đảng bộ xã … tổ chức đại hội')", () => {
    const text = "Tiêu đề\n\nTrong hai ngày 24 và 25/7, Đảng bộ xã Khun Há tổ chức Đại hội đại biểu lần thứ I.\nThực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị, Đảng bộ xã Khun Há được chọn tổ chức đại hội điểm cấp xã của tỉnh.";
    expect(meetings(text)[0]!.implements).toEqual(["45-CT/TW"]);
  });

  it("reads a Party cell's meeting ('sinh hoạt chi bộ') and a course's opening ('lễ khai giảng') as meetings", () => {
    expect(meetings("Tiêu đề\n\nTối 4/3, Chi bộ khu phố 2 tổ chức sinh hoạt chi bộ thường kỳ tháng 3. Đồng chí Lê Thị Kim Oanh, Bí thư Chi bộ chủ trì buổi sinh hoạt.")).toEqual([
      { date: "--03-04", chairedBy: ["Lê Thị Kim Oanh"], attendedBy: [], implements: [] },
    ]);
    expect(meetings("Tiêu đề\n\nSáng 5-6, Trường Chính trị tỉnh tổ chức lễ khai giảng lớp Trung cấp lý luận chính trị K52. Đồng chí Đào Văn Khiêm, Hiệu trưởng Trường Chính trị tỉnh chủ trì buổi lễ.")).toEqual([
      { date: "--06-05", chairedBy: ["Đào Văn Khiêm"], attendedBy: [], implements: [] },
    ]);
  });

  it("places the hosts' side ('Phía tỉnh … có'), those who receive a certificate of merit ('nhận giấy khen'), and a title leading a delegation ('Trưởng ban và đoàn công tác')", () => {
    const text = "Tiêu đề\n\nChiều 18/8, Trưởng Ban Nội chính Trung ương Đinh Công Khải chủ trì buổi làm việc với Ban Thường vụ Tỉnh ủy. Phía tỉnh Gia Lai có ông Quách Văn Hiển, Bí thư Tỉnh ủy; ông Võ Tấn Phát, Chủ tịch UBND tỉnh.\nLên nhận giấy khen tại buổi làm việc có ông Đoàn Văn Lực, Chủ tịch Hội Nông dân xã.\n\nChiều 19/8, Trưởng Ban Nội chính Trung ương và đoàn công tác đã làm việc với Đảng ủy Công an tỉnh.";
    expect(meetings(text)).toEqual([
      { date: "--08-18", chairedBy: ["Đinh Công Khải"], attendedBy: ["Quách Văn Hiển", "Võ Tấn Phát", "Đoàn Văn Lực"], implements: [] },
      { date: "--08-19", chairedBy: [], attendedBy: ["Đinh Công Khải"], implements: [] },
    ]);
  });

  it("keeps the sentences that go on in the paragraph of a meeting set apart ('Trước đó, …') on it, but not those after a plenum merely held before", () => {
    const aside = "Tiêu đề\n\nChiều 18/8, đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy. Ông Quách Văn Hiển, Bí thư Tỉnh ủy phát biểu.\nTrước đó, chiều 17/8, đoàn đã làm việc với Đảng ủy Công an tỉnh. Thiếu tướng Ksor Thiên, Giám đốc Công an tỉnh, báo cáo tiến độ điều tra.\nÔng Võ Tấn Phát, Chủ tịch UBND tỉnh phát biểu.";
    expect(meetings(aside)).toEqual([
      { date: "--08-18", chairedBy: [], attendedBy: ["Quách Văn Hiển", "Võ Tấn Phát"], implements: [] },
      { date: "--08-17", chairedBy: [], attendedBy: ["Ksor Thiên"], implements: [] },
    ]);
    const plenum = "Tiêu đề\n\nNgày 24/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt các nghị quyết Hội nghị Trung ương 8.\nHội nghị Trung ương 8 diễn ra từ ngày 2 đến 6-10-2023 tại Hà Nội. PGS.TS Lương Thị Hạnh, Phó Giám đốc Học viện Chính trị khu vực III giới thiệu Nghị quyết số 43-NQ/TW.";
    expect(meetings(plenum, { publishedAt: "2024-01-25" }).find((m) => m.date === "2024-01-24")!.attendedBy).toEqual(["Lương Thị Hạnh"]);
  });

  it("does not place the people of a feature's opening set in the everyday ('Những ngày này, …') before its meeting is reported", () => {
    const text = "Tiêu đề\n\nNhững ngày này, tại xã Tam Quang, ông Lã Văn Tư đang tất bật thu hoạch lươn. Ông Tư cho biết, gia đình ông được vay 50 triệu đồng.\nHôm qua (20/8), Huyện ủy Vũ Thư tổ chức hội nghị sơ kết. Đồng chí Trần Văn Hải, Bí thư Huyện ủy chủ trì.";
    expect(meetings(text)).toEqual([{ date: "--08-20", chairedBy: ["Trần Văn Hải"], attendedBy: [], implements: [] }]);
  });

  it("dates a meeting told with a relative day ('Chiều qua, …') from the day of publication", () => {
    const text = "Tiêu đề\n\nChiều qua, Ban Chỉ đạo của Tỉnh ủy tổ chức hội nghị sơ kết 6 tháng thực hiện Nghị quyết số 57-NQ/TW. Đồng chí Đoàn Minh Triết, Bí thư Tỉnh ủy chủ trì hội nghị.";
    expect(meetings(text, { publishedAt: "2025-03-01" })).toEqual([{ date: "2025-02-28", chairedBy: ["Đoàn Minh Triết"], attendedBy: [], implements: ["57-NQ/TW"] }]);
  });

  it("does not make chairs of a report's lead agency ('cơ quan chủ trì'), nor place words once said ('từng nhấn mạnh'), one honoured after death or that person's family", () => {
    const text = "Tiêu đề\n\nNgày 6/3, UBND tỉnh tổ chức phiên họp thường kỳ. Theo báo cáo do ông Lăng Văn Tùng, Giám đốc Sở Tài chính trình bày, UBND tỉnh đã giao rõ cơ quan chủ trì, thời hạn hoàn thành.\nTại phiên họp, đồng chí Ngô Xuân Thiều, Ủy viên Bộ Chính trị từng nhấn mạnh: “Sinh hoạt phải thực chất”.\nTại phiên họp, ông Sùng A Pó, nguyên Phó Chủ tịch UBND tỉnh được truy tặng Huân chương Lao động; thân nhân ông Sùng A Pó lên nhận thay.";
    expect(meetings(text)).toEqual([{ date: "--03-06", chairedBy: [], attendedBy: ["Lăng Văn Tùng"], implements: [] }]);
  });

  it("does not place words once said by a person whose office is set off by commas ('ông X, nguyên Bộ trưởng …, từng nêu')", () => {
    const text = "Tiêu đề\n\nNgày 22/12, Bộ Chính trị tổ chức hội nghị toàn quốc sơ kết Nghị quyết 57-NQ/TW. Nhiều ý kiến tại hội nghị gặp nhau ở nhận định mà ông Nguyễn Quân, nguyên Bộ trưởng Bộ Khoa học và Công nghệ, từng nêu khi trao đổi với Báo Nhân Dân hồi tháng 10.\nĐồng chí Lê Văn Hưng, Giám đốc Sở Tài chính phát biểu.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Lê Văn Hưng"]);
  });

  it("places nobody a programme still to come names, nor a chair of a sitting to come, but a 'sẽ' quoted does not make words said there a programme", () => {
    const text = "Tiêu đề\n\nSáng 23/12, Tỉnh ủy khai mạc Hội nghị lần thứ 4. Đồng chí Nguyễn Tuấn Khanh, Bí thư Tỉnh ủy chủ trì hội nghị.\nTheo chương trình, ngày 24/12, học viên sẽ được nghe đồng chí Võ Tá Quyền, Giám đốc Sở Giáo dục và Đào tạo giới thiệu dự thảo kế hoạch. Phiên thảo luận tổ dự kiến do đồng chí Đặng Thị Thanh Xuân, Phó Bí thư Thường trực Tỉnh ủy chủ trì. Đồng chí Lương Văn Trí, Chủ tịch UBND tỉnh sẽ dự và chủ trì phiên bế mạc.\n“Chúng tôi sẽ ưu tiên giải quyết thủ tục cho người dân”, ông Hồ Sỹ Phú, Giám đốc Sở Y tế nói tại hội nghị.";
    expect(meetings(text, { publishedAt: "2025-12-23" })).toEqual([{ date: "2025-12-23", chairedBy: ["Nguyễn Tuấn Khanh"], attendedBy: ["Hồ Sỹ Phú"], implements: [] }]);
  });

  it("does not take the day a web page was brought up to date ('Cập nhật chiều 15/9: …') for a meeting's", () => {
    const text = "Tiêu đề\n\nCập nhật chiều 15/9: Trong 3 hội nghị nêu trên, chỉ Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 08-NQ/TU đã diễn ra vào sáng 12/9, do đồng chí Tạ Đức Nhuận, Phó Bí thư Thường trực Tỉnh ủy chủ trì.";
    expect(meetings(text, { publishedAt: "2023-09-15" })).toEqual([{ date: "2023-09-12", chairedBy: ["Tạ Đức Nhuận"], attendedBy: [], implements: ["08-NQ/TU"] }]);
  });

  it("places a delegate who asks for something ('mong muốn'), not one said to go on ('tiếp tục giữ chức …')", () => {
    const text = "Tiêu đề\n\nSáng 23/3, Tỉnh đoàn tổ chức Hội nghị đối thoại với thanh niên. Chị Hồ Thị Diệu Linh, Bí thư Đoàn xã Hướng Phùng mong muốn tỉnh hỗ trợ thanh niên.\nÔng Lê Văn Hòa, 50 tuổi, tiếp tục giữ chức Bí thư Huyện ủy.";
    expect(meetings(text, { publishedAt: "2024-03-23" })).toEqual([{ date: "2024-03-23", chairedBy: [], attendedBy: ["Hồ Thị Diệu Linh"], implements: [] }]);
  });

  it("reports a meeting where something was said on its day ('… được đưa ra chiều 8/11 tại hội nghị …'), not election day's, and places no one who spoke to the paper before it", () => {
    const text = "Tiêu đề\n\nChỉ đạo được đưa ra chiều 8/11 tại hội nghị trực tuyến của Chính phủ với 34 tỉnh, thành phố, sơ kết 6 tháng thực hiện Nghị quyết 68-NQ/TW. Phó thủ tướng Nguyễn Hữu Tâm chủ trì hội nghị.\nÔng Lê Quang Thịnh, Phó cục trưởng Cục Kinh tế tập thể, trước đó cho Dân trí biết cục đã nhận hơn 2.300 kiến nghị. Trao đổi với Tuổi Trẻ trước đó, Giám đốc Sở Tài chính Trần Quang Minh cho biết khoản ủy thác đã được bố trí. Chị Nguyễn Thị Thu Trang, 38 tuổi, ở xã Bình Mỹ, kể tại hội nghị rằng gia đình chị mở được cơ sở may.\nPhiên họp bàn giải pháp triển khai Chỉ thị 46-CT/TW, khi ngày bầu cử 15/3 chỉ còn hơn một tuần.";
    expect(meetings(text, { publishedAt: "2025-11-08" })).toEqual([{ date: "2025-11-08", chairedBy: ["Nguyễn Hữu Tâm"], attendedBy: ["Nguyễn Thị Thu Trang"], implements: ["68-NQ/TW", "46-CT/TW"] }]);
  });

  it("places one who presents what was decided before ('… trình bày báo cáo đã được thông qua trước đó'), and carries out the document whose steps an earlier meeting followed ('theo đúng quy trình của Chỉ thị …')", () => {
    const text = "Tiêu đề\n\nNgày 5/8, Ban Tổ chức Trung ương làm việc với Ban Thường vụ Tỉnh ủy. Đồng chí Hoàng Văn Nam, Trưởng Ban Tổ chức Tỉnh ủy trình bày đề án nhân sự đã được Ban Thường vụ thông qua trước đó.\nTrước đó, ngày 28/7, Hội nghị Ban Chấp hành Đảng bộ tỉnh đã thảo luận, biểu quyết thông qua đề án nhân sự theo đúng quy trình của Chỉ thị số 45-CT/TW.";
    expect(meetings(text, { publishedAt: "2025-08-05" })).toEqual([
      { date: "2025-08-05", chairedBy: [], attendedBy: ["Hoàng Văn Nam"], implements: [] },
      { date: "2025-07-28", chairedBy: [], attendedBy: [], implements: ["45-CT/TW"] },
    ]);
  });

  it("dates a meeting told 'chiều qua' after a leading phrase, and one named with 'hôm 20/10' after its number, body and term", () => {
    const text = "Tiêu đề\n\nSáng nay (27/11), Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết một năm thực hiện Nghị quyết số 57-NQ/TW.\nTheo báo cáo, tại Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh khóa XX hôm 20/10, các đồng chí Tỉnh ủy viên đã thảo luận và thông qua Chương trình hành động thực hiện Nghị quyết 57-NQ/TW.\nTrước đó, chiều qua, Ban Chỉ đạo của tỉnh đã họp phiên thứ ba. Phiên họp do Chủ tịch UBND tỉnh Trần Quốc Thịnh chủ trì.";
    expect(meetings(text, { publishedAt: "2025-11-27" })).toEqual([
      { date: "2025-11-27", chairedBy: [], attendedBy: [], implements: ["57-NQ/TW"] },
      { date: "2025-10-20", chairedBy: [], attendedBy: [], implements: ["57-NQ/TW"] },
      { date: "2025-11-26", chairedBy: ["Trần Quốc Thịnh"], attendedBy: [], implements: [] },
    ]);
  });

  it("keeps a list announced by a colon whole across ';' however much of an item's office is left out ('Các đồng chí: A, …, Trưởng Ban Chỉ đạo của Tỉnh ủy về …, chuyển đổi số; B, … đồng chủ trì')", () => {
    const text = "Tiêu đề\n\nNgày 16/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết. Các đồng chí: Phan Đình Khôi, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; Vũ Thị Hồng Nhung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đồng chủ trì hội nghị.";
    expect(meetings(text, { publishedAt: "2025-12-16" })).toEqual([{ date: "2025-12-16", chairedBy: ["Phan Đình Khôi", "Vũ Thị Hồng Nhung"], attendedBy: [], implements: [] }]);
  });

  it("places a candidate who pledges to the voters ('cam kết'), not one whose family name is a verb ('Hứa Văn Tường', 'hứa')", () => {
    const text = "Tiêu đề\n\nSáng 5/3, Ủy ban MTTQ xã tổ chức hội nghị tiếp xúc cử tri. Ông Lý A Chu cam kết cùng bà con giữ gìn ruộng bậc thang.\nTrách nhiệm thuộc về các đồng chí: Hứa Văn Tường, nguyên Chủ tịch UBND tỉnh; Châu Minh Đạt, nguyên Phó Chủ tịch UBND tỉnh.";
    expect(meetings(text, { publishedAt: "2026-03-05" })).toEqual([{ date: "2026-03-05", chairedBy: [], attendedBy: ["Lý A Chu"], implements: [] }]);
  });

  it("reads a council's supervision session as a meeting, and places nobody a speech gives a task to, thanks or brings greetings from", () => {
    const text = "Tiêu đề\n\nSáng 24/9, Thường trực HĐND tỉnh tổ chức buổi giám sát chuyên đề tình hình thực hiện Chỉ thị số 39-CT/TW. Đồng chí Huỳnh Thị Thu Hà, Phó Chủ tịch HĐND tỉnh chủ trì buổi giám sát.\nPhát biểu kết luận, đồng chí Huỳnh Thị Thu Hà chuyển tới hội nghị lời chúc mừng của đồng chí Lâm Quốc Hiển, Bí thư Tỉnh ủy. Giao đồng chí Phan Thị Mai Anh, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với các sở tuyên truyền. Đồng chí Đoàn Minh Khải, Giám đốc Sở Tài chính cảm ơn đồng chí Trương Công Hậu và cho biết bức thư sẽ được gửi tới các hiệp hội.";
    expect(meetings(text, { publishedAt: "2025-09-24" })).toEqual([{ date: "2025-09-24", chairedBy: ["Huỳnh Thị Thu Hà"], attendedBy: ["Đoàn Minh Khải"], implements: ["39-CT/TW"] }]);
  });

  it("carries out what the body named in the meeting's title deliberates on, after a long opening ('Cũng trong phiên làm việc chiều 20/11, Ban Chấp hành … cho ý kiến …')", () => {
    const text = "Tiêu đề\n\nKết quả được công bố chiều 20/11 tại Hội nghị lần thứ ba Ban Chấp hành Đảng bộ tỉnh Lâm Đồng, do Bí thư Tỉnh ủy Lương Văn Định chủ trì.\nCũng trong phiên làm việc chiều 20/11, Ban Chấp hành Đảng bộ tỉnh cho ý kiến vào dự thảo chương trình hành động của Tỉnh ủy thực hiện Nghị quyết 71-NQ/TW của Bộ Chính trị.";
    expect(meetings(text, { publishedAt: "2025-11-20" })).toEqual([{ date: "2025-11-20", chairedBy: ["Lương Văn Định"], attendedBy: [], implements: ["71-NQ/TW"] }]);
  });

  it("reads a day written in words at the start of a sentence ('Ngày 12 tháng 7 năm 2024, …'), and what the meeting discussed first ('Nội dung đầu tiên được hội nghị thảo luận là …')", () => {
    const text = "Tiêu đề\n\nNgày 12 tháng 7 năm 2024, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 19. Nội dung đầu tiên được hội nghị thảo luận là dự thảo Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.";
    expect(meetings(text)).toEqual([{ date: "2024-07-12", chairedBy: [], attendedBy: [], implements: ["57-NQ/TW"] }]);
  });

  it("does not place those a speaker names in words that go on past a sentence inside quotation marks", () => {
    const text = "Tiêu đề\n\nNgày 12/3, Tỉnh ủy tổ chức hội nghị. Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy nhấn mạnh: “Nghị quyết 57 là mệnh lệnh hành động. Khi làm việc với tỉnh hồi đầu năm, đồng chí Vương Đình Khải, Thứ trưởng Bộ Khoa học và Công nghệ, đã chỉ ra nhiều hạn chế.”\nĐồng chí Lê Văn Hưng, Giám đốc Sở Tài chính phát biểu.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Lê Văn Hưng"]);
  });

  it("places the speaker named after a quotation closes in a sentence that starts inside it ('…”, đồng chí X nói')", () => {
    const text = "Tiêu đề\n\nNgày 12/3, Tỉnh ủy tổ chức hội nghị. Đồng chí Bí thư nói: “Phải làm ngay. Đồng chí Vương Đình Khải đã chỉ ra điều này”, đồng chí Nguyễn Thị Thanh Bình nhấn mạnh.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Nguyễn Thị Thanh Bình"]);
  });

  it("does not place the signer of a report sent in, those said not to attend in person, nor those a pronoun speaker ('Đồng chí cho biết, …') names", () => {
    const text = "Tiêu đề\n\nChiều 14/9, Tỉnh ủy tổ chức hội nghị sơ kết. Đồng chí Sơn Thị Mỹ, Trưởng Ban Dân vận Tỉnh ủy chủ trì.\n- Huyện Trần Đề: xây dựng 14 cầu; báo cáo do đồng chí Thạch Sô Phol, Bí thư Huyện ủy ký.\nĐồng chí Lâm Văn Út, Bí thư Thị ủy không trực tiếp dự hội nghị mà gửi báo cáo.\nPhát biểu tại hội nghị, đồng chí Sùng Mí Chơ cảm ơn tỉnh. Đồng chí cho biết, đoàn được đồng chí Triệu Văn Phìn, Bí thư Tỉnh ủy Hà Giang giao nhiệm vụ.";
    expect(meetings(text)).toEqual([{ date: "--09-14", chairedBy: ["Sơn Thị Mỹ"], attendedBy: ["Sùng Mí Chơ"], implements: [] }]);
  });

  it("places nobody at the meeting from a later visit of the day ('Chiều cùng ngày, … đến thăm, trao Huy hiệu Đảng'), and reads a party member named ('đảng viên X')", () => {
    const text = "Tiêu đề\n\nSáng 6/11, đồng chí Nông Văn Thạch, Bí thư Tỉnh ủy chủ trì buổi làm việc với Ban Thường vụ Huyện ủy.\nChiều cùng ngày, đồng chí Nông Văn Thạch cùng đoàn công tác đã đến thăm, trao Huy hiệu Đảng cho các đảng viên lão thành.\nTại xã Hạnh Phúc, đồng chí Bí thư Tỉnh ủy trao Huy hiệu 75 năm tuổi Đảng tặng đảng viên Bế Văn Ngần. Cùng đi có đồng chí Chu Minh Đức, Bí thư Đảng ủy xã.";
    expect(meetings(text)).toEqual([{ date: "--11-06", chairedBy: ["Nông Văn Thạch"], attendedBy: [], implements: [] }]);
    expect(extract(text).persons.map((p) => p.name)).toContain("Bế Văn Ngần");
  });

  it("carries out what a numbered item lists after a sentence about the meeting ('… các nội dung sau:' then '1. Báo cáo sơ kết …')", () => {
    const text = "Tiêu đề\n\nSáng 10/7, Tỉnh ủy tổ chức hội nghị.\nTại hội nghị, các đại biểu cho ý kiến vào các nội dung sau:\n1. Báo cáo sơ kết thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương.\n2. Đề án nguồn nhân lực.";
    expect(meetings(text)[0]!.implements).toEqual(["19-NQ/TW"]);
  });

  it("places the items of a list of those present ('Thành phần tham dự:' then '- Đồng chí X, …;') until another heading ('Vắng mặt: …')", () => {
    const text = "Tiêu đề\n\nChiều ngày 06/9, Huyện ủy tổ chức hội nghị. Hội nghị do đồng chí Nguyễn Cảnh Thịnh, Bí thư Huyện ủy chủ trì.\n\nThành phần tham dự:\n- Đồng chí Phan Thị Lài, Chủ tịch HĐND huyện;\n- Đồng chí Hồ Đăng Khoa - Chủ tịch UBND huyện;\nVắng mặt: đồng chí Lê Đình Hiếu, Phó Chủ tịch UBND huyện.";
    expect(meetings(text)).toEqual([{ date: "--09-06", chairedBy: ["Nguyễn Cảnh Thịnh"], attendedBy: ["Phan Thị Lài", "Hồ Đăng Khoa"], implements: [] }]);
  });

  it("reads the rites for a late leader ('Lễ truy điệu') as a meeting, without placing the late leader at it", () => {
    const text = "Tiêu đề\n\nChiều 22-11, Ban Chấp hành Đảng bộ tỉnh tổ chức trọng thể Lễ truy điệu và Lễ đưa tang đồng chí Trương Quang Lãm, nguyên Bí thư Tỉnh ủy. Đồng chí Nghiêm Xuân Toàn, Phó Bí thư Thường trực Tỉnh ủy đọc điếu văn.";
    expect(meetings(text)).toEqual([{ date: "--11-22", chairedBy: [], attendedBy: ["Nghiêm Xuân Toàn"], implements: [] }]);
  });

  it("does not place a person a report gives as a case ('Báo cáo dẫn trường hợp ông X')", () => {
    const text = "Tiêu đề\n\nNgày 13/8, Tỉnh ủy tổ chức hội nghị sơ kết. Báo cáo dẫn trường hợp ông Bàn Văn Sinh, người Dao ở xã Bằng Phúc, đã phản ánh sai phạm tại địa phương.";
    expect(meetings(text)[0]!.attendedBy).toEqual([]);
  });

  it("does not carry out what an earlier occasion disseminated ('Trước đó, … Đảng ủy đã tổ chức quán triệt Nghị quyết 57')", () => {
    const text = "Tiêu đề\n\nSáng thứ Năm (14/8), Đảng ủy UBND tỉnh tổ chức hội nghị quán triệt Nghị quyết số 66-NQ/TW của Bộ Chính trị.\nTrước đó, trong tháng 3/2025, Đảng ủy UBND tỉnh đã tổ chức quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị.";
    expect(meetings(text, { publishedAt: "2025-08-15" })[0]!.implements).toEqual(["66-NQ/TW"]);
  });

  it("reads co-chairs whose ranks and degrees end in a full stop ('… và Thiếu tướng, GS.TS. Hoàng Đình Lũy, … đồng chủ trì')", () => {
    const text = "Tiêu đề\n\nSáng 19-10, Đảng ủy Học viện Chính trị tổ chức hội nghị sơ kết. Trung tướng, PGS.TS. Đàm Văn Khiêm, Bí thư Đảng ủy Học viện, Chính ủy Học viện Chính trị và Thiếu tướng, GS.TS. Hoàng Đình Lũy, Phó Bí thư Đảng ủy Học viện, Giám đốc Học viện Chính trị đồng chủ trì hội nghị.";
    expect(meetings(text)[0]!.chairedBy).toEqual(["Đàm Văn Khiêm", "Hoàng Đình Lũy"]);
  });

  it("does not place a voter quoted from an occasion before the session ('Tại buổi tiếp xúc cử tri trước kỳ họp, ông X phản ánh …')", () => {
    const text = "Tiêu đề\n\nSáng 14/10, HĐND phường tổ chức kỳ họp thứ tư. Tại buổi tiếp xúc cử tri trước kỳ họp, ông Trương Công Danh phản ánh nhiều đoạn mương đã bồi lắng.";
    expect(meetings(text)[0]!.attendedBy).toEqual([]);
  });

  it("reads the bare kind after the verb as the document the sentence cited before it ('ngay sau khi Chỉ thị 39 được ban hành, … tổ chức hội nghị quán triệt, triển khai Chỉ thị tới …')", () => {
    const text = "Tiêu đề\n\nTheo báo cáo, ngay sau khi Chỉ thị 39-CT/TW được ban hành, ngày 26/12/2024, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị quán triệt, triển khai Chỉ thị tới cán bộ chủ chốt của tỉnh.";
    expect(meetings(text)[0]!.implements).toEqual(["39-CT/TW"]);
  });

  it("reads a district named like a person, which the text also writes after 'huyện', as a place, and an absence said after a list as said of all ('các đồng chí Bí thư Huyện ủy Trần Đề, Bí thư Thị ủy Vĩnh Châu … không trực tiếp dự')", () => {
    const text = "Tiêu đề\n\nChiều 14/9, Tỉnh ủy tổ chức hội nghị sơ kết. Đồng chí Sơn Thị Mỹ, Trưởng Ban Dân vận Tỉnh ủy chủ trì.\n- Huyện Trần Đề: xây dựng 14 cầu.\n- Huyện Cù Lao Dung: xóa nhà tạm.\n- Thị xã Vĩnh Châu: báo cáo do đồng chí Lâm Thị Sa Rươne, Bí thư Thị ủy ký.\nCác đồng chí Bí thư Huyện ủy Trần Đề, Bí thư Thị ủy Vĩnh Châu và Bí thư Huyện ủy Cù Lao Dung không trực tiếp dự hội nghị mà gửi báo cáo bằng văn bản.";
    expect(meetings(text)).toEqual([{ date: "--09-14", chairedBy: ["Sơn Thị Mỹ"], attendedBy: [], implements: [] }]);
    expect(extract(text).persons.map((p) => p.name)).toEqual(["Sơn Thị Mỹ", "Lâm Thị Sa Rươne"]);
  });

  it("dates talks by the day before them, not by the visit's days ('chuyến thăm … từ ngày 11 đến 13/3 …, sáng 12/3, … buổi hội đàm'), and reads an afternoon's other meeting ('Chiều cùng ngày, … chủ trì buổi làm việc') as a second meeting that day", () => {
    const text = "Tiêu đề\n\nTrong khuôn khổ chuyến thăm và làm việc tại tỉnh Thanh Hóa từ ngày 11 đến 13/3 của Đoàn đại biểu tỉnh Hủa Phăn, sáng 12/3, tại trụ sở Tỉnh ủy đã diễn ra buổi hội đàm giữa lãnh đạo hai tỉnh. Đồng chí Lê Hữu Phong, Bí thư Tỉnh ủy chủ trì buổi hội đàm.\nChiều cùng ngày, đồng chí Trịnh Minh Khoa, Chủ tịch UBND tỉnh chủ trì buổi làm việc với đoàn công tác tỉnh Hủa Phăn. Dự buổi làm việc có Giám đốc Sở Công Thương Phạm Quốc Toản.";
    expect(meetings(text, { publishedAt: "2024-03-12" })).toEqual([
      { date: "2024-03-12", chairedBy: ["Lê Hữu Phong"], attendedBy: [], implements: [] },
      { date: "2024-03-12", chairedBy: ["Trịnh Minh Khoa"], attendedBy: ["Phạm Quốc Toản"], implements: [] },
    ]);
  });

  it("reads a meeting named in full later the same day ('Chiều cùng ngày, Tỉnh ủy tổ chức Hội nghị sơ kết …') as another, but not one that goes on ('Chiều cùng ngày, hội nghị tiếp tục …')", () => {
    const text = "Tiêu đề\n\nSáng 20/8, đồng chí Hoàng Trọng Nghĩa, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Thường vụ Tỉnh ủy nghe báo cáo sơ kết. Dự hội nghị có đồng chí Đinh Văn Tuấn, Phó Bí thư Thường trực Tỉnh ủy.\nChiều cùng ngày, Tỉnh ủy tổ chức Hội nghị sơ kết 2 năm thực hiện Nghị quyết số 19-NQ/TW. Hội nghị do đồng chí Đinh Văn Tuấn, Phó Bí thư Thường trực Tỉnh ủy chủ trì. Đồng chí Hoàng Trọng Nghĩa dự và phát biểu chỉ đạo hội nghị.";
    expect(meetings(text, { publishedAt: "2024-08-20" }).map((m) => [m.chairedBy, m.attendedBy])).toEqual([
      [["Hoàng Trọng Nghĩa"], ["Đinh Văn Tuấn"]],
      [["Đinh Văn Tuấn"], ["Hoàng Trọng Nghĩa"]],
    ]);
    const goesOn = "Tiêu đề\n\nSáng 20/8, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20.\nChiều cùng ngày, hội nghị tiếp tục thảo luận các báo cáo.";
    expect(meetings(goesOn, { publishedAt: "2024-08-20" })).toHaveLength(1);
  });

  it("dates a meeting by the day named right after it ('… kết luận của Ban Thường vụ Tỉnh ủy tại hội nghị ngày 1/10/2024'), not by the day a notice was issued", () => {
    const text = "Tiêu đề\n\nNgày 8/10/2024, Văn phòng Tỉnh ủy ban hành Thông báo kết luận số 1462-TB/TU truyền đạt ý kiến kết luận của Ban Thường vụ Tỉnh ủy tại hội nghị ngày 1/10/2024.\nHội nghị do đồng chí Bí thư Tỉnh ủy Trần Đình Khiêm chủ trì.";
    expect(meetings(text)).toEqual([{ date: "2024-10-01", chairedBy: ["Trần Đình Khiêm"], attendedBy: [], implements: [] }]);
  });

  it("keeps a meeting held before the reported one for the sentence that points back to it ('Ngày 14/5, Ban Thường vụ đã họp …. Tại phiên họp này, đồng chí X …')", () => {
    const text = "Tiêu đề\n\nNgày 21/5, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 29. Đồng chí Vũ Quang Hiển, Bí thư Tỉnh ủy chủ trì hội nghị.\nĐể chuẩn bị cho Hội nghị lần thứ 29, ngày 14/5, Ban Thường vụ Tỉnh ủy đã họp dưới sự chủ trì của đồng chí Vũ Quang Hiển, Bí thư Tỉnh ủy. Tại phiên họp này, đồng chí Hoàng Thị Dinh, Phó Bí thư Thường trực Tỉnh ủy trình bày dự thảo.";
    expect(meetings(text, { publishedAt: "2025-05-22" }).map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([
      ["2025-05-21", ["Vũ Quang Hiển"], []],
      ["2025-05-14", ["Vũ Quang Hiển"], ["Hoàng Thị Dinh"]],
    ]);
  });

  it("places nobody from a meeting said to have been held at an earlier time ('hội nghị do đồng chí X chủ trì đã diễn ra trong tuần trước')", () => {
    const text = "Tiêu đề\n\nNgày 14/8, Đảng ủy xã Yang Tao tổ chức hội nghị sơ kết. Hội nghị do đồng chí Trần Văn Đức, Bí thư Đảng ủy xã chủ trì.\nTại xã Buôn Triết, hội nghị do đồng chí Y Wiêr Niê, Bí thư Đảng ủy xã chủ trì đã diễn ra trong tuần trước.";
    expect(meetings(text)[0]!.chairedBy).toEqual(["Trần Văn Đức"]);
  });

  it("dates a meeting by a day set off by commas after a citation ('Thực hiện Chỉ thị 40, ngày 9/3/2015, Ban Thường vụ … tổ chức hội nghị')", () => {
    const text = "Tiêu đề\n\nThực hiện Chỉ thị 40-CT/TW, ngày 9/3/2015, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị quán triệt Chỉ thị tới cán bộ chủ chốt toàn tỉnh.";
    expect(meetings(text)).toEqual([{ date: "2015-03-09", chairedBy: [], attendedBy: [], implements: ["40-CT/TW"] }]);
  });

  it("reads a working trip over days ('Trong hai ngày 20 và 21/11, Đoàn kiểm tra … đã làm việc tại tỉnh …') as no meeting, and the meetings it tells one by one as theirs", () => {
    const text = "Tiêu đề\n\nTrong hai ngày 20 và 21/11, Đoàn kiểm tra của Bộ Chính trị đã làm việc tại tỉnh Gia Lai. Đoàn do đồng chí Lưu Đức Khiêm, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương dẫn đầu.\nSáng 20/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định kiểm tra. Đồng chí Đoàn Minh Khải, Bí thư Tỉnh ủy chủ trì hội nghị.\nChiều 21/11, đồng chí Lưu Đức Khiêm chủ trì buổi làm việc của Đoàn kiểm tra với Ban Thường vụ Huyện ủy Chư Păh.\nSáng 3/10, lãnh đạo hai tỉnh tổ chức hội đàm.";
    expect(meetings(text, { publishedAt: "2024-11-22" }).map((m) => [m.date, m.chairedBy])).toEqual([
      ["2024-11-20", ["Đoàn Minh Khải"]],
      ["2024-11-21", ["Lưu Đức Khiêm"]],
      ["2024-10-03", []],
    ]);
  });

  it("gives a review that names nothing ('Ngày 14/8, Đảng ủy xã … tổ chức hội nghị sơ kết với sự tham dự của …') what the headline names", () => {
    const text = "Các xã sơ kết 3 năm thực hiện Chỉ thị số 12-CT/TU\n\nTại xã Đắk Liêng, hội nghị diễn ra sáng 8/8 do đồng chí Y Krăk Liêng, Bí thư Đảng ủy xã chủ trì.\nNgày 14/8, Đảng ủy xã Yang Tao tổ chức hội nghị sơ kết với sự tham dự của hơn 80 đại biểu.\nNgày 20/8, Đảng ủy xã Bông Krang tổ chức hội nghị sơ kết công tác 6 tháng.";
    expect(meetings(text).map((m) => [m.date, m.implements])).toEqual([["--08-08", ["12-CT/TU"]], ["--08-14", ["12-CT/TU"]], ["--08-20", []]]);
  });

  it("reads a report's heading block ('Chủ trì: …', 'Thành phần: …', 'Thời gian: 8 giờ, ngày 20/5/2025.'), and a long heading of a list of those present", () => {
    const block = "Tiêu đề\n\nChủ trì: Đồng chí Y Khuê Byă, Phó Bí thư Thường trực Tỉnh ủy.\nThành phần: Đồng chí Lê Đình Khôi, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành.\nThời gian: 8 giờ, ngày 20/5/2025.\nĐịa điểm: Hội trường Tỉnh ủy.\n\nBan Thường vụ Tỉnh ủy đã tổ chức Hội nghị quán triệt Nghị quyết số 66-NQ/TW.";
    expect(meetings(block)).toEqual([{ date: "2025-05-20", chairedBy: ["Y Khuê Byă"], attendedBy: ["Lê Đình Khôi"], implements: ["66-NQ/TW"] }]);
    const list = "Tiêu đề\n\nSáng 17/12, Tỉnh ủy tổ chức hội nghị. Đồng chí Cầm Ngọc Minh, Bí thư Tỉnh ủy chủ trì.\n\nDự hội nghị tại điểm cầu Tỉnh ủy có các đồng chí:\n\n- Đồng chí Lò Thị Mai Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh;";
    expect(meetings(list)[0]!.attendedBy).toEqual(["Lò Thị Mai Hương"]);
  });

  it("gives a meeting whose results are told what its title names ('nghe thông báo kết quả Hội nghị toàn quốc tổng kết việc thực hiện Nghị quyết 18 … ngày 1/12')", () => {
    const text = "Tiêu đề\n\nNgày 5/12, Tỉnh ủy tổ chức hội nghị tổng kết Nghị quyết số 18-NQ/TW.\nTại hội nghị, các đại biểu đã nghe thông báo nhanh kết quả Hội nghị toàn quốc tổng kết việc thực hiện Nghị quyết 18 do Bộ Chính trị tổ chức ngày 1/12 tại Hà Nội.";
    expect(meetings(text).map((m) => [m.date, m.implements])).toEqual([["--12-05", ["18-NQ/TW"]], ["--12-01", ["18-NQ/TW"]]]);
  });

  it("does not place the person an interview is with ('Phóng viên … đã có cuộc trao đổi với đồng chí X'), nor by the label before the answers", () => {
    const text = "Tiêu đề\n\nPhóng viên Báo Điện Biên Phủ đã có cuộc trao đổi với đồng chí Lò Văn Phong, Bí thư Huyện ủy Mường Ảng.\nPV: Huyện đã làm gì?\nĐồng chí Lò Văn Phong: Ngay sau khi Chỉ thị được ban hành, Ban Thường vụ Huyện ủy đã tổ chức học tập, quán triệt đến toàn bộ cán bộ chủ chốt.\nPV: Huyện đã tổng kết Chỉ thị như thế nào?\nĐồng chí Lò Văn Phong: Ngày 28/5 vừa qua, Ban Thường vụ Huyện ủy đã tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW. Hội nghị do đồng chí Lò Văn Thắng, Phó Bí thư Thường trực Huyện ủy chủ trì.";
    expect(meetings(text)).toEqual([{ date: "--05-28", chairedBy: ["Lò Văn Thắng"], attendedBy: [], implements: ["39-CT/TW"] }]);
  });

  it("places a person presenting a draft to the meeting ('Đồng chí X … triển khai dự thảo chương trình hành động')", () => {
    const text = "Tiêu đề\n\nNgày 12/3, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị quán triệt Nghị quyết số 43-NQ/TW.\nĐồng chí Lê Văn Khải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh triển khai dự thảo chương trình hành động thực hiện Nghị quyết 43.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Lê Văn Khải"]);
  });

  it("holds no meeting on a day the text dates after the report was published ('Theo thông báo, hội nghị được tổ chức … ngày 16/1/2025', published on 10/1), nor one a meeting agreed to hold", () => {
    const text = "Tiêu đề\n\nBan Thường vụ Tỉnh ủy vừa ban hành thông báo về hội nghị quán triệt Nghị quyết số 57-NQ/TW.\nTheo thông báo, hội nghị được tổ chức trong buổi sáng ngày 16/1/2025 tại Hội trường Tỉnh ủy. Đồng chí Phan Đình Khôi, Bí thư Tỉnh ủy sẽ chủ trì hội nghị.";
    expect(meetings(text, { publishedAt: "2025-01-10" })).toEqual([]);
    expect(meetings(text, { publishedAt: "2025-01-17" }).map((m) => m.date)).toEqual(["2025-01-16"]);
    // Without the year written, the year is inferred from the publication and could be wrong: kept.
    expect(meetings(text.replace("16/1/2025", "16/1"), { publishedAt: "2025-01-10" }).map((m) => m.date)).toEqual(["2025-01-16"]);
    // "Hội nghị thống nhất tổ chức Hội nghị lần thứ 24 … vào ngày 20/12": agreed to hold it, no more.
    const agreed = "Tiêu đề\n\nNgày 28/11, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 23.\nHội nghị thống nhất tổ chức Hội nghị lần thứ 24 Ban Chấp hành Đảng bộ tỉnh vào ngày 20/12.";
    expect(meetings(agreed, { publishedAt: "2024-11-28" }).map((m) => m.date)).toEqual(["2024-11-28"]);
  });

  it("does not make a chair of one given a task to lead ('Bộ trưởng giao Thứ trưởng X chủ trì, phối hợp với …')", () => {
    const text = "Tiêu đề\n\nNgày 18/6, Bộ trưởng Nguyễn Hữu Thắng chủ trì buổi làm việc với tỉnh Sơn La.\nĐối với các kiến nghị của tỉnh, Bộ trưởng giao Thứ trưởng Trần Thanh Bình chủ trì, phối hợp với các cục nghiên cứu, trả lời.";
    expect(meetings(text)[0]!.chairedBy).toEqual(["Nguyễn Hữu Thắng"]);
  });
});

describe("central Party bodies", () => {
  it("makes no chair of one named before activities counted as led ('… do X điều hành, hội nghị đánh giá … Mặt trận đã chủ trì tổ chức hơn 12.000 cuộc giám sát')", () => {
    const text = "Tiêu đề\n\nNgày 12/3/2026, Đảng ủy tổ chức hội nghị sơ kết Chỉ thị số 18-CT/TW. Đồng chí Mai Xuân Trường, Bí thư Đảng ủy chủ trì hội nghị.\nỞ phiên thảo luận do Phó Bí thư Thường trực Đảng ủy Phan Văn Bình điều hành, hội nghị đánh giá sau 3 năm, Mặt trận các cấp đã chủ trì tổ chức hơn 12.000 cuộc giám sát.";
    expect(meetings(text)[0]).toMatchObject({ chairedBy: ["Mai Xuân Trường"], attendedBy: ["Phan Văn Bình"] });
  });

  it("does not place one whose service the meeting recognises ('ghi nhận đóng góp của đồng chí X', retired)", () => {
    const text = "Tiêu đề\n\nNgày 12/3/2026, Đảng ủy tổ chức hội nghị. Đồng chí Mai Xuân Trường, Bí thư Đảng ủy chủ trì hội nghị.\nKết luận hội nghị, đồng chí Mai Xuân Trường chúc mừng các đồng chí được chỉ định; ghi nhận đóng góp của đồng chí Trịnh Văn Hải trong thời gian công tác.";
    expect(meetings(text)[0]!.attendedBy).toEqual([]);
  });

  it("carries out the document whose programme the meeting comments on, told after 'Cũng tại phiên họp, …'", () => {
    const text = "Tiêu đề\n\nNgày 30/9, UBND tỉnh Đồng Nai tổ chức phiên họp thường kỳ tháng 9.\nCũng tại phiên họp, UBND tỉnh cho ý kiến vào dự thảo Chương trình hành động của UBND tỉnh thực hiện Nghị quyết số 70-NQ/TW ngày 20/8/2025 của Bộ Chính trị.";
    expect(meetings(text)[0]!.implements).toEqual(["70-NQ/TW"]);
  });
});

describe("inspection commissions", () => {
  it("does not place officials whose discipline is considered ('Xem xét đề nghị thi hành kỷ luật đảng viên vi phạm, … nhận thấy: ông X …')", () => {
    const text = "Tiêu đề\n\nNgày 24/3/2026, Ủy ban Kiểm tra Trung ương họp Kỳ họp thứ 4. Đồng chí Trần Văn Minh, Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì kỳ họp.\nXem xét đề nghị thi hành kỷ luật đảng viên vi phạm, Ủy ban Kiểm tra Trung ương nhận thấy: ông Lương Văn Khải, nguyên Tỉnh ủy viên đã vi phạm quy định của Đảng.";
    expect(meetings(text)[0]!.attendedBy).toEqual([]);
  });

  it("does not place the one a demand is addressed to ('… kết luận …; đồng thời yêu cầu đồng chí X nghiêm túc rút kinh nghiệm')", () => {
    const text = "Tiêu đề\n\nNgày 18/12, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thứ 9. Đồng chí Trần Văn Minh, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì kỳ họp.\nQua xác minh, Ủy ban Kiểm tra Tỉnh ủy kết luận các nội dung tố cáo là không đúng; đồng thời yêu cầu đồng chí Nguyễn Hữu Toàn nghiêm túc rút kinh nghiệm.";
    expect(meetings(text)[0]!.attendedBy).toEqual([]);
  });
});

describe("live coverage", () => {
  it("places one answering a delegate's question ('14h18 - Giám đốc Sở Y tế X trả lời: …'), not one answering the press", () => {
    const text = "Tiêu đề\n\nSáng 9/12, HĐND tỉnh khai mạc Kỳ họp thứ 12. Đồng chí Rơ Châm Hùng, Chủ tịch HĐND tỉnh chủ trì kỳ họp.\n14h18 - Giám đốc Sở Y tế Lưu Thị Hồng Vân trả lời: toàn tỉnh còn 41 trạm y tế chưa có bác sĩ.\nTrả lời báo chí sau đó, ông Nguyễn Văn Tám, Giám đốc Sở Tài chính cho biết ngân sách đã được bố trí.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Lưu Thị Hồng Vân"]);
  });
});

describe("seminars and forums", () => {
  it("carries out the document a seminar's quoted title opens with ('Hội thảo khoa học “Nghị quyết 71-NQ/TW với …”'), not one only mentioned after it", () => {
    const text = "Tiêu đề\n\nNgày 27/3, Đại học Huế tổ chức Hội thảo khoa học “Nghị quyết 71-NQ/TW với sứ mệnh của đại học vùng”, tiếp nối Nghị quyết số 29-NQ/TW.";
    expect(meetings(text)[0]!.implements).toEqual(["71-NQ/TW"]);
  });

  it("reads a forum held ('tổ chức Diễn đàn khoa học') and what it carries out into practice ('đưa Nghị quyết … và Chỉ thị … vào thực tiễn')", () => {
    const text = "Tiêu đề\n\nSáng 21/11, Trường Đại học Y Dược Cần Thơ tổ chức Diễn đàn khoa học về y tế cơ sở.\nDiễn đàn nhằm góp phần đưa Nghị quyết số 72-NQ/TW của Bộ Chính trị và Chỉ thị số 25-CT/TW của Ban Bí thư vào thực tiễn của thành phố.";
    expect(meetings(text)).toEqual([{ date: "--11-21", chairedBy: [], attendedBy: [], implements: ["72-NQ/TW", "25-CT/TW"] }]);
  });

  it("carries out what a round table's purpose names ('Tọa đàm nhằm đánh giá … thực hiện Chỉ thị … và Nghị quyết …')", () => {
    const text = "Tiêu đề\n\nChiều 4/12, Trường Chính trị tỉnh tổ chức tọa đàm khoa học.\nTọa đàm nhằm đánh giá kết quả thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư và Nghị quyết số 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.";
    expect(meetings(text)[0]!.implements).toEqual(["23-CT/TW", "08-NQ/TU"]);
  });

  it("places a speaker raising a matter ('X, … đề cập vai trò …'), not scholars whose work or views are cited ('nghiên cứu của GS.TS. X', 'nhận định của GS.TS. Y')", () => {
    const text = "Tiêu đề\n\nNgày 8/10, Học viện tổ chức hội thảo khoa học.\nPGS.TS. Trịnh Quang Khải, Phó Giám đốc Học viện An ninh nhân dân đề cập vai trò của pháp luật.\nDẫn kết quả nghiên cứu của GS.TS. Phạm Thị Ngọc Bích, TS. Đoàn Minh Khoa cho biết gánh nặng bệnh tật đang tăng.\nNhiều ý kiến dẫn lại nhận định của GS.TS. Đỗ Thanh Bình, nguyên Phó Chủ tịch Hội đồng Lý luận Trung ương, rằng lý luận phải gắn với thực tiễn.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Trịnh Quang Khải", "Đoàn Minh Khoa"]);
  });
});

describe("after the 2025 merger", () => {
  it("carries out the document a draft plan presented to the meeting carries out ('X trình bày tờ trình về kế hoạch tổ chức đại hội … thực hiện Chỉ thị số 45-CT/TW')", () => {
    const text = "Tiêu đề\n\nNgày 1/7, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ nhất. Đồng chí Nông Quang Hiếu, Bí thư Tỉnh ủy chủ trì.\nĐồng chí Hoàng Thị Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy trình bày tờ trình về kế hoạch tổ chức đại hội đảng bộ cấp xã và Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị; hội nghị đã thống nhất thông qua kế hoạch.";
    expect(meetings(text)[0]!.implements).toEqual(["45-CT/TW"]);
  });

  it("does not place one quoted from an interview with a named paper ('Trao đổi với Báo Gia Lai hồi tháng 11/2025, ông X cho biết …')", () => {
    const text = "Tiêu đề\n\nNgày 8/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết. Đồng chí Hồ Văn Thắng, Bí thư Tỉnh ủy chủ trì.\nTrao đổi với Báo Gia Lai hồi tháng 11/2025, ông Đặng Văn Toàn, Giám đốc Trung tâm Chuyển đổi số tỉnh, cho biết việc hợp nhất dữ liệu là nhiệm vụ nặng nhất.";
    expect(meetings(text)[0]!.attendedBy).toEqual([]);
  });
});

describe("rites for a late leader", () => {
  it("reads the titles after an alias ('X (bí danh Hai Lãm), nguyên …'), and does not place the late leader: a eulogy's words ('Điếu văn nêu rõ, … đã tham gia cách mạng'), the father of the son who speaks", () => {
    const text = "Tiêu đề\n\nChiều 22-11, Ban Chấp hành Đảng bộ tỉnh tổ chức Lễ truy điệu và Lễ đưa tang đồng chí Trương Quang Lãm (bí danh Hai Lãm), nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy.\nĐiếu văn nêu rõ, năm 1947, khi mới 16 tuổi, đồng chí Trương Quang Lãm đã tham gia cách mạng.\nThay mặt gia đình, ông Trương Quang Huy, con trai đồng chí Trương Quang Lãm, đọc lời cảm tạ.";
    const e = extract(text, { publishedAt: "2023-11-23" });
    expect(e.persons.find((p) => p.name === "Trương Quang Lãm")?.offices).toEqual(["nguyên Ủy viên Trung ương Đảng", "nguyên Bí thư Tỉnh ủy"]);
    expect(e.meetings[0]!.attendedBy).toEqual(["Trương Quang Huy"]);
  });
});

describe("gatherings", () => {
  it("reads a gathering held ('Ban Thường vụ Tỉnh ủy tổ chức gặp mặt chức sắc …') as a meeting, with its chair", () => {
    const text = "Tiêu đề\n\nSáng 17/10, tại phường Phan Rang, Ban Thường vụ Tỉnh ủy tổ chức gặp mặt chức sắc, chức việc tôn giáo nhân dịp Lễ hội Katê năm 2025. Phó Bí thư Thường trực Tỉnh ủy Hồ Xuân Trường chủ trì buổi gặp mặt.\nTrước đó, ngày 14/10, Ban Tổ chức Lễ hội đã họp triển khai công tác chuẩn bị.";
    expect(meetings(text, { publishedAt: "2025-10-17" }).map((m) => [m.date, m.chairedBy])).toEqual([["2025-10-17", ["Hồ Xuân Trường"]], ["2025-10-14", []]]);
  });
});

describe("the two big cities and state documents", () => {
  it("places one who puts a draft to the meeting ('Chủ tịch UBND phường X thông qua dự thảo kế hoạch …')", () => {
    const text = "Tiêu đề\n\nNgày 4/11, Đảng ủy phường Bến Thành tổ chức hội nghị quán triệt Chỉ thị số 46-CT/TW. Đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy phường chủ trì.\nPhó Bí thư Đảng ủy phường, Chủ tịch UBND phường Bến Thành Tạ Quang Vinh thông qua dự thảo kế hoạch của Đảng ủy phường về lãnh đạo cuộc bầu cử.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Tạ Quang Vinh"]);
  });

  it("places a speaker whose request names another meeting at the one reported, and that meeting's chair at it ('Thứ trưởng đề nghị tỉnh thực hiện kết luận tại phiên họp … do Thủ tướng X chủ trì ngày 27/9')", () => {
    const text = "Tiêu đề\n\nChiều 8/10, đoàn công tác của Bộ Nông nghiệp và Môi trường làm việc với UBND tỉnh. Thứ trưởng Đỗ Quang Vinh và đồng chí Huỳnh Thanh Tâm, Phó Chủ tịch UBND tỉnh đồng chủ trì buổi làm việc.\nThứ trưởng Đỗ Quang Vinh đề nghị tỉnh thực hiện nghiêm kết luận tại phiên họp lần thứ 20 của Ban Chỉ đạo quốc gia về chống khai thác IUU do Thủ tướng Chính phủ Phạm Minh Chính chủ trì ngày 27/9.";
    expect(meetings(text, { publishedAt: "2025-10-09" }).map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([
      ["2025-10-08", ["Đỗ Quang Vinh", "Huỳnh Thanh Tâm"], []],
      ["2025-09-27", ["Phạm Minh Chính"], []],
    ]);
  });
});

describe("meetings told in a speaker's words", () => {
  it("places one who tells of another meeting ('X cũng thông tin, sáng 15/8, Đảng ủy phường đã tổ chức hội nghị …') at the reported one, and those the words place at the told one", () => {
    const text = "Tiêu đề\n\nChiều 22/8, Chi bộ Công ty tổ chức sinh hoạt chuyên đề quán triệt Nghị quyết số 68-NQ/TW. Đồng chí Võ Thành Nhân, Bí thư Chi bộ chủ trì. Dự có đồng chí Lê Hoàng Phúc, Trưởng Ban Xây dựng Đảng Đảng ủy phường.\nĐồng chí Lê Hoàng Phúc cũng thông tin, sáng 15/8, Đảng ủy phường đã tổ chức hội nghị quán triệt Nghị quyết 68-NQ/TW cho bí thư các chi bộ doanh nghiệp; đồng chí Võ Thành Nhân trình bày tham luận tại hội nghị này.";
    expect(meetings(text, { publishedAt: "2025-08-23" }).map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([
      ["2025-08-22", ["Võ Thành Nhân"], ["Lê Hoàng Phúc"]],
      ["2025-08-15", [], ["Võ Thành Nhân"]],
    ]);
  });
});

describe("the National Assembly and commemorations", () => {
  it("carries out what a sitting is held to institutionalise ('Phiên thảo luận nhằm kịp thời thể chế hóa Nghị quyết số 68-NQ/TW'), not what a presenter says a draft law does", () => {
    const text = "Tiêu đề\n\nSáng 14/5, Quốc hội họp phiên toàn thể tại hội trường, thảo luận về dự thảo Nghị quyết về phát triển kinh tế tư nhân.\nPhiên thảo luận nhằm kịp thời thể chế hóa Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị.\nTrình bày tờ trình của Chính phủ, Bộ trưởng Bộ Tư pháp Lại Văn Tường cho biết dự án luật được xây dựng nhằm thể chế hóa Nghị quyết số 27-NQ/TW của Hội nghị Trung ương 6 khóa XIII.";
    expect(meetings(text)[0]!.implements).toEqual(["68-NQ/TW"]);
  });

  it("does not place leaders honoured or recalled: one whose example is followed, whose clan is represented, whose direction is recalled, those a land raised ('quê hương của A và B')", () => {
    const text = "Tiêu đề\n\nSáng 23/4, Tỉnh ủy tổ chức Lễ kỷ niệm 120 năm Ngày sinh đồng chí Hà Huy Tập. Đồng chí Phan Thanh Hải, Bí thư Tỉnh ủy dự.\nLễ kỷ niệm còn có sự tham dự của đại diện gia đình, dòng họ đồng chí Hà Huy Tập.\nHọc tập tấm gương đồng chí Hà Huy Tập, đồng chí Vũ Hải Đăng đề nghị Đảng bộ tiếp tục thực hiện Chỉ thị số 05-CT/TW.\nPhát biểu tại buổi lễ, đồng chí Phan Thanh Hải bày tỏ niềm tự hào được là quê hương của Tổng Bí thư Trần Phú và Tổng Bí thư Hà Huy Tập.\nDiễn văn nêu: với sự chỉ đạo trực tiếp của Đại tướng Văn Tiến Dũng, các sư đoàn đã đánh chiếm các mục tiêu then chốt.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Phan Thanh Hải", "Vũ Hải Đăng"]);
  });
});

describe("regional conferences", () => {
  it("does not carry out what the delegates recall a resolution was built on ('Các đại biểu nhắc lại, Nghị quyết 26-NQ/TW được ban hành trên cơ sở tổng kết Nghị quyết số 39-NQ/TW')", () => {
    const text = "Tiêu đề\n\nNgày 12/12, Hội đồng điều phối vùng tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 26-NQ/TW.\nCác đại biểu nhắc lại, Nghị quyết 26-NQ/TW được ban hành trên cơ sở tổng kết Nghị quyết số 39-NQ/TW ngày 16/8/2004 của Bộ Chính trị khóa IX.";
    expect(meetings(text)[0]!.implements).toEqual(["26-NQ/TW"]);
  });
});

describe("features and briefs", () => {
  it("reads a document's day set off by commas before its issuer ('Nghị quyết số 26-NQ/TW, ngày 5-8-2008, của Hội nghị Trung ương 7') as no meeting's day", () => {
    const text = "Tiêu đề\n\nThực tiễn gần 15 năm thực hiện Nghị quyết số 26-NQ/TW, ngày 5-8-2008, của Hội nghị Trung ương 7 khóa X cho thấy, chỉ khi người nông dân được tổ chức lại sản xuất, nông nghiệp mới trở thành trụ đỡ.";
    expect(meetings(text, { publishedAt: "2026-01-15" }).filter((m) => m.date)).toEqual([]);
  });

  it("holds no meeting that is being prepared for ('chuẩn bị chu đáo các điều kiện cho lễ khai giảng năm học mới vào ngày 5/9')", () => {
    const text = "Tiêu đề\n\nNgày 29/8, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học.\nĐồng chí Trịnh Thị Thu Vân yêu cầu ngành chuẩn bị chu đáo các điều kiện cho lễ khai giảng năm học mới vào ngày 5/9.";
    expect(meetings(text, { publishedAt: "2025-08-29" }).map((m) => m.date)).toEqual(["2025-08-29"]);
  });
});

describe("online conferences at two levels", () => {
  it("makes a chair of one at the province's bridge of the province's own conference, not of one at a bridge of the Government's or at a commune's", () => {
    const own = "Tiêu đề\n\nSáng 24/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến học tập Nghị quyết số 59-NQ/TW đến 7 điểm cầu. Đồng chí Lê Văn Khải, Phó Bí thư Thường trực Tỉnh ủy chủ trì tại điểm cầu tỉnh; đồng chí Lê Thị Mỹ Hạnh, Bí thư Đảng ủy phường chủ trì tại điểm cầu phường Tuy Hòa.";
    expect(meetings(own).map((m) => [m.chairedBy, m.attendedBy])).toEqual([[["Lê Văn Khải"], ["Lê Thị Mỹ Hạnh"]]]);
    const above = "Tiêu đề\n\nSáng 8/11, Chính phủ tổ chức hội nghị trực tuyến toàn quốc sơ kết Nghị quyết số 68-NQ/TW. Đồng chí Vũ Xuân Trường, Chủ tịch UBND tỉnh chủ trì tại điểm cầu tỉnh.";
    expect(meetings(above).map((m) => [m.chairedBy, m.attendedBy])).toEqual([[[], ["Vũ Xuân Trường"]]]);
  });

  it("places one who chairs a commune's bridge named before the verb ('Tại điểm cầu phường X, đồng chí Y … chủ trì') as attending, and one at the main bridge or the province's as chairing", () => {
    const communes = "Tiêu đề\n\nChiều 12/3, Thường trực Tỉnh ủy làm việc trực tuyến với 135 xã, phường. Đồng chí Lâm Quang Vinh, Bí thư Tỉnh ủy chủ trì buổi làm việc.\nTại điểm cầu phường Pleiku, đồng chí Đặng Công Lý, Bí thư Đảng ủy phường chủ trì; tại điểm cầu xã Chư Sê, đồng chí Võ Thành Nhân, Bí thư Đảng ủy xã chủ trì cùng các đồng chí trong ban thường vụ.\nỞ điểm cầu thôn Nà Pia, đồng chí Giàng Seo Chơ, Bí thư Chi bộ thôn chủ trì.";
    expect(meetings(communes).map((m) => [m.chairedBy, m.attendedBy])).toEqual([[["Lâm Quang Vinh"], ["Đặng Công Lý", "Võ Thành Nhân", "Giàng Seo Chơ"]]]);
    const main = "Tiêu đề\n\nSáng 20/8, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc. Tại điểm cầu tỉnh Quảng Trị, đồng chí Lê Minh Thành, Phó Bí thư Tỉnh ủy chủ trì.\nTại điểm cầu chính, đồng chí Lê Văn Sáng, Bí thư Thành ủy chủ trì.";
    expect(meetings(main).map((m) => m.chairedBy)).toEqual([["Lê Minh Thành", "Lê Văn Sáng"]]);
  });
});

describe("emergencies", () => {
  it("does not place those met on an inspection after the meeting ('Ngay sau cuộc họp, … đã đi kiểm tra …', 'Chiều cùng ngày, … đã kiểm tra công tác …')", () => {
    const text = "Quảng Trị họp khẩn ứng phó bão số 6\n\nSáng 18/9, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức cuộc họp khẩn ứng phó bão số 6. Đồng chí Lê Ngọc Quang, Bí thư Tỉnh ủy chủ trì.\n\nNgay sau cuộc họp, đồng chí Bí thư Tỉnh ủy đã đi kiểm tra công tác ứng phó bão tại khu neo đậu tàu thuyền Cửa Tùng. Tham gia đoàn kiểm tra có đồng chí Bùi Quang Huy, Trưởng Ban Tổ chức Tỉnh ủy. Tại khu neo đậu, ông Hồ Sỹ Nam, Chủ tịch UBND xã Cửa Tùng cho biết, đã có hơn 400 tàu thuyền vào neo đậu.\n\nChiều cùng ngày, đoàn công tác đã kiểm tra công tác sơ tán dân tại xã Vĩnh Linh. Ông Trần Văn Hải, Chủ tịch UBND xã Vĩnh Linh báo cáo kết quả sơ tán.";
    expect(meetings(text, { publishedAt: "2026-09-18" }).map((m) => m.attendedBy)).toEqual([[]]);
  });

  it("dates the one meeting of a trip, told without a day, from the day the lead gives the trip when no sentence between names another ('Nhân dịp …, ngày 3/2, đoàn công tác … đã đến thăm …')", () => {
    const text = "Tiêu đề\n\nNhân dịp đón Xuân Bính Ngọ 2026, ngày 3/2, đoàn công tác của thành phố do đồng chí Bùi Thế Quang, Phó Bí thư Thường trực Thành ủy dẫn đầu đã đến thăm, chúc Tết quân và dân đặc khu Bạch Long Vĩ.\nCùng đi với đoàn có đồng chí Hà Minh Nguyệt, Phó Chủ tịch UBND thành phố.\nSau hơn ba giờ vượt biển, đoàn cập cảng và làm việc với Đảng ủy, HĐND, UBND đặc khu.";
    expect(meetings(text, { publishedAt: "2026-02-04" }).map((m) => m.date)).toEqual(["2026-02-03"]);
  });

  it("dates a meeting told 'Chiều cùng ngày' from the day of the trip the lead opens with, not from the end of a spell told after it ('Từ đêm 17 đến rạng sáng 18/7, mưa lớn …')", () => {
    const text = "Tiêu đề\n\nNgày 20/7, đồng chí Vũ Minh Khôi, Bí thư Tỉnh ủy dẫn đầu đoàn công tác đi kiểm tra công tác khắc phục hậu quả sạt lở đất tại xã Mường Hum.\nTừ đêm 17 đến rạng sáng 18/7, mưa lớn kéo dài đã gây sạt lở đất tại nhiều thôn.\nChiều cùng ngày, đồng chí Bí thư Tỉnh ủy chủ trì buổi làm việc với Ban Thường vụ Đảng ủy xã Mường Hum.";
    expect(meetings(text, { publishedAt: "2026-07-20" }).map((m) => m.date)).toEqual(["2026-07-20"]);
  });

  it("dates a first meeting told 'Tối cùng ngày' from the day an earlier sentence names (a fire's), though a dated meeting is told after it", () => {
    const text = "Tiêu đề\n\nKhoảng 13 giờ 30 phút ngày 22/3, tại Vườn quốc gia đã xảy ra cháy rừng tràm.\nĐến 20 giờ, đám cháy cơ bản được khống chế.\nTối cùng ngày, Ban Chỉ huy Phòng thủ dân sự tỉnh tổ chức cuộc họp khẩn. Các đồng chí: Trương Minh Hiếu, Bí thư Tỉnh ủy; Lâm Thành Đạt, Chủ tịch UBND tỉnh đồng chủ trì cuộc họp.\nNgày 10/3, Ban Chỉ huy Phòng thủ dân sự tỉnh đã tổ chức hội nghị sơ kết công tác phòng cháy, chữa cháy rừng.";
    expect(meetings(text, { publishedAt: "2026-03-23" }).map((m) => [m.date, m.chairedBy])).toEqual([
      ["2026-03-22", ["Trương Minh Hiếu", "Lâm Thành Đạt"]],
      ["2026-03-10", []],
    ]);
  });
});

describe("days counted back", () => {
  it("dates a meeting told 'một tuần trước đó' from the one reported before, and keeps its people there", () => {
    const text = "Tiêu đề\n\nSáng 5/12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết 1 năm thực hiện Chỉ thị số 39-CT/TW. Hội nghị diễn ra dưới sự chủ trì của đồng chí Đỗ Văn Lực, Phó Bí thư Tỉnh ủy.\nChiều cùng ngày, Ban đại diện Hội đồng quản trị tổ chức phiên họp thường kỳ quý IV/2025. Phó Chủ tịch UBND tỉnh Trương Văn Đạt chủ trì phiên họp.\nĐể chuẩn bị cho hội nghị sơ kết, một tuần trước đó, Thường trực Tỉnh ủy đã họp, cho ý kiến vào dự thảo báo cáo. Cuộc họp do đồng chí Lâm Quốc Hưng, Bí thư Tỉnh ủy chủ trì. Tại cuộc họp, Bí thư Tỉnh ủy yêu cầu báo cáo phải làm rõ trách nhiệm của người đứng đầu.";
    expect(meetings(text, { publishedAt: "2025-12-06" }).map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([
      ["2025-12-05", ["Đỗ Văn Lực"], []],
      ["2025-12-05", ["Trương Văn Đạt"], []],
      ["2025-11-28", ["Lâm Quốc Hưng"], []],
    ]);
    // Across the turn of a month, and without a year.
    expect(meetings("Tiêu đề\n\nNgày 2/3, Huyện ủy tổ chức hội nghị sơ kết. Ba ngày trước đó, Ban Thường vụ Huyện ủy đã họp.").map((m) => m.date)).toEqual(["--03-02", "--02-27"]);
  });
});

describe("official communiqués and result notices", () => {
  it("keeps a list of items open across an item's own second sentence, so the next item's document is carried out", () => {
    const text = "Tiêu đề\n\nNgày 14/11/2025, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ hai. Đồng chí Phan Đình Khiêm, Bí thư Tỉnh ủy chủ trì.\n\nHội nghị đã thảo luận, cho ý kiến vào các nội dung sau:\n\n1. Dự thảo Đề án nhằm cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Tại Hội nghị, đồng chí Thái Bá Luận, Giám đốc Sở Khoa học và Công nghệ đã trình bày tóm tắt dự thảo Đề án.\n\n2. Dự thảo Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị.";
    expect(meetings(text)[0]!.implements).toEqual(["57-NQ/TW", "68-NQ/TW"]);
  });

  it("places who presents the report on the work of enforcing discipline ('thi hành kỷ luật đảng'), which decides on nobody", () => {
    const text = "Tiêu đề\n\nNgày 26/12/2025, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ tư. Đồng chí Đinh Xuân Quang, Bí thư Tỉnh ủy chủ trì Hội nghị.\n\n5. Báo cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025 do đồng chí Cao Thị Hồng Nhung, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy trình bày tại Hội nghị.";
    expect(meetings(text)[0]!.attendedBy).toEqual(["Cao Thị Hồng Nhung"]);
  });

  it("reads the meeting a notice of conclusions tells of, with its day ('Thông báo … kết luận Hội nghị Ban Thường vụ Tỉnh ủy ngày 8/1/2026')", () => {
    const text = "Thông báo kết luận của Ban Thường vụ Tỉnh ủy\n\nBan Thường vụ Tỉnh ủy vừa ban hành Thông báo số 412-TB/TU ngày 12/1/2026 kết luận Hội nghị Ban Thường vụ Tỉnh ủy ngày 8/1/2026. Hội nghị do đồng chí Đỗ Hồng Phúc, Bí thư Tỉnh ủy chủ trì.";
    const [m] = meetings(text, { publishedAt: "2026-01-13" });
    expect([m!.date, m!.chairedBy]).toEqual(["2026-01-08", ["Đỗ Hồng Phúc"]]);
  });

  it("carries out a document the meeting disseminates ('tuyên truyền Nghị quyết số 43-NQ/TW'), not one a task it sets follows ('trọng tâm là tuyên truyền đại hội … theo tinh thần Chỉ thị')", () => {
    const text = "Tiêu đề\n\nSáng 16/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị gặp mặt, thông tin thời sự và tuyên truyền Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng đến chức sắc các tôn giáo. Về nhiệm vụ, hội nghị xác định trọng tâm là tuyên truyền đại hội đảng bộ các cấp theo tinh thần Chỉ thị số 45-CT/TW của Bộ Chính trị.";
    expect(meetings(text)[0]!.implements).toEqual(["43-NQ/TW"]);
  });

  it("reads a foreign city's mayor ('Thị trưởng thành phố Gumi') and does not place the one whose greetings a guest conveys ('chuyển lời thăm hỏi của ông Y')", () => {
    const text = "Tiêu đề\n\nChiều 10/3, đồng chí Vương Đình Khang, Chủ tịch UBND tỉnh đã tiếp và làm việc với Đoàn công tác thành phố Gumi (Hàn Quốc) do ông Park Sang-woo, Thị trưởng thành phố Gumi dẫn đầu. Ông Park Sang-woo chuyển lời thăm hỏi của ông Cho Hyun-seok, Tỉnh trưởng tỉnh Gyeongsangbuk tới lãnh đạo tỉnh.";
    const e = extract(text, { publishedAt: "2026-03-11" });
    expect(e.meetings[0]!.attendedBy).toEqual(["Vương Đình Khang", "Park Sang-woo"]);
    expect(e.persons.find((p) => p.name === "Park Sang-woo")?.offices).toEqual(["Thị trưởng"]);
  });
});

describe("ceremonies and awards", () => {
  const ceremony = "Gia Lai trao Huân chương Lao động\n\nSáng 30/1, Tỉnh ủy Gia Lai tổ chức Lễ trao tặng Huân chương Lao động và Huy hiệu Đảng. ";

  it("does not take the years an anniversary spans ('(3/2/1930 - 3/2/2026)') for another meeting's day", () => {
    const text = `${ceremony}Buổi lễ diễn ra trang trọng, đúng dịp kỷ niệm 96 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2026). Dự buổi lễ có đồng chí Đoàn Văn Tịnh, Bí thư Tỉnh ủy.`;
    const found = meetings(text, { publishedAt: "2026-01-30" });
    expect(found.map((m) => [m.date, m.attendedBy])).toEqual([["2026-01-30", ["Đoàn Văn Tịnh"]]]);
  });

  it("does not place those said to be awarded ('được tặng … là đồng chí X'), honoured after death ('truy tặng … cho anh X'), or said to have died; places who presents", () => {
    const text = `${ceremony}Trong đó, 2 đồng chí được tặng Huy hiệu 80 năm tuổi Đảng là đồng chí Nguyễn Văn Thới và đồng chí Lê Thị Ngự. Tại buổi lễ, đồng chí Trần Văn Hùng, Phó Bí thư Tỉnh ủy truy tặng Bằng khen cho anh Lê Văn Tâm, 27 tuổi, ở thôn An Thơ. Đồng chí Phan Đình Khải công bố quyết định truy tặng Huân chương cho đồng chí Rơ Mah Hlim, nguyên Phó Chủ tịch HĐND tỉnh, đã từ trần năm 2024.`;
    expect(meetings(text, { publishedAt: "2026-01-30" })[0]!.attendedBy).toEqual(["Trần Văn Hùng", "Phan Đình Khải"]);
  });

  it("carries out what the ceremony is for ('Buổi lễ nhằm công bố …, đồng thời nhìn lại kết quả 5 năm thực hiện Nghị quyết …')", () => {
    const text = "Phú Quới đạt chuẩn nông thôn mới nâng cao\n\nSáng 16/1, Đảng ủy xã Phú Quới tổ chức Lễ công bố xã đạt chuẩn nông thôn mới nâng cao năm 2025. Buổi lễ nhằm công bố Quyết định số 4120/QĐ-UBND, đồng thời nhìn lại kết quả 5 năm xã thực hiện Nghị quyết số 06-NQ/TU ngày 20/5/2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới.";
    expect(meetings(text, { publishedAt: "2026-01-16" })[0]!.implements).toEqual(["06-NQ/TU"]);
  });
});

describe("two sides meeting", () => {
  it("places the visiting delegation's members listed in a sentence of their own ('Đoàn công tác tỉnh Quảng Ngãi có các đồng chí: …')", () => {
    const text = "Gia Lai và Quảng Ngãi ký kết hợp tác\n\nSáng 21/11, Ban Thường vụ Tỉnh ủy Gia Lai và Ban Thường vụ Tỉnh ủy Quảng Ngãi tổ chức Hội nghị ký kết chương trình hợp tác. Dự hội nghị, về phía tỉnh Gia Lai có đồng chí Đoàn Thị Mỹ Hạnh, Chủ tịch HĐND tỉnh. Đoàn công tác tỉnh Quảng Ngãi có các đồng chí: Lê Quang Huy, Phó Bí thư Thường trực Tỉnh ủy; Huỳnh Bá Lộc, Chủ tịch UBND tỉnh.";
    expect(meetings(text, { publishedAt: "2025-11-22" })[0]!.attendedBy).toEqual(["Đoàn Thị Mỹ Hạnh", "Lê Quang Huy", "Huỳnh Bá Lộc"]);
  });
});

describe("visits and receptions", () => {
  it("reads a reception as a meeting ('đã tiếp xã giao bà Anneke de Vries, Đại sứ …', 'chủ trì buổi tiếp đoàn …') and places who is received", () => {
    const text = "Chủ tịch UBND thành phố tiếp Đại sứ\n\nChiều 14/10, tại Trụ sở UBND thành phố, đồng chí Võ Thanh Liêm, Chủ tịch UBND thành phố Cần Thơ đã tiếp xã giao bà Anneke de Vries, Đại sứ Đặc mệnh toàn quyền Vương quốc Hà Lan tại Việt Nam.";
    const e = extract(text, { publishedAt: "2025-10-15" });
    expect(e.meetings.map((m) => [m.date, m.attendedBy])).toEqual([["2025-10-14", ["Võ Thanh Liêm", "Anneke de Vries"]]]);
    const ambassador = e.persons.find((p) => p.name === "Anneke de Vries")!;
    expect(ambassador.holds.map((h) => [h.title, h.jurisdiction])).toEqual([["Đại sứ Đặc mệnh toàn quyền", "Vương quốc Hà Lan tại Việt Nam"]]);
    expect(e.persons.map((p) => p.name)).not.toContain("Hà Lan");
    const received = "Bí thư Tỉnh ủy tiếp đoàn Ban Trị sự\n\nChiều 22/5, đồng chí Đào Trọng Nghĩa, Bí thư Tỉnh ủy chủ trì buổi tiếp đoàn Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh. Cùng đi có Ni sư Thích Đàm Thoa, Trưởng Phân ban Ni giới Giáo hội Phật giáo Việt Nam tỉnh.";
    const r = extract(received, { publishedAt: "2026-05-22" });
    expect(r.meetings.map((m) => [m.chairedBy, m.attendedBy])).toEqual([[["Đào Trọng Nghĩa"], ["Thích Đàm Thoa"]]]);
    expect(r.persons.find((p) => p.name === "Thích Đàm Thoa")?.offices).toEqual(["Trưởng Phân ban Ni giới Giáo hội Phật giáo Việt Nam tỉnh"]);
  });

  it("keeps the meeting a visit's lead announces as one when it is told in full later that day, and places nobody met on the morning's field survey", () => {
    const text = "Phó Thủ tướng làm việc với Khánh Hòa\n\nNgày 13/3, đoàn công tác của Chính phủ do đồng chí Cao Đức Thuận, Phó Thủ tướng Chính phủ dẫn đầu đã kiểm tra tiến độ Dự án Nhà máy điện hạt nhân Ninh Thuận 1 và làm việc với Ban Thường vụ Tỉnh ủy Khánh Hòa.\n\nBuổi sáng, Phó Thủ tướng và đoàn công tác đã khảo sát thực địa khu vực dự kiến xây dựng nhà máy. Báo cáo tại hiện trường, ông Lê Văn Hiệp, Phó Tổng Giám đốc Tập đoàn Điện lực Việt Nam cho biết, hồ sơ đang được hoàn thiện.\n\nChiều cùng ngày, Phó Thủ tướng Cao Đức Thuận chủ trì buổi làm việc với Ban Thường vụ Tỉnh ủy Khánh Hòa về việc thực hiện Nghị quyết số 70-NQ/TW ngày 20/8/2025 của Bộ Chính trị.";
    const found = meetings(text, { publishedAt: "2026-03-14" });
    expect(found.map((m) => [m.date, m.chairedBy, m.attendedBy, m.implements])).toEqual([["2026-03-13", ["Cao Đức Thuận"], [], ["70-NQ/TW"]]]);
  });

  it("places those at a working session a later visit of the day is told with ('Chiều cùng ngày, … đã thăm, chúc Tết và làm việc với …'); reads Hmong family names ('Mua Mí Sính')", () => {
    const text = "Bí thư thăm biên giới\n\nNgày 10/2, đồng chí Nông Quốc Hưng, Bí thư Tỉnh ủy đã đi thăm, chúc Tết cán bộ, chiến sĩ; đồng thời làm việc với Bộ Chỉ huy Bộ đội Biên phòng tỉnh.\n\nTại xã Thanh Thủy, đồng chí Bí thư Tỉnh ủy và đoàn đã đến thăm, tặng quà gia đình ông Mua Mí Sính, thương binh hạng 2/4.\n\nChiều cùng ngày, đồng chí Bí thư Tỉnh ủy và đoàn công tác đã thăm, chúc Tết và làm việc với Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Báo cáo tại buổi làm việc, Đại tá Hoàng Văn Tuyến, Chỉ huy trưởng Bộ đội Biên phòng tỉnh cho biết, năm qua tình hình ổn định.";
    const e = extract(text, { publishedAt: "2026-02-10" });
    expect(e.persons.map((p) => p.name)).toContain("Mua Mí Sính");
    expect(e.meetings.map((m) => m.attendedBy)).toEqual([["Nông Quốc Hưng", "Hoàng Văn Tuyến"]]);
  });
});

describe("lists of chairs and speakers, and a committee acting at the meeting", () => {
  it("makes chairs of a heading's items ('Chủ trì hội nghị có các đồng chí:'), places a list of papers' speakers ('… trình bày tham luận:'), and the head of a vote-counting board who announces the result", () => {
    const text = "Vĩnh Long tổng kết Chỉ thị 45\n\nSáng 26/12, Ban Thường vụ Tỉnh ủy Vĩnh Long tổ chức Hội nghị tổng kết công tác đại hội đảng bộ các cấp.\n\nChủ trì hội nghị có các đồng chí:\n- Đồng chí Đoàn Minh Khang – Bí thư Tỉnh ủy;\n- Đồng chí Ngô Thị Kim Xuyến – Phó Bí thư Thường trực Tỉnh ủy.\n\nCùng dự có:\n- Đồng chí Lữ Quang Vinh – Chủ tịch UBND tỉnh.\n\nTại hội nghị, các đại biểu đã trình bày tham luận:\n- “Kinh nghiệm chuẩn bị nhân sự cấp ủy” – đồng chí Trần Văn Nhựt, Bí thư Đảng ủy phường Trà Vinh;\n- “Phát huy dân chủ” – đồng chí Lê Thị Ngọc Diễm, Bí thư Đảng ủy xã Long Hồ.\n\nBan kiểm phiếu do đồng chí Lưu Văn Hưng, Trưởng Ban Pháp chế HĐND tỉnh làm Trưởng ban công bố kết quả.";
    const [m] = meetings(text, { publishedAt: "2025-12-27" });
    expect([m!.chairedBy, m!.attendedBy]).toEqual([["Đoàn Minh Khang", "Ngô Thị Kim Xuyến"], ["Lữ Quang Vinh", "Trần Văn Nhựt", "Lê Thị Ngọc Diễm", "Lưu Văn Hưng"]]);
  });

  it("places the council's secretary who reads out the session's resolution ('X, Thư ký Hội đồng trường thông qua nghị quyết kỳ họp')", () => {
    const text = "Kỳ họp Hội đồng trường\n\nNgày 25/7, Hội đồng trường Trường Đại học Quy Nhơn tổ chức Kỳ họp thứ 18. Ông Lê Hoài Nam, Thư ký Hội đồng trường thông qua nghị quyết kỳ họp, được các thành viên biểu quyết nhất trí.";
    expect(meetings(text, { publishedAt: "2025-07-26" })[0]!.attendedBy).toEqual(["Lê Hoài Nam"]);
  });
});

describe("People's Council sessions and festivals", () => {
  it("dates a session over days written 'từ ngày 9 đến hết ngày 11/12' from its first day, and reads a question sitting told as the session going on ('tiếp tục chương trình Kỳ họp …, … phiên chất vấn')", () => {
    const opening = "Khai mạc Kỳ họp thứ 34\n\nSáng 9/12, Hội đồng nhân dân tỉnh Nghệ An long trọng khai mạc Kỳ họp thứ 34. Kỳ họp diễn ra trong 3 ngày, từ ngày 9 đến hết ngày 11/12.\n\nĐồng chí Thái Văn Lộc, Chủ tịch HĐND tỉnh chủ tọa kỳ họp.";
    expect(meetings(opening, { publishedAt: "2025-12-09" }).map((m) => [m.date, m.chairedBy])).toEqual([["2025-12-09", ["Thái Văn Lộc"]]]);
    const sitting = "Chất vấn tại Kỳ họp thứ 31\n\nSáng 10/12, tiếp tục chương trình Kỳ họp thứ 31, HĐND tỉnh Quảng Ninh dành trọn buổi cho phiên chất vấn và trả lời chất vấn. Đồng chí Lưu Quang Hiển, Chủ tịch HĐND tỉnh chủ trì phiên chất vấn.";
    expect(meetings(sitting, { publishedAt: "2025-12-10" }).map((m) => [m.date, m.chairedBy])).toEqual([["2025-12-10", ["Lưu Quang Hiển"]]]);
  });

  it("places those elected who take the oath, and ends a title at the office they are elected to ('…, Ủy viên Ban Thường vụ Tỉnh ủy giữ chức Phó Chủ tịch UBND tỉnh')", () => {
    const text = "Bế mạc Kỳ họp thứ 6\n\nChiều 12/12, HĐND tỉnh Đồng Tháp bế mạc Kỳ họp thứ 6. HĐND tỉnh đã bầu đồng chí Võ Minh Triết, Ủy viên Ban Thường vụ Tỉnh ủy giữ chức Phó Chủ tịch UBND tỉnh.\n\nNgay sau khi có kết quả bầu, đồng chí Võ Minh Triết đã thực hiện nghi thức tuyên thệ trước HĐND tỉnh.";
    const e = extract(text, { publishedAt: "2025-12-12" });
    expect(e.persons.find((p) => p.name === "Võ Minh Triết")?.offices).toEqual(["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban nhân dân tỉnh"]);
    expect(e.meetings.map((m) => m.attendedBy)).toEqual([["Võ Minh Triết"]]);
  });

  it("places those the session elected when the text says they take the oath ('Các đồng chí vừa được bầu đã thực hiện nghi thức tuyên thệ'), not those it relieved", () => {
    const text = "Kỳ họp thứ nhất HĐND xã Mường Tè\n\nNgày 23/4, HĐND xã Mường Tè tổ chức Kỳ họp thứ nhất. Đồng chí Lò Văn Thắng, Bí thư Đảng ủy xã chủ tọa kỳ họp.\n\nKết quả, đồng chí Chu Thị Hiền, Ủy viên Ban Thường vụ Đảng ủy xã, được bầu giữ chức Phó Chủ tịch HĐND xã. HĐND xã cũng bầu đồng chí Lý Văn Hoàng và đồng chí Tẩn Thị Mai giữ chức Phó Chủ tịch UBND xã; đồng chí Giàng A Chu giữ chức Trưởng Ban Kinh tế - Xã hội HĐND xã. Kỳ họp bầu bổ sung Ủy viên UBND xã đối với các đồng chí: Hờ A Dính, Trưởng Công an xã và Lò Thị Mai, Chỉ huy trưởng Ban Chỉ huy Quân sự xã; miễn nhiệm chức vụ Phó Chủ tịch UBND xã đối với đồng chí Vàng Văn Páo.\n\nCác đồng chí vừa được bầu đã thực hiện nghi thức tuyên thệ trước HĐND xã.";
    expect(meetings(text, { publishedAt: "2026-04-23" }).map((m) => [m.chairedBy, m.attendedBy])).toEqual([
      [["Lò Văn Thắng"], ["Chu Thị Hiền", "Lý Văn Hoàng", "Tẩn Thị Mai", "Giàng A Chu", "Hờ A Dính", "Lò Thị Mai"]],
    ]);
    // Without the oath, those elected are what the session decided, not who was there.
    expect(meetings(text.slice(0, text.lastIndexOf("\n\n")), { publishedAt: "2026-04-23" }).map((m) => m.attendedBy)).toEqual([[]]);
  });

  it("places an investor receiving the project's certificate or decision ('ông X, Tổng Giám đốc Công ty … nhận giấy chứng nhận đầu tư') and one who pledges ('anh Y, Bí thư Tỉnh đoàn hứa …'), not a 'Hứa' named", () => {
    const text = "Hội nghị xúc tiến đầu tư tỉnh Bắc Ninh\n\nSáng 20/3, UBND tỉnh Bắc Ninh tổ chức Hội nghị xúc tiến đầu tư năm 2026. Ông Sato Takeshi, Tổng Giám đốc Công ty TNHH Kyowa Components Việt Nam nhận giấy chứng nhận đầu tư dự án linh kiện ô tô điện. Ông Vũ Đình Khôi, Chủ tịch Hội đồng quản trị Công ty Cổ phần Thuận Thành Xanh nhận quyết định chấp thuận chủ trương đầu tư. Thay mặt tuổi trẻ toàn tỉnh, anh Hoàng Minh Tú, Bí thư Tỉnh đoàn hứa đảm nhận trồng 200 ha rừng. Đồng chí Hứa Văn Nam, Giám đốc Sở Tài chính đã ký quyết định từ tháng trước.";
    expect(meetings(text, { publishedAt: "2026-03-20" }).map((m) => m.attendedBy)).toEqual([["Sato Takeshi", "Vũ Đình Khôi", "Hoàng Minh Tú"]]);
  });

  it("places a senior monk who graces the meeting ('quang lâm'), and reads a Party cell meeting's purpose ('Buổi sinh hoạt được tổ chức nhằm thực hiện …, đồng thời cụ thể hóa …')", () => {
    const text = "Chi bộ sinh hoạt chuyên đề\n\nTối 3/10, Chi bộ thôn Phú Lợi tổ chức buổi sinh hoạt chi bộ chuyên đề mẫu. Hòa thượng Thích Như Tịnh quang lâm buổi sinh hoạt. Buổi sinh hoạt được tổ chức nhằm thực hiện Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ, đồng thời cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.";
    expect(meetings(text, { publishedAt: "2025-10-04" }).map((m) => [m.attendedBy, m.implements])).toEqual([[["Thích Như Tịnh"], ["10-CT/TW", "57-NQ/TW"]]]);
  });

  it("does not carry out a document the subject of the one reviewed carries out ('Chỉ thị số 18-CT/TW … về tiếp tục đẩy mạnh thực hiện Nghị quyết số 25-NQ/TW …'), but one reviewed beside it ('… và 10 năm thực hiện Chỉ thị số 45-CT/TW')", () => {
    const nested = "Tổng kết Chỉ thị 18\n\nSáng 12/3, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức Hội nghị tổng kết 8 năm thực hiện Chỉ thị số 18-CT/TW ngày 10/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Nghị quyết số 25-NQ/TW về công tác tôn giáo trong tình hình mới.";
    expect(meetings(nested, { publishedAt: "2026-03-12" }).map((m) => m.implements)).toEqual([["18-CT/TW"]]);
    const beside = "Tổng kết Nghị quyết 36\n\nSáng 14-5, Thành ủy Cần Thơ tổ chức Hội nghị tổng kết 20 năm thực hiện Nghị quyết số 36-NQ/TW, ngày 26-3-2004 của Bộ Chính trị khóa IX về công tác đối với người Việt Nam ở nước ngoài và 10 năm thực hiện Chỉ thị số 45-CT/TW, ngày 19-5-2015 của Bộ Chính trị khóa XI về tiếp tục đẩy mạnh thực hiện Nghị quyết 36 trong tình hình mới.";
    expect(meetings(beside, { publishedAt: "2024-05-14" }).map((m) => m.implements)).toEqual([["36-NQ/TW", "45-CT/TW"]]);
  });

  it("chairs one whose committee's name has 'giao' ('Trưởng Ban An toàn giao thông tỉnh chủ trì'), places one who adds to what was said ('X bổ sung, …') or signs ('Ký biên bản … là bà X'), not one who is disciplined ('ông Y, nguyên …, bị xử lý kỷ luật') or whose responsibility is to be looked into", () => {
    const text = "Hội nghị an toàn giao thông\n\nSáng 26/12, Ban An toàn giao thông tỉnh tổ chức hội nghị tổng kết. Đồng chí Đặng Quốc Hưng, Phó Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh chủ trì hội nghị. Đồng chí Lê Thị Kim Oanh, Chủ tịch UBND phường Quy Nhơn bổ sung, khó khăn lớn nhất là hồ sơ đất đai. Ký biên bản phía tỉnh là bà Nguyễn Thị Minh Thư, Giám đốc Sở Công Thương. Tại hội nghị, ông Khúc Văn Đạt, nguyên Phó Giám đốc Ban Quản lý dự án tỉnh, bị xử lý kỷ luật bằng hình thức cảnh cáo. Đoàn kiến nghị chuyển hồ sơ để làm rõ trách nhiệm của ông Phùng Văn Sang, nguyên Giám đốc Trung tâm Phát triển quỹ đất.";
    expect(meetings(text, { publishedAt: "2025-12-26" }).map((m) => [m.chairedBy, m.attendedBy])).toEqual([[["Đặng Quốc Hưng"], ["Lê Thị Kim Oanh", "Nguyễn Thị Minh Thư"]]]);
  });

  it("reads a delegation welcomed back ('lễ đón Đoàn công tác') and an exchange programme as meetings, and gives a meeting recalled in a paragraph opening with its day the sentences of that paragraph", () => {
    const text = "Đón Đoàn công tác trở về\n\nChiều 20/1, tại Quân cảng Cam Ranh, Tỉnh ủy Khánh Hòa tổ chức lễ đón Đoàn công tác số 2 trở về. Dự lễ đón có đồng chí Lương Văn Hiển, Bí thư Tỉnh ủy.\n\nNgày 14/1, tại đảo Trường Sa, Đoàn công tác đã làm việc với Đảng ủy, UBND đặc khu Trường Sa. Đồng chí Hồ Thị Ngọc Lan chủ trì buổi làm việc. Đồng chí Kiều Văn Thắng, Bí thư Đảng ủy đặc khu Trường Sa báo cáo tình hình.";
    expect(meetings(text, { publishedAt: "2026-01-20" }).map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([
      ["2026-01-20", [], ["Lương Văn Hiển"]],
      ["2026-01-14", ["Hồ Thị Ngọc Lan"], ["Kiều Văn Thắng"]],
    ]);
    const exchange = "Giao lưu hữu nghị\n\nSáng 10/4, UBND tỉnh Bắc Ninh tổ chức Chương trình giao lưu hữu nghị kỷ niệm 10 năm quan hệ với tỉnh Chungcheongnam-do. Đồng chí Ngô Thành Trung, Chủ tịch UBND tỉnh và ông Jang Min-seok, Phó Tỉnh trưởng tỉnh Chungcheongnam-do đồng chủ trì chương trình. Ông Lâm Văn Út, ngư dân ấp Kinh Tắc, mong được vay vốn ưu đãi.";
    expect(meetings(exchange, { publishedAt: "2026-04-10" }).map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([["2026-04-10", ["Ngô Thành Trung", "Jang Min-seok"], ["Lâm Văn Út"]]]);
  });

  it("takes no paper's date for a meeting's day ('thực hiện Công điện số 160/CĐ-TTg ngày 7/10/2026 …'), so 'Chiều cùng ngày' is the lead's day", () => {
    const text = "Phó Thủ tướng kiểm tra khắc phục mưa lũ\n\nNgày 9/10, thực hiện Công điện số 160/CĐ-TTg ngày 7/10/2026 của Thủ tướng Chính phủ, Phó Thủ tướng Lê Thành Nam dẫn đầu đoàn công tác kiểm tra công tác khắc phục hậu quả mưa lũ tại tỉnh Thái Nguyên.\n\nChiều cùng ngày, tại trụ sở UBND tỉnh, Phó Thủ tướng Lê Thành Nam chủ trì cuộc họp với lãnh đạo tỉnh. Về phía tỉnh có đồng chí Đoàn Thị Thu Trang, Chủ tịch UBND tỉnh.";
    expect(meetings(text, { publishedAt: "2026-10-09" }).map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([["2026-10-09", ["Lê Thành Nam"], ["Đoàn Thị Thu Trang"]]]);
  });

  it("reads a job fair, a graduation and a dialogue as meetings, and places prize-winners, performers, those who thank, and an investor's side ('Phía nhà đầu tư có …')", () => {
    const fair = "Ngày hội việc làm\n\nSáng 3/3, Sở Nội vụ tỉnh Bắc Ninh tổ chức Ngày hội việc làm đầu Xuân năm 2026. Phía nhà đầu tư có ông Lee Sang-woo, Chủ tịch Tập đoàn Hanwool.";
    expect(meetings(fair, { publishedAt: "2026-03-03" }).map((m) => [m.date, m.attendedBy])).toEqual([["2026-03-03", ["Lee Sang-woo"]]]);
    const graduation = "Lễ tốt nghiệp\n\nSáng 12/12, Trường Cao đẳng Kỹ thuật Công nghệ Hùng Vương tổ chức Lễ tốt nghiệp và trao bằng tốt nghiệp năm 2025. Đại diện sinh viên tốt nghiệp, em Triệu Thị Mai, thủ khoa ngành Điện công nghiệp, xúc động gửi lời cảm ơn tới thầy cô.";
    expect(meetings(graduation, { publishedAt: "2025-12-12" }).map((m) => [m.date, m.attendedBy])).toEqual([["2025-12-12", ["Triệu Thị Mai"]]]);
    const prizes = "Trao giải văn học nghệ thuật\n\nSáng 9/1, Liên hiệp các Hội Văn học nghệ thuật tỉnh tổ chức buổi lễ trao giải. Lên nhận giải A có nhạc sĩ Bùi Đức Hạnh. Tại buổi lễ, Nghệ nhân Ưu tú Sần Mé Giờ đã trình diễn kỹ thuật trình tường.";
    expect(meetings(prizes, { publishedAt: "2026-01-09" }).map((m) => m.attendedBy)).toEqual([["Bùi Đức Hạnh", "Sần Mé Giờ"]]);
  });

  it("reads recruits handed over, a defence exercise opened and donors honoured as meetings ('lễ giao nhận quân', 'khai mạc cuộc diễn tập', 'Lễ tôn vinh')", () => {
    const handover = "Xã Đô Lương tiễn thanh niên nhập ngũ\n\nSáng 5/3, Hội đồng nghĩa vụ quân sự xã Đô Lương tổ chức lễ giao nhận quân năm 2026. Ông Hoàng Văn Quyết, Chủ tịch UBND xã chủ trì buổi lễ.";
    expect(meetings(handover, { publishedAt: "2026-03-05" }).map((m) => [m.date, m.chairedBy])).toEqual([["2026-03-05", ["Hoàng Văn Quyết"]]]);
    const exercise = "Diễn tập khu vực phòng thủ\n\nSáng 18/11, Ban Chỉ đạo diễn tập khu vực phòng thủ tỉnh Quảng Trị khai mạc cuộc diễn tập khu vực phòng thủ tỉnh năm 2025. Dự có đồng chí Lương Đình Thụ, Phó Tư lệnh Quân khu 4.";
    expect(meetings(exercise, { publishedAt: "2025-11-18" }).map((m) => [m.date, m.attendedBy])).toEqual([["2025-11-18", ["Lương Đình Thụ"]]]);
    const honour = "Tôn vinh người hiến máu\n\nSáng 13/6, Hội Chữ thập đỏ tỉnh tổ chức Lễ tôn vinh người hiến máu tình nguyện tiêu biểu năm 2026. Dự có ông Đỗ Văn Hải, Chủ tịch Hội Chữ thập đỏ tỉnh.";
    expect(meetings(honour, { publishedAt: "2026-06-13" }).map((m) => [m.date, m.attendedBy])).toEqual([["2026-06-13", ["Đỗ Văn Hải"]]]);
  });

  it("reads the Great Unity Day as a meeting ('dự Ngày hội Đại đoàn kết toàn dân tộc tại buôn …'), and a working session told with 'làm việc trực tiếp với'", () => {
    const unity = "Ngày hội Đại đoàn kết\n\nNgày 15/11, đồng chí Mạc Thị Thanh Vân, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã dự Ngày hội Đại đoàn kết toàn dân tộc tại buôn Cuôr Đăng B, xã Cuôr Đăng.";
    expect(meetings(unity, { publishedAt: "2025-11-15" }).map((m) => [m.date, m.attendedBy])).toEqual([["2025-11-15", ["Mạc Thị Thanh Vân"]]]);
    const session = "Giám sát Sở Y tế\n\nNgày 19/3, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị thông báo kết quả giám sát. Trước đó, ngày 5/3, Đoàn giám sát do đồng chí Cao Thị Thu Hiền làm trưởng đoàn đã làm việc trực tiếp với Sở Y tế.";
    expect(meetings(session, { publishedAt: "2026-03-19" }).map((m) => [m.date, m.attendedBy])).toEqual([["2026-03-19", []], ["2026-03-05", ["Cao Thị Thu Hiền"]]]);
  });

  it("has the presidium just listed chair when the next sentence says it chairs ('Các đồng chí trong Đoàn Chủ tịch chủ trì, điều hành đại hội')", () => {
    const text = "Đại hội Đảng bộ UBND tỉnh\n\nSáng 13/8, Đảng bộ UBND tỉnh Nghệ An tổ chức Đại hội đại biểu lần thứ I. Đoàn Chủ tịch đại hội gồm các đồng chí: Hồ Sỹ Nguyên, Chủ tịch UBND tỉnh; Bùi Thanh Tâm, Phó Chủ tịch Thường trực UBND tỉnh. Các đồng chí trong Đoàn Chủ tịch chủ trì, điều hành đại hội.";
    expect(meetings(text, { publishedAt: "2025-08-13" }).map((m) => [m.chairedBy, m.attendedBy])).toEqual([[["Hồ Sỹ Nguyên", "Bùi Thanh Tâm"], []]]);
  });

  it("reads a festival's opening as the meeting ('tổ chức khai mạc Ngày hội …', 'Lễ khai mạc Lễ hội …') and what the festival is held to carry out", () => {
    const text = "Ngày hội văn hóa xã Mường Nhé\n\nSáng 22/11, Đảng ủy, UBND xã Mường Nhé tổ chức khai mạc Ngày hội Văn hóa, Thể thao các dân tộc xã Mường Nhé lần thứ I. Dự khai mạc có đồng chí Lò Văn Thắm, Bí thư Đảng ủy xã.\n\nNgày hội được tổ chức nhằm triển khai thực hiện Nghị quyết số 11-NQ/TU ngày 12/8/2021 của Ban Chấp hành Đảng bộ tỉnh về bảo tồn văn hóa.";
    expect(meetings(text, { publishedAt: "2025-11-22" }).map((m) => [m.date, m.attendedBy, m.implements])).toEqual([["2025-11-22", ["Lò Văn Thắm"], ["11-NQ/TU"]]]);
    const opening = "Lễ hội Hồ Ba Bể\n\nTối 27/3, UBND tỉnh Thái Nguyên tổ chức Lễ khai mạc Lễ hội Văn hóa - Du lịch Hồ Ba Bể năm 2026. Dự lễ khai mạc có đồng chí Đàm Quốc Hưng, Chủ tịch UBND tỉnh.";
    expect(meetings(opening, { publishedAt: "2026-03-28" }).map((m) => [m.date, m.attendedBy])).toEqual([["2026-03-27", ["Đàm Quốc Hưng"]]]);
  });
});

describe("elections and steering committees", () => {
  it("does not place nominees ('những người do tỉnh giới thiệu ứng cử … có các đồng chí: …'), and reads the steering committee under Resolution 57 as one body", () => {
    const text = "Hiệp thương lần thứ ba\n\nChiều 12/2, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức Hội nghị hiệp thương lần thứ ba. Đồng chí Võ Minh Thuận, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.\n\nTrong số những người do tỉnh giới thiệu ứng cử đại biểu Quốc hội có các đồng chí: Phan Thanh Liêm, Trưởng Ban Tổ chức Tỉnh ủy; Siu Thị Lê, Bí thư Tỉnh đoàn.";
    expect(meetings(text, { publishedAt: "2026-02-12" }).map((m) => [m.chairedBy, m.attendedBy])).toEqual([[["Võ Minh Thuận"], []]]);
    const head = extract("Tiêu đề\n\nĐồng chí Hoàng Quốc Thái, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh chủ trì phiên họp. Đồng chí Tăng Thị Phương Thảo, Phó Giám đốc Trung tâm Chuyển đổi số tỉnh trực tiếp thực hành.").persons;
    expect(head.map((p) => p.offices)).toEqual([
      ["Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh"],
      ["Phó Giám đốc Trung tâm Chuyển đổi số tỉnh"],
    ]);
  });
});

describe("works begun and opened, workers' gatherings", () => {
  it("reads a groundbreaking, an inauguration and a gathering programme as meetings ('Lễ khởi công …', 'Lễ khánh thành …', 'Chương trình gặp mặt \"Tết Sum vầy\"')", () => {
    const days = ["Sáng 28/3, UBND tỉnh Gia Lai tổ chức Lễ khởi công Dự án cao tốc Quy Nhơn – Pleiku. Dự lễ khởi công có đồng chí Lê Minh Khoa, Phó Thủ tướng Chính phủ.", "Sáng 30/12, UBND tỉnh Đắk Lắk tổ chức Lễ khánh thành, đưa vào sử dụng cầu Lạc Long Quân. Dự buổi lễ có đồng chí Đỗ Quang Thiện, Bí thư Tỉnh ủy.", "Tối 31/1, Liên đoàn Lao động thành phố Hải Phòng tổ chức Chương trình gặp mặt \"Tết Sum vầy\" Xuân Bính Ngọ năm 2026. Dự chương trình có đồng chí Hồ Thị Kim Liên, Chủ tịch Liên đoàn Lao động thành phố."];
    expect(days.map((d) => meetings(`Tiêu đề\n\n${d}`, { publishedAt: "2026-04-01" }).map((m) => m.attendedBy))).toEqual([[["Lê Minh Khoa"]], [["Đỗ Quang Thiện"]], [["Hồ Thị Kim Liên"]]]);
  });

  it("keeps the working session a lead announces ('… sau đó làm việc với các xã, phường') as the one chaired that afternoon, and places nobody met at the morning's site ('kiểm tra hiện trường')", () => {
    const text = "Bí thư Tỉnh ủy kiểm tra giải phóng mặt bằng\n\nNgày 14/1, đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí Hoàng Minh Đức, Bí thư Tỉnh ủy dẫn đầu đã kiểm tra thực địa công tác giải phóng mặt bằng Dự án đường sắt, sau đó làm việc với các xã, phường có tuyến đường sắt đi qua.\n\nBuổi sáng, đoàn đã kiểm tra hiện trường khu vực ga Bảo Hà. Báo cáo với đoàn, đồng chí Vũ Đình Trọng, Chủ tịch UBND xã Gia Phú cho biết, xã đã chi trả tiền bồi thường.\n\nChiều cùng ngày, đồng chí Hoàng Minh Đức chủ trì buổi làm việc với Ban Thường vụ Đảng ủy, UBND các xã Bảo Hà, Gia Phú về tiến độ giải phóng mặt bằng.";
    expect(meetings(text, { publishedAt: "2026-01-15" }).map((m) => [m.chairedBy, m.attendedBy])).toEqual([[["Hoàng Minh Đức"], []]]);
  });
});

describe("social policy", () => {
  it("reads a handover ceremony as a meeting ('Lễ bàn giao nhà …') and a job centre's director named after its title ('Giám đốc Trung tâm Dịch vụ việc làm tỉnh X')", () => {
    const text = "Bàn giao nhà cho hộ nghèo\n\nSáng 2/8, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức Lễ bàn giao nhà cho các hộ nghèo tại xã Mèo Vạc. Dự buổi lễ có đồng chí Nông Thị Thanh Hà, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tham luận tại buổi lễ, Giám đốc Trung tâm Dịch vụ việc làm tỉnh Trịnh Quang Vinh chia sẻ, năm qua Trung tâm đã tổ chức 24 phiên giao dịch việc làm.";
    const e = extract(text, { publishedAt: "2025-08-02" });
    expect(e.meetings.map((m) => [m.date, m.attendedBy])).toEqual([["2025-08-02", ["Nông Thị Thanh Hà", "Trịnh Quang Vinh"]]]);
    expect(e.persons.find((p) => p.name === "Trịnh Quang Vinh")?.offices).toEqual(["Giám đốc Trung tâm Dịch vụ việc làm tỉnh"]);
  });
});

describe("youth, veterans, women and children", () => {
  it("reads a campaign's launch as a meeting ('Lễ ra quân …', 'Lễ phát động …') and places a Youth Union member, a student and a Heroic Mother introduced as such", () => {
    const launch = "Ra quân tình nguyện hè\n\nSáng 7/6, Tỉnh đoàn Thái Nguyên tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026. Dự lễ ra quân có đồng chí Hà Thị Lan Phương, Bí thư Tỉnh đoàn. Tại buổi lễ, sinh viên Đỗ Minh Tuấn phát biểu hưởng ứng.";
    expect(meetings(launch, { publishedAt: "2026-06-07" }).map((m) => [m.date, m.attendedBy])).toEqual([["2026-06-07", ["Hà Thị Lan Phương", "Đỗ Minh Tuấn"]]]);
    const mothers = "Gặp mặt Mẹ Việt Nam anh hùng\n\nSáng 24/7, UBND tỉnh Quảng Trị tổ chức buổi gặp mặt các Mẹ Việt Nam anh hùng. Buổi gặp mặt vinh dự được đón Mẹ Nguyễn Thị Tư, 99 tuổi. Tại buổi gặp mặt, đoàn viên Phí Quang Minh chia sẻ cảm xúc.";
    expect(meetings(mothers, { publishedAt: "2026-07-24" })[0]!.attendedBy).toEqual(["Nguyễn Thị Tư", "Phí Quang Minh"]);
  });
});


describe("smuggling and trade fraud", () => {
  it("carries out what the paper a meeting signs is built to carry out ('Hội nghị ký kết Quy chế phối hợp …' then 'Quy chế được xây dựng nhằm triển khai thực hiện Chỉ thị …'), not a paper cited beside it", () => {
    const text = "Ký kết quy chế phối hợp chống buôn lậu\n\nSáng 23/9, Ban Chỉ đạo 389 tỉnh Lạng Sơn tổ chức Hội nghị ký kết Quy chế phối hợp trong công tác phòng, chống buôn lậu giữa 5 lực lượng. Quy chế được xây dựng nhằm triển khai thực hiện Chỉ thị số 05-CT/TU ngày 12/8/2025 của Ban Thường vụ Tỉnh ủy. Kế hoạch số 21-KH/TU được ban hành nhằm thực hiện Chỉ thị số 09-CT/TU.";
    expect(meetings(text, { publishedAt: "2025-09-23" }).map((m) => m.implements)).toEqual([["05-CT/TU"]]);
  });
});

describe("two events in one report", () => {
  it("reads a meeting held right after a session's end on the session's last day as another meeting ('Chiều 4/12, ngay sau khi kết thúc phiên họp, … chủ trì cuộc họp …')", () => {
    const text = "UBND tỉnh họp thường kỳ\n\nTrong hai ngày 3 và 4/12, UBND tỉnh Tuyên Quang tổ chức phiên họp thường kỳ tháng 11. Đồng chí Vương Đình Thắng, Chủ tịch UBND tỉnh chủ trì phiên họp.\n\nChiều 4/12, ngay sau khi kết thúc phiên họp, đồng chí Ma Thị Thu Hằng, Phó Chủ tịch Thường trực UBND tỉnh chủ trì cuộc họp với Sở Tài chính về giải ngân vốn đầu tư công.";
    expect(meetings(text, { publishedAt: "2025-12-05" }).map((m) => [m.date, m.chairedBy])).toEqual([["2025-12-03", ["Vương Đình Thắng"]], ["2025-12-04", ["Ma Thị Thu Hằng"]]]);
  });

  it("keeps the paragraphs after a meeting recalled once the reported one was told to its closing words with the recalled one, and places one whose report it cites ('Theo báo cáo của đồng chí X, …')", () => {
    const text = "Thường trực Tỉnh ủy làm việc với phường\n\nChiều 12/11, đồng chí Đặng Quốc Hưng, Bí thư Tỉnh ủy chủ trì buổi làm việc của Thường trực Tỉnh ủy với Ban Thường vụ Đảng ủy phường Lâm Viên. Phát biểu kết luận, Bí thư Tỉnh ủy Đặng Quốc Hưng ghi nhận kết quả của phường.\n\nTrước đó, sáng 10/11, Thường trực Tỉnh ủy đã làm việc với Ban Thường vụ Đảng ủy xã Đức Trọng. Buổi làm việc do đồng chí Trương Thị Ngọc Hân, Phó Bí thư Thường trực Tỉnh ủy chủ trì.\n\nTheo báo cáo của đồng chí Nguyễn Thị Hồng Nhạn, Bí thư Đảng ủy xã Đức Trọng, xã có 64 doanh nghiệp. Đồng chí Võ Đình Thi, Chủ tịch UBND xã đề xuất tỉnh tháo gỡ vướng mắc về mặt bằng.";
    expect(meetings(text, { publishedAt: "2025-11-13" }).map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([
      ["2025-11-12", ["Đặng Quốc Hưng"], []],
      ["2025-11-10", ["Trương Thị Ngọc Hân"], ["Nguyễn Thị Hồng Nhạn", "Võ Đình Thi"]],
    ]);
  });

  it("does not keep them there when the recalled one was told inside a paragraph, the reported one was not yet concluded, or they name it by its own words or have its chair speak", () => {
    const lead = "Hội nghị trực tuyến tổng kết Chỉ thị 40\n\nSáng 20/8, Ban Bí thư tổ chức Hội nghị trực tuyến toàn quốc tổng kết 10 năm thực hiện Chỉ thị số 40-CT/TW. Tại điểm cầu tỉnh, đồng chí Lê Minh Thành, Phó Bí thư Tỉnh ủy chủ trì.";
    const concluded = " Phát biểu kết luận, đồng chí Lê Đình Khiêm khẳng định tín dụng chính sách là điểm sáng.";
    const recalled = "Trước đó, ngày 9/8, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị tổng kết Chỉ thị 40-CT/TW trên địa bàn tỉnh do Bí thư Tỉnh ủy Bùi Đức Kiên chủ trì.";
    const attendees = (...paragraphs: string[]) => meetings(paragraphs.join("\n\n"), { publishedAt: "2024-08-21" }).map((m) => m.attendedBy);
    const after = "Đồng chí Hồ Văn Năm, Chủ tịch UBND tỉnh đề nghị các sở, ngành quán triệt ý kiến chỉ đạo.";
    expect(attendees(lead + concluded, recalled, after)).toEqual([["Lê Đình Khiêm"], ["Hồ Văn Năm"]]);
    expect(attendees(lead + concluded + " " + recalled, after)).toEqual([["Lê Đình Khiêm", "Hồ Văn Năm"], []]);
    expect(attendees(lead, recalled, after)).toEqual([["Hồ Văn Năm"], []]);
    expect(attendees(lead + concluded, recalled, "Phát biểu sau hội nghị trực tuyến, đồng chí Hồ Văn Năm, Chủ tịch UBND tỉnh đề nghị quán triệt ý kiến chỉ đạo.")).toEqual([["Lê Đình Khiêm", "Hồ Văn Năm"], []]);
    expect(attendees(lead + concluded, recalled, "Đồng chí Lê Minh Thành phát biểu kết luận hội nghị.")).toEqual([["Lê Đình Khiêm"], []]);
  });
});

describe("drug prevention", () => {
  it("places nobody who talks to the reporters ('trò chuyện với chúng tôi') or speaks by phone ('cho biết qua điện thoại'), but one whose device works by phone", () => {
    const text = "Công bố xã không ma túy\n\nSáng 20/11, UBND xã Mường Phăng tổ chức hội nghị công bố xã không ma túy. Dự hội nghị có đồng chí Đỗ Văn Tiến, Phó Giám đốc Công an tỉnh.\n\nTrò chuyện với chúng tôi tại nhà văn hóa bản, ông Lò Văn Ún, Trưởng bản Che Căn cho biết bà con đã yên tâm. Bà Hoàng Thị Lự, có con trai đang cai nghiện, cho biết qua điện thoại, gia đình yên tâm hơn. Đảng viên Nguyễn Văn Cường chia sẻ việc lắp camera điều khiển qua điện thoại.";
    expect(meetings(text, { publishedAt: "2025-11-20" }).map((m) => m.attendedBy)).toEqual([["Đỗ Văn Tiến", "Nguyễn Văn Cường"]]);
  });

  it("places nobody named in what a sentence opens by citing ('Theo báo cáo ban đầu của Công an tỉnh, … ông X …'), but one whose report it is ('Theo báo cáo của đồng chí Y')", () => {
    const text = "Tiêu đề\n\nSáng 21/2, UBND tỉnh tổ chức cuộc họp khẩn về vụ tai nạn. Đồng chí Hà Văn Thắng, Phó Chủ tịch UBND tỉnh chủ trì.\nTheo báo cáo ban đầu của Công an tỉnh, xe ô tô khách do ông Đỗ Mạnh Cường điều khiển đã lao xuống vực.\nTheo báo cáo của đồng chí Lò Văn Hưng, Giám đốc Sở Xây dựng, tuyến đèo đã được cắm biển cảnh báo.";
    expect(meetings(text, { publishedAt: "2026-02-21" }).map((m) => m.attendedBy)).toEqual([["Lò Văn Hưng"]]);
  });

  it("places one who tells a forecast at the meeting ('Ông X, Giám đốc … dự báo, phụ tải …')", () => {
    const text = "Tiêu đề\n\nSáng 26/3, UBND tỉnh tổ chức hội nghị triển khai tiết kiệm điện. Đồng chí Dương Tấn Phát, Phó Chủ tịch UBND tỉnh chủ trì.\nÔng Trần Đình Khôi, Giám đốc Công ty Điện lực Đồng Nai dự báo, phụ tải toàn tỉnh có thể tăng 9 - 10%.";
    expect(meetings(text, { publishedAt: "2026-03-26" }).map((m) => m.attendedBy)).toEqual([["Trần Đình Khôi"]]);
  });

  it("places one said to be at the festival itself though the sentence tells of job interviews ('Có mặt tại ngày hội …, chị X … đã phỏng vấn xong')", () => {
    const text = "Tiêu đề\n\nSáng 26/2, UBND tỉnh tổ chức Ngày hội việc làm. Đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh chủ trì.\nCó mặt tại ngày hội từ 7 giờ sáng, chị Giáp Thị Hoa, 29 tuổi, đã phỏng vấn xong tại hai doanh nghiệp.";
    expect(meetings(text, { publishedAt: "2026-02-26" }).map((m) => m.attendedBy)).toEqual([["Giáp Thị Hoa"]]);
  });

  it("places one who speaks on the sidelines of the ceremony ('… nói bên lề buổi lễ: …')", () => {
    const text = "Tiêu đề\n\nSáng 5/3, xã Bảo Thắng tổ chức lễ giao nhận quân năm 2026. Đồng chí Lê Văn An, Chủ tịch UBND xã chủ trì.\nBà Phạm Thị Loan, mẹ của tân binh, xúc động nói bên lề buổi lễ: \"Nhà có ba đời đi bộ đội\".";
    expect(meetings(text, { publishedAt: "2026-03-05" }).map((m) => m.attendedBy)).toEqual([["Phạm Thị Loan"]]);
  });

  it("makes a chair of one whose office ends in 'Hải quan' before 'chủ trì', not of an agency leading a task ('cơ quan chủ trì')", () => {
    const text = "Tiêu đề\n\nNgày 22/12, Cục Hải quan tổ chức hội nghị sơ kết. Đồng chí Phan Quốc Thịnh, Cục trưởng Cục Hải quan chủ trì hội nghị.\nĐồng chí yêu cầu Sở Tài chính là cơ quan chủ trì, phối hợp với các sở triển khai.";
    expect(meetings(text, { publishedAt: "2025-12-22" }).map((m) => m.chairedBy)).toEqual([["Phan Quốc Thịnh"]]);
  });

  it("places nobody who talks with a visiting leader on the spot ('Trò chuyện với Phó Thủ tướng, ông X …'), but one who speaks at the working session", () => {
    const text = "Tiêu đề\n\nNgày 6/11, Phó Thủ tướng Lâm Quang Hiển kiểm tra thực tế tại cảng cá Sông Đốc và làm việc với tỉnh Cà Mau.\nTrò chuyện với Phó Thủ tướng, ông Trần Văn Út, chủ hai tàu cá, cho biết thủ tục xuất bến nhanh hơn.\nTại buổi làm việc, ông Lê Văn Sử, Chủ tịch UBND tỉnh báo cáo kết quả chống khai thác IUU.";
    expect(meetings(text, { publishedAt: "2025-11-06" }).map((m) => m.attendedBy)).toEqual([["Lâm Quang Hiển", "Lê Văn Sử"]]);
  });
});

describe("forests", () => {
  it("places nobody the text says did not attend ('…, không dự hội nghị vì …') or holds up as an example ('như hộ ông X', 'Điển hình như hộ bà Y')", () => {
    const text = "Tổng kết Chỉ thị 13\n\nSáng 17/12, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 13-CT/TW. Dự hội nghị có ông Lê Văn Lâm, Chi cục trưởng Chi cục Kiểm lâm. Báo cáo nêu nhiều gương điển hình, như hộ ông Lô Văn Pắn ở bản Khe Choăng, 15 năm liền nhận khoán bảo vệ rừng, được Thủ tướng Chính phủ tặng Bằng khen. Điển hình như hộ bà Hồ Thị Pá ở thôn Cợp, được UBND tỉnh tặng Bằng khen. Trạm trưởng Trạm Y tế xã, bà Hồ Thị Mai Hương, không dự hội nghị vì đang phụ trách chiến dịch tiêm vắc-xin.";
    expect(meetings(text, { publishedAt: "2025-12-17" }).map((m) => m.attendedBy)).toEqual([["Lê Văn Lâm"]]);
  });
});

describe("prices and markets", () => {
  it("places nobody met on the reporter's own round ('Ghi nhận tại chợ Vinh …', 'Khảo sát của phóng viên tại chợ …'), for the rest of its paragraph", () => {
    const text = "Bình ổn giá dịp Tết\n\nSáng 7/1, Ban Chỉ đạo điều hành giá tỉnh Nghệ An họp. Ông Lê Đình Thạc, Phó Chủ tịch UBND tỉnh chủ trì.\n\nGhi nhận tại chợ Vinh những ngày đầu năm, sức mua chưa tăng mạnh. Chị Phan Thị Lài, ở phường Trường Vinh, cho biết giá thịt ổn định.\n\nPhát biểu tại cuộc họp, ông Nguyễn Văn Hải, Giám đốc Sở Công Thương cho biết nguồn hàng dồi dào.";
    expect(meetings(text, { publishedAt: "2026-01-07" }).map((m) => [m.chairedBy, m.attendedBy])).toEqual([[["Lê Đình Thạc"], ["Nguyễn Văn Hải"]]]);
  });
});

describe("agendas told item by item", () => {
  it("does not carry out what a sentence says the years behind carried out ('Quán triệt Nghị quyết số 24-NQ/TW …, những năm qua tỉnh đã …')", () => {
    const text = "Tiêu đề\n\nNgày 6/11, Đoàn giám sát làm việc với UBND tỉnh Đắk Lắk về chính sách đối với người có uy tín. Đồng chí Y Khăm, Phó Chủ tịch Hội đồng Dân tộc chủ trì.\nQuán triệt Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương Đảng khóa IX về công tác dân tộc, những năm qua tỉnh đã ban hành nhiều chính sách.";
    expect(meetings(text, { publishedAt: "2025-11-06" }).map((m) => m.implements)).toEqual([[]]);
  });

  it("carries out what a speaker reports a review of ('X báo cáo sơ kết một năm thực hiện Nghị quyết …'), not what the year behind disseminated ('Trong năm, Đảng ủy đã tổ chức học tập, quán triệt …') nor what a report's findings name", () => {
    const text = "Hội nghị Ban Chấp hành Đảng bộ tỉnh\n\nNgày 18/12, Ban Chấp hành Đảng bộ tỉnh Tuyên Quang tổ chức Hội nghị lần thứ 5. Đồng chí Hầu A Lềnh, Bí thư Tỉnh ủy chủ trì hội nghị. Trong năm, Đảng ủy đã tổ chức học tập, quán triệt Nghị quyết số 68-NQ/TW của Bộ Chính trị tới 100% cán bộ, đảng viên. Báo cáo tổng kết do đồng chí Tòng Thị Hoa trình bày cho thấy, Nghị quyết 05-NQ/TU là bước cụ thể hóa Nghị quyết số 08-NQ/TW. Tiếp đó, đồng chí Vương Đình Lộc, Giám đốc Sở Khoa học và Công nghệ báo cáo sơ kết một năm thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.";
    expect(meetings(text, { publishedAt: "2025-12-18" }).map((m) => m.implements)).toEqual([["57-NQ/TW"]]);
    const cited = "Tổng kết Đề án trồng cây\n\nSáng 27/1, Bộ Nông nghiệp và Môi trường tổ chức Hội nghị tổng kết 5 năm thực hiện Đề án trồng một tỷ cây xanh. Theo báo cáo, Đề án là một trong những giải pháp để thực hiện Chỉ thị số 13-CT/TW của Ban Bí thư.";
    expect(meetings(cited, { publishedAt: "2026-01-27" }).map((m) => m.implements)).toEqual([[]]);
  });

  it("places those whose papers the text sums up ('Các tham luận của ông X và ông Y tập trung vào …') and reads a prize's closing ceremony as a meeting ('Lễ tổng kết và trao Giải báo chí …')", () => {
    const papers = "Tổng kết ngành y tế\n\nNgày 16/1, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2025. Bà Võ Thị Thu Trang, Giám đốc Sở Y tế chủ trì hội nghị. Các tham luận của ông Lê Văn Thạch, Giám đốc Bệnh viện Đa khoa tỉnh và ông Hồ Sĩ Nguyên, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh tập trung vào giải pháp chuyển giao kỹ thuật.";
    expect(meetings(papers, { publishedAt: "2026-01-16" }).map((m) => m.attendedBy)).toEqual([["Lê Văn Thạch", "Hồ Sĩ Nguyên"]]);
    const prize = "Trao giải báo chí\n\nTối 27/10, Ban Chỉ đạo 35 Tỉnh ủy Nghệ An tổ chức Lễ tổng kết và trao Giải báo chí về bảo vệ nền tảng tư tưởng của Đảng lần thứ IV. Dự buổi lễ có đồng chí Chu Đình Khang, Phó Bí thư Tỉnh ủy.";
    expect(meetings(prize, { publishedAt: "2025-10-28" }).map((m) => [m.date, m.attendedBy])).toEqual([["2025-10-27", ["Chu Đình Khang"]]]);
  });
});

describe("history and digital literacy", () => {
  it("carries out what the campaign a ceremony launches is held for ('Lễ ra quân Chiến dịch …' then 'Chiến dịch năm nay được tổ chức nhằm …, góp phần thực hiện Nghị quyết …'), and what the event told as an activity is for ('Hoạt động nhằm triển khai …')", () => {
    const launch = "Ra quân tình nguyện hè\n\nSáng 6/7, Tỉnh đoàn An Giang tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025. Chiến dịch năm nay được tổ chức nhằm hưởng ứng phong trào “Bình dân học vụ số”, góp phần thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.";
    expect(meetings(launch, { publishedAt: "2025-07-06" }).map((m) => m.implements)).toEqual([["57-NQ/TW"]]);
    const activity = "Ra mắt Tổ công nghệ số cộng đồng\n\nSáng 16/8, UBND xã Quỳnh Phụ tổ chức Lễ ra mắt Tổ công nghệ số cộng đồng. Hoạt động nhằm triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị tại cơ sở.";
    expect(meetings(activity, { publishedAt: "2025-08-16" }).map((m) => m.implements)).toEqual([["57-NQ/TW"]]);
  });

  it("places one explaining a matter ('Giải thích …, Giám đốc Sở X nói rằng …') and one thanking on a family's behalf, not the late leader whose life and birthday a seminar recalls", () => {
    const text = "Hội thảo khoa học\n\nSáng 20/3, Tỉnh ủy Thái Nguyên tổ chức Hội thảo khoa học kỷ niệm 100 năm Ngày sinh đồng chí Ma Đình Khuê. TS Nông Thị Huệ, Giám đốc Bảo tàng tỉnh giới thiệu tại hội thảo hơn 60 tài liệu gắn với cuộc đời đồng chí Ma Đình Khuê. Giải thích nguyên nhân chậm số hóa, Giám đốc Sở Khoa học và Công nghệ Lưu Văn Khiêm nói rằng kinh phí còn hạn chế. Thay mặt gia đình, bà Ma Thị Lanh, con gái đồng chí Ma Đình Khuê, xúc động cảm ơn Tỉnh ủy.";
    expect(meetings(text, { publishedAt: "2026-03-20" }).map((m) => m.attendedBy)).toEqual([["Nông Thị Huệ", "Lưu Văn Khiêm", "Ma Thị Lanh"]]);
  });
});

describe("food safety and fire prevention", () => {
  it("places nobody whose model a clause cites ('Báo cáo dẫn mô hình … của chị X', '… dẫn chứng mô hình của anh Y') or who is still in hospital ('hiện vẫn đang điều trị'), but a doctor telling how many her ward treats", () => {
    const text = "Sơ kết Chỉ thị 17\n\nSáng 21/11, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 17-CT/TW. Báo cáo dẫn mô hình trồng rau theo hướng hữu cơ của chị Ksor H'Yim ở xã Chư Pưh. Phát biểu chỉ đạo, đồng chí Hồ Văn Niên, Bí thư Tỉnh ủy dẫn chứng mô hình của anh Hà Văn Tùng, một nông dân trẻ. Em Trần Gia Bảo hiện vẫn đang điều trị do ngạt khói tại Bệnh viện tỉnh. Bà Hà Thị Mai, Trưởng khoa Hồi sức tích cực cho biết, khoa đang điều trị 45 người bệnh nặng mỗi ngày.";
    expect(meetings(text, { publishedAt: "2025-11-21" }).map((m) => m.attendedBy)).toEqual([["Hồ Văn Niên", "Hà Thị Mai"]]);
  });
});

describe("chairs on another's behalf, and meetings asked for", () => {
  it("does not make the head who delegated the chair a chair ('Được sự ủy quyền của Chủ tịch UBND tỉnh X, đồng chí Y … chủ trì'), nor reads a ceremony the units are asked to hold as held ('yêu cầu các đơn vị tổ chức Lễ khai giảng ngày 5/9')", () => {
    const text = "UBND tỉnh họp thường kỳ\n\nSáng 28/8, UBND tỉnh Đồng Tháp tổ chức phiên họp thường kỳ tháng 8. Được sự ủy quyền của Chủ tịch UBND tỉnh Phan Minh Khôi, đồng chí Nguyễn Hữu Phước, Phó Chủ tịch Thường trực UBND tỉnh chủ trì phiên họp. Kết luận phiên họp, đồng chí Nguyễn Hữu Phước yêu cầu các đơn vị tổ chức Lễ khai giảng ngày 5/9 trang trọng, tiết kiệm.";
    expect(meetings(text, { publishedAt: "2025-08-29" }).map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([["2025-08-28", ["Nguyễn Hữu Phước"], []]]);
  });
});

describe("boarding schools", () => {
  it("places nobody whose story is told ('kể lại chuyện chị X') or whose letter is read ('đọc đoạn thư của chị Y'), nor one met in a village the report visits ('Ở thôn Cheng, …, ông Z cho biết …')", () => {
    const text = "Sơ kết Nghị quyết 71\n\nSáng 5/3, Ban Thường vụ Tỉnh ủy Cao Bằng tổ chức hội nghị sơ kết 6 tháng thực hiện Nghị quyết số 71-NQ/TW. Cũng tại hội nghị, ông Lý Văn Sình, Trưởng xóm Lũng Rỳ, kể lại chuyện chị Vàng Thị Dợ có ba con từng nghỉ học. Kết luận hội nghị, đồng chí Trần Hồng Minh, Bí thư Tỉnh ủy đọc đoạn thư của chị Sùng Thị Pà, một phụ huynh.\n\nỞ thôn Cheng, xã Hướng Lập, ông Hồ Văn Chiêng, Trưởng thôn, cho biết cả thôn có 37 em đang học ở các điểm trường lẻ.";
    expect(meetings(text, { publishedAt: "2026-03-05" }).map((m) => m.attendedBy)).toEqual([["Lý Văn Sình", "Trần Hồng Minh"]]);
  });

  it("places one the text says disseminated a document to the meeting ('Nội dung Chỉ thị … do Thiếu tá X, Trưởng Công an xã phổ biến')", () => {
    const text = "Quán triệt Nghị quyết 66\n\nSáng 5/12, Đảng ủy xã Ea Kar tổ chức hội nghị quán triệt Nghị quyết số 66-NQ/TW. Nội dung Chỉ thị số 07-CT/TU do Thiếu tá Hồ Minh Quân, Ủy viên Ban Thường vụ Đảng ủy xã, Trưởng Công an xã phổ biến.";
    expect(meetings(text, { publishedAt: "2025-12-05" }).map((m) => m.attendedBy)).toEqual([["Hồ Minh Quân"]]);
  });
});

describe("what a meeting carries out, said in other words", () => {
  it("counts a document the meeting is held to bring to the people ('nhằm đưa Chỉ thị … đến gần hơn với người dân')", () => {
    const text = "Đối thoại với hộ vay vốn\n\nSáng 18/9, Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội xã Chư Pưh tổ chức hội nghị đối thoại với hộ vay vốn. Hội nghị nhằm đưa Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư đến gần hơn với người dân.";
    expect(meetings(text, { publishedAt: "2025-09-18" }).map((m) => m.implements)).toEqual([["39-CT/TW"]]);
  });

  it("does not count a document whose dissemination is named as the year's work ('Việc phổ biến Nghị quyết … được xác định là nội dung trọng tâm')", () => {
    const text = "Tổng kết công tác phổ biến pháp luật\n\nSáng 7/11, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh tổ chức hội nghị tổng kết năm 2025. Việc phổ biến Nghị quyết số 66-NQ/TW của Bộ Chính trị được xác định là nội dung trọng tâm.";
    expect(meetings(text, { publishedAt: "2025-11-07" }).map((m) => m.implements)).toEqual([[]]);
  });
});

describe("an earlier meeting whose long name ends in its day", () => {
  it("reads a national conference told in passing with ', được tổ chức ngày …' after its name, even after 'ngay sau'", () => {
    const text = "Sơ kết một năm thực hiện Nghị quyết 66\n\nSáng 7/5, Bộ Tư pháp tổ chức hội nghị sơ kết một năm thực hiện Nghị quyết số 66-NQ/TW. Bà Ngọc Lan cho biết, ngay sau Hội nghị toàn quốc quán triệt, triển khai Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị, được tổ chức ngày 18/5/2025, Bộ Tư pháp đã tham mưu Chính phủ ban hành chương trình hành động.";
    expect(meetings(text, { publishedAt: "2026-05-08" }).map((m) => [m.date, m.implements])).toEqual([
      ["2026-05-07", ["66-NQ/TW"]],
      ["2025-05-18", ["66-NQ/TW", "68-NQ/TW"]],
    ]);
  });
});

describe("occasions of an inspection, a fair and a congress", () => {
  it("dates a working session after an inspection by the lead's day, though an earlier meeting is told after it", () => {
    const text = "Kiểm tra an toàn hồ đập\n\nNgày 14/8, đoàn công tác của UBND tỉnh do đồng chí Phan Đức Thắng, Phó Chủ tịch UBND tỉnh dẫn đầu đã kiểm tra công tác bảo đảm an toàn hồ chứa nước Vực Mấu.\nSau khi kiểm tra thực tế, đồng chí Phan Đức Thắng chủ trì buổi làm việc với Công ty TNHH MTV Thủy lợi Bắc Nghệ An.\nTrước đó, ngày 11/8, Sở Nông nghiệp và Môi trường đã tổ chức hội nghị trực tuyến với các chủ hồ thủy điện. Hội nghị do đồng chí Lê Văn Quyết, Giám đốc Sở Nông nghiệp và Môi trường chủ trì.";
    expect(meetings(text, { publishedAt: "2025-08-14" }).map((m) => [m.date, m.chairedBy])).toEqual([
      ["2025-08-14", ["Phan Đức Thắng"]],
      ["2025-08-11", ["Lê Văn Quyết"]],
    ]);
  });

  it("reads a fair opened by the body that holds it ('UBND tỉnh … khai mạc Hội chợ OCOP …') as a meeting", () => {
    const text = "Khai mạc Hội chợ OCOP\n\nSáng 14/11, tại Quảng trường 10/3, UBND tỉnh Đắk Lắk khai mạc Hội chợ OCOP và xúc tiến thương mại tỉnh Đắk Lắk năm 2025. Đây là hội chợ OCOP quy mô lớn đầu tiên được tổ chức sau khi hai tỉnh hợp nhất, quy tụ gần 320 gian hàng.\nDự lễ khai mạc có đồng chí Lương Văn Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.";
    expect(meetings(text, { publishedAt: "2025-11-14" }).map((m) => [m.date, m.attendedBy])).toEqual([["2025-11-14", ["Lương Văn Khải"]]]);
  });

  it("places one the meeting has the presence of ('có sự tham dự của đồng chí X') and the heads of the congress's own boards, not a committee's head named in passing nor one whose work others take part in", () => {
    const text = "Đại hội Đảng bộ Công an tỉnh\n\nSáng 18/7, Đảng bộ Công an tỉnh tổ chức Đại hội đại biểu lần thứ XIV. Đại hội có sự tham dự của đồng chí Trần Thị Mỹ Hạnh, Phó Bí thư Tỉnh ủy. Ban Kiểm phiếu gồm 7 đồng chí, do Thượng tá Triệu Văn Khang, Trưởng phòng Tổ chức cán bộ làm Trưởng ban. Ban Chỉ đạo phòng, chống tham nhũng do đồng chí Lê Văn An, Bí thư Tỉnh ủy làm Trưởng ban. Mở màn là tiết mục khèn do Nghệ nhân Ưu tú Sùng A Lử dàn dựng, với sự tham gia của 50 nghệ nhân.";
    expect(meetings(text, { publishedAt: "2025-07-18" }).map((m) => m.attendedBy)).toEqual([["Trần Thị Mỹ Hạnh", "Triệu Văn Khang"]]);
  });
});

describe("chairs joined by 'cùng', a council's hearing, and the reporter's scene", () => {
  it("makes those the chair chairs with chairs too ('X chủ trì hội nghị cùng các đồng chí: A, …; B, …'), and reads a council's accountability hearing as a meeting", () => {
    const text = "Quán triệt Nghị quyết 71\n\nSáng 14/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị cùng các đồng chí: Nguyễn Thị Kim Oanh, Phó Bí thư Thường trực Tỉnh ủy; Hồ Sỹ Tường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh. Cùng dự có đồng chí Lê Văn Cường, Trưởng Ban Tổ chức Tỉnh ủy.";
    expect(meetings(text, { publishedAt: "2025-10-14" }).map((m) => [m.chairedBy, m.attendedBy])).toEqual([
      [["Nguyễn Văn An", "Nguyễn Thị Kim Oanh", "Hồ Sỹ Tường"], ["Lê Văn Cường"]],
    ]);
    const hearing = "Giải trình về bảo hiểm y tế\n\nChiều 27/11, Thường trực HĐND tỉnh Phú Thọ tổ chức phiên giải trình về việc thực hiện chính sách bảo hiểm y tế. Đồng chí Bạch Văn Tiến, Phó Chủ tịch Thường trực HĐND tỉnh chủ trì phiên giải trình.";
    expect(meetings(hearing, { publishedAt: "2025-11-28" }).map((m) => [m.date, m.chairedBy])).toEqual([["2025-11-27", ["Bạch Văn Tiến"]]]);
  });

  it("does not place one who speaks in the scene the reporter saw ('Có mặt tại tuyến đường …, phóng viên ghi nhận …')", () => {
    const text = "Sơ kết Chỉ thị 08\n\nSáng 6/3, Đảng ủy xã Tây Thụy Anh tổ chức hội nghị sơ kết Chỉ thị số 08-CT/TU. Đồng chí Lê Văn An, Bí thư Đảng ủy xã chủ trì hội nghị.\nCó mặt tại tuyến đường trục thôn Hưng Đạo đang được thi công, phóng viên ghi nhận không khí lao động khẩn trương. Anh Trần Văn Quý (45 tuổi, thôn Hưng Đạo) chia sẻ: \"Nhà tôi hiến 60 m²\".";
    expect(meetings(text, { publishedAt: "2026-03-07" }).map((m) => [m.chairedBy, m.attendedBy])).toEqual([[["Lê Văn An"], []]]);
  });
});

describe("speakers placed by their speech", () => {
  it("places one whose speech the text tells ('phần phát biểu của anh X') and one who speaks frankly ('X thẳng thắn: “…”')", () => {
    const text = "Tổng kết công tác bảo trợ xã hội\n\nSáng 13/1, Trung tâm Bảo trợ xã hội tổng hợp tỉnh tổ chức hội nghị tổng kết năm 2025. Đồng chí Trần Minh Khoa, Giám đốc Trung tâm chủ trì hội nghị. Xúc động hơn cả là phần phát biểu của anh Rơ Mah Tuấn, sinh viên năm cuối Trường Đại học Quy Nhơn. Đại diện doanh nghiệp, ông Trịnh Quốc Bảo, Tổng Giám đốc Công ty Cổ phần Thiết kế vi mạch Sao Việt thẳng thắn: \"Sinh viên thiếu kinh nghiệm\".";
    expect(meetings(text, { publishedAt: "2026-01-13" }).map((m) => m.attendedBy)).toEqual([["Rơ Mah Tuấn", "Trịnh Quốc Bảo"]]);
  });
});

describe("days told by weekday", () => {
  it("dates a meeting told by its weekday from the day of publication ('Chiều thứ Năm vừa qua', 'Sáng thứ Tư tuần trước')", () => {
    const lastThursday = "Làm việc với xã Đồng Văn\n\nChiều thứ Năm vừa qua, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Đồng Văn. Đồng chí Vương Đình Khải, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc.";
    // Published on a Saturday: the Thursday two days before.
    expect(meetings(lastThursday, { publishedAt: "2025-11-15" }).map((m) => m.date)).toEqual(["2025-11-13"]);
    const lastWeek = "Quán triệt Nghị quyết 71\n\nSáng thứ Tư tuần trước, Đảng ủy xã Khoái Châu tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW. Đồng chí Đào Văn Thịnh, Bí thư Đảng ủy xã chủ trì hội nghị.";
    // Published on a Monday: the Wednesday of the week before.
    expect(meetings(lastWeek, { publishedAt: "2025-11-03" }).map((m) => m.date)).toEqual(["2025-10-29"]);
  });

  it("does not take a day something is done by for a meeting's ('đến sáng 12/10 mới cấp nước trở lại')", () => {
    const text = "Bảo đảm nước sạch sau lũ\n\nNgày 13/10, đoàn công tác của UBND tỉnh do đồng chí Đinh Quang Trường, Phó Chủ tịch UBND tỉnh dẫn đầu đã kiểm tra công tác khắc phục sau lũ.\nNhà máy phải dừng cấp nước 4 ngày; đến sáng 12/10 mới cấp nước trở lại.\nChiều cùng ngày, đoàn công tác làm việc với UBND xã Phú Bình và các đơn vị cấp nước.";
    expect(meetings(text, { publishedAt: "2025-10-14" }).map((m) => m.date)).toEqual(["2025-10-13"]);
  });
});

describe("days and places that are not a meeting's", () => {
  it("does not take a day that ends a venue's name for the meeting's ('tại Nhà văn hóa Trung tâm 19/5')", () => {
    const text = "Ngành Giáo dục triển khai năm học mới\n\nSáng 20/9, tại Nhà văn hóa Trung tâm 19/5, Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết năm học. Đồng chí Phạm Xuân Hòa, Giám đốc Sở Giáo dục và Đào tạo chủ trì hội nghị.";
    expect(meetings(text, { publishedAt: "2025-09-20" }).map((m) => [m.date, m.chairedBy])).toEqual([["2025-09-20", ["Phạm Xuân Hòa"]]]);
  });

  it("places one who speaks within the programme of a training ('Trong chương trình tập huấn, X hướng dẫn …'), and does not take the congresses at every level for the meeting ('Đại hội đảng bộ các cấp … theo đúng Chỉ thị …')", () => {
    const text = "Tập huấn cán bộ xã\n\nSáng 19/8, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tập huấn cho cán bộ xã. Trong chương trình tập huấn, Phó Giám đốc Sở Nội vụ Triệu Đức Minh hướng dẫn các nội dung về vị trí việc làm. Đại hội đảng bộ các cấp được chuẩn bị và tổ chức theo đúng Chỉ thị số 45-CT/TW của Bộ Chính trị.";
    expect(meetings(text, { publishedAt: "2025-08-19" }).map((m) => [m.attendedBy, m.implements])).toEqual([[["Triệu Đức Minh"], []]]);
  });
});

describe("startups and observances", () => {
  it("dates a meeting by its own day, not an observance's in parentheses ('Chiều 10/10, nhân kỷ niệm Ngày Doanh nhân Việt Nam (13/10), …'), and reads a startup festival opened as a meeting", () => {
    const dialogue = "Đối thoại với doanh nhân trẻ\n\nChiều 10/10, nhân kỷ niệm Ngày Doanh nhân Việt Nam (13/10), Ban Chỉ đạo tỉnh Tây Ninh tổ chức hội nghị gặp mặt, đối thoại với doanh nhân trẻ. Đồng chí Trần Quốc Khải, Bí thư Tỉnh ủy chủ trì hội nghị.";
    expect(meetings(dialogue, { publishedAt: "2025-10-10" }).map((m) => [m.date, m.chairedBy])).toEqual([["2025-10-10", ["Trần Quốc Khải"]]]);
    const festival = "Khai mạc Techfest\n\nSáng 14/11, UBND tỉnh Bắc Ninh khai mạc Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Bắc Ninh năm 2025. Dự lễ khai mạc có đồng chí Đoàn Hữu Phước, Phó Chủ tịch UBND tỉnh.";
    expect(meetings(festival, { publishedAt: "2025-11-14" }).map((m) => [m.date, m.attendedBy])).toEqual([["2025-11-14", ["Đoàn Hữu Phước"]]]);
    const admitted = "Kết nạp đảng viên là công nhân\n\nSáng 19/9, Chi bộ Công ty TNHH Cơ khí chính xác Đình Vũ tổ chức Lễ kết nạp đảng viên mới cho 3 quần chúng ưu tú là công nhân. Đồng chí Lương Văn Khải, Bí thư Chi bộ chủ trì buổi lễ.";
    expect(meetings(admitted, { publishedAt: "2025-09-19" }).map((m) => [m.date, m.chairedBy])).toEqual([["2025-09-19", ["Lương Văn Khải"]]]);
  });

  it("gives 'Hội nghị do X chủ trì' right after deputies' meeting with voters set apart to that meeting, whose formal name is 'Hội nghị tiếp xúc cử tri'", () => {
    const text = "Tiêu đề\n\nNgày 19/12, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị sơ kết 1 năm thực hiện Nghị quyết số 57-NQ/TW. Đồng chí Hà Quang Thiện, Bí thư Tỉnh ủy chủ trì hội nghị.\n\nTrước đó, ngày 17/12, Đoàn ĐBQH tỉnh do đồng chí Hà Quang Thiện dẫn đầu đã tiếp xúc cử tri xã Hàm Yên. Hội nghị do đồng chí Nông Văn Sinh, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì.";
    expect(meetings(text, { publishedAt: "2025-12-19" })).toEqual([
      { date: "2025-12-19", chairedBy: ["Hà Quang Thiện"], attendedBy: [], implements: ["57-NQ/TW"] },
      { date: "2025-12-17", chairedBy: ["Nông Văn Sinh"], attendedBy: ["Hà Quang Thiện"], implements: [] },
    ]);
  });

  it("places those the meeting honours in a list ('Các cá nhân được khen thưởng gồm: …'), not one honoured for whom another received ('… nhận thay')", () => {
    const text = "Tiêu đề\n\nSáng 2/12, UBND tỉnh tổ chức phiên họp thường kỳ tháng 11. Đồng chí Đinh Công Hậu, Chủ tịch UBND tỉnh chủ trì phiên họp.\n\nKết thúc phiên họp, Chủ tịch UBND tỉnh trao Bằng khen cho 4 cá nhân. Các cá nhân được khen thưởng gồm: Trung tá Phan Văn Lợi, Trưởng Công an xã Diên Khánh; ông Lê Văn Hòa, Chỉ huy trưởng Ban Chỉ huy quân sự phường. Anh Trần Văn Tâm, trú tại phường Bắc Nha Trang, cũng được khen thưởng, đại diện gia đình nhận thay.";
    expect(meetings(text, { publishedAt: "2025-12-02" })).toEqual([
      { date: "2025-12-02", chairedBy: ["Đinh Công Hậu"], attendedBy: ["Phan Văn Lợi", "Lê Văn Hòa"], implements: [] },
    ]);
  });

  it("does not make a roundup's lead over several days ('đã tổ chức nhiều hội nghị, buổi làm việc') one meeting that takes in those held within it", () => {
    const text = "Tiêu đề\n\nTrong tuần từ ngày 11 đến 15/5, Tỉnh ủy và các địa phương đã tổ chức nhiều hội nghị, buổi làm việc.\n\nNgày 11/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai Nghị quyết số 08-NQ/TU. Đồng chí Hoàng Đăng Khoa, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.\n\nNgày 13/5, Ban Chỉ huy Phòng thủ dân sự tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2026. Ông Phan Đình Lợi, Chủ tịch UBND tỉnh chủ trì hội nghị.";
    expect(meetings(text, { publishedAt: "2026-05-16" })).toEqual([
      { date: "2026-05-11", chairedBy: ["Hoàng Đăng Khoa"], attendedBy: [], implements: ["08-NQ/TU"] },
      { date: "2026-05-13", chairedBy: ["Phan Đình Lợi"], attendedBy: [], implements: [] },
    ]);
  });

  it("places one who goes over the results at the meeting ('X điểm lại kết quả …')", () => {
    const text = "Tiêu đề\n\nNgày 19/3, Trung ương Hội LHPN Việt Nam tổ chức hội nghị triển khai Đề án. Bà Hà Thị Nga, Chủ tịch Hội chủ trì hội nghị. Mở đầu hội nghị, đồng chí Đinh Thị Phương Lan, Phó Chủ tịch Hội điểm lại kết quả 8 năm thực hiện Đề án.";
    expect(meetings(text, { publishedAt: "2026-03-19" })[0]!.attendedBy).toEqual(["Đinh Thị Phương Lan"]);
  });

  it("gives what an intertitle cites to the meeting of the paragraph it heads, not to the one before it", () => {
    const text = "Tiêu đề\n\nUBND tỉnh họp phiên thường kỳ tháng 11\n\nNgày 19/11, Chủ tịch UBND tỉnh Tạ Quốc Dũng chủ trì phiên họp thường kỳ tháng 11 của UBND tỉnh.\n\nPhường Long Châu quán triệt Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW\n\nNgày 21/11, Đảng ủy phường Long Châu tổ chức hội nghị học tập, quán triệt các nghị quyết này. Đồng chí Lê Văn Hùng, Bí thư Đảng ủy phường chủ trì hội nghị.";
    expect(meetings(text, { publishedAt: "2025-11-22" })).toEqual([
      { date: "2025-11-19", chairedBy: ["Tạ Quốc Dũng"], attendedBy: [], implements: [] },
      { date: "2025-11-21", chairedBy: ["Lê Văn Hùng"], attendedBy: [], implements: ["66-NQ/TW", "68-NQ/TW"] },
    ]);
  });

  it("places those who came with a visitor ('Đi cùng Đại sứ có ông X')", () => {
    const text = "Tiêu đề\n\nChiều 18/11, đồng chí Nguyễn Đình Toàn, Chủ tịch UBND tỉnh đã tiếp và làm việc với ông Kang Min-seok, Đại sứ Hàn Quốc tại Việt Nam. Đi cùng Đại sứ có ông Park Jae-hoon, Tham tán Thương mại.";
    expect(meetings(text, { publishedAt: "2025-11-18" })[0]!.attendedBy).toEqual(["Nguyễn Đình Toàn", "Kang Min-seok", "Park Jae-hoon"]);
  });

  it("reads an earlier meeting whose long name runs straight into 'được tổ chức ngày …', without a comma, and not one that 'sẽ được tổ chức'", () => {
    const text = "Tiêu đề\n\nNgày 8/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW. Đồng chí Nguyễn Hữu Nghĩa, Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí nhấn mạnh, ngay sau Hội nghị toàn quốc quán triệt Nghị quyết số 71-NQ/TW và Nghị quyết số 72-NQ/TW của Bộ Chính trị được tổ chức ngày 16/9, tỉnh đã chuẩn bị chu đáo. Hội nghị tổng kết năm học sẽ được tổ chức ngày 20/10.";
    expect(meetings(text, { publishedAt: "2025-10-08" }).map((m) => [m.date, m.implements])).toEqual([
      ["2025-10-08", ["71-NQ/TW"]],
      ["2025-09-16", ["71-NQ/TW", "72-NQ/TW"]],
    ]);
  });

  it("reads what a meeting named in a 'khi' clause carries out ('Đó là yêu cầu của X khi phát biểu kết luận Hội nghị sơ kết … thực hiện Nghị quyết …')", () => {
    const text = "Nghệ An: “Không để Nghị quyết 57 nằm trên giấy”\n\n“Không để nghị quyết nằm trên giấy”.\n\nĐó là yêu cầu của đồng chí Thái Văn Hưởng, Bí thư Tỉnh ủy, khi phát biểu kết luận Hội nghị sơ kết một năm thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Hội nghị do Ban Thường vụ Tỉnh ủy tổ chức sáng 26/12.";
    expect(meetings(text, { publishedAt: "2025-12-26" }).map((m) => [m.date, m.implements])).toEqual([["2025-12-26", ["57-NQ/TW"]]]);
  });

  it("does not take congresses 'at all levels' for one held, and reads an earlier meeting held on a day by the body that held it ('do Bộ Chính trị tổ chức ngày …')", () => {
    const text = "Tiêu đề\n\nSáng 8/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị. Năm 2025, ngành đã tuyên truyền tốt đại hội đảng bộ các cấp và Quốc khánh 2/9. Ngay sau Hội nghị toàn quốc quán triệt, triển khai Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới và Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân do Bộ Chính trị tổ chức ngày 18/5/2025, tỉnh đã ban hành kế hoạch.";
    expect(meetings(text, { publishedAt: "2026-01-08" }).map((m) => [m.date, m.implements])).toEqual([
      ["2026-01-08", []],
      ["2025-05-18", ["66-NQ/TW", "68-NQ/TW"]],
    ]);
  });

  it("does not take counted meetings or congresses for one held ('hơn 2.100 hội nghị', '124 đảng bộ … đã tổ chức xong đại hội'), while several communes' one conference stays ('Cụm thi đua gồm 6 xã … tổ chức hội nghị')", () => {
    const text = "Tiêu đề\n\nChiều 10/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị. Từ ngày 6/5 đến ngày 5/6/2025, toàn tỉnh đã tổ chức hơn 2.100 hội nghị lấy ý kiến. Đến ngày 20/8, toàn bộ 124 đảng bộ xã, phường đã tổ chức xong đại hội.";
    expect(meetings(text, { publishedAt: "2025-06-10" }).map((m) => m.date)).toEqual(["2025-06-10"]);
    const cluster = "Tiêu đề\n\nNgày 27/3, tại xã Đồng Văn, Cụm thi đua số 1 gồm 6 xã là Đồng Văn, Lũng Cú, Sà Phìn, Phố Bảng, Mèo Vạc và Sơn Vĩ tổ chức hội nghị giao ban quý I. Đồng chí Vàng Seo Chứ, Bí thư Đảng ủy xã chủ trì hội nghị.";
    expect(meetings(cluster, { publishedAt: "2026-03-27" }).map((m) => [m.date, m.chairedBy])).toEqual([["2026-03-27", ["Vàng Seo Chứ"]]]);
  });

  it("reads what 'one of several' congresses carries out ('Đây là một trong ba đại hội điểm … được lựa chọn để thực hiện Chỉ thị …'), and not a document a sentence opens with for the province's stance ('Quán triệt Nghị quyết …, tỉnh luôn xác định …')", () => {
    const text = "Tiêu đề\n\nTrong hai ngày 24 và 25/7, Đảng bộ xã Phù Mỹ Đông tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là một trong ba đại hội điểm cấp xã được Ban Thường vụ Tỉnh ủy lựa chọn để thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị. Quán triệt Nghị quyết số 36-NQ/TW của Bộ Chính trị, tỉnh luôn xác định kiều bào là nguồn lực quan trọng.";
    expect(meetings(text, { publishedAt: "2025-07-26" }).map((m) => [m.date, m.implements])).toEqual([["2025-07-24", ["45-CT/TW"]]]);
  });

  it("places those a table lists as coming up to be honoured at the meeting, and not one the reporter meets in the everyday ('Tại …, mỗi buổi sáng …')", () => {
    const text = "Tiêu đề\n\nNgày 26/12, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết. Đồng chí Dương Khắc Huy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Trong số các cá nhân lên nhận Bằng khen tại hội nghị có:\n\nTT\tHọ và tên\tChức vụ\n1\tTrần Thị Bích Ngọc\tPhó Bí thư Đảng ủy phường\n2\tVõ Đình Luân\tBí thư Đảng ủy xã\n\nỞ xã, thay đổi bắt đầu từ việc nhỏ\n\nTại Trung tâm phục vụ hành chính công xã Diễn Châu, mỗi buổi sáng có hàng chục người dân đến làm thủ tục. Chủ tịch UBND xã Diễn Châu Phan Văn Đức cho biết, xã đã lập tổ công nghệ số.";
    expect(meetings(text, { publishedAt: "2025-12-27" })).toEqual([
      { date: "2025-12-26", chairedBy: ["Dương Khắc Huy"], attendedBy: ["Trần Thị Bích Ngọc", "Võ Đình Luân"], implements: [] },
    ]);
  });

  it("keeps a paragraph opening 'Tại hội thảo, …' with the workshop recalled aside, not the ceremony reported", () => {
    const text = "Tiêu đề\n\nTối 17/8, Tỉnh ủy tổ chức Lễ kỷ niệm 60 năm Chiến thắng Vạn Tường. Dự lễ kỷ niệm có đồng chí Trịnh Quốc Bảo, Phó Chủ tịch Quốc hội.\n\nTrước đó, sáng 15/8, Tỉnh ủy tổ chức Hội thảo khoa học. Đồng chí Trương Công Minh chủ trì hội thảo.\n\nTại hội thảo, ông Phan Xuân Lạc, nguyên Phó Chính ủy Trung đoàn 1, đã kể lại quá trình.";
    expect(meetings(text, { publishedAt: "2025-08-18" })).toEqual([
      { date: "2025-08-17", chairedBy: [], attendedBy: ["Trịnh Quốc Bảo"], implements: [] },
      { date: "2025-08-15", chairedBy: ["Trương Công Minh"], attendedBy: ["Phan Xuân Lạc"], implements: [] },
    ]);
  });

  it("places a quotation's speaker named after it in a paragraph opened at the meeting, not one quoted elsewhere", () => {
    const head = "Tiêu đề\n\nNgày 11/12, Đảng ủy xã Mèo Vạc tổ chức hội nghị quán triệt Chỉ thị số 07-CT/TU. Đồng chí Lê Văn An, Bí thư Đảng ủy xã chủ trì hội nghị.\n\n";
    const quote = "“Thanh niên đi làm ăn xa nhiều. Chúng tôi mong xã có cách theo dõi”, ông Giàng Seo Pử, Bí thư Chi bộ thôn Sủng Nhỉ nói.";
    expect(meetings(`${head}Tại hội nghị, đại diện một số chi bộ thẳng thắn nêu khó khăn. ${quote}`, { publishedAt: "2025-12-12" })[0]!.attendedBy).toEqual(["Giàng Seo Pử"]);
    expect(meetings(`${head}${quote}`, { publishedAt: "2025-12-12" })[0]!.attendedBy).toEqual([]);
  });

  it("reads a deputy minister of Foreign Affairs as chairing ('Bộ Ngoại giao' gives no task), and places those who speak in a paragraph set at the meeting", () => {
    const text = "Tiêu đề\n\nNgày 16/12, Bộ Ngoại giao tổ chức hội nghị tổng kết công tác đối ngoại địa phương. Thứ trưởng Bộ Ngoại giao Ngô Trọng Khải chủ trì hội nghị.\n\nNhiều ý kiến từ cơ sở được nêu thẳng thắn tại hội nghị. Ông Rơ Mah Blưk, Bí thư Chi bộ, Trưởng làng Plei Ngol kể: \"Trước đây bà con phải đi xa.\"\n\nÔng Lê Văn Tâm, Trưởng thôn 3 kể: \"Thôn đã làm đường.\"";
    expect(meetings(text, { publishedAt: "2025-12-16" })).toEqual([
      { date: "2025-12-16", chairedBy: ["Ngô Trọng Khải"], attendedBy: ["Rơ Mah Blưk"], implements: [] },
    ]);
  });

  it("reads a session's closing days after its opening as the same session ('Bế mạc kỳ họp chiều 9/4')", () => {
    const text = "Tiêu đề\n\nSáng 8/4, HĐND tỉnh khai mạc Kỳ họp thứ nhất. Đồng chí Trương Thị Ngọc Bích, Chủ tịch HĐND tỉnh chủ trì kỳ họp.\n\nBế mạc kỳ họp chiều 9/4, Chủ tịch HĐND tỉnh Trương Thị Ngọc Bích đề nghị các đại biểu tiếp xúc cử tri.";
    expect(extract(text, { publishedAt: "2026-04-09" }).meetings.map((m) => [m.date, m.endDate, m.chairedBy])).toEqual([["2026-04-08", "2026-04-09", ["Trương Thị Ngọc Bích"]]]);
  });

  it("reads one re-elected ('tái đắc cử Chủ tịch UBND phường') as holding the office and elected, and places those just elected who are introduced after an opening clause", () => {
    const text = "Tiêu đề\n\nNgày 10/4, HĐND phường Đồng Hới tổ chức kỳ họp thứ nhất. Đồng chí Ngô Thị Bích Thủy, Bí thư Đảng ủy phường chủ trì kỳ họp. Đồng chí Hoàng Văn Đạt, Phó Bí thư Đảng ủy phường tái đắc cử Chủ tịch UBND phường. Ngay sau đó, các đồng chí vừa được bầu đã ra mắt kỳ họp và phát biểu nhận nhiệm vụ.";
    const e = extract(text, { publishedAt: "2026-04-10" });
    expect(e.persons.find((p) => p.name === "Hoàng Văn Đạt")!.offices).toEqual(["Phó Bí thư Đảng ủy phường", "Chủ tịch Ủy ban nhân dân phường"]);
    expect(e.meetings.map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([["2026-04-10", ["Ngô Thị Bích Thủy"], ["Hoàng Văn Đạt"]]]);
  });
  it("does not place one who sent another in their place ('đồng chí X … đã ủy quyền đồng chí Y … dự'), and places the one sent", () => {
    const text = "Tiêu đề\n\nNgày 8/1, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị tổng kết. Đồng chí Châu Văn Hòa, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì hội nghị. Do bận công tác đột xuất, đồng chí Lê Hoàng Duyệt, Bí thư Tỉnh ủy đã ủy quyền đồng chí Trần Phước Lộc, Phó Bí thư Thường trực Tỉnh ủy, dự và phát biểu chỉ đạo hội nghị.";
    expect(meetings(text, { publishedAt: "2026-01-09" })).toEqual([{ date: "2026-01-08", chairedBy: ["Châu Văn Hòa"], attendedBy: ["Trần Phước Lộc"], implements: [] }]);
  });

  it("places those who lead the programme, present it or worry aloud ('dẫn chương trình', 'thông qua chương trình', 'trăn trở:'), and those recognised ('nhận bằng công nhận')", () => {
    const text = "Tiêu đề\n\nNgày 12/3, Đảng ủy xã Tân Thuận tổ chức hội nghị. Đồng chí Lê Văn An, Bí thư Đảng ủy xã chủ trì hội nghị. Đồng chí Mai Thị Ngọc Trâm, Chánh Văn phòng Đảng ủy xã dẫn chương trình hội nghị. Đồng chí Đoàn Văn Tâm, Phó Hiệu trưởng Trường Chính trị tỉnh đã thông qua chương trình lớp học. Nghệ nhân Hoàng Văn Sinh, Chủ nhiệm Hợp tác xã Chạm bạc Kim Ngân, trăn trở: \"Thợ giỏi còn nhiều\". Cùng nhận bằng công nhận tại hội nghị có ông Trương Văn Nhựt, Giám đốc Công ty Kẹo dừa Bến Tre.";
    expect(meetings(text, { publishedAt: "2026-03-12" })[0]!.attendedBy).toEqual(["Mai Thị Ngọc Trâm", "Đoàn Văn Tâm", "Hoàng Văn Sinh", "Trương Văn Nhựt"]);
  });

  it("places nobody and carries out nothing at an occasion back then ('Tại hội nghị … hồi đầu tháng 10, …')", () => {
    const text = "Tiêu đề\n\nNgày 20/10, Đảng ủy xã Cam Lâm tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW. Đồng chí Phạm Ngọc Duy, Bí thư Đảng ủy xã chủ trì hội nghị.\n\nTại hội nghị quán triệt cấp tỉnh hồi đầu tháng 10, đồng chí Lê Hoài Sơn, Bí thư Tỉnh ủy đã yêu cầu mỗi xã phải có kế hoạch cụ thể.\n\nTại Hội nghị toàn quốc quán triệt Nghị quyết số 66-NQ/TW hồi tháng 5, Tổng Bí thư nhấn mạnh thể chế phải đi trước.";
    expect(meetings(text, { publishedAt: "2025-10-21" })).toEqual([{ date: "2025-10-20", chairedBy: ["Phạm Ngọc Duy"], attendedBy: [], implements: ["71-NQ/TW"] }]);
  });

  it("does not give a past chair told with the post held then ('khi đó là', no day) to the meeting reported", () => {
    const text = "Tiêu đề\n\nNgày 4/11, Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy UBND tỉnh. Đồng chí Lê Văn Hiền, Bí thư Tỉnh ủy chủ trì buổi làm việc.\n\nMô hình được khởi xướng từ năm 2022, khi đồng chí Trịnh Quốc Hưng, lúc bấy giờ là Bí thư Huyện ủy Chợ Lách, trực tiếp chủ trì các buổi gặp gỡ doanh nghiệp.";
    expect(meetings(text, { publishedAt: "2025-11-05" })).toEqual([{ date: "2025-11-04", chairedBy: ["Lê Văn Hiền"], attendedBy: [], implements: [] }]);
  });

  it("reads a course closed ('tổ chức bế giảng lớp …') as a meeting, and a course opened as carrying out what the course is held for", () => {
    const text = "Tiêu đề\n\nSáng 9-3, Ban Tổ chức Tỉnh ủy khai giảng lớp bồi dưỡng cho cấp ủy viên. Đồng chí Võ Thanh Hải, Hiệu trưởng Trường Chính trị chủ trì lễ khai giảng.\n\nTheo kế hoạch, lớp bồi dưỡng được tổ chức nhằm cụ thể hóa Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy.\n\nTrước đó, ngày 10/3, Trường Chính trị tỉnh đã tổ chức bế giảng lớp Trung cấp lý luận chính trị. Đồng chí Vũ Đình Khải, Phó Hiệu trưởng chủ trì buổi lễ.";
    expect(meetings(text, { publishedAt: "2026-03-11" })).toEqual([
      { date: "2026-03-09", chairedBy: ["Võ Thanh Hải"], attendedBy: [], implements: ["07-CT/TU"] },
      { date: "2026-03-10", chairedBy: ["Vũ Đình Khải"], attendedBy: [], implements: [] },
    ]);
  });

  it("carries out a document said in the passive to be disseminated at the meeting ('Chỉ thị 04-CT/TU đã được … quán triệt tại hội nghị … chiều 24-2')", () => {
    const text = "Tiêu đề\n\nSáng 3-3, Đảng ủy phường Bến Thành tổ chức hội nghị quán triệt Chỉ thị số 04-CT/TU của Ban Thường vụ Thành ủy.\n\nChỉ thị 04-CT/TU đã được Ban Thường vụ Thành ủy quán triệt tại hội nghị trực tuyến chiều 24-2 do đồng chí Tôn Thất Minh, Phó Bí thư Thành ủy chủ trì.";
    expect(meetings(text, { publishedAt: "2026-03-04" }).map((m) => [m.date, m.implements])).toEqual([["2026-03-03", ["04-CT/TU"]], ["2026-02-24", ["04-CT/TU"]]]);
  });

  it("places nobody in a street scene of these days ('Trên phố Hàng Bông những ngày này, …')", () => {
    const text = "Tiêu đề\n\nNgày 13/10, Đảng ủy phường Hoàn Kiếm tổ chức hội nghị. Đồng chí Lê Thu Hà, Bí thư Đảng ủy phường chủ trì hội nghị.\n\nTrên phố Hàng Bông những ngày này, vỉa hè đã thông thoáng hơn. Bà Nguyễn Thị Hoa, chủ một cửa hàng giày dép, chia sẻ: \"Khách vào đông hơn\".";
    expect(meetings(text, { publishedAt: "2025-10-14" })[0]!.attendedBy).toEqual([]);
  });
  it("places one whose view a discussion paragraph cites ('Thảo luận tại buổi làm việc, … Theo đồng chí X, …'), not figures cited in a report's paragraph", () => {
    const head = "Tiêu đề\n\nNgày 18/11, Ban Thường vụ Tỉnh ủy làm việc với Sở Khoa học và Công nghệ. Đồng chí Lê Văn Hiền, Bí thư Tỉnh ủy chủ trì buổi làm việc.\n\n";
    const view = "Theo đồng chí Lưu Minh Trí, Giám đốc Sở Khoa học và Công nghệ, khó khăn lớn nhất hiện nay là hạ tầng.";
    expect(meetings(`${head}Thảo luận tại buổi làm việc, các đại biểu tập trung phân tích những điểm nghẽn. ${view}`, { publishedAt: "2025-11-19" })[0]!.attendedBy).toEqual(["Lưu Minh Trí"]);
    expect(meetings(`${head}Tại buổi làm việc, Sở Khoa học và Công nghệ trình bày báo cáo. ${view}`, { publishedAt: "2025-11-19" })[0]!.attendedBy).toEqual([]);
  });

  it("places the speakers a box sums up under a heading set at the meeting ('Ý kiến của một số sở, ngành tại phiên họp:'), not an interview's speaker", () => {
    const head = "Tiêu đề\n\nNgày 3/12, UBND thành phố họp phiên thường kỳ tháng 11. Đồng chí Trần Văn Lâu, Chủ tịch UBND thành phố chủ trì phiên họp.\n\n";
    const box = "Đồng chí Trương Minh Hiếu - Giám đốc Sở Tài chính: Cần tập trung cao độ cho giải ngân vốn đầu tư công.\n\nĐồng chí Phan Thị Cẩm Tú - Giám đốc Sở Y tế: Ngành y tế đã sẵn sàng.";
    expect(meetings(`${head}Ý kiến của một số sở, ngành tại phiên họp:\n\n${box}`, { publishedAt: "2025-12-03" })[0]!.attendedBy).toEqual(["Trương Minh Hiếu", "Phan Thị Cẩm Tú"]);
    expect(meetings(`${head}${box}`, { publishedAt: "2025-12-03" })[0]!.attendedBy).toEqual([]);
  });

  it("places nobody in a month gone by ('Tháng 9 vừa qua, ông X … đã phản ánh'), and places a talk's moderator and one presenting the content", () => {
    const text = "Tiêu đề\n\nNgày 4/12, Đảng ủy xã Cam Lộ tổ chức tọa đàm. Đồng chí Nguyễn Đăng Khoa, Bí thư Đảng ủy xã chủ trì tọa đàm. Tọa đàm do đồng chí Nguyễn Tấn Phát, Chủ tịch Ủy ban MTTQ Việt Nam xã dẫn dắt. Đồng chí Trương Thị Bé Ba, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã, thông qua nội dung chương trình phối hợp.\n\nTháng 9 vừa qua, ông Hồ Văn Lựu, Trưởng thôn Tân Hiếu đã kịp thời phản ánh việc một số hộ dân băn khoăn.";
    expect(meetings(text, { publishedAt: "2025-12-05" })[0]!.attendedBy).toEqual(["Nguyễn Tấn Phát", "Trương Thị Bé Ba"]);
  });

  it("carries out what a signing is for ('Việc ký kết nhằm triển khai Chỉ thị số 04-CT/TU …')", () => {
    const text = "Tiêu đề\n\nChiều 21/5, Đài Khí tượng thủy văn tỉnh và Bộ Chỉ huy Quân sự tỉnh tổ chức Hội nghị ký kết Quy chế phối hợp trong công tác cảnh báo thiên tai. Việc ký kết nhằm triển khai Chỉ thị số 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác phòng, chống thiên tai.";
    expect(meetings(text, { publishedAt: "2026-05-22" }).map((m) => m.implements)).toEqual([["04-CT/TU"]]);
  });
  it("does not place one the meeting puts up for an election ('thống nhất giới thiệu đồng chí X, …, để HĐND tỉnh bầu giữ chức …')", () => {
    const text = "Tiêu đề\n\nNgày 16/12, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ tư. Đồng chí Lê Văn Hùng, Bí thư Tỉnh ủy chủ trì hội nghị. Hội nghị cũng thống nhất giới thiệu đồng chí Nguyễn Thị Thu Hà, Tỉnh ủy viên, Giám đốc Sở Tài chính, để HĐND tỉnh bầu giữ chức Phó Chủ tịch UBND tỉnh tại kỳ họp gần nhất.";
    expect(meetings(text, { publishedAt: "2025-12-17" })).toEqual([{ date: "2025-12-16", chairedBy: ["Lê Văn Hùng"], attendedBy: [], implements: [] }]);
  });

  it("places one whose presence is told as 'sự góp mặt của', and nobody at a commune the team goes to after the meeting", () => {
    const text = "Tiêu đề\n\nSáng 17/3, Ban Chỉ đạo tỉnh tổ chức hội nghị triển khai tiêm phòng. Đồng chí Lê Văn Hải, Phó Chủ tịch UBND tỉnh chủ trì. Hội nghị còn có sự góp mặt của đồng chí Đỗ Hữu Phước, Trưởng Ban Nội chính Tỉnh ủy.\n\nNgay sau hội nghị, đoàn kiểm tra do đồng chí Lục Thị Hoa, Phó Giám đốc Sở Nông nghiệp và Môi trường làm trưởng đoàn đã đến xã Mường Khương kiểm tra công tác chuẩn bị. Anh Thào A Dế, thú y viên xã, cho biết: “Chúng tôi chia thành 4 tổ”.";
    expect(meetings(text, { publishedAt: "2026-03-18" })).toEqual([{ date: "2026-03-17", chairedBy: ["Lê Văn Hải"], attendedBy: ["Đỗ Hữu Phước"], implements: [] }]);
  });

  it("reads an exhibition opened earlier as a meeting ('Trước đó, chiều 7/1, Bảo tàng tỉnh đã khai mạc trưng bày chuyên đề …')", () => {
    const text = "Tiêu đề\n\nSáng 8/1, Sở Văn hóa tỉnh tổ chức Hội nghị tổng kết công tác năm 2025. Ông Lê Văn An, Giám đốc Sở chủ trì.\n\nTrước đó, chiều 7/1, Bảo tàng tỉnh đã khai mạc trưng bày chuyên đề “Thiên Trường” với gần 200 hiện vật. Đồng chí Vũ Đức Thịnh, Phó Giám đốc Sở Văn hóa dự.";
    expect(meetings(text, { publishedAt: "2026-01-09" })).toEqual([
      { date: "2026-01-08", chairedBy: ["Lê Văn An"], attendedBy: [], implements: [] },
      { date: "2026-01-07", chairedBy: [], attendedBy: ["Vũ Đức Thịnh"], implements: [] },
    ]);
  });

  it("carries out a document whose obstacles the meeting is held to remove ('tháo gỡ khó khăn, vướng mắc trong quá trình triển khai Nghị quyết …'), not one in background", () => {
    const lead = "Tiêu đề\n\nSáng 16/1, đồng chí Hà Quang Trọng, Chủ tịch UBND tỉnh chủ trì Hội nghị đối thoại với các hợp tác xã. ";
    expect(meetings(`${lead}Hội nghị nhằm nắm bắt, tháo gỡ khó khăn, vướng mắc trong quá trình triển khai Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.`, { publishedAt: "2026-01-16" })[0]!.implements).toEqual(["05-NQ/TU"]);
    expect(meetings(`${lead}Hội nghị nhằm nắm bắt tình hình sản xuất trong quá trình triển khai Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.`, { publishedAt: "2026-01-16" })[0]!.implements).toEqual([]);
  });

  it("places none of the late ('cố Tổng Bí thư X'), and takes a meeting's day from an aside ('Kết luận hội nghị (diễn ra ngày 12/12), …')", () => {
    const text = "Tiêu đề\n\nVừa qua, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết 1 năm thực hiện Nghị quyết số 57-NQ/TW. Đồng chí Đinh Văn Khải, Bí thư Tỉnh ủy chủ trì hội nghị.\n\nKết luận hội nghị (diễn ra ngày 12/12), đồng chí Bí thư Tỉnh ủy nhắc lại lời cố Tổng Bí thư Nguyễn Phú Trọng và ghi nhận kết quả.";
    expect(meetings(text, { publishedAt: "2025-12-19" })).toEqual([{ date: "2025-12-12", chairedBy: ["Đinh Văn Khải"], attendedBy: [], implements: ["57-NQ/TW"] }]);
  });

  it("carries out what the content the delegates took up is about ('Một nội dung được các đại biểu quan tâm là báo cáo kết quả … thực hiện Nghị quyết …')", () => {
    const text = "Tiêu đề\n\nNgày 4/11, UBND tỉnh họp phiên thường kỳ tháng 10. Đồng chí Lê Văn An, Chủ tịch UBND tỉnh chủ trì. Một nội dung được các đại biểu quan tâm là báo cáo kết quả 6 tháng thực hiện Chương trình hành động của UBND tỉnh thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị.";
    expect(meetings(text, { publishedAt: "2025-11-05" })[0]!.implements).toEqual(["68-NQ/TW"]);
  });

  it("places those an expanded plenum invites ('Thành phần mở rộng gồm đồng chí X'), and carries out what the draft a meeting comments on is made for", () => {
    const plenum = "Tiêu đề\n\nNgày 18/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 4 (mở rộng). Đồng chí Lê Văn An, Bí thư Tỉnh ủy chủ trì. Thành phần mở rộng gồm đồng chí Phùng Thế Dũng, nguyên Bí thư Tỉnh ủy; lãnh đạo các sở, ngành.";
    expect(meetings(plenum, { publishedAt: "2025-12-19" })[0]!.attendedBy).toEqual(["Phùng Thế Dũng"]);
    const draft = "Tiêu đề\n\nSáng 8/1, đồng chí Vương Quốc Hưng, Chủ tịch UBND thành phố chủ trì cuộc họp cho ý kiến vào dự thảo Kế hoạch hành động giảm phát thải khí nhà kính.\n\nKế hoạch được xây dựng để thực hiện Nghị quyết số 70-NQ/TW ngày 20/8/2025 của Bộ Chính trị.";
    expect(meetings(draft, { publishedAt: "2026-01-09" })[0]!.implements).toEqual(["70-NQ/TW"]);
  });

  it("carries out in each working session of an inspection what the lead says it inspects ('Từ ngày 10 đến 13/11, Đoàn kiểm tra … đã kiểm tra việc thực hiện Chỉ thị …')", () => {
    const text = "Tiêu đề\n\nTừ ngày 10 đến 13/11, Đoàn kiểm tra liên ngành của tỉnh đã kiểm tra việc thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư về phòng, chống tác hại của thuốc lá.\n\nSáng 10/11, đoàn làm việc với Bệnh viện Đa khoa tỉnh. Buổi làm việc do bà Kiều Thị Mỹ Dung, Phó Giám đốc Sở Y tế chủ trì.\n\nChiều 12/11, đoàn làm việc với Trường THPT Lương Văn Chánh. Buổi làm việc do ông Y Suôn Mlô, Phó Giám đốc Sở Giáo dục và Đào tạo chủ trì.";
    expect(meetings(text, { publishedAt: "2025-11-14" }).map((m) => [m.date, m.implements])).toEqual([["2025-11-10", ["12-CT/TW"]], ["2025-11-12", ["12-CT/TW"]]]);
    // The purpose told in a sentence of its own after the lead's day.
    const told = "Tiêu đề\n\nNgày 18/11, Đoàn kiểm tra liên ngành của UBND tỉnh đã kiểm tra công tác tổ chức nấu ăn tại bếp ăn bán trú Trường Tiểu học Mường Nhé. Đợt kiểm tra nằm trong kế hoạch kiểm tra việc thực hiện Chỉ thị số 14-CT/TU của Ban Thường vụ Tỉnh ủy.\n\nTiếp và làm việc với đoàn có đồng chí Sùng A Páo, Bí thư Đảng ủy xã.";
    expect(meetings(told, { publishedAt: "2025-11-19" }).map((m) => [m.date, m.implements])).toEqual([["2025-11-18", ["14-CT/TU"]]]);
  });

  it("dates the session after an inspection by the lead's day, also after a ranked byline and after 'Sau khi kiểm tra thực địa', and places those who went along on the inspection but not on a call", () => {
    const byline = "Tiêu đề\n\nBài và ảnh: Đại úy Vi Thành Đạt\n\nSáng 21/5, Đoàn kiểm tra của Ban Thường vụ Thành ủy đã kiểm tra việc thực hiện Chỉ thị số 47-CT/TW tại Đảng ủy phường Lê Chân. Đồng chí Lương Văn Quý, Phó Chủ tịch UBND thành phố và đồng chí Tạ Thị Bích Ngọc, Bí thư Đảng ủy phường đồng chủ trì buổi làm việc.\n\nTrước đó, ngày 20/5, đoàn đã làm việc với Đảng ủy Công an thành phố.";
    expect(meetings(byline, { publishedAt: "2026-05-22" }).map((m) => [m.date, m.chairedBy])).toEqual([["2026-05-21", ["Lương Văn Quý", "Tạ Thị Bích Ngọc"]], ["2026-05-20", []]]);
    const field = "Tiêu đề\n\nSáng 9/5, Phó Thủ tướng Trịnh Quốc Bảo đã kiểm tra tiến độ Dự án Cảng hàng không quốc tế Long Thành.\n\nCùng đi có Thứ trưởng Bộ Tài chính Giáp Thị Thu Trang.\n\nPhó Thủ tướng kiểm tra thi công nhà ga - Ảnh: VGP\n\nSau khi kiểm tra thực địa, Phó Thủ tướng Trịnh Quốc Bảo chủ trì cuộc họp với các bộ, ngành ngay tại công trường.";
    expect(meetings(field, { publishedAt: "2026-05-09" })).toEqual([{ date: "2026-05-09", chairedBy: ["Trịnh Quốc Bảo"], attendedBy: ["Giáp Thị Thu Trang"], implements: [] }]);
    const inspection = "Tiêu đề\n\nNgày 14/8, Đoàn kiểm tra của UBND tỉnh do đồng chí Kiều Văn Thịnh, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã kiểm tra thực tế tình trạng lấn chiếm đất rừng tại xã Cửa Việt.\n\nCùng đi có đồng chí Ngô Thị Thu Hà, Phó Giám đốc Sở Nông nghiệp và Môi trường.\n\nChiều cùng ngày, đồng chí Kiều Văn Thịnh chủ trì buổi làm việc với Đảng ủy, UBND xã Cửa Việt.";
    expect(meetings(inspection, { publishedAt: "2025-08-15" })[0]!.attendedBy).toContain("Ngô Thị Thu Hà");
    const call = inspection.replace("đã kiểm tra thực tế tình trạng lấn chiếm đất rừng", "đã đến thăm, tặng quà cán bộ, chiến sĩ Đồn Biên phòng");
    expect(meetings(call, { publishedAt: "2025-08-15" })[0]!.attendedBy).not.toContain("Ngô Thị Thu Hà");
  });

  it("carries out what a launch ceremony is held for ('Lễ phát động năm nay nhằm tiếp tục cụ thể hóa Chỉ thị …'), places one who warns ('cảnh báo'), and a chair named by 'đồng chí' and given name", () => {
    const launch = "Tiêu đề\n\nSáng 21/2, Tỉnh ủy, UBND tỉnh tổ chức Lễ phát động Tết trồng cây. Dự có đồng chí Nghiêm Xuân Hòa, Bí thư Tỉnh ủy.\n\nLễ phát động năm nay nhằm tiếp tục cụ thể hóa Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về phát triển rừng.";
    expect(meetings(launch, { publishedAt: "2026-02-21" })[0]!.implements).toEqual(["13-CT/TW"]);
    const council = "Tiêu đề\n\nNgày 10/3, Sở Khoa học và Công nghệ tổ chức phiên họp Hội đồng khoa học. Hội đồng do TS. Quách Minh Triều, Phó Giám đốc Sở Khoa học và Công nghệ làm Chủ tịch. Đồng chí Triều trực tiếp chủ trì phiên họp. PGS.TS Lại Minh Châu, Viện trưởng Viện Dinh dưỡng cảnh báo tỷ lệ thấp còi còn cao.";
    expect(meetings(council, { publishedAt: "2026-03-11" })).toEqual([{ date: "2026-03-10", chairedBy: ["Quách Minh Triều"], attendedBy: ["Lại Minh Châu"], implements: [] }]);
  });

  it("reports a session told without a day right after the earlier occasion it belongs to ('Trước đó, chiều 27-2, Thường trực Tỉnh ủy đã nghe báo cáo …. Đồng chí X chủ trì buổi làm việc'), and carries out what an inspection is held for ('Đợt kiểm tra nhằm đánh giá kết quả thực hiện Chỉ thị …')", () => {
    const text = "Tiêu đề\n\nSáng 3-3, Ban Chỉ huy Phòng thủ dân sự tỉnh họp khẩn về hạn, mặn. Đồng chí Lâm Quốc Thái, Chủ tịch UBND tỉnh chủ trì cuộc họp.\n\nTrước đó, chiều 27-2, Thường trực Tỉnh ủy đã nghe báo cáo nhanh tình hình hạn, mặn. Đồng chí Viên Hữu Khánh, Bí thư Tỉnh ủy chủ trì buổi làm việc. Đồng chí Bí thư Tỉnh ủy nhấn mạnh không để người dân thiếu nước.";
    expect(meetings(text, { publishedAt: "2026-03-04" }).map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([["2026-03-03", ["Lâm Quốc Thái"], []], ["2026-02-27", ["Viên Hữu Khánh"], []]]);
    // In a paragraph of its own, a sentence at the reported meeting is no session of that earlier day.
    const apart = "Tiêu đề\n\nSáng 31/1, Thành ủy tổ chức họp mặt kỷ niệm. Đồng chí Huỳnh Thanh Phong, Bí thư Thành ủy chủ trì.\n\nTrước đó, chiều 30/1, đồng chí Huỳnh Thanh Phong đã đến tận nhà riêng trao Huy hiệu Đảng.\n\nPhát biểu tại buổi họp mặt, đồng chí Bí thư Thành ủy chúc mừng các đảng viên.";
    expect(meetings(apart, { publishedAt: "2026-02-01" }).map((m) => m.date)).toEqual(["2026-01-31"]);
    const inspection = "Tiêu đề\n\nNgày 9/4, đoàn kiểm tra của UBND tỉnh đã kiểm tra thực tế các cơ sở sản xuất giống cá tra. Đợt kiểm tra nhằm đánh giá kết quả thực hiện Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy.\n\nChiều cùng ngày, bà Quách Thị Mộng Tuyền, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc với Sở Nông nghiệp.";
    expect(meetings(inspection, { publishedAt: "2026-04-10" })[0]!.implements).toEqual(["06-CT/TU"]);
  });

  it("carries out what the draft a working session is about is made for ('chủ trì buổi làm việc với … về dự thảo Đề án …')", () => {
    const text = "Tiêu đề\n\nNgày 5/3, Thứ trưởng Bộ Nông nghiệp và Môi trường Khổng Minh Tuấn chủ trì buổi làm việc với Cục Thủy sản và Kiểm ngư về dự thảo Đề án phát triển ngành hàng cá tra giai đoạn 2026 - 2030.\n\nĐề án được xây dựng nhằm cụ thể hóa Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn.";
    expect(meetings(text, { publishedAt: "2026-03-06" })[0]!.implements).toEqual(["19-NQ/TW"]);
  });

  it("places one reporting 'tại buổi làm việc' after the morning's field trip told in the middle of the report", () => {
    const text = "Tiêu đề\n\nChiều 10-4, đoàn công tác Bộ Nông nghiệp và Môi trường đã làm việc với UBND tỉnh Cà Mau về tình hình hạn hán. Thứ trưởng Nghiêm Xuân Lộc chủ trì buổi làm việc.\n\nBuổi sáng cùng ngày, đoàn đã khảo sát thực tế tại cống Ninh Quới.\n\nBáo cáo tại buổi làm việc, ông Hồ Ngọc Ẩn - Giám đốc Sở Nông nghiệp và Môi trường cho biết trên địa bàn tỉnh hầu như không có mưa.";
    expect(meetings(text, { publishedAt: "2026-04-11" })[0]!.attendedBy).toEqual(["Hồ Ngọc Ẩn"]);
  });

  it("dates a report's only session by its lead when nothing else is dated, past a portal's posting stamp and a day something has gone on since", () => {
    const lead = "Tiêu đề\n\nCập nhật: 12/07/2025 10:20\n\nNgày 11/6, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy do đồng chí Mạc Đăng Khoa, Phó Bí thư Thường trực Tỉnh ủy làm trưởng đoàn đã kiểm tra việc lãnh đạo, chỉ đạo thực hiện Chỉ thị số 39-CT/TW tại Đảng ủy xã Di Linh.\n\nTừ ngày 15/5, xã bố trí các tổ vay vốn.\n\nTiếp và làm việc với đoàn có đồng chí Lâm Văn Trọng, Bí thư Đảng ủy xã.";
    expect(meetings(lead, { publishedAt: "2026-06-12" }).map((m) => m.date)).toEqual(["2026-06-11"]);
  });

  it("reports each inspection of a roundup as its session ('Chiều 11/7, Đoàn kiểm tra số 7 đã kiểm tra việc thực hiện Chỉ thị … tại Đảng bộ phường Mũi Né. Đồng chí X chủ trì buổi kiểm tra.'), carrying out what it inspects", () => {
    const text = "Tiêu đề\n\nSáng 10/7, Đoàn kiểm tra số 5 của Ban Thường vụ Tỉnh ủy đã kiểm tra việc thực hiện Chỉ thị số 45-CT/TW tại Đảng bộ phường Lâm Viên. Đồng chí Kiều Văn Lực, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì buổi kiểm tra.\n\n* Chiều 11/7, Đoàn kiểm tra số 7 của Ban Thường vụ Tỉnh ủy đã kiểm tra việc thực hiện Chỉ thị số 45-CT/TW tại Đảng bộ phường Mũi Né. Đồng chí Phạm Khắc Duy, Phó Trưởng Ban Tổ chức Tỉnh ủy chủ trì buổi kiểm tra.";
    expect(meetings(text, { publishedAt: "2025-07-12" })).toEqual([
      { date: "2025-07-10", chairedBy: ["Kiều Văn Lực"], attendedBy: [], implements: ["45-CT/TW"] },
      { date: "2025-07-11", chairedBy: ["Phạm Khắc Duy"], attendedBy: [], implements: ["45-CT/TW"] },
    ]);
  });

  it("leaves out a meeting a body is assigned to chair ('giao Sở Công Thương chủ trì cuộc họp … vào ngày 5/11'), not one on traffic safety, and carries out what an activity in a series is for ('Hoạt động nằm trong chuỗi sự kiện …, nhằm cụ thể hóa Chỉ thị …')", () => {
    const assigned = "Tiêu đề\n\nSáng 24/10, UBND tỉnh tổ chức Hội nghị đối thoại với nông dân trồng mía. Đồng chí Doãn Thanh Tùng, Phó Chủ tịch UBND tỉnh chủ trì. Đồng chí đề nghị các nhà máy công khai giá mua; giao Sở Công Thương chủ trì cuộc họp với các nhà máy vào ngày 5/11 để thống nhất lịch ép.";
    expect(meetings(assigned, { publishedAt: "2025-10-25" }).map((m) => m.date)).toEqual(["2025-10-24"]);
    const traffic = "Tiêu đề\n\nSáng 20/1, Ủy ban An toàn giao thông Quốc gia tổ chức hội nghị trực tuyến toàn quốc. Đồng chí Đinh Quốc Thắng, Phó Thủ tướng chủ trì.";
    expect(meetings(traffic, { publishedAt: "2026-01-21" }).map((m) => m.date)).toEqual(["2026-01-20"]);
    const series = "Tiêu đề\n\nNgày 26/11, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị ra mắt mô hình Ngôi nhà an toàn. Bà Diệp Thị Hồng Nhung, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh chủ trì. Hoạt động nằm trong chuỗi sự kiện hưởng ứng Tháng hành động vì bình đẳng giới, nhằm cụ thể hóa Chỉ thị số 06-CT/TW của Ban Bí thư.";
    expect(meetings(series, { publishedAt: "2025-11-27" })[0]!.implements).toEqual(["06-CT/TW"]);
  });

  it("makes co-chairs of two named with a delegation head's role between them, places one who judges ('đánh giá'), carries out what a plan a meeting rolls out is made for but not what it builds on, and keys a bare number by the issuer it names", () => {
    const session = "Tiêu đề\n\nChiều 24/6, đoàn công tác của Bộ Công Thương đã có buổi làm việc với UBND tỉnh. Ông Hà Minh Khuê, Thứ trưởng Bộ Công Thương, trưởng đoàn công tác, và ông Nông Văn Thạch, Phó Chủ tịch UBND tỉnh đồng chủ trì buổi làm việc. Đại diện doanh nghiệp, ông Tôn Thất Vĩnh, Chủ tịch Hiệp hội Doanh nghiệp tỉnh đánh giá thị trường đã ổn định.";
    expect(meetings(session, { publishedAt: "2026-06-25" })).toEqual([{ date: "2026-06-24", chairedBy: ["Hà Minh Khuê", "Nông Văn Thạch"], attendedBy: ["Tôn Thất Vĩnh"], implements: [] }]);
    const plan = "Tiêu đề\n\nSáng 19/8, UBND tỉnh tổ chức hội nghị triển khai Kế hoạch số 2156/KH-UBND về thanh toán không dùng tiền mặt. Đồng chí Khổng Minh Đạt, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\n\nKế hoạch được ban hành nhằm cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Kế hoạch kế thừa kết quả thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị trong giai đoạn trước.";
    expect(meetings(plan, { publishedAt: "2025-08-20" })[0]!.implements).toEqual(["57-NQ/TW"]);
    const two = "Phường Hoàng Mai quán triệt Chỉ thị 05 của Ban Thường vụ Thành ủy\n\nSáng 21/11, Đảng ủy phường tổ chức Hội nghị quán triệt Chỉ thị số 05-CT/TU ngày 3/11/2025 của Ban Thường vụ Thành ủy. Đồng chí Ninh Văn Lộc, Bí thư Đảng ủy phường chủ trì. Cán bộ phải nêu gương, đúng tinh thần Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.";
    expect(meetings(two, { publishedAt: "2025-11-22" })[0]!.implements).toEqual(["05-CT/TU"]);
  });

  it("reads an inspection whose session a sentence opens with ('Làm việc với đoàn có …'), and gives the team's other session ('… cùng đoàn kiểm tra đã làm việc với … về nội dung trên') what the inspection checks, not a meeting some of the team sat in on; and the session the lead tells with an inspection what the inspection, spoken of as a whole, is for ('Đợt kiểm tra nằm trong kế hoạch triển khai Chỉ thị …')", () => {
    const opened = "Tiêu đề\n\nNgày 6/8, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy do đồng chí Nghiêm Xuân Trường, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã kiểm tra việc thực hiện Chỉ thị số 09-CT/TU tại Hợp tác xã Nông nghiệp Hướng Phùng Xanh.\n\nLàm việc với đoàn có đồng chí Lê Phước Sang, Bí thư Đảng ủy xã Hướng Phùng.";
    const held = extract(opened, { publishedAt: "2026-08-07" }).meetings;
    expect(held.map((m) => [m.title, m.date, m.attendedBy, m.implements])).toEqual([["Buổi làm việc với đoàn", "2026-08-06", ["Nghiêm Xuân Trường", "Lê Phước Sang"], ["09-CT/TU"]]]);
    const lead = "Tiêu đề\n\nNgày 18/3, Đoàn kiểm tra số 4 của Ban Thường vụ Tỉnh ủy do đồng chí Kiều Thị Minh Nguyệt, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Đảng ủy xã Yên Lập về kết quả thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư.\n\n";
    const again = lead + "Trước đó, ngày 16/3, đồng chí Kiều Thị Minh Nguyệt cùng đoàn kiểm tra đã làm việc với Ban Thường vụ Đảng ủy xã Tân Sơn về nội dung trên.";
    expect(meetings(again, { publishedAt: "2026-03-19" }).map((m) => [m.date, m.implements])).toEqual([["2026-03-18", ["25-CT/TW"]], ["2026-03-16", ["25-CT/TW"]]]);
    const satIn = lead + "Trước đó, tối 16/3, đồng chí Kiều Thị Minh Nguyệt và một số thành viên đoàn kiểm tra đã dự hội nghị nhân dân thôn Tân Lâm bàn việc làm đường. Hội nghị do ông Từ Văn Nhân, Trưởng thôn chủ trì.";
    expect(meetings(satIn, { publishedAt: "2026-03-19" }).map((m) => [m.date, m.implements])).toEqual([["2026-03-18", ["25-CT/TW"]], ["2026-03-16", []]]);
    const whole = "Tiêu đề\n\nNgày 14/10, Đoàn kiểm tra liên ngành của tỉnh do đồng chí Lư Thành Đạt, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã kiểm tra đột xuất các cơ sở kinh doanh phân bón tại xã Tháp Mười, sau đó làm việc với Đảng ủy, UBND xã.\n\nĐợt kiểm tra nằm trong kế hoạch triển khai Chỉ thị số 05-CT/TU ngày 22/8/2025 của Ban Thường vụ Tỉnh ủy về quản lý vật tư nông nghiệp.";
    expect(meetings(whole, { publishedAt: "2025-10-15" }).map((m) => [m.date, m.implements])).toEqual([["2025-10-14", ["05-CT/TU"]]]);
  });

  it("does not make one who leads a research project ('Đề tài … do ThS X chủ trì đã được nghiệm thu') a chair of the meeting", () => {
    const text = "Tiêu đề\n\nSáng 19/9, Ban Thường vụ Tỉnh ủy làm việc với Viện Hải dương học. Đồng chí Hầu Minh Khang, Bí thư Tỉnh ủy chủ trì buổi làm việc. Đề tài đánh giá bãi đẻ của rùa biển do ThS Ông Thị Diệu Linh chủ trì đã được hội đồng khoa học cấp tỉnh nghiệm thu.";
    expect(meetings(text, { publishedAt: "2025-09-20" })).toEqual([{ date: "2025-09-19", chairedBy: ["Hầu Minh Khang"], attendedBy: [], implements: [] }]);
  });

  it("reports an inspection someone chairs ('đoàn cũng đã kiểm tra việc thực hiện Chỉ thị … dưới sự chủ trì của đồng chí X') as a session, not a round in the field no one chairs", () => {
    const chaired = "Tiêu đề\n\nTrước đó, ngày 22/6, đoàn cũng đã kiểm tra việc thực hiện Chỉ thị số 05-CT/TW tại Đảng bộ phường Cao Lãnh dưới sự chủ trì của đồng chí Lư Thị Ngọc Hân, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.";
    expect(meetings(chaired, { publishedAt: "2026-06-25" })).toEqual([{ date: "2026-06-22", chairedBy: ["Lư Thị Ngọc Hân"], attendedBy: [], implements: ["05-CT/TW"] }]);
    const round = "Tiêu đề\n\nNgày 22/6, đoàn của Ban Tuyên giáo và Dân vận Tỉnh ủy đã kiểm tra việc thực hiện Chỉ thị số 05-CT/TW tại các khu phố của phường Cao Lãnh.";
    expect(meetings(round, { publishedAt: "2026-06-25" })).toEqual([]);
  });

  it("reports an inspection held with a Party committee ('đoàn … đã kiểm tra việc thực hiện Chỉ thị 05-CT/TW tại Đảng ủy phường Hội Phú') as a session, its leader there", () => {
    const text = "Tiêu đề\n\nTrước đó, ngày 12-11, đoàn do ông Âu Dương Khánh, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dẫn đầu đã kiểm tra việc thực hiện Chỉ thị 05-CT/TW tại Đảng ủy phường Hội Phú.";
    expect(meetings(text, { publishedAt: "2025-11-15" })).toEqual([{ date: "2025-11-12", chairedBy: [], attendedBy: ["Âu Dương Khánh"], implements: ["05-CT/TW"] }]);
  });

  it("reports a dialogue programme ('tổ chức chương trình đối thoại giữa Bí thư Đảng ủy phường với đoàn viên, thanh niên') as a meeting", () => {
    const text = "Tiêu đề\n\nSáng 22/3, Đảng ủy phường Thủ Dầu Một tổ chức chương trình đối thoại giữa Bí thư Đảng ủy phường với đoàn viên, thanh niên năm 2026. Đồng chí Võ Thành Đạt, Bí thư Đảng ủy phường chủ trì chương trình.";
    expect(meetings(text, { publishedAt: "2026-03-23" })).toEqual([{ date: "2026-03-22", chairedBy: ["Võ Thành Đạt"], attendedBy: [], implements: [] }]);
  });

  it("dates a working session by the inspection the lead tells ('Ngày 16/6, Đoàn kiểm tra … đã kiểm tra việc lãnh đạo, chỉ đạo thực hiện Chỉ thị …') even when an earlier session of the team is told after it, which carries out the same directive", () => {
    const text = "Tiêu đề\n\nNgày 16/6, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy do đồng chí Lò Văn Chiến - Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã kiểm tra việc lãnh đạo, chỉ đạo thực hiện Chỉ thị số 36-CT/TW tại Đảng bộ xã Mường Khương.\n\nTại buổi làm việc do đồng chí Lò Văn Chiến chủ trì, đồng chí Tráng A Dình - Bí thư Đảng ủy xã báo cáo kết quả.\n\nTrước đó, ngày 15/6, đồng chí Lò Văn Chiến cùng Đoàn kiểm tra đã làm việc với Ban Thường vụ Đảng ủy xã Bản Lầu về nội dung trên.";
    expect(meetings(text, { publishedAt: "2026-06-17" })).toEqual([
      { date: "2026-06-16", chairedBy: ["Lò Văn Chiến"], attendedBy: ["Tráng A Dình"], implements: ["36-CT/TW"] },
      { date: "2026-06-15", chairedBy: [], attendedBy: ["Lò Văn Chiến"], implements: ["36-CT/TW"] },
    ]);
  });

  it("carries out what a draft a sentence opens with carries out ('Đối với dự thảo chương trình hành động thực hiện Nghị quyết số 72-NQ/TW …, ông X thông tin')", () => {
    const text = "Tiêu đề\n\nNgày 2/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 5. Đồng chí Trịnh Xuân Trường, Bí thư Tỉnh ủy chủ trì hội nghị.\n\nĐối với dự thảo chương trình hành động thực hiện Nghị quyết số 72-NQ/TW ngày 9/9/2025 của Bộ Chính trị, ông Đèo Văn Sinh, Giám đốc Sở Y tế thông tin: tỉnh phấn đấu mỗi trạm y tế xã có bác sĩ.";
    expect(meetings(text, { publishedAt: "2025-12-03" })).toEqual([{ date: "2025-12-02", chairedBy: ["Trịnh Xuân Trường"], attendedBy: ["Đèo Văn Sinh"], implements: ["72-NQ/TW"] }]);
  });

  it("places a speaker at the meeting the reporter's own note names in its next clause ('Theo ghi nhận của phóng viên VTV, không khí hội nghị sôi nổi …')", () => {
    const text = "Tiêu đề\n\nNgày 24/10, Đảng ủy phường Vĩnh Tuy tổ chức hội nghị quán triệt Nghị quyết số 71-NQ/TW. Đồng chí Âu Minh Quân, Bí thư Đảng ủy phường chủ trì hội nghị.\n\nTheo ghi nhận của phóng viên VTV, không khí hội nghị sôi nổi. Ông Lương Văn Tiến, Bí thư Chi bộ tổ dân phố cho biết, người dân rất phấn khởi.";
    expect(meetings(text, { publishedAt: "2025-10-25" })[0]!.attendedBy).toEqual(["Lương Văn Tiến"]);
  });

  it("makes both co-chairs of two persons whose titles are set off by dashes ('Ông A - bí thư Tỉnh ủy - và bà B - chủ tịch UBND tỉnh - đồng chủ trì hội nghị')", () => {
    const text = "Tiêu đề\n\nSáng 19-12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Ông Phùng Quang Thái - ủy viên Trung ương Đảng, bí thư Tỉnh ủy Đồng Nai - và bà Lê Thị Ngọc Hân - phó bí thư Tỉnh ủy, chủ tịch UBND tỉnh - đồng chủ trì hội nghị.";
    expect(meetings(text, { publishedAt: "2025-12-20" })).toEqual([{ date: "2025-12-19", chairedBy: ["Phùng Quang Thái", "Lê Thị Ngọc Hân"], attendedBy: [], implements: [] }]);
  });

  it("carries out, at a session held to prepare the review the report leads with ('để cho ý kiến vào dự thảo báo cáo sơ kết'), what that review carries out", () => {
    const text = "Tiêu đề\n\nSáng 18/9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết việc thực hiện Nghị quyết số 06-NQ/TW. Đồng chí Đinh Quang Thái, Bí thư Tỉnh ủy chủ trì hội nghị.\n\nTrước đó, ngày 9-9, Thường trực Tỉnh ủy đã họp dưới sự chủ trì của đồng chí Bí thư Tỉnh ủy để cho ý kiến vào dự thảo báo cáo sơ kết.";
    expect(meetings(text, { publishedAt: "2025-09-19" })).toEqual([
      { date: "2025-09-18", chairedBy: ["Đinh Quang Thái"], attendedBy: [], implements: ["06-NQ/TW"] },
      { date: "2025-09-09", chairedBy: ["Đinh Quang Thái"], attendedBy: [], implements: ["06-NQ/TW"] },
    ]);
  });

  it("takes the afternoon's working session ('Buổi chiều, đoàn làm việc với Ban Thường vụ Đảng ủy …') for the inspection the lead tells that day, after a morning round in the field", () => {
    const text = "Tiêu đề\n\nNgày 12-3, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy do đồng chí Lăng Văn Hào, Phó Chủ tịch Thường trực UBND tỉnh làm trưởng đoàn đã kiểm tra việc thực hiện Nghị quyết số 20-NQ/TW tại Đảng bộ xã Văn Quan.\n\nBuổi sáng, đoàn đi kiểm tra thực tế vùng hồi của hợp tác xã. Ông Lộc Văn Slằn, Giám đốc Hợp tác xã cho biết hợp tác xã có 27 thành viên.\n\nBuổi chiều, đoàn làm việc với Ban Thường vụ Đảng ủy, UBND xã Văn Quan. Về phía xã có các đồng chí: Vi Văn Thình, Bí thư Đảng ủy xã; Chu Thị Nhàn, Chủ tịch UBND xã.";
    expect(meetings(text, { publishedAt: "2026-03-13" })).toEqual([
      { date: "2026-03-12", chairedBy: [], attendedBy: ["Lăng Văn Hào", "Vi Văn Thình", "Chu Thị Nhàn"], implements: ["20-NQ/TW"] },
    ]);
  });

  it("carries out what a meeting presents the content of ('giới thiệu nội dung cơ bản của Nghị quyết …'), and dates the session after a round by the round's day, not a planned day told since", () => {
    const presented = "Tiêu đề\n\nSáng 16-10, Ban Tuyên giáo và Dân vận Thành ủy tổ chức Hội nghị báo cáo viên, giới thiệu nội dung cơ bản của Nghị quyết (NQ) 71-NQ/TW ngày 22-8-2025 của Bộ Chính trị về giáo dục và Nghị quyết (NQ) 72-NQ/TW ngày 9-9-2025 của Bộ Chính trị về y tế.";
    expect(meetings(presented, { publishedAt: "2025-10-17" })[0]!.implements).toEqual(["71-NQ/TW", "72-NQ/TW"]);
    const round = "Tiêu đề\n\nChiều 21/4, đoàn công tác của tỉnh do đồng chí Kiều Thanh Bình, Phó Chủ tịch UBND tỉnh dẫn đầu đã kiểm tra công tác chuẩn bị lễ hạ thủy tàu tại Công ty Đóng tàu Hạ Long.\n\nTheo kế hoạch, tàu sẽ được hạ thủy vào sáng 23/4.\n\nSau khi kiểm tra thực tế, đoàn đã làm việc với lãnh đạo công ty.";
    expect(meetings(round, { publishedAt: "2026-04-22" }).map((m) => [m.date, m.attendedBy])).toEqual([["2026-04-21", ["Kiều Thanh Bình"]]]);
  });

  it("carries out the documents a meeting disseminates by their count, with no 'này' ('học tập, quán triệt hai nghị quyết đến 65 điểm cầu')", () => {
    const text = "Tiêu đề\n\nSáng 16-10, Đảng ủy phường Đô Vinh tổ chức hội nghị học tập, quán triệt Nghị quyết số 71-NQ/TW và Nghị quyết số 72-NQ/TW của Bộ Chính trị. Đồng chí Bùi Thị Xuân Mai, Bí thư Đảng ủy phường chủ trì hội nghị.\n\nTrước đó, sáng 8-10, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị trực tuyến học tập, quán triệt hai nghị quyết đến 65 điểm cầu do đồng chí Tôn Thất Hiển, Bí thư Tỉnh ủy chủ trì.";
    expect(meetings(text, { publishedAt: "2025-10-17" }).map((m) => [m.date, m.implements])).toEqual([["2025-10-16", ["71-NQ/TW", "72-NQ/TW"]], ["2025-10-08", ["71-NQ/TW", "72-NQ/TW"]]]);
  });

  it("carries out, at the team's earlier session 'về cùng nội dung', what the inspection the report leads with checks", () => {
    const text = "Tiêu đề\n\nNgày 3/2, Đoàn kiểm tra số 2 của Ban Thường vụ Thành ủy do đồng chí Văn Công Hậu làm Trưởng đoàn làm việc với Ban Thường vụ Đảng ủy phường Phú Xuân về việc thực hiện Chỉ thị số 46-CT/TW. Đồng chí Văn Công Hậu chủ trì buổi làm việc.\n\nTrước đó, chiều 30/1, Đoàn kiểm tra số 2 đã làm việc với Ban Thường vụ Đảng ủy phường Vỹ Dạ về cùng nội dung.";
    expect(meetings(text, { publishedAt: "2026-02-04" }).map((m) => [m.date, m.implements])).toEqual([["2026-02-03", ["46-CT/TW"]], ["2026-01-30", ["46-CT/TW"]]]);
  });
  it("carries out what the presenter says the draft itself is for ('Trình bày tóm tắt dự thảo, X cho biết, Đề án được xây dựng nhằm cụ thể hóa Nghị quyết …; Chỉ thị …'), not a meeting to come that a body will hold ('sẽ tiếp tục tổ chức hội nghị quán triệt …')", () => {
    const draft = "Tiêu đề\n\nChiều 3/3, Ban Thường vụ Tỉnh ủy Gia Lai họp cho ý kiến vào dự thảo Đề án phát triển văn hóa đọc. Đồng chí Trịnh Quốc Bảo, Bí thư Tỉnh ủy chủ trì hội nghị.\n\nTrình bày tóm tắt dự thảo, Giám đốc Sở Văn hóa, Thể thao và Du lịch Thân Thị Ngọc Hà cho biết, Đề án được xây dựng nhằm cụ thể hóa Nghị quyết số 33-NQ/TW ngày 9/6/2014 của Ban Chấp hành Trung ương Đảng; Chỉ thị số 08-CT/TU ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy về công tác thư viện.";
    expect(meetings(draft, { publishedAt: "2026-03-04" }).map((m) => m.implements)).toEqual([["33-NQ/TW", "08-CT/TU"]]);
    const toCome = "Tiêu đề\n\nChiều 28-10, Đảng ủy xã Tân Trào tổ chức Hội nghị quán triệt Nghị quyết số 71-NQ/TW của Bộ Chính trị. Đồng chí Hà Văn Tuyển, Bí thư Đảng ủy xã chủ trì hội nghị.\n\nTheo kế hoạch, ngày 10-11, Đảng ủy xã Tân Trào sẽ tiếp tục tổ chức hội nghị quán triệt Nghị quyết số 66-NQ/TW của Bộ Chính trị.";
    expect(meetings(toCome, { publishedAt: "2025-10-29" }).map((m) => m.implements)).toEqual([["71-NQ/TW"]]);
  });
  it("reads a campaign's launch ('Lễ khởi động Chiến dịch …'), a dialogue a commune holds with the people ('tổ chức đối thoại với các hộ gia đình …') and an inspection of 'việc lãnh đạo, triển khai thực hiện Chỉ thị …' as meetings", () => {
    const launch = "Tiêu đề\n\nSáng 6/6, tại Hà Nội, Trung ương Hội Chữ thập đỏ Việt Nam tổ chức Lễ khởi động Chiến dịch vận động hiến máu tình nguyện Hành trình Đỏ lần thứ 14.\n\nLễ khởi động do đồng chí Tôn Nữ Khánh Vân, Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam chủ trì. Dự buổi lễ có Thứ trưởng Bộ Y tế Lã Quang Thiều.";
    expect(meetings(launch, { publishedAt: "2026-06-06" })).toEqual([{ date: "2026-06-06", chairedBy: ["Tôn Nữ Khánh Vân"], attendedBy: ["Lã Quang Thiều"], implements: [] }]);
    const dialogue = "Tiêu đề\n\nSáng 8/11, Đảng ủy, UBND xã Cổ Lễ tổ chức đối thoại với các hộ gia đình có đất bị thu hồi. Đồng chí Quách Văn Thiều, Bí thư Đảng ủy xã chủ trì buổi đối thoại.\n\nTrước đó, ngày 31/10, UBND xã đã tổ chức hội nghị công khai dự thảo phương án bồi thường.";
    expect(meetings(dialogue, { publishedAt: "2025-11-09" }).map((m) => [m.date, m.chairedBy])).toEqual([["2025-11-08", ["Quách Văn Thiều"]], ["2025-10-31", []]]);
    const inspection = "Tiêu đề\n\nSáng nay (5/3), Đoàn kiểm tra của Ủy ban bầu cử tỉnh do đồng chí Lò Văn Xôm, Phó Chủ tịch Thường trực HĐND tỉnh làm Trưởng đoàn đã kiểm tra việc lãnh đạo, triển khai thực hiện Chỉ thị số 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử tại phường Mường Lay.\n\nĐồng chí Lò Văn Xôm chủ trì buổi làm việc với Ban Thường vụ Đảng ủy phường Mường Lay.";
    expect(meetings(inspection, { publishedAt: "2026-03-05" }).map((m) => m.implements)).toEqual([["46-CT/TW"]]);
  });
  it("carries out what an inspection checks after another subject ('kiểm tra công tác phòng cháy, chữa cháy rừng và tình hình thực hiện Chỉ thị …')", () => {
    const text = "Tiêu đề\n\nSáng nay (4/6), đoàn công tác của Ban Thường vụ Tỉnh ủy do Phó Bí thư Thường trực Tỉnh ủy Đậu Minh Khang làm trưởng đoàn đã kiểm tra công tác phòng cháy, chữa cháy rừng và tình hình thực hiện Chỉ thị số 13-CT/TW ngày 12/1/2017 của Ban Bí thư tại xã Vũ Quang.\n\nĐồng chí Đậu Minh Khang chủ trì buổi làm việc với Ban Thường vụ Đảng ủy xã.";
    expect(meetings(text, { publishedAt: "2026-06-04" }).map((m) => [m.date, m.implements])).toEqual([["2026-06-04", ["13-CT/TW"]]]);
  });
  it("ends the chairs after 'dưới sự chủ trì của' at a ';' after which one present goes on to speak ('…; đồng chí Mai Xuân Thu báo cáo tóm tắt dự thảo')", () => {
    const text = "Tiêu đề\n\nSáng 12/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết Nghị quyết số 36-NQ/TW. Đồng chí Triệu Quang Vinh, Bí thư Tỉnh ủy chủ trì hội nghị.\n\nTrước đó, ngày 5/3, Đảng ủy UBND tỉnh đã họp cho ý kiến vào dự thảo báo cáo sơ kết Nghị quyết 36 dưới sự chủ trì của đồng chí Tạ Quốc Bình, Bí thư Đảng ủy UBND tỉnh; đồng chí Mai Xuân Thu báo cáo tóm tắt dự thảo tại cuộc họp.";
    expect(meetings(text, { publishedAt: "2026-03-13" }).map((m) => [m.date, m.chairedBy, m.attendedBy])).toEqual([
      ["2026-03-12", ["Triệu Quang Vinh"], []],
      ["2026-03-05", ["Tạ Quốc Bình"], ["Mai Xuân Thu"]],
    ]);
  });
  it("reads one who leads the team 'và cùng ông Y, …, đồng chủ trì' as a co-chair", () => {
    const text = "Tiêu đề\n\nĐề nghị được ông Huy đưa ra tại buổi làm việc sáng 8/4 giữa đoàn kiểm tra của Ban Chỉ đạo Trung ương với Ban Thường vụ Tỉnh ủy Quảng Ninh. Ông Thân Đức Huy, Thứ trưởng Bộ Khoa học và Công nghệ dẫn đầu đoàn và cùng ông Mạc Quang Vinh, Bí thư Tỉnh ủy Quảng Ninh, đồng chủ trì buổi làm việc.";
    expect(meetings(text, { publishedAt: "2026-04-09" }).map((m) => [m.date, m.chairedBy])).toEqual([["2026-04-08", ["Thân Đức Huy", "Mạc Quang Vinh"]]]);
  });

  it("carries out, at the team's later sessions ('các thành viên đoàn tiếp tục làm việc tại …') and at a meeting over the lead's draft programmes ('cho ý kiến lần cuối vào hai dự thảo chương trình hành động'), what the lead carries out", () => {
    const team = "Tiêu đề\n\nNgày 11/11, Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy do đồng chí Giáp Thị Thu Trang, Trưởng Ban Tổ chức Tỉnh ủy làm trưởng đoàn đã kiểm tra việc thực hiện Chỉ thị số 04-CT/TU ngày 18/8/2025 của Ban Thường vụ Tỉnh ủy tại xã Khe Sanh. Đồng chí Giáp Thị Thu Trang chủ trì buổi làm việc.\n\nNgày 12/11, các thành viên đoàn tiếp tục làm việc tại Đảng ủy xã Lao Bảo dưới sự chủ trì của Phó Trưởng Ban Tổ chức Tỉnh ủy Lê Văn Toản.";
    expect(meetings(team, { publishedAt: "2025-11-13" }).map((m) => [m.date, m.implements])).toEqual([["2025-11-11", ["04-CT/TU"]], ["2025-11-12", ["04-CT/TU"]]]);
    const drafts = "Tiêu đề\n\nNgày 18/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 4 thảo luận dự thảo chương trình hành động thực hiện Nghị quyết số 71-NQ/TW và Nghị quyết số 72-NQ/TW của Bộ Chính trị.\n\nTrước đó, ngày 16/12, Ban Thường vụ Tỉnh ủy đã họp, cho ý kiến lần cuối vào hai dự thảo chương trình hành động trước khi trình Ban Chấp hành.";
    expect(meetings(drafts, { publishedAt: "2025-12-19" }).map((m) => [m.date, m.implements])).toEqual([["2025-12-18", ["71-NQ/TW", "72-NQ/TW"]], ["2025-12-16", ["71-NQ/TW", "72-NQ/TW"]]]);
  });

  it("carries out, at the session the report leads with, what the team as the sentence's subject checks ('Đoàn kiểm tra kết quả một năm vận hành … và việc thực hiện Chỉ thị …')", () => {
    const text = "Tiêu đề\n\nThông tin được nêu tại buổi làm việc chiều 9/7 của ông Lương Nguyên Khang, Bí thư Tỉnh ủy, với Ban Thường vụ Đảng ủy xã Ea Súp. Ông Khang chủ trì buổi làm việc.\n\nĐoàn kiểm tra kết quả một năm vận hành mô hình chính quyền địa phương hai cấp và việc thực hiện Chỉ thị 06-CT/TU ngày 18/8/2025 của Ban Thường vụ Tỉnh ủy về tăng cường kỷ luật, kỷ cương hành chính.";
    expect(meetings(text, { publishedAt: "2026-07-10" }).map((m) => [m.date, m.implements])).toEqual([["2026-07-09", ["06-CT/TU"]]]);
  });
  it("carries out what the inspection is held under ('Đợt kiểm tra được tiến hành theo Kế hoạch của UBND tỉnh thực hiện Chỉ thị …')", () => {
    const text = "Tiêu đề\n\nNgày 18/3, Đoàn kiểm tra liên ngành tỉnh Bắc Ninh do đồng chí Giáp Văn Thắng, Chủ tịch Liên đoàn Lao động tỉnh dẫn đầu đã kiểm tra việc chấp hành pháp luật lao động tại một số doanh nghiệp chuyển phát. Buổi chiều, đoàn làm việc với lãnh đạo công ty do đồng chí Lê Văn Hải, Phó Chủ tịch UBND tỉnh chủ trì.\n\nĐợt kiểm tra được tiến hành theo Kế hoạch của UBND tỉnh thực hiện Chỉ thị số 37-CT/TW ngày 3/9/2019 của Ban Bí thư về quan hệ lao động.";
    expect(meetings(text, { publishedAt: "2026-03-19" }).map((m) => [m.date, m.implements])).toEqual([["2026-03-18", ["37-CT/TW"]]]);
  });
  it("does not carry out a document a speaker urges in the spirit of ('Quán triệt Nghị quyết số 71-NQ/TW …, đồng chí yêu cầu các sở, ngành …')", () => {
    const text = "Tiêu đề\n\nSáng 21/10, đồng chí Khuất Văn Định, Chủ tịch UBND tỉnh chủ trì buổi làm việc với xã Thu Lũm về công tác bán trú.\n\nKết luận buổi làm việc, Chủ tịch UBND tỉnh Khuất Văn Định biểu dương nhà trường. Quán triệt Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, đồng chí yêu cầu các sở, ngành không để học sinh nào phải bỏ học.";
    expect(meetings(text, { publishedAt: "2025-10-22" }).map((m) => [m.date, m.implements])).toEqual([["2025-10-21", []]]);
  });
  it("dates 'Chiều cùng ngày' by the round the lead tells, not by a spell of rain told since ('Đợt mưa lớn kéo dài từ ngày 26/10 đến 30/10 …'), and reads 'Đây là hoạt động cụ thể hóa Nghị quyết …' as the meeting's purpose", () => {
    const spell = "Tiêu đề\n\nNgày 1/11, Bộ trưởng Bộ Nông nghiệp và Môi trường Ngô Trí Hiếu dẫn đầu đoàn công tác kiểm tra công tác khắc phục hậu quả mưa lũ tại tỉnh Quảng Ngãi.\n\nĐợt mưa lớn kéo dài từ ngày 26/10 đến 30/10 đã khiến nhiều khu vực bị chia cắt.\n\nChiều cùng ngày, Bộ trưởng Ngô Trí Hiếu chủ trì buổi làm việc với UBND tỉnh Quảng Ngãi.";
    expect(meetings(spell, { publishedAt: "2025-11-01" }).map((m) => [m.date, m.chairedBy])).toEqual([["2025-11-01", ["Ngô Trí Hiếu"]]]);
    const activity = "Tiêu đề\n\nChiều 26/9, Đảng ủy, HĐND, UBND phường Bãi Cháy tổ chức Hội nghị đối thoại với doanh nghiệp năm 2025. Đây là hoạt động cụ thể hóa Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân.";
    expect(meetings(activity, { publishedAt: "2025-09-27" }).map((m) => m.implements)).toEqual([["68-NQ/TW"]]);
  });
});
