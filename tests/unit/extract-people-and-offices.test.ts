// Names and offices: NFD input, both tone placements, commas and dashes, titles before the name,
// semicolon lists, abbreviations, places as jurisdictions, ranks and "nguyên" or "cựu".
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";

const people = (text: string, province: string | null = "Ninh Thuận") =>
  Object.fromEntries(extract(`Tiêu đề\n\n${text}`, { province }).persons.map((p) => [p.name, p.offices]));

describe("people and their offices", () => {
  it("reads NFD input and old-style tone placement as the same words", () => {
    const text = "Đồng chí Nguyễn Văn Thuỷ, Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh chủ trì hội nghị.";
    const p = people(text.normalize("NFD"));
    expect(p).toEqual({ "Nguyễn Văn Thủy": ["Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"] });
  });

  it("unifies old-style tone placement in all-capital headlines too, and reads their province as provinces are written", () => {
    const e = extract("TỈNH UỶ KHÁNH HOÀ QUÁN TRIỆT NGHỊ QUYẾT\n\nĐồng chí Nguyễn Hải Ninh, Bí thư Tỉnh uỷ chủ trì.");
    expect(e.document.title).toBe("TỈNH ỦY KHÁNH HÒA QUÁN TRIỆT NGHỊ QUYẾT");
    expect(e.document.province).toBe("Khánh Hòa");
  });

  it("keeps the tone of closed syllables (Hoàng, Quỳnh, Quý) as written", () => {
    expect(Object.keys(people("Đồng chí Hoàng Thị Quỳnh, Phó Bí thư Tỉnh ủy và đồng chí Lê Quý Đoàn, Tỉnh ủy viên dự."))).toEqual([
      "Hoàng Thị Quỳnh", "Lê Quý Đoàn",
    ]);
  });

  it("splits an apposition at dashes and commas, not at a hyphen inside a body's name", () => {
    const p = people("đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị, Thủ tướng Chính phủ dẫn đầu. Đồng chí Võ Thị Ánh Xuân, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương dự.");
    expect(p["Phạm Minh Chính"]).toEqual(["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"]);
    expect(p["Võ Thị Ánh Xuân"]).toEqual(["Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương"]);
  });

  it("reads titles written before the name, without 'đồng chí'", () => {
    const p = people("Tổng Bí thư Tô Lâm phát biểu. Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Đức Thọ khai mạc. Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lê Hồng Anh dự.");
    expect(p).toEqual({
      "Tô Lâm": ["Tổng Bí thư"],
      "Lê Đức Thọ": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"],
      "Lê Hồng Anh": ["Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"],
    });
  });

  it("reads semicolon lists of persons with their offices", () => {
    const p = people("Cùng dự có các đồng chí: Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy; Lê Quốc Chỉnh, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Mai Văn Tuất, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.");
    expect(p).toEqual({
      "Đinh Thị Lụa": ["Phó Bí thư Thường trực Tỉnh ủy"],
      "Lê Quốc Chỉnh": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"],
      "Mai Văn Tuất": ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    });
  });

  it("reads a plain list of names after 'các đồng chí'", () => {
    expect(Object.keys(people("Chủ trì đại hội có các đồng chí Đỗ Trọng Hưng, Lại Thế Nguyên và Đỗ Minh Tuấn."))).toEqual([
      "Đỗ Trọng Hưng", "Lại Thế Nguyên", "Đỗ Minh Tuấn",
    ]);
  });

  it("expands abbreviations to canonical titles", () => {
    const p = people(
      "Đồng chí Nguyễn Văn An, UVTW, Bí thư Tỉnh ủy; đồng chí Trần Văn Bình, UVT.Ư Đảng, Trưởng đoàn ĐBQH tỉnh; đồng chí Lê Văn Cường, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh; đồng chí Phạm Thị Dung, Ủy viên TW Đảng, Phó Bí thư TT Tỉnh ủy dự.",
    );
    expect(p).toEqual({
      "Nguyễn Văn An": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"],
      "Trần Văn Bình": ["Ủy viên Trung ương Đảng", "Trưởng đoàn Đại biểu Quốc hội tỉnh"],
      "Lê Văn Cường": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Phạm Thị Dung": ["Ủy viên Trung ương Đảng", "Phó Bí thư Thường trực Tỉnh ủy"],
    });
  });

  it("shortens long names of central offices", () => {
    expect(people("Đồng chí Trần Cẩm Tú, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ nhiệm Ủy ban Kiểm tra Trung ương dự.")["Trần Cẩm Tú"]).toEqual([
      "Ủy viên Trung ương Đảng", "Chủ nhiệm Ủy ban Kiểm tra Trung ương",
    ]);
  });

  it("takes a place after a title as its jurisdiction, keeping 'tỉnh'", () => {
    const e = extract("Tiêu đề\n\nChủ tịch UBND tỉnh Đồng Nai Cao Tiến Dũng và Bí thư Tỉnh ủy Bến Tre Lê Đức Thọ dự.", { province: null });
    const holds = Object.fromEntries(e.persons.map((p) => [p.name, p.holds.map((h) => [h.title, h.jurisdiction])]));
    expect(holds).toEqual({ "Cao Tiến Dũng": [["Chủ tịch Ủy ban nhân dân tỉnh", "Đồng Nai"]], "Lê Đức Thọ": [["Bí thư Tỉnh ủy", "Bến Tre"]] });
  });

  it("gives provincial offices the document's province and national ones none", () => {
    const e = extract("Tiêu đề\n\nĐồng chí Nguyễn Đức Hải, Phó Chủ tịch Quốc hội và đồng chí Trần Quốc Nam, Chủ tịch UBND tỉnh dự.", { province: "Ninh Thuận" });
    expect(e.persons.map((p) => p.holds[0]!.jurisdiction)).toEqual([null, "Ninh Thuận"]);
  });

  it("leaves out ranks and marks former offices", () => {
    const p = people("Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng dự. Đồng chí Lê Văn Hòa, nguyên Trưởng Ban Tuyên giáo Tỉnh ủy cũng dự.");
    expect(p["Phan Văn Giang"]).toEqual(["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Quốc phòng"]);
    expect(p["Lê Văn Hòa"]).toEqual(["nguyên Trưởng Ban Tuyên giáo Tỉnh ủy"]);
    const held = extract("Tiêu đề\n\nĐồng chí Lê Văn Hòa, nguyên Trưởng Ban Tuyên giáo Tỉnh ủy dự.").persons[0]!.holds[0]!;
    expect(held).toMatchObject({ title: "Trưởng Ban Tuyên giáo Tỉnh ủy", former: true });
  });

  it("marks an office former after 'cựu' as after 'nguyên', keeping the word as written, and not a veteran's 'cựu chiến binh'", () => {
    const p = people("Phát biểu tại hội nghị, đồng chí Phan Văn Lộc, cựu Chủ tịch UBND tỉnh, đề nghị quan tâm hội viên. Cựu Phó Bí thư Tỉnh ủy Lê Đức Cảnh dự. Cựu chiến binh Đinh Xuân Thạch chia sẻ.");
    expect(p).toEqual({
      "Phan Văn Lộc": ["cựu Chủ tịch Ủy ban nhân dân tỉnh"], "Lê Đức Cảnh": ["cựu Phó Bí thư Tỉnh ủy"], "Đinh Xuân Thạch": [],
    });
    const held = extract("Tiêu đề\n\nÔng Mai Đình Tuệ, cựu Bí thư Huyện ủy Nga Sơn trình bày tham luận.").persons[0]!.holds[0]!;
    expect(held).toMatchObject({ title: "Bí thư Huyện ủy", former: true });
  });

  it("does not take places or historical names for persons", () => {
    expect(people("Tỉnh Cao Bằng đánh giá 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Đoàn Đại biểu Quốc hội tỉnh Lâm Đồng làm việc.")).toEqual({});
  });

  it("does not cut a ministry's or department's name at 'và' or at its comma", () => {
    const p = people(
      "Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng dự. Đồng chí Hoàng Văn An, Giám đốc Sở Tài nguyên và Môi trường; đồng chí Lê Thị Hoa, Giám đốc Sở Văn hóa, Thể thao và Du lịch; đồng chí Vũ Văn Sơn, Giám đốc Sở Lao động - Thương binh và Xã hội cùng dự.",
    );
    expect(p).toEqual({
      "Nguyễn Chí Dũng": ["Bộ trưởng Bộ Kế hoạch và Đầu tư"],
      "Hoàng Văn An": ["Giám đốc Sở Tài nguyên và Môi trường"],
      "Lê Thị Hoa": ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"],
      "Vũ Văn Sơn": ["Giám đốc Sở Lao động - Thương binh và Xã hội"],
    });
  });

  it("still splits at 'và' between two persons and between a title and the next person", () => {
    const p = people("Đồng chí Trần Văn Lâm, Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh và đồng chí Lê Văn Dũng, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh đồng chủ trì.");
    expect(p).toEqual({
      "Trần Văn Lâm": ["Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"],
      "Lê Văn Dũng": ["Chánh Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh"],
    });
  });

  it("reads a lower-case 'đại biểu' and 'chuyên trách' inside the National Assembly delegation's titles", () => {
    const p = people("Dự có đồng chí Lương Minh Hoàng, Trưởng Đoàn đại biểu Quốc hội tỉnh; đồng chí Hà Thị Vân, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh.");
    expect(p).toEqual({
      "Lương Minh Hoàng": ["Trưởng Đoàn đại biểu Quốc hội tỉnh"],
      "Hà Thị Vân": ["Phó Trưởng Đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh"],
    });
  });

  it("gives every member of a list the title written once before it", () => {
    const p = people("Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Bùi Thanh An, Nguyễn Văn Đệ và Hoàng Phú Hiền; các thành viên UBND tỉnh.");
    const deputy = ["Phó Chủ tịch Ủy ban nhân dân tỉnh"];
    expect(p).toEqual({ "Bùi Thanh An": deputy, "Nguyễn Văn Đệ": deputy, "Hoàng Phú Hiền": deputy });
  });

  it("does not add the short form of a title the person was given in full", () => {
    const p = people("Đồng chí Đặng Quốc Khánh, Bộ trưởng Bộ Tài nguyên và Môi trường dẫn đầu đoàn. Phát biểu tại buổi làm việc, Bộ trưởng Đặng Quốc Khánh đề nghị tỉnh đẩy nhanh tiến độ.");
    expect(p).toEqual({ "Đặng Quốc Khánh": ["Bộ trưởng Bộ Tài nguyên và Môi trường"] });
  });

  it("reads the Youth Union's, steering committees' and military regions' titles whole", () => {
    const p = people("Dự có đồng chí Lê Thị Diệu Linh, Bí thư Tỉnh Đoàn; đồng chí Phạm Hoàng Sơn, Trưởng Ban Chỉ đạo 35 Tỉnh ủy; Trung tướng Thái Đại Ngọc, Tư lệnh Quân khu 5.");
    expect(p).toEqual({
      "Lê Thị Diệu Linh": ["Bí thư Tỉnh Đoàn"],
      "Phạm Hoàng Sơn": ["Trưởng Ban Chỉ đạo 35 Tỉnh ủy"],
      "Thái Đại Ngọc": ["Tư lệnh Quân khu 5"],
    });
  });

  it("reads Central Highlands names (Rah Lan, Ksor) as persons", () => {
    expect(Object.keys(people("Dự có đồng chí Rah Lan Chung, Phó Bí thư Thường trực Tỉnh ủy và đồng chí Ksor Phước Hà, Phó Chủ tịch Quốc hội."))).toEqual([
      "Rah Lan Chung", "Ksor Phước Hà",
    ]);
  });

  it("reads Ê Đê names with their prefix ('Y', 'H'') up to five syllables, and ethnic-minority family names", () => {
    const p = people(
      "Cùng dự có các đồng chí: Y Thanh Hà Niê Kđăm, Trưởng Ban Dân vận Tỉnh ủy; bà H'Yim Kđoh, Phó Chủ tịch UBND tỉnh; Chẩu Văn Lâm, Bí thư Tỉnh ủy; Chảo Văn Lâm, Bí thư Huyện ủy; Y Biêr Niê, Chủ tịch HĐND tỉnh.",
    );
    expect(Object.keys(p)).toEqual(["Y Thanh Hà Niê Kđăm", "H'Yim Kđoh", "Chẩu Văn Lâm", "Chảo Văn Lâm", "Y Biêr Niê"]);
    expect(Object.keys(people("Sở Y tế và Bộ Y tế dự."))).toEqual([]);
  });

  it("reads 'nguyên' written before a title before the name, and a rank after a sentence-opening 'Theo'", () => {
    const p = people("Dự có các đồng chí: Lê Văn Trung, Trưởng Ban Tổ chức Thành ủy; nguyên Bí thư Thành ủy Trương Quang Nghĩa. Theo TS Trần Đình Thiên, nguyên Viện trưởng Viện Kinh tế Việt Nam, thành phố cần cơ chế đặc thù.");
    expect(p["Trương Quang Nghĩa"]).toEqual(["nguyên Bí thư Thành ủy"]);
    expect(p["Trần Đình Thiên"]).toEqual(["nguyên Viện trưởng Viện Kinh tế Việt Nam"]);
  });

  it("shares titles written before a list without a colon, not those of one item after a colon", () => {
    expect(people("Cùng dự có các đồng chí Phó Bí thư Tỉnh ủy Trịnh Thị Minh Thanh, Cao Tường Huy; các đồng chí Ủy viên Ban Thường vụ.")).toEqual({
      "Trịnh Thị Minh Thanh": ["Phó Bí thư Tỉnh ủy"], "Cao Tường Huy": ["Phó Bí thư Tỉnh ủy"],
    });
    expect(people("Dự có các đồng chí: Phó Bí thư Thường trực Tỉnh ủy Lê Văn Hiệu; Nguyễn Thị Ngọc Bích, Trưởng Ban Dân vận Tỉnh ủy.")).toEqual({
      "Lê Văn Hiệu": ["Phó Bí thư Thường trực Tỉnh ủy"], "Nguyễn Thị Ngọc Bích": ["Trưởng Ban Dân vận Tỉnh ủy"],
    });
  });

  it("joins two department names at 'và' (merged bodies), not a title and what follows it", () => {
    expect(people("Cùng dự có bà Trần Thị Thu Hằng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.")).toEqual({
      "Trần Thị Thu Hằng": ["Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"],
    });
    expect(people("Đồng chí Lê Văn A, Bí thư Tỉnh ủy và Thường trực HĐND tỉnh dự.")).toEqual({ "Lê Văn A": ["Bí thư Tỉnh ủy"] });
  });

  it("reads 'TP.' before a city as the level of the office, and ends a title at a lower-case word after its place", () => {
    const p = people("Đồng chí Nguyễn Văn Nên, Bí thư Thành ủy TP. Hồ Chí Minh chủ trì; đồng chí Nguyễn Văn Được, Chủ tịch UBND TP. Hồ Chí Minh dự. Đồng chí Chảo Văn Lâm, Bí thư Huyện ủy Phong Thổ chia sẻ kinh nghiệm.", null);
    expect(p).toEqual({
      "Nguyễn Văn Nên": ["Bí thư Thành ủy"], "Nguyễn Văn Được": ["Chủ tịch Ủy ban nhân dân thành phố"], "Chảo Văn Lâm": ["Bí thư Huyện ủy"],
    });
  });

  it("reads the lower-case words of mass organisations' names", () => {
    expect(people("Đồng chí Nguyễn Công Ngọ, nguyên Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội Cựu thanh niên xung phong tỉnh dự.")).toEqual({
      "Nguyễn Công Ngọ": ["nguyên Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch Hội Cựu thanh niên xung phong tỉnh"],
    });
  });

  it("keys each person by the folded name", () => {
    const [p] = extract("Tiêu đề\n\nĐồng chí Nguyễn Đức Thanh, Bí thư Tỉnh ủy dự.").persons;
    expect(p!.key).toBe("nguyễn đức thanh");
  });

  it("reads a title written before ', ông X', a voter introduced by 'cử tri', an 'A' highland name and 'Phòng thủ dân sự'", () => {
    expect(people("Báo cáo tại hội nghị, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh, ông Lữ Văn Tuấn cho biết như vậy.")).toEqual({
      "Lữ Văn Tuấn": ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh"],
    });
    expect(people("Cử tri Nguyễn Văn Tư (xã Gio Mỹ) phản ánh tình trạng sạt lở.")).toEqual({ "Nguyễn Văn Tư": [] });
    expect(people("Dự hội nghị có đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.")).toEqual({
      "A Pớt": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"],
    });
    expect(people("Ông Phạm Văn Thiều, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh chủ trì hội nghị.")).toEqual({
      "Phạm Văn Thiều": ["Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh"],
    });
  });

  it("reads a Khmer family name that is also a place's before 'Thị' or 'Văn', a body's name with a comma and the Party academy's", () => {
    expect(people("Đồng chí Sơn Thị Sa Rinh, Trưởng Ban Dân vận Tỉnh ủy dự. Đại biểu huyện Sơn Dương cùng dự.")).toEqual({ "Sơn Thị Sa Rinh": ["Trưởng Ban Dân vận Tỉnh ủy"] });
    expect(people("Đồng chí Vũ Đức Thắng, Phó Trưởng Ban Chính sách, chiến lược Trung ương dự.")).toEqual({ "Vũ Đức Thắng": ["Phó Trưởng Ban Chính sách, chiến lược Trung ương"] });
    expect(people("Vụ trưởng Vụ Cơ sở đảng, đảng viên Kha Minh Sáng trình bày báo cáo.")).toEqual({ "Kha Minh Sáng": ["Vụ trưởng Vụ Cơ sở đảng, đảng viên"] });
    expect(people("Đồng chí Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, Chủ tịch Hội đồng Lý luận Trung ương dự.")).toEqual({
      "Nguyễn Xuân Thắng": ["Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh", "Chủ tịch Hội đồng Lý luận Trung ương"],
    });
  });

  it("reads offices of hamlets, regional academies, the Assembly's committees, project boards and steering committees' members", () => {
    expect(people("Ông Phan Văn Tường, Bí thư Chi bộ thôn Hưng Nhơn dự. Ông Võ Văn Đực, Trưởng ấp Phú Thọ B dự.")).toEqual({
      "Phan Văn Tường": ["Bí thư Chi bộ thôn"], "Võ Văn Đực": ["Trưởng ấp"],
    });
    expect(people("Đồng chí Lê Văn Cường, Phó Giám đốc Học viện Chính trị khu vực I dự. Đồng chí Đặng Hữu Lộc, Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội dự.")).toEqual({
      "Lê Văn Cường": ["Phó Giám đốc Học viện Chính trị khu vực I"], "Đặng Hữu Lộc": ["Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội"],
    });
    expect(people("Ông Đoàn Văn Chiến, nguyên Giám đốc Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện Bố Trạch dự.")).toEqual({
      "Đoàn Văn Chiến": ["nguyên Giám đốc Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện"],
    });
    expect(people("Dự có các đồng chí Thành viên Ban Chỉ đạo: Phan Thị Diệu Hiền, Phó Chủ tịch HĐND thành phố; Trương Công Hiệp.")).toEqual({
      "Phan Thị Diệu Hiền": ["Thành viên Ban Chỉ đạo", "Phó Chủ tịch Hội đồng nhân dân thành phố"], "Trương Công Hiệp": ["Thành viên Ban Chỉ đạo"],
    });
  });

  it("reads the supreme court's and procuracy's, a bank branch's, the Government Inspectorate's, the Assembly's culture committee's, a council member's, acting and Party caucus offices, and a special zone's", () => {
    expect(people("Dự có các đồng chí: Phan Thị Kim Oanh, Phó Chánh án Tòa án nhân dân tối cao; Hồ Sỹ Tuấn, Phó Tổng Thanh tra Chính phủ; Nguyễn Thị Hồng Vân, Phó Giám đốc chi nhánh Ngân hàng Chính sách xã hội tỉnh; Lò Thị Mai, Phó Chủ nhiệm Ủy ban Văn hóa và Xã hội.")).toEqual({
      "Phan Thị Kim Oanh": ["Phó Chánh án Tòa án nhân dân tối cao"], "Hồ Sỹ Tuấn": ["Phó Tổng Thanh tra Chính phủ"],
      "Nguyễn Thị Hồng Vân": ["Phó Giám đốc chi nhánh Ngân hàng Chính sách xã hội tỉnh"], "Lò Thị Mai": ["Phó Chủ nhiệm Ủy ban Văn hóa và Xã hội"],
    });
    expect(people("Dự kỳ họp có đồng chí H'Loan Mlô, Đại biểu HĐND tỉnh.")).toEqual({ "H'Loan Mlô": ["Đại biểu Hội đồng nhân dân tỉnh"] });
    expect(people("Đồng chí Lê Văn Khiêm, Bí thư Ban cán sự đảng UBND tỉnh, Quyền Chủ tịch UBND tỉnh chủ trì. Cùng dự có các đồng chí: A Thiêng, Phó Chủ tịch UBND tỉnh kiêm Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh; Trần Thị Ngọc Diệp, Quyền Giám đốc Sở Lao động - Thương binh và Xã hội.")).toEqual({
      "Lê Văn Khiêm": ["Bí thư Ban cán sự đảng Ủy ban nhân dân tỉnh", "Quyền Chủ tịch Ủy ban nhân dân tỉnh"],
      "A Thiêng": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh"],
      "Trần Thị Ngọc Diệp": ["Quyền Giám đốc Sở Lao động - Thương binh và Xã hội"],
    });
    expect(people("Đồng chí Danh Minh Phước, Phó Bí thư Đảng ủy đặc khu, Chủ tịch HĐND đặc khu chủ trì. Ông Lê Đình Lộc, Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật dự.")).toEqual({
      "Danh Minh Phước": ["Phó Bí thư Đảng ủy đặc khu", "Chủ tịch Hội đồng nhân dân đặc khu"],
      "Lê Đình Lộc": ["Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật"],
    });
  });

  it("ends a place before a three-syllable name rather than start a four-syllable one inside it", () => {
    expect(people("Cùng dự có Chủ tịch UBND huyện Hải Lăng Lê Văn Bình.")).toEqual({ "Lê Văn Bình": ["Chủ tịch Ủy ban nhân dân huyện"] });
  });

  it("gives persons the office a sentence appoints them to ('được chỉ định giữ chức …'), each of a list", () => {
    expect(people("Đồng chí Đàm Quốc Việt, nguyên Bí thư Tỉnh ủy Đắk Nông và đồng chí Phùng Văn Thái, nguyên Chủ tịch UBND tỉnh Bình Thuận được chỉ định giữ chức Phó Bí thư Tỉnh ủy.")).toEqual({
      "Đàm Quốc Việt": ["nguyên Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy"], "Phùng Văn Thái": ["nguyên Chủ tịch Ủy ban nhân dân tỉnh", "Phó Bí thư Tỉnh ủy"],
    });
  });

  it("gives persons the office they are appointed to or said to hold across their age and the body that appoints ('56 tuổi, được Bộ Chính trị chỉ định tiếp tục giữ chức …', 'là Phó bí thư …')", () => {
    expect(people("Ông Trần Xuân Lộc, 56 tuổi, Ủy viên Trung ương Đảng, được Bộ Chính trị chỉ định tiếp tục giữ chức Bí thư Tỉnh ủy Hà Tĩnh. Ông Nguyễn Trọng Tuấn, 49 tuổi, Chủ tịch UBND tỉnh, là Phó bí thư Tỉnh ủy.", "Hà Tĩnh")).toEqual({
      "Trần Xuân Lộc": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"], "Nguyễn Trọng Tuấn": ["Chủ tịch Ủy ban nhân dân tỉnh", "Phó bí thư Tỉnh ủy"],
    });
  });

  it("reads the grassroots' offices: a hamlet ('xóm') as a place, a village branch's and a team's heads, the commune election committee, after the years in the Party", () => {
    expect(people("Đồng chí Hồ Văn Thắng, Bí thư Chi bộ xóm Đồng Tâm chủ trì. Ông Vàng A Tủa, Chi hội trưởng Chi hội Nông dân thôn Hầu Thào phát biểu. Đồng chí Lê Thị Mai, Tổ trưởng tổ dân phố Tân Thịnh phát biểu. Dự có đồng chí Nguyễn Mạnh Hưng, Chủ tịch Ủy ban bầu cử xã. Đảng viên Trần Văn Bảy, 52 năm tuổi Đảng, nguyên Chủ tịch UBND xã Công Thành, đề nghị chi bộ giao chỉ tiêu.", "Nghệ An")).toEqual({
      "Hồ Văn Thắng": ["Bí thư Chi bộ xóm"], "Vàng A Tủa": ["Chi hội trưởng Chi hội Nông dân thôn"], "Lê Thị Mai": ["Tổ trưởng tổ dân phố"],
      "Nguyễn Mạnh Hưng": ["Chủ tịch Ủy ban bầu cử xã"], "Trần Văn Bảy": ["nguyên Chủ tịch Ủy ban nhân dân xã"],
    });
  });

  it("keeps 'TP HCM' apart from an office as its place, and gives the office an appointment names after the appointing body and what else it makes the person", () => {
    expect(people("Phó chủ tịch UBND TP HCM Lâm Thị Ngọc Trinh báo cáo.", "Hồ Chí Minh")).toEqual({ "Lâm Thị Ngọc Trinh": ["Phó chủ tịch Ủy ban nhân dân thành phố"] });
    expect(people("Ông Đinh Quang Huy, 51 tuổi, Thứ trưởng Nội vụ, được Bộ Chính trị điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Gia Lai. Ông thay ông Trần Minh Sơn, nguyên Bí thư Tỉnh ủy Gia Lai, vừa được Bộ Chính trị phân công làm Phó trưởng Ban Nội chính Trung ương. Ông Phan Đình Khải, 54 tuổi, Chủ tịch UBND tỉnh, được bầu bổ sung làm Phó bí thư Tỉnh ủy.", "Gia Lai")).toEqual({
      "Đinh Quang Huy": ["Thứ trưởng Nội vụ", "Bí thư Tỉnh ủy"], "Trần Minh Sơn": ["nguyên Bí thư Tỉnh ủy", "Phó trưởng Ban Nội chính Trung ương"],
      "Phan Đình Khải": ["Chủ tịch Ủy ban nhân dân tỉnh", "Phó bí thư Tỉnh ủy"],
    });
  });

  it("reads a title shared by a list, each minister's ministry before the name, and drops the bare short form later", () => {
    expect(people("Cùng dự có các Bộ trưởng: Kế hoạch và Đầu tư Nguyễn Chí Dũng; Giao thông vận tải Nguyễn Văn Thắng; lãnh đạo các bộ. Bộ trưởng Nguyễn Văn Thắng phát biểu. Dự có các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long.")).toEqual({
      "Nguyễn Chí Dũng": ["Bộ trưởng Bộ Kế hoạch và Đầu tư"], "Nguyễn Văn Thắng": ["Bộ trưởng Bộ Giao thông vận tải"],
      "Trần Hồng Hà": ["Phó Thủ tướng"], "Lê Thành Long": ["Phó Thủ tướng"],
    });
  });

  it("leaves the term out of an office, expands 'LHPN', and reads a department of a central commission after a hyphen", () => {
    expect(people("Đồng chí Phan Xuân Cường được bầu giữ chức Bí thư Tỉnh ủy khóa XX. Bà Huỳnh Thị Kim Loan, Chủ tịch Hội LHPN tỉnh dự.")).toEqual({
      "Phan Xuân Cường": ["Bí thư Tỉnh ủy"], "Huỳnh Thị Kim Loan": ["Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"],
    });
    expect(people("Đồng chí Nguyễn Mạnh Cường, Phó Vụ trưởng Vụ Báo chí - Xuất bản Ban Tuyên giáo Trung ương dự.")).toEqual({
      "Nguyễn Mạnh Cường": ["Phó Vụ trưởng Vụ Báo chí - Xuất bản Ban Tuyên giáo Trung ương"],
    });
  });

  it("leaves religious titles out, reads the clergy's and Chăm family names, and the central bank's governor", () => {
    expect(people("Hòa thượng Thích Thiện Nghĩa, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Cả sư Thông Thanh Ngọc, Chủ tịch Hội đồng Chức sắc Bà-la-môn Chăm tỉnh dự. Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng cho biết.")).toEqual({
      "Thích Thiện Nghĩa": ["Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"],
      "Thông Thanh Ngọc": ["Chủ tịch Hội đồng Chức sắc Bà-la-môn Chăm tỉnh"],
      "Nguyễn Thị Hồng": ["Thống đốc Ngân hàng Nhà nước"],
    });
  });

  it("reads Korean names with a hyphen-joined given name and a company's chief executive ('ông Choi Seung-woo', 'Giám đốc điều hành')", () => {
    expect(people("Về phía đoàn có bà Lee Soo-jin, Tổng Giám đốc Công ty TNHH Hanbit Vina và ông Michael Brandt, Giám đốc điều hành Công ty Brandt Engineering. Ông Kim Min-jun dự.")).toEqual({
      "Lee Soo-jin": ["Tổng Giám đốc Công ty TNHH Hanbit Vina"],
      "Michael Brandt": ["Giám đốc điều hành Công ty Brandt Engineering"],
      "Kim Min-jun": [],
    });
  });

  it("reads a company's name on over two syllables that could be a name, stops a title at a verb ('… Vina kiến nghị'), and reads the industrial-zone authority whole", () => {
    expect(people("Ông Trần Văn Bảy, Giám đốc Hợp tác xã Cà phê Hoa Nắng chia sẻ kinh nghiệm. Ông Yoon Tae-ho, Tổng Giám đốc Công ty TNHH Daesung Precision Vina kiến nghị tỉnh hỗ trợ. Ông Tạ Văn Lộc, Trưởng Ban Quản lý các khu công nghiệp tỉnh dự.")).toEqual({
      "Trần Văn Bảy": ["Giám đốc Hợp tác xã Cà phê Hoa Nắng"],
      "Yoon Tae-ho": ["Tổng Giám đốc Công ty TNHH Daesung Precision Vina"],
      "Tạ Văn Lộc": ["Trưởng Ban Quản lý các khu công nghiệp tỉnh"],
    });
  });

  it("reads an airport's name to its place, the dyke and disaster department's comma, and the national steering committee against illegal fishing whole", () => {
    expect(people("Ông Đặng Quốc Việt, Giám đốc Cảng hàng không Đồng Hới, cho biết. Ông Nguyễn Hoàng Phúc, Giám đốc Cảng hàng không quốc tế Nội Bài, phát biểu. Ông Nguyễn Hoàng Sơn, Phó Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai (Bộ Nông nghiệp và Môi trường) dự. Phó Thủ tướng Lâm Quang Hiển, Trưởng Ban Chỉ đạo quốc gia về chống khai thác IUU chủ trì.")).toEqual({
      "Đặng Quốc Việt": ["Giám đốc Cảng hàng không Đồng Hới"],
      "Nguyễn Hoàng Phúc": ["Giám đốc Cảng hàng không quốc tế Nội Bài"],
      "Nguyễn Hoàng Sơn": ["Phó Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai"],
      "Lâm Quang Hiển": ["Phó Thủ tướng", "Trưởng Ban Chỉ đạo quốc gia về chống khai thác IUU"],
    });
  });

  it("ends a body's name at a verb of two words whose first could go on it ('… miền Nam cảnh báo', '… văn hóa công bố')", () => {
    expect(people("Ông Nguyễn Nghĩa Hùng, Viện trưởng Viện Khoa học Thủy lợi miền Nam cảnh báo, nếu không có giải pháp thì bờ biển sẽ lùi. Bà Lê Thị Thu, Cục trưởng Cục Di sản văn hóa công bố quyết định.")).toEqual({
      "Nguyễn Nghĩa Hùng": ["Viện trưởng Viện Khoa học Thủy lợi miền Nam"],
      "Lê Thị Thu": ["Cục trưởng Cục Di sản văn hóa"],
    });
  });

  it("reads working people named by their work as persons without office ('tài xế', 'ngư dân', 'học viên'), and the State tourism committee, a chemical college and a fishermen's union whole", () => {
    expect(people("Xe khách do tài xế Đỗ Mạnh Cường (SN 1988, trú phường Văn Phú) điều khiển đã lao xuống vực. Ngư dân Trần Văn Út cho biết. Học viên Hoàng Thị Mến kể lại. Phó Thủ tướng Trần Đức Khải, Trưởng Ban Chỉ đạo Nhà nước về du lịch chủ trì. Ông Hà Minh Đức, Hiệu trưởng Trường Cao đẳng Công nghiệp Hóa chất nêu kinh nghiệm. Ông Nguyễn Văn Tịnh được bầu giữ chức Chủ tịch Nghiệp đoàn nghề cá xã Cửa Việt.")).toEqual({
      "Đỗ Mạnh Cường": [],
      "Trần Văn Út": [],
      "Hoàng Thị Mến": [],
      "Trần Đức Khải": ["Phó Thủ tướng", "Trưởng Ban Chỉ đạo Nhà nước về du lịch"],
      "Hà Minh Đức": ["Hiệu trưởng Trường Cao đẳng Công nghiệp Hóa chất"],
      "Nguyễn Văn Tịnh": ["Chủ tịch Nghiệp đoàn nghề cá xã"],
    });
  });

  it("leaves out the province a power company serves, as the place after a title, and reads power boards' and generators' names with their numbers and regions", () => {
    expect(people("Ông Vi Văn Luân, Giám đốc Công ty Điện lực Phú Thọ, báo cáo. Ông Nguyễn Khắc Duy, Phó Tổng Giám đốc Tổng công ty Phát điện 3, dự. Ông Lưu Đức Thắng, Giám đốc Ban Quản lý dự án các công trình điện miền Bắc, dự. Ông Nguyễn Đình Toản, Giám đốc Ban Quản lý dự án điện 2 cho biết.")).toEqual({
      "Vi Văn Luân": ["Giám đốc Công ty Điện lực"],
      "Nguyễn Khắc Duy": ["Phó Tổng Giám đốc Tổng công ty Phát điện 3"],
      "Lưu Đức Thắng": ["Giám đốc Ban Quản lý dự án các công trình điện miền Bắc"],
      "Nguyễn Đình Toản": ["Giám đốc Ban Quản lý dự án điện 2"],
    });
  });

  it("reads the press's 'Chủ tịch tỉnh' as the people's committee's chair, and planning bodies and an urban developer whole", () => {
    expect(people("Chủ tịch tỉnh Huỳnh Văn Sang yêu cầu các sở khẩn trương. Đồng chí Ngô Tiến Dũng, Phó Chủ tịch Thường trực UBND tỉnh, Chủ tịch Hội đồng thẩm định chủ trì. Ông Lưu Đức Hiếu, Phó Viện trưởng Viện Quy hoạch đô thị và nông thôn quốc gia, cho biết. Ông Phạm Gia Bảo, Tổng Giám đốc Công ty Cổ phần Đầu tư Phát triển Đô thị Hòn Ngọc, kiến nghị. Bà Trần Thị Minh Nguyệt, Phó Chủ tịch Hội Quy hoạch phát triển đô thị Việt Nam đề xuất.")).toEqual({
      "Huỳnh Văn Sang": ["Chủ tịch Ủy ban nhân dân tỉnh"],
      "Ngô Tiến Dũng": ["Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh", "Chủ tịch Hội đồng thẩm định"],
      "Lưu Đức Hiếu": ["Phó Viện trưởng Viện Quy hoạch đô thị và nông thôn quốc gia"],
      "Phạm Gia Bảo": ["Tổng Giám đốc Công ty Cổ phần Đầu tư Phát triển Đô thị Hòn Ngọc"],
      "Trần Thị Minh Nguyệt": ["Phó Chủ tịch Hội Quy hoạch phát triển đô thị Việt Nam"],
    });
  });

  it("reads one named by a calling and its field as a person without office ('kỹ sư công nghệ thông tin X', 'vận động viên đua thuyền Y')", () => {
    expect(people("Tiêu biểu như kỹ sư công nghệ thông tin Nguyễn Hoàng Khang, xã Tân Hương, đã tình nguyện nhập ngũ. Thay mặt các vận động viên, vận động viên đua thuyền Lưu Thị Hồng Nhung hứa thi đấu hết mình.")).toEqual({
      "Nguyễn Hoàng Khang": [],
      "Lưu Thị Hồng Nhung": [],
    });
  });

  it("reads the intellectual property office, a science centre's name and the anti-corruption steering committees named with 'về' whole", () => {
    expect(people("Ông Văn Đức Trọng, Cục trưởng Cục Sở hữu trí tuệ, phát biểu. Ông Lê Đình Sơn, Phó Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ, báo cáo. Đồng chí Vũ Đình Trọng, Bí thư Thành ủy, Trưởng Ban Chỉ đạo thành phố về phòng, chống tham nhũng, lãng phí, tiêu cực chủ trì.")).toEqual({
      "Văn Đức Trọng": ["Cục trưởng Cục Sở hữu trí tuệ"],
      "Lê Đình Sơn": ["Phó Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"],
      "Vũ Đình Trọng": ["Bí thư Thành ủy", "Trưởng Ban Chỉ đạo thành phố về phòng, chống tham nhũng, lãng phí, tiêu cực"],
    });
  });

  it("ends a former office's place at '(cũ)' and reads the current office after it ('…, hiện là …')", () => {
    expect(people("Ủy ban Kiểm tra thi hành kỷ luật đối với ông Lô Văn Thắm, nguyên Huyện ủy viên, nguyên Phó Chủ tịch UBND huyện Quế Phong (cũ), hiện là Phó Bí thư Đảng ủy xã Tri Lễ.")).toEqual({
      "Lô Văn Thắm": ["nguyên Huyện ủy viên", "nguyên Phó Chủ tịch Ủy ban nhân dân huyện", "Phó Bí thư Đảng ủy xã"],
    });
  });

  it("reads a prison's governor, the police's lettered departments, the amnesty council, small businesses' and e-commerce associations and a self-managed group whole", () => {
    expect(people("Ông Phan Đình Long, Giám thị Trại giam số 6, cho biết. Ông Hoàng Minh Tiến, Phó Cục trưởng Cục C10 chủ trì. Ông Trần Quang Vinh, Chủ tịch Hội đồng tư vấn đặc xá Trung ương phát biểu. Ông Nay Phi Long, Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh, cho biết. Ông Hồ Sỹ Nguyên, Phó Chủ tịch Hiệp hội Thương mại điện tử Việt Nam đề xuất. Bà Nguyễn Thị Bé Tư, Tổ trưởng tổ nhân dân tự quản, phản ánh.")).toEqual({
      "Phan Đình Long": ["Giám thị Trại giam số 6"],
      "Hoàng Minh Tiến": ["Phó Cục trưởng Cục C10"],
      "Trần Quang Vinh": ["Chủ tịch Hội đồng tư vấn đặc xá Trung ương"],
      "Nay Phi Long": ["Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh"],
      "Hồ Sỹ Nguyên": ["Phó Chủ tịch Hiệp hội Thương mại điện tử Việt Nam"],
      "Nguyễn Thị Bé Tư": ["Tổ trưởng tổ nhân dân tự quản"],
    });
  });

  it("ends a name with 'Chánh' or 'Trưởng' as a given name when no body's capital follows ('Huỳnh Văn Chánh, Ủy viên …'), but not before 'Chánh Văn phòng'", () => {
    expect(people("Đồng chí Huỳnh Văn Chánh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì. Ông Lê Văn Trưởng cho biết.")).toEqual({
      "Huỳnh Văn Chánh": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"],
      "Lê Văn Trưởng": [],
    });
    expect(Object.keys(people("Đồng chí Nguyễn Văn An Chánh Văn phòng Tỉnh ủy dự."))).toEqual(["Nguyễn Văn An"]);
  });

  it("reads heritage bodies, a city's urban railways and a numbered builder of transport works whole", () => {
    expect(people("Ông Hà Văn Cẩn, nguyên Viện trưởng Viện Khảo cổ học, phát biểu. Ông Bùi Quang Hiệp, Trưởng Ban Quản lý Quần thể danh thắng Tràng An, cho biết. Ông Nguyễn Hữu Đạt, Giám đốc Trung tâm Bảo tồn Di tích Cố đô Huế, báo cáo. Ông Phí Văn Khang, Chủ tịch Hội đồng Di sản văn hóa quốc gia chủ trì. Ông Vũ Thế Anh, Phó Tổng Giám đốc Tổng công ty Xây dựng công trình giao thông 1, cho biết. Ông Phan Đức Tài, Trưởng Ban Quản lý đường sắt đô thị Hà Nội, báo cáo.")).toEqual({
      "Hà Văn Cẩn": ["nguyên Viện trưởng Viện Khảo cổ học"],
      "Bùi Quang Hiệp": ["Trưởng Ban Quản lý Quần thể danh thắng Tràng An"],
      "Nguyễn Hữu Đạt": ["Giám đốc Trung tâm Bảo tồn Di tích Cố đô Huế"],
      "Phí Văn Khang": ["Chủ tịch Hội đồng Di sản văn hóa quốc gia"],
      "Vũ Thế Anh": ["Phó Tổng Giám đốc Tổng công ty Xây dựng công trình giao thông 1"],
      "Phan Đức Tài": ["Trưởng Ban Quản lý đường sắt đô thị"],
    });
  });

  it("reads a cooperative's name on through its trade's lower-case words to its own name, but not to a person's name or a verb", () => {
    expect(people("Ông Ngô Văn Hòa, Giám đốc Hợp tác xã Chăn nuôi gia cầm Tiến Phát, kiến nghị hỗ trợ. Bà Lương Thị Huyền, Giám đốc Hợp tác xã Trà hoa vàng Tây Yên Tử, chia sẻ kinh nghiệm. Bà Hoàng Thị Lan, Giám đốc Hợp tác xã Nông lâm sản Hồi Vàng, phát biểu. Giám đốc Hợp tác xã Dịch vụ nông nghiệp Trần Văn Khải cho biết sản lượng tăng.")).toEqual({
      "Ngô Văn Hòa": ["Giám đốc Hợp tác xã Chăn nuôi gia cầm Tiến Phát"],
      "Lương Thị Huyền": ["Giám đốc Hợp tác xã Trà hoa vàng Tây Yên Tử"],
      "Hoàng Thị Lan": ["Giám đốc Hợp tác xã Nông lâm sản Hồi Vàng"],
      "Trần Văn Khải": ["Giám đốc Hợp tác xã Dịch vụ nông nghiệp"],
    });
  });

  it("reads the lower-case words of an institute's, a department's, an office's or a company's name as the name's, but not past another body ('Vụ … Ban Tuyên giáo Trung ương thông tin …')", () => {
    expect(people("Ông Lò Văn Pản, Vụ trưởng Vụ Công tác dân tộc địa phương dự. Bà Vi Thị Hà, Chánh Văn phòng Điều phối nông thôn mới tỉnh dự. Ông Hầu Minh Trí, Viện trưởng Viện Chiến lược và Chính sách y tế, cho rằng cần đổi mới.")).toEqual({
      "Lò Văn Pản": ["Vụ trưởng Vụ Công tác dân tộc địa phương"],
      "Vi Thị Hà": ["Chánh Văn phòng Điều phối nông thôn mới tỉnh"],
      "Hầu Minh Trí": ["Viện trưởng Viện Chiến lược và Chính sách y tế"],
    });
    expect(people("Ông Lý Văn Hòa, Phó Cục trưởng Cục Thi hành án dân sự tỉnh dự.")).toEqual({ "Lý Văn Hòa": ["Phó Cục trưởng Cục Thi hành án dân sự tỉnh"] });
    expect(people("Ông Lê Văn Quý, Cục trưởng Cục Kinh tế hợp tác và Phát triển nông thôn dự.")).toEqual({ "Lê Văn Quý": ["Cục trưởng Cục Kinh tế hợp tác và Phát triển nông thôn"] });
    expect(people("Bà Lê Thị Mỹ Hạnh, Chi cục trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh cho biết. Bà Kim Thị Sô Phal, Hiệu trưởng Trường Phổ thông Dân tộc nội trú tỉnh chia sẻ.")).toEqual({
      "Lê Thị Mỹ Hạnh": ["Chi cục trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh"],
      "Kim Thị Sô Phal": ["Hiệu trưởng Trường Phổ thông Dân tộc nội trú tỉnh"],
    });
    expect(people("Đồng chí Nguyễn Mạnh Cường, Phó Vụ trưởng Vụ Báo chí - Xuất bản Ban Tuyên giáo Trung ương thông tin thời sự.")).toEqual({
      "Nguyễn Mạnh Cường": ["Phó Vụ trưởng Vụ Báo chí - Xuất bản Ban Tuyên giáo Trung ương"],
    });
  });

  it("reads a two-syllable name after 'tỉnh' or 'Tỉnh ủy' that is no province as a name ('Phó Chủ tịch HĐND tỉnh Ksor Bình'), and the Thái family name 'Vì' before 'Văn' or 'Thị'", () => {
    expect(people("Dự có Phó Chủ tịch HĐND tỉnh Ksor Bình; Chủ tịch UBND tỉnh Lê Tín. Theo ông Vì Văn Nọi ở bản Nà Sàng, sản lượng tăng. Vì Nhà nước hỗ trợ, dân yên tâm.")).toEqual({
      "Ksor Bình": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
      "Lê Tín": ["Chủ tịch Ủy ban nhân dân tỉnh"],
      "Vì Văn Nọi": [],
    });
    // The Thái family names "Đèo" and "Bạc".
    expect(people("Dự có các đồng chí: Đèo Văn Thắng, Chủ tịch UBND tỉnh; Giám đốc Sở Kế hoạch và Đầu tư Bạc Cầm Tiến.")).toEqual({
      "Đèo Văn Thắng": ["Chủ tịch Ủy ban nhân dân tỉnh"],
      "Bạc Cầm Tiến": ["Giám đốc Sở Kế hoạch và Đầu tư"],
    });
  });

  it("ends a title shared by a list where an item brings a title of its own before its name ('các đồng chí Phó Chủ tịch UBND tỉnh: A, B; Phó Chủ tịch HĐND tỉnh C')", () => {
    expect(people("Dự phiên họp có các đồng chí Phó Chủ tịch UBND tỉnh: Trần Hữu Lợi, Đoàn Văn Phước; Phó Chủ tịch HĐND tỉnh Ksor Bình; đồng chí Phan Quốc Bảo, Chánh Văn phòng UBND tỉnh.")).toEqual({
      "Trần Hữu Lợi": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Đoàn Văn Phước": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Ksor Bình": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
      "Phan Quốc Bảo": ["Chánh Văn phòng Ủy ban nhân dân tỉnh"],
    });
  });

  it("gives the office an appointment names before its list ('bổ nhiệm 3 Phó Giám đốc Sở …, gồm: bà A, nguyên …; ông B, …') to each of the list", () => {
    expect(people("UBND tỉnh bổ nhiệm 2 Phó Giám đốc Sở Nông nghiệp và Môi trường, gồm: bà Lê Thị Hòa, nguyên Giám đốc Sở Tài nguyên và Môi trường; ông Hồ Văn Nhân, nguyên Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn.")).toEqual({
      "Lê Thị Hòa": ["nguyên Giám đốc Sở Tài nguyên và Môi trường", "Phó Giám đốc Sở Nông nghiệp và Môi trường"],
      "Hồ Văn Nhân": ["nguyên Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Phó Giám đốc Sở Nông nghiệp và Môi trường"],
    });
  });

  it("gives the office a council elects before its list ('bầu bổ sung Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026 đối với các đồng chí: A, …; B, …') to each of the list", () => {
    expect(people("HĐND tỉnh cũng bầu bổ sung Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026 đối với các đồng chí: Thiếu tướng Nghiêm Văn Khánh, Giám đốc Công an tỉnh và Lê Thị Hải Yến, Giám đốc Sở Nội vụ. Kỳ họp bầu bổ sung Ủy viên UBND tỉnh đối với đồng chí Trần Văn An.")).toEqual({
      "Nghiêm Văn Khánh": ["Giám đốc Công an tỉnh", "Ủy viên Ủy ban nhân dân tỉnh"],
      "Lê Thị Hải Yến": ["Giám đốc Sở Nội vụ", "Ủy viên Ủy ban nhân dân tỉnh"],
      "Trần Văn An": ["Ủy viên Ủy ban nhân dân tỉnh"],
    });
  });

  it("reads the titles after an aside in parentheses ('đại biểu X (đơn vị bầu cử số 12, xã Bình Liêu), Phó Trưởng Ban …', 'ông Y (thôn 3, xã Ea Kar), Trưởng thôn'), and titles in them", () => {
    expect(people("Đại biểu Vi Thị Sen (đơn vị bầu cử số 12, xã Bình Liêu), Phó Trưởng Ban Dân tộc HĐND tỉnh đề nghị làm rõ. Ông Nguyễn Văn An (thôn 3, xã Ea Kar), Trưởng thôn, phát biểu. Bà Lê Thị Hoa (Phó Chủ tịch UBND xã) trả lời.")).toEqual({
      "Vi Thị Sen": ["Phó Trưởng Ban Dân tộc Hội đồng nhân dân tỉnh"],
      "Nguyễn Văn An": ["Trưởng thôn"],
      "Lê Thị Hoa": ["Phó Chủ tịch Ủy ban nhân dân xã"],
    });
  });

  it("drops a city's name after its level word in an association of businesses ('Hiệp hội Doanh nghiệp thành phố Hải Phòng'), and reads the zones a union serves ('Công đoàn các khu công nghiệp tỉnh')", () => {
    expect(people("Ông Lương Văn Hải, Chủ tịch Hiệp hội Doanh nghiệp thành phố Hải Phòng cho rằng khó khăn lớn nhất là tín dụng. Tham dự có ông Đỗ Hữu Nghĩa, Chủ tịch Công đoàn các khu công nghiệp tỉnh cùng các nhà đầu tư.")).toEqual({
      "Lương Văn Hải": ["Chủ tịch Hiệp hội Doanh nghiệp thành phố"],
      "Đỗ Hữu Nghĩa": ["Chủ tịch Công đoàn các khu công nghiệp tỉnh"],
    });
  });

  it("reads clergy by their rank and the posts of their church ('Đức Giám mục X, Giám mục Giáo phận Phát Diệm', 'Chánh Văn phòng Tòa Giám mục', 'Hội thánh Tin Lành Việt Nam (miền Nam)', 'Ủy ban Đoàn kết Công giáo')", () => {
    expect(people("Tại Tòa Giám mục Phát Diệm, đoàn được Đức Giám mục Nguyễn Văn Hòa, Giám mục Giáo phận Phát Diệm cùng Linh mục Vũ Đình Thạc, Chánh Văn phòng Tòa Giám mục đón tiếp. Dự có Mục sư Đặng Quốc Hưng, Trưởng Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) thành phố; Linh mục Nguyễn Hữu Phước, Chủ tịch Ủy ban Đoàn kết Công giáo thành phố; Hiền tài Trần Văn Mười.")).toEqual({
      "Nguyễn Văn Hòa": ["Giám mục Giáo phận"],
      "Vũ Đình Thạc": ["Chánh Văn phòng Tòa Giám mục"],
      "Đặng Quốc Hưng": ["Trưởng Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) thành phố"],
      "Nguyễn Hữu Phước": ["Chủ tịch Ủy ban Đoàn kết Công giáo thành phố"],
      "Trần Văn Mười": [],
    });
  });

  it("writes in full an abbreviation the document defines ('Giáo hội Phật giáo Việt Nam (GHPGVN)'), and reads the Sangha's posts ('Phó Pháp chủ', 'Chánh Thư ký')", () => {
    expect(people("Ban Trị sự Giáo hội Phật giáo Việt Nam (GHPGVN) thành phố Huế tổ chức hội nghị. Hòa thượng Thích Như Tịnh, Phó Pháp chủ Hội đồng Chứng minh GHPGVN quang lâm chứng minh hội nghị. Báo cáo do Thượng tọa Thích Phước Đạt, Chánh Thư ký Ban Trị sự GHPGVN thành phố trình bày.", "Huế")).toEqual({
      "Thích Như Tịnh": ["Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam"],
      "Thích Phước Đạt": ["Chánh Thư ký Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố"],
    });
    // Not capitals whose initials are not the words before them.
    expect(people("Đồng chí Lê Văn Hai, Giám đốc Công ty Điện lực (PCNA) phát biểu. Đồng chí Lê Văn Ba, Giám đốc PCNA dự.")).toEqual({
      "Lê Văn Hai": ["Giám đốc Công ty Điện lực"],
      "Lê Văn Ba": ["Giám đốc PCNA"],
    });
  });

  it("reads a head teacher without the school the report is about ('Hiệu trưởng nhà trường' is 'Hiệu trưởng', as most keys write it), one just admitted ('đảng viên mới X'), and a later 'em Phương Linh' as 'em Nông Thị Phương Linh'", () => {
    const e = extract("Lễ kết nạp đảng viên\n\nSáng 18/5, Chi bộ tổ chức lễ kết nạp đảng viên. Đồng chí Ngô Thị Thanh Hương, Bí thư Chi bộ, Hiệu trưởng nhà trường chủ trì buổi lễ. Em Nông Thị Phương Linh được kết nạp. Người giới thiệu em Phương Linh là đồng chí Đàm Thu Trang. Tại buổi lễ, đảng viên mới Hoàng Minh Khôi chia sẻ niềm vui.", { publishedAt: "2026-05-18" });
    expect(Object.fromEntries(e.persons.map((p) => [p.name, p.offices]))).toEqual({
      "Ngô Thị Thanh Hương": ["Bí thư Chi bộ", "Hiệu trưởng"],
      "Nông Thị Phương Linh": [],
      "Đàm Thu Trang": [],
      "Hoàng Minh Khôi": [],
    });
    expect(e.meetings.map((m) => m.attendedBy.includes("Hoàng Minh Khôi"))).toEqual([true]);
  });

  it("reads offices of working groups, registries, numbered divisions and accountants ('Tổ trưởng Tổ công tác triển khai Đề án 06 tỉnh', 'Văn phòng Đăng ký đất đai', 'Trưởng phòng Nghiệp vụ 3', 'Kế toán trưởng'), and a company's name that reads as a person's ('… Nông sản Cao Nguyên Xanh')", () => {
    expect(people("Đồng chí Nguyễn Quốc Bình, Chủ tịch UBND tỉnh, Tổ trưởng Tổ công tác triển khai Đề án 06 tỉnh chủ trì. Tòa án tuyên phạt bị cáo Lê Quý Tường, nguyên Phó Giám đốc Văn phòng Đăng ký đất đai tỉnh. Ông Võ Minh Nhựt, Trưởng phòng Nghiệp vụ 3, đề xuất số hóa hồ sơ. Bà Phan Thị Mỹ Lệ, nguyên Kế toán trưởng Ban Quản lý dự án tỉnh, bị khởi tố. Ông Phạm Đức Toàn, Tổng Giám đốc Công ty Cổ phần Xuất nhập khẩu Nông sản Cao Nguyên Xanh cho biết, doanh nghiệp sẵn sàng bao tiêu.")).toEqual({
      "Nguyễn Quốc Bình": ["Chủ tịch Ủy ban nhân dân tỉnh", "Tổ trưởng Tổ công tác triển khai Đề án 06 tỉnh"],
      "Lê Quý Tường": ["nguyên Phó Giám đốc Văn phòng Đăng ký đất đai tỉnh"],
      "Võ Minh Nhựt": ["Trưởng phòng Nghiệp vụ 3"],
      "Phan Thị Mỹ Lệ": ["nguyên Kế toán trưởng Ban Quản lý dự án tỉnh"],
      "Phạm Đức Toàn": ["Tổng Giám đốc Công ty Cổ phần Xuất nhập khẩu Nông sản Cao Nguyên Xanh"],
    });
  });

  it("reads numbered military and coast guard units ('Tư lệnh Vùng 4 Hải quân', 'Lữ đoàn trưởng Lữ đoàn 146', 'Vùng Cảnh sát biển 2'), a special zone as a place, and committees against illegal fishing, fishing ports and fishermen's groups", () => {
    expect(people("Dự có Chuẩn Đô đốc Đinh Công Thành, Tư lệnh Vùng 4 Hải quân; Đại tá Hoàng Minh Đức, Lữ đoàn trưởng Lữ đoàn 146; Đại tá Lê Đình Thắng, Phó Tư lệnh Vùng Cảnh sát biển 2; đồng chí Kiều Văn Thắng, Bí thư Đảng ủy đặc khu Trường Sa; đồng chí Trương Minh Khoa, Trưởng Ban Chỉ đạo chống khai thác IUU tỉnh; ông Huỳnh Tấn Lộc, Chi cục trưởng Chi cục Thủy sản thuộc Sở Nông nghiệp và Môi trường; ông Võ Minh Hải, Giám đốc Ban Quản lý các cảng cá tỉnh; ông Huỳnh Văn Sáu, Tổ trưởng Tổ đoàn kết sản xuất trên biển.", "Khánh Hòa")).toEqual({
      "Đinh Công Thành": ["Tư lệnh Vùng 4 Hải quân"],
      "Hoàng Minh Đức": ["Lữ đoàn trưởng Lữ đoàn 146"],
      "Lê Đình Thắng": ["Phó Tư lệnh Vùng Cảnh sát biển 2"],
      "Kiều Văn Thắng": ["Bí thư Đảng ủy đặc khu"],
      "Trương Minh Khoa": ["Trưởng Ban Chỉ đạo chống khai thác IUU tỉnh"],
      "Huỳnh Tấn Lộc": ["Chi cục trưởng Chi cục Thủy sản"],
      "Võ Minh Hải": ["Giám đốc Ban Quản lý các cảng cá tỉnh"],
      "Huỳnh Văn Sáu": ["Tổ trưởng Tổ đoàn kết sản xuất trên biển"],
    });
  });

  it("keeps apart the country an office abroad is in ('Phó Chủ tịch Hội người Việt Nam tại Thái Lan, Chủ tịch …'), and reads overseas and friendship associations ('Hội đồng hương Nghệ An tại Cộng hòa Séc', 'Liên hiệp các tổ chức hữu nghị tỉnh')", () => {
    const e = extract("Tiêu đề\n\nDự có bà Nguyễn Thị Kim Oanh, Phó Chủ tịch Hội người Việt Nam tại Thái Lan, Chủ tịch Hội đồng quản trị Công ty Cổ phần Thương mại Sông Lam; ông Lê Văn Quý, Chủ tịch Hội đồng hương Nghệ An tại Cộng hòa Séc; bà Yoon Seo-yeon, Chủ tịch Hội Doanh nghiệp Chungnam tại Việt Nam; bà Hoàng Thị Minh Nguyệt, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh.", { province: "Nghệ An" });
    expect(Object.fromEntries(e.persons.map((p) => [p.name, p.holds.map((h) => [h.title, h.jurisdiction])]))).toEqual({
      "Nguyễn Thị Kim Oanh": [["Phó Chủ tịch Hội người Việt Nam", "Thái Lan"], ["Chủ tịch Hội đồng quản trị Công ty Cổ phần Thương mại Sông Lam", "Nghệ An"]],
      "Lê Văn Quý": [["Chủ tịch Hội đồng hương Nghệ An", "Cộng hòa Séc"]],
      "Yoon Seo-yeon": [["Chủ tịch Hội Doanh nghiệp Chungnam", "Việt Nam"]],
      "Hoàng Thị Minh Nguyệt": [["Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh", "Nghệ An"]],
    });
  });

  it("reads sciences in a body's name ('Viện Công nghệ sinh học', 'Khoa Nông học') without losing a name that ends like one ('Trần Văn Học'), a prize's council, a province's merged newspaper and broadcaster, and a collaborator named", () => {
    expect(people("Dự có TS Trịnh Hồng Phúc, Viện trưởng Viện Công nghệ sinh học; PGS.TS Lý Thị Hồng Nhung, Trưởng khoa Nông học; đồng chí Đỗ Thị Thu Hà, Chủ tịch Hội đồng xét tặng Giải thưởng Khoa học và Công nghệ tỉnh; ông Phan Xuân Hòa, Tổng Biên tập Báo và Phát thanh, Truyền hình tỉnh; đồng chí Trần Văn Học, Phó Bí thư Tỉnh ủy. Cộng tác viên Lường Thị Mai (phường Phổ Yên) kiến nghị tập huấn.")).toEqual({
      "Trịnh Hồng Phúc": ["Viện trưởng Viện Công nghệ sinh học"],
      "Lý Thị Hồng Nhung": ["Trưởng khoa Nông học"],
      "Đỗ Thị Thu Hà": ["Chủ tịch Hội đồng xét tặng Giải thưởng Khoa học và Công nghệ tỉnh"],
      "Phan Xuân Hòa": ["Tổng Biên tập Báo và Phát thanh, Truyền hình tỉnh"],
      "Trần Văn Học": ["Phó Bí thư Tỉnh ủy"],
      "Lường Thị Mai": [],
    });
  });

  it("drops a highland village's name after 'bản' ('Tổ trưởng Tổ tiết kiệm và vay vốn bản Cợp'), not a body's name after 'Xuất bản'", () => {
    expect(people("Bà Hồ Thị Xuân, Tổ trưởng Tổ tiết kiệm và vay vốn bản Cợp, cho biết tổ có 52 thành viên. Ông Nguyễn Mạnh Cường, Phó Vụ trưởng Vụ Báo chí - Xuất bản Ban Tuyên giáo Trung ương phát biểu.")).toEqual({
      "Hồ Thị Xuân": ["Tổ trưởng Tổ tiết kiệm và vay vốn bản"],
      "Nguyễn Mạnh Cường": ["Phó Vụ trưởng Vụ Báo chí - Xuất bản Ban Tuyên giáo Trung ương"],
    });
  });

  it("reads the offices held then as former and the one held now as current ('X, khi đó là Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, nay là Phó Trưởng Ban Nội chính Trung ương')", () => {
    expect(people("Hội nghị diễn ra dưới sự chủ trì của đồng chí Nguyễn Hữu Quang, khi đó là Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, nay là Phó Trưởng Ban Nội chính Trung ương.")).toEqual({
      "Nguyễn Hữu Quang": ["nguyên Ủy viên Trung ương Đảng", "nguyên Bí thư Tỉnh ủy", "Phó Trưởng Ban Nội chính Trung ương"],
    });
  });

  it("reads the law's councils and services ('Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh', 'Chi nhánh Trợ giúp pháp lý nhà nước số 2', 'Tổ hòa giải thôn'), an office held at the same time ('…, đồng thời là …'), a bar association that is no person, and professions before a name", () => {
    expect(people("Đồng chí Trần Minh Sang, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh chủ trì. Ông Lý Văn Páo, Trưởng Chi nhánh Trợ giúp pháp lý nhà nước số 2 báo cáo. Bà Hoàng Thị Sen, Tổ trưởng Tổ hòa giải thôn Đông Hải, đồng thời là Chi hội trưởng Chi hội Phụ nữ thôn, cho biết. Báo cáo do luật sư Lê Văn Thịnh, Chủ nhiệm Đoàn Luật sư tỉnh, trình bày. Phó Chủ tịch Liên đoàn Luật sư Việt Nam dự. Hòa giải viên Lê Thị Hạnh, trợ giúp viên pháp lý Bàn Thị Mai, vận động viên Quàng Thị Mai và nhạc sĩ Bùi Đức Hạnh phát biểu.")).toEqual({
      "Trần Minh Sang": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"],
      "Lý Văn Páo": ["Trưởng Chi nhánh Trợ giúp pháp lý nhà nước số 2"],
      "Hoàng Thị Sen": ["Tổ trưởng Tổ hòa giải thôn", "Chi hội trưởng Chi hội Phụ nữ thôn"],
      "Lê Văn Thịnh": ["Chủ nhiệm Đoàn Luật sư tỉnh"],
      "Lê Thị Hạnh": [], "Bàn Thị Mai": [], "Quàng Thị Mai": [], "Bùi Đức Hạnh": [],
    });
  });

  it("writes in full a group's short name the document defines ('Tập đoàn Điện lực Việt Nam (EVN)', '(PV Power)'), not a country in parentheses nor the group's name ending a member company's ('Công ty Than Hạ Long - TKV'), and reads a theatre's and an embassy's offices", () => {
    expect(people("Ông Phan Đức Kiên, Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam (EVN) phát biểu. Ông Ngô Trí Dũng, Tổng Giám đốc EVN báo cáo. Ông Lee Sang-woo, Chủ tịch Tập đoàn Hanwool (Hàn Quốc) và bà Kim Soo-jin, Tham tán Thương mại Đại sứ quán Hàn Quốc dự. Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam (TKV) có ông Ngô Văn Cường, Giám đốc Công ty Than Hạ Long - TKV. NSƯT Trịnh Thu Hường, Giám đốc Nhà hát Ca múa kịch Lam Sơn cho biết.", "Quảng Ninh")).toEqual({
      "Phan Đức Kiên": ["Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam"],
      "Ngô Trí Dũng": ["Tổng Giám đốc Tập đoàn Điện lực Việt Nam"],
      "Lee Sang-woo": ["Chủ tịch Tập đoàn Hanwool"],
      "Kim Soo-jin": ["Tham tán Thương mại Đại sứ quán Hàn Quốc"],
      "Ngô Văn Cường": ["Giám đốc Công ty Than Hạ Long - TKV"],
      "Trịnh Thu Hường": ["Giám đốc Nhà hát Ca múa kịch Lam Sơn"],
    });
  });

  it("reads defence, health and highland offices ('Chủ tịch Hội đồng nghĩa vụ quân sự xã', 'Trưởng Ban Chỉ đạo diễn tập', 'Trung đội trưởng Trung đội dân quân cơ động xã', 'Viện Huyết học - Truyền máu', 'Ban Chỉ đạo phòng, chống dịch bệnh tỉnh', 'Bí thư Chi bộ plei …'), one's people set aside before the titles, and one speaking for a group named after it", () => {
    expect(people("Ông Hoàng Văn Quyết, Chủ tịch UBND xã, Chủ tịch Hội đồng nghĩa vụ quân sự xã chủ trì. Đồng chí Đoàn Minh Triết, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo diễn tập phát biểu. Chị Lâm Thị Kim Thoa, Trung đội trưởng Trung đội dân quân cơ động xã Hòn Đất, bày tỏ. BS Đoàn Minh Quân, Phó Viện trưởng Viện Huyết học - Truyền máu Trung ương dự. Đồng chí Lâm Minh Triết, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống dịch bệnh tỉnh chủ trì cuộc họp. Ông Puih Hlép, Bí thư Chi bộ plei Ia Nueng chia sẻ. Bà H'Ba Liêng, người M'nông, Trưởng buôn Dơng Bắk kể lại.")).toEqual({
      "Hoàng Văn Quyết": ["Chủ tịch Ủy ban nhân dân xã", "Chủ tịch Hội đồng nghĩa vụ quân sự xã"],
      "Đoàn Minh Triết": ["Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo diễn tập"],
      "Lâm Thị Kim Thoa": ["Trung đội trưởng Trung đội dân quân cơ động xã"],
      "Đoàn Minh Quân": ["Phó Viện trưởng Viện Huyết học - Truyền máu Trung ương"],
      "Lâm Minh Triết": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban Chỉ đạo phòng, chống dịch bệnh tỉnh"],
      "Puih Hlép": ["Bí thư Chi bộ plei"],
      "H'Ba Liêng": ["Trưởng buôn"],
    });
    expect(people("Đại diện tân binh, Phan Đình Khôi (thôn Yên Lạc), bày tỏ niềm tự hào.")).toEqual({ "Phan Đình Khôi": [] });
  });

  it("reads a village's investment oversight board and a residential area's Front committee ('Trưởng ban Giám sát đầu tư của cộng đồng thôn', 'Trưởng ban Công tác Mặt trận khu dân cư Phước Hậu')", () => {
    expect(people("Ông Nguyễn Cảnh Toàn, Trưởng ban Giám sát đầu tư của cộng đồng thôn Yên Lạc phát biểu. Ông Phạm Văn Chín, Trưởng ban Công tác Mặt trận khu dân cư Phước Hậu báo cáo.")).toEqual({
      "Nguyễn Cảnh Toàn": ["Trưởng ban Giám sát đầu tư của cộng đồng thôn"],
      "Phạm Văn Chín": ["Trưởng ban Công tác Mặt trận khu dân cư"],
    });
  });

  it("keeps a bank's short name in its branch's offices ('Giám đốc Agribank chi nhánh tỉnh'), reads the central bank's numbered regions, a credit fund and a supervisory board, and leaves a term after the place ('xã Tân Trào khóa I') out of the office", () => {
    expect(people("Dự có bà Vương Thị Thanh Hoa, Giám đốc Ngân hàng Nhà nước chi nhánh Khu vực 5; ông Hà Minh Tuấn, Giám đốc Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam (Agribank) chi nhánh tỉnh. Ông Lê Văn Hải, Giám đốc Agribank chi nhánh tỉnh phát biểu. Ông Vũ Văn Cường, Chủ tịch Hội đồng quản trị Quỹ tín dụng nhân dân phát biểu. Ông Trần Văn Khiêm, Trưởng Ban kiểm soát báo cáo. Đồng chí Triệu Văn Sáng, Bí thư Đảng ủy xã Tân Trào khóa I, Chủ tịch HĐND xã phát biểu.")).toEqual({
      "Vương Thị Thanh Hoa": ["Giám đốc Ngân hàng Nhà nước chi nhánh Khu vực 5"],
      "Hà Minh Tuấn": ["Giám đốc Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam chi nhánh tỉnh"],
      "Lê Văn Hải": ["Giám đốc Agribank chi nhánh tỉnh"],
      "Vũ Văn Cường": ["Chủ tịch Hội đồng quản trị Quỹ tín dụng nhân dân"],
      "Trần Văn Khiêm": ["Trưởng Ban kiểm soát"],
      "Triệu Văn Sáng": ["Bí thư Đảng ủy xã", "Chủ tịch Hội đồng nhân dân xã"],
    });
  });

  it("reads the portals' shorthand for offices ('đ/c A, PBT TT TU, CT HĐND tỉnh', 'TB Tổ chức TU', 'TB Tuyên giáo và Dân vận TU') and ends a title after an abbreviation", () => {
    expect(people("Cùng dự có các đ/c: Hoàng Thị Mẩy, PBT TT TU, CT HĐND tỉnh; Đàm Đức Thịnh, UVBTV TU, TB Tổ chức TU; Bế Thị Thu Trang, TB Tuyên giáo và Dân vận TU; Lương Văn Hảo, PCT HĐND tỉnh. Đ/c Đàm Đức Thịnh, TB Tổ chức TU thông qua dự thảo.")).toEqual({
      "Hoàng Thị Mẩy": ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"],
      "Đàm Đức Thịnh": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"],
      "Bế Thị Thu Trang": ["Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"],
      "Lương Văn Hảo": ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
    });
  });

  it("reads a school named after a person as the school ('Hiệu trưởng Trường Chính trị Trần Phú từng …') and 'phát triển' inside a body's name", () => {
    expect(people("TS Lương Văn Khiêm, Hiệu trưởng Trường Chính trị Trần Phú từng nhận định như vậy. GS.TS Lê Hải Nam, Viện trưởng Viện Nghiên cứu phát triển kinh tế biển, đề xuất đặt hàng.")).toEqual({
      "Lương Văn Khiêm": ["Hiệu trưởng Trường Chính trị Trần Phú"],
      "Lê Hải Nam": ["Viện trưởng Viện Nghiên cứu phát triển kinh tế biển"],
    });
  });

  it("leaves physicians' degrees out of the name ('BSCKII Trịnh Xuân Khải, Bí thư Đảng ủy Bệnh viện …')", () => {
    expect(people("BSCKII Trịnh Xuân Khải, Giám đốc Bệnh viện Đa khoa tỉnh chủ trì hội nghị. Dự có ThS.BS Lê Đình Sáng.")).toEqual({
      "Trịnh Xuân Khải": ["Giám đốc Bệnh viện Đa khoa tỉnh"],
      "Lê Đình Sáng": [],
    });
  });

  it("reads a name after a Khmer pagoda's lay leader's or a Cham Muslim's title wherever it ends ('Achar Sơn Phol (chùa …)', 'ông Haji Ya Kụp ở …')", () => {
    expect(people("Dự có Achar Sơn Phol (chùa Bưng Kol) cùng nhiều vị sư cả. Cùng dự có ông Haji Ya Kụp ở thánh đường Mubarak.")).toEqual({ "Sơn Phol": [], "Ya Kụp": [] });
  });

  it("reads two syllables after a committee or inside a place as the place, and titles before a name as that name's", () => {
    expect(people("Đồng chí Hồ Thị Nguyên, Bí thư Huyện ủy Nam Trà My cho biết. Đồng chí Bí thư Huyện ủy Cao Lộc phát biểu.")).toEqual({ "Hồ Thị Nguyên": ["Bí thư Huyện ủy"] });
    expect(people("Dự có nguyên Tổng Bí thư Nông Đức Mạnh, nguyên Chủ tịch nước Nguyễn Minh Triết.")).toEqual({
      "Nông Đức Mạnh": ["nguyên Tổng Bí thư"], "Nguyễn Minh Triết": ["nguyên Chủ tịch nước"],
    });
  });

  it("leaves honours out like ranks, reads a deputy written in lower case, and bodies of digital transformation and strategy", () => {
    expect(people("Dự có Mẹ Việt Nam anh hùng Đặng Thị Lài và Anh hùng Lực lượng vũ trang nhân dân Nguyễn Văn Tấn. Bà Nguyễn Thị Kim Yến, đại biểu HĐND thành phố đơn vị quận Ninh Kiều chất vấn.")).toEqual({
      "Đặng Thị Lài": [], "Nguyễn Văn Tấn": [], "Nguyễn Thị Kim Yến": ["Đại biểu Hội đồng nhân dân thành phố"],
    });
    expect(people("Đồng chí Đặng Minh Khải, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh dự. Ông Đào Xuân Tiến, Phó Viện trưởng Viện Chiến lược phát triển dự.")).toEqual({
      "Đặng Minh Khải": ["Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban Chỉ đạo chuyển đổi số tỉnh"], "Đào Xuân Tiến": ["Phó Viện trưởng Viện Chiến lược phát triển"],
    });
  });

  it("leaves out a Heroic Mother's honour written 'Bà mẹ', a collector's calling, and reads the traditional medicine agency's name whole", () => {
    expect(people("Lãnh đạo xã đến thăm Bà mẹ Việt Nam anh hùng Hồ Thị Lài, năm nay 98 tuổi. Bảo tàng tỉnh tiếp nhận hiện vật do nhà sưu tầm Đặng Văn Mười (phường Pleiku) hiến tặng. Bà Đoàn Minh Châu, Cục trưởng Cục Quản lý Y Dược cổ truyền cho biết.")).toEqual({
      "Hồ Thị Lài": [], "Đặng Văn Mười": [], "Đoàn Minh Châu": ["Cục trưởng Cục Quản lý Y Dược cổ truyền"],
    });
  });

  it("keeps the late's 'cố' as a former office's marker, also after a memorial's name, and not in 'củng cố'", () => {
    expect(people("Đoàn đã dâng hương tưởng niệm cố Tổng Bí thư Lê Duẩn tại Khu lưu niệm cố Tổng Bí thư Lê Duẩn. Hội nghị bàn phương án tôn tạo Khu tưởng niệm cố Thủ tướng Võ Văn Kiệt. Cần củng cố Ban Chỉ đạo. Ông Lê Văn An, Phó Chủ tịch UBND tỉnh dự.")).toEqual({
      "Lê Duẩn": ["cố Tổng Bí thư"], "Võ Văn Kiệt": ["cố Thủ tướng"], "Lê Văn An": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
    });
  });

  it("reads a cooperative's two trades joined by 'và' before its name, the wartime administrative committee and the plant protection agency", () => {
    expect(people("Ông Lê Văn Dũng, Giám đốc Hợp tác xã sản xuất và kinh doanh muối sạch Quỳnh Thuận cho biết. Ông Lê Văn Mười, Giám đốc Hợp tác xã nông nghiệp và ông Lê Văn Hùng dự. Đồng chí Hoàng Văn Quảng, nguyên Phó Chủ tịch Uỷ ban hành chính tỉnh Tuyên Quang. Ông Hà Quang Minh, nguyên Cục trưởng Cục Bảo vệ thực vật, Phó Chủ tịch Hiệp hội Rau quả Việt Nam dự.")).toEqual({
      "Lê Văn Dũng": ["Giám đốc Hợp tác xã sản xuất và kinh doanh muối sạch Quỳnh Thuận"], "Lê Văn Mười": ["Giám đốc Hợp tác xã nông nghiệp"], "Lê Văn Hùng": [],
      "Hoàng Văn Quảng": ["nguyên Phó Chủ tịch Ủy ban hành chính tỉnh"], "Hà Quang Minh": ["nguyên Cục trưởng Cục Bảo vệ thực vật", "Phó Chủ tịch Hiệp hội Rau quả Việt Nam"],
    });
  });

  it("reads a newly taken office without its 'tân', the lottery companies' bodies, and not the title a question is put to ('Chất vấn Giám đốc Sở, bà X, …')", () => {
    expect(people("Dự có các đồng chí: Phùng Minh Tâm, Tỉnh ủy viên, tân Phó Chủ tịch UBND tỉnh; Phạm Hoàng Nam, tân Trưởng Ban Tổ chức Tỉnh ủy. Tân Giám đốc Sở Tài chính Lê Văn Tân phát biểu. Ông Đinh Công Bằng, Chủ tịch Hội đồng Xổ số kiến thiết khu vực miền Nam dự. Chất vấn Giám đốc Sở, bà Lô Thị Hoa, Trưởng Ban Dân tộc HĐND tỉnh đặt vấn đề.")).toEqual({
      "Phùng Minh Tâm": ["Tỉnh ủy viên", "Phó Chủ tịch Ủy ban nhân dân tỉnh"], "Phạm Hoàng Nam": ["Trưởng Ban Tổ chức Tỉnh ủy"], "Lê Văn Tân": ["Giám đốc Sở Tài chính"],
      "Đinh Công Bằng": ["Chủ tịch Hội đồng Xổ số kiến thiết khu vực miền Nam"], "Lô Thị Hoa": ["Trưởng Ban Dân tộc Hội đồng nhân dân tỉnh"],
    });
  });

  it("gives the persons of a list the offices written 'respectively' after or before them, only when as many", () => {
    expect(people("Các đồng chí Hà Minh Nhật, Tạ Quang Vinh và Đinh Thị Phương Lan, lần lượt là Giám đốc các sở Khoa học và Công nghệ, Tài chính và Nội vụ, đã báo cáo.")).toEqual({
      "Hà Minh Nhật": ["Giám đốc Sở Khoa học và Công nghệ"], "Tạ Quang Vinh": ["Giám đốc Sở Tài chính"], "Đinh Thị Phương Lan": ["Giám đốc Sở Nội vụ"],
    });
    expect(people("Báo cáo do các đồng chí Mai Đức Hạnh và Cao Thị Ngân trình bày, theo thứ tự là Phó Giám đốc Sở Nội vụ và Trưởng Ban Thi đua - Khen thưởng tỉnh.")).toEqual({
      "Mai Đức Hạnh": ["Phó Giám đốc Sở Nội vụ"], "Cao Thị Ngân": ["Trưởng Ban Thi đua - Khen thưởng tỉnh"],
    });
    expect(people("Các ông Lê Văn Hòa và Trần Văn Bình, lần lượt là Chủ tịch, Phó Chủ tịch UBND tỉnh, dự.")).toEqual({
      "Lê Văn Hòa": ["Chủ tịch Ủy ban nhân dân tỉnh"], "Trần Văn Bình": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
    });
    expect(people("Chủ tịch UBND phường Bãi Cháy và xã Đầm Hà lần lượt là các đồng chí Trịnh Công Thành và Lại Văn Dũng cho rằng khối lượng công việc tăng. Chủ tịch UBND các xã Mỹ Hiệp, Thanh Bình và phường Cao Lãnh là các ông Đặng Hữu Tài, Phạm Văn Lực và bà Ngô Thị Kim Thoa đã báo cáo.")).toEqual({
      "Trịnh Công Thành": ["Chủ tịch Ủy ban nhân dân phường"], "Lại Văn Dũng": ["Chủ tịch Ủy ban nhân dân xã"],
      "Đặng Hữu Tài": ["Chủ tịch Ủy ban nhân dân xã"], "Phạm Văn Lực": ["Chủ tịch Ủy ban nhân dân xã"], "Ngô Thị Kim Thoa": ["Chủ tịch Ủy ban nhân dân phường"],
    });
    expect(people("Các đồng chí Hà Minh Nhật, Tạ Quang Vinh và Đinh Thị Phương Lan, lần lượt là Giám đốc các sở Tài chính và Nội vụ, đã báo cáo.")).toEqual({
      "Hà Minh Nhật": [], "Tạ Quang Vinh": [], "Đinh Thị Phương Lan": [],
    });
    // A text that ends at the cue.
    expect(people("Các đồng chí Lê Văn An và Trần Văn Bình, lần lượt là")).toEqual({ "Lê Văn An": [], "Trần Văn Bình": [] });
  });

  it("reads associations named with lower-case words, the Khmer family name 'Kiên' before 'Thị', and ends a company's name before 'nhắc'", () => {
    expect(people("Ông Nguyễn Hữu Tường, Phó Chủ tịch Hội Bảo vệ thiên nhiên và Môi trường Việt Nam dự. Ông Nguyễn Đình Hiệp, Chủ tịch Hội Sinh vật cảnh tỉnh dự. Chánh Thanh tra tỉnh Kiên Thị Bích Ngọc khẳng định. Ông Lê Văn An, Chủ tịch UBND huyện Kiên Lương dự. Ông Doãn Minh Phúc, Giám đốc Công ty Hòa Bình nhắc lại tinh thần Nghị quyết.")).toEqual({
      "Nguyễn Hữu Tường": ["Phó Chủ tịch Hội Bảo vệ thiên nhiên và Môi trường Việt Nam"], "Nguyễn Đình Hiệp": ["Chủ tịch Hội Sinh vật cảnh tỉnh"],
      "Kiên Thị Bích Ngọc": ["Chánh Thanh tra tỉnh"], "Lê Văn An": ["Chủ tịch Ủy ban nhân dân huyện"], "Doãn Minh Phúc": ["Giám đốc Công ty Hòa Bình"],
    });
  });

  it("reads over a department's initials in parentheses before the name ('Giám đốc Sở Khoa học và Công nghệ (KH&CN) Nguyễn Hữu Phước')", () => {
    expect(people("Tại hội nghị, Giám đốc Sở Khoa học và Công nghệ (KH&CN) Nguyễn Hữu Phước cho biết. Thảo luận, Giám đốc Sở Văn hóa, Thể thao và Du lịch (VH,TT&DL) Lê Văn Nam cho biết.")).toEqual({
      "Nguyễn Hữu Phước": ["Giám đốc Sở Khoa học và Công nghệ"], "Lê Văn Nam": ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"],
    });
  });

  it("reads an office the person is introduced again as holding ('ông X, người hiện giữ chức …', 'bà Y - người vừa được bổ nhiệm làm …'), a parents' board and the land valuation council", () => {
    expect(people("Tại hội nghị, ông Đặng Hữu Toàn, người hiện giữ chức Giám đốc Sở Giáo dục và Đào tạo, cho biết. Nội dung do bà Phan Thị Thu Hà - người vừa được bổ nhiệm làm Phó Giám đốc Sở Y tế - truyền đạt. Bà Mạc Thị Thu Sương, Trưởng Ban đại diện cha mẹ học sinh Trường THPT Nguyễn Thị Minh Khai phát biểu. Ông Lê Trọng Nghĩa, Chủ tịch Hội đồng thẩm định bảng giá đất tỉnh chủ trì.")).toEqual({
      "Đặng Hữu Toàn": ["Giám đốc Sở Giáo dục và Đào tạo"], "Phan Thị Thu Hà": ["Phó Giám đốc Sở Y tế"],
      "Mạc Thị Thu Sương": ["Trưởng Ban đại diện cha mẹ học sinh Trường THPT Nguyễn Thị Minh Khai"], "Lê Trọng Nghĩa": ["Chủ tịch Hội đồng thẩm định bảng giá đất tỉnh"],
    });
  });

  it("reads a deputy's delegation as no part of the office, and the National Assembly's committee for petitions and supervision", () => {
    expect(people("Dự có đồng chí Trịnh Thị Thu Hiền, Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội, đại biểu Quốc hội Đoàn tỉnh Quảng Trị; Lý Văn Hạnh, Phó Chủ nhiệm Ủy ban Dân nguyện và Giám sát của Quốc hội; đại diện các bộ.")).toEqual({
      "Trịnh Thị Thu Hiền": ["Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội", "Đại biểu Quốc hội"],
      "Lý Văn Hạnh": ["Phó Chủ nhiệm Ủy ban Dân nguyện và Giám sát của Quốc hội"],
    });
  });

  it("keeps a title on its person when a three-syllable place follows it, and reads a border post's and a relic site's offices", () => {
    expect(people("Bà Đặng Thị Mẩy, Bí thư Huyện ủy Hoàng Su Phì, về liên kết chuỗi giá trị. Thiếu tá Phạm Văn Lực - Đồn trưởng cho biết. Bà Trần Thu Hằng, Giám đốc Khu Di tích lịch sử Đền Hùng dự.")).toEqual({
      "Đặng Thị Mẩy": ["Bí thư Huyện ủy"], "Phạm Văn Lực": ["Đồn trưởng"], "Trần Thu Hằng": ["Giám đốc Khu Di tích lịch sử Đền Hùng"],
    });
  });

  it("leaves a delegation's head out of offices, and reads a veteran cited by name", () => {
    expect(people("Đồng chí Trịnh Quang Vĩnh, Phó Trưởng Ban Tuyên giáo Trung ương, Trưởng đoàn công tác chủ trì. Cựu chiến binh Cao Văn Tịnh hiến đất.")).toEqual({
      "Trịnh Quang Vĩnh": ["Phó Trưởng Ban Tuyên giáo Trung ương"], "Cao Văn Tịnh": [],
    });
  });

  it("reads military offices: a region's chief of staff, the militia's department", () => {
    expect(people("Đại tá Nông Văn Hải, Tham mưu trưởng Quân khu dự. Thiếu tướng Lại Văn Hùng, Cục trưởng Cục Dân quân tự vệ dự.")).toEqual({
      "Nông Văn Hải": ["Tham mưu trưởng Quân khu"], "Lại Văn Hùng": ["Cục trưởng Cục Dân quân tự vệ"],
    });
  });

  it("reads a three-syllable name after a family name that starts places, artists' honours, and a former office then the current one", () => {
    expect(people("Cùng dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Thạch Thị Kim Hoa, Sơn Minh Đức; đại biểu huyện Sơn Tây.")).toEqual({
      "Thạch Thị Kim Hoa": ["Ủy viên Ban Thường vụ Tỉnh ủy"], "Sơn Minh Đức": ["Ủy viên Ban Thường vụ Tỉnh ủy"],
    });
    expect(people("Dự có đồng chí Trương Công Lý, nguyên Phó Bí thư Thường trực Tỉnh ủy, hiện là Chủ tịch Hội Khuyến học tỉnh; NSND Huỳnh Thị Mỹ Lệ, nguyên Giám đốc Nhà hát Nghệ thuật truyền thống tỉnh.")).toEqual({
      "Trương Công Lý": ["nguyên Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch Hội Khuyến học tỉnh"],
      "Huỳnh Thị Mỹ Lệ": ["nguyên Giám đốc Nhà hát Nghệ thuật truyền thống tỉnh"],
    });
  });

  it("reads 'chị'/'anh' before a full name, and offices in companies, cooperatives and universities", () => {
    expect(people("Chị Hồ Thị Diệu Linh, Bí thư Đoàn xã Hướng Phùng phát biểu. Anh hùng Lao động Nguyễn Văn Tấn dự. Ông Nguyễn Hữu Tài, Giám đốc Hợp tác xã Dịch vụ nông nghiệp Ánh Dương dự.")).toEqual({
      "Hồ Thị Diệu Linh": ["Bí thư Đoàn xã"], "Nguyễn Văn Tấn": [], "Nguyễn Hữu Tài": ["Giám đốc Hợp tác xã Dịch vụ nông nghiệp Ánh Dương"],
    });
    expect(people("Bà Đinh Thị Mai Phương, Chủ tịch Hội đồng quản trị Công ty cổ phần Khu công nghiệp Tân Hòa Long dự. Bà Cao Thị Hồng Nhung, Hiệu trưởng Trường Đại học Vinh phân tích.")).toEqual({
      "Đinh Thị Mai Phương": ["Chủ tịch Hội đồng quản trị Công ty cổ phần Khu công nghiệp Tân Hòa Long"], "Cao Thị Hồng Nhung": ["Hiệu trưởng Trường Đại học Vinh"],
    });
  });

  it("reads a representative board's office ('Ban đại diện Hội đồng quản trị …')", () => {
    expect(people("Ông Đào Mạnh Cường, Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh dự.")).toEqual({
      "Đào Mạnh Cường": ["Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh"],
    });
  });

  it("reads Thái family names (Lô, Lang) and a Khmer woman's name that starts with 'Thị'", () => {
    expect(people("Dự có các đồng chí: Lô Thị Hồng Vân, Phó Bí thư Huyện ủy; Thị Sa Rươne, Chủ tịch UBND xã. Gia đình anh Lang Văn Tuấn ở bản Na Lạc là một ví dụ.")).toEqual({
      "Lô Thị Hồng Vân": ["Phó Bí thư Huyện ủy"], "Thị Sa Rươne": ["Chủ tịch Ủy ban nhân dân xã"], "Lang Văn Tuấn": [],
    });
  });

  it("reads the chief of the general staff, lower-case words of a department's name, and associations named with 'và'", () => {
    expect(people("Thượng tướng Phạm Văn Lực, Tổng Tham mưu trưởng, Thứ trưởng Bộ Quốc phòng dự. Trung tướng Vũ Đức Hạnh, Phó Tổng Tham mưu trưởng dự.")).toEqual({
      "Phạm Văn Lực": ["Tổng Tham mưu trưởng", "Thứ trưởng Bộ Quốc phòng"], "Vũ Đức Hạnh": ["Phó Tổng Tham mưu trưởng"],
    });
    expect(people("Ông Tạ Minh Quân, Cục trưởng Cục Đổi mới sáng tạo dự. Ông Lò Văn Páo, Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện báo cáo.")).toEqual({
      "Tạ Minh Quân": ["Cục trưởng Cục Đổi mới sáng tạo"], "Lò Văn Páo": ["Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện"],
    });
    expect(people("Bà Trịnh Thu Hà, Phó Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam dự. Ông Mai Văn Sơn, Chủ tịch Hội Văn học và Nghệ thuật tỉnh phát biểu.")).toEqual({
      "Trịnh Thu Hà": ["Phó Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam"], "Mai Văn Sơn": ["Chủ tịch Hội Văn học và Nghệ thuật tỉnh"],
    });
  });

  it("reads the place a border post is named after, and a committee written once for a bare standing-committee membership", () => {
    expect(people("Dự có Trung tá Hà Minh Tuấn, Chính trị viên Đồn Biên phòng Tà Lùng, Ủy viên Ban Chấp hành Đảng bộ xã.")).toEqual({
      "Hà Minh Tuấn": ["Chính trị viên Đồn Biên phòng", "Ủy viên Ban Chấp hành Đảng bộ xã"],
    });
    expect(people("Đồng chí Vũ Thị Hạnh, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy phường trình bày. Đồng chí Chu Văn Khải, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy dự.")).toEqual({
      "Vũ Thị Hạnh": ["Ủy viên Ban Thường vụ Đảng ủy phường", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"],
      "Chu Văn Khải": ["Ủy viên Ban Thường vụ Huyện ủy", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"],
    });
  });

  it("reads a deputy head of a school and a company named for digital technology, before 'chia sẻ'", () => {
    expect(people("TS Lưu Thị Hoa, Phó Hiệu trưởng Trường Chính trị tỉnh đề xuất. Ông Tô Văn Long, Giám đốc Công ty cổ phần Công nghệ số Sao Mai chia sẻ kinh nghiệm.")).toEqual({
      "Lưu Thị Hoa": ["Phó Hiệu trưởng Trường Chính trị tỉnh"], "Tô Văn Long": ["Giám đốc Công ty cổ phần Công nghệ số Sao Mai"],
    });
  });

  it("reads committees serving several bodies ('Đảng ủy các KCN'), the Youth Union's full name, a village's cell, a sub-department's head", () => {
    expect(people("Đồng chí Hồ Văn Lợi, Bí thư Đảng ủy các KCN chủ trì. Chị Trần Thị Ngọc, Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh dự.")).toEqual({
      "Hồ Văn Lợi": ["Bí thư Đảng ủy các Khu công nghiệp"], "Trần Thị Ngọc": ["Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
    });
    expect(people("Ông Rơ Mah Thoan - Bí thư Chi bộ làng Bông (xã Ia Ka) kể lại. Bà Ma Thị Hiền, Chi cục trưởng Chi cục Kiểm lâm tỉnh báo cáo.")).toEqual({
      "Rơ Mah Thoan": ["Bí thư Chi bộ làng"], "Ma Thị Hiền": ["Chi cục trưởng Chi cục Kiểm lâm tỉnh"],
    });
  });

  it("reads Mường and Giáy family names (Xa, Thèn)", () => {
    expect(people("Dự có ông Xa Văn Khánh, Phó Chủ tịch UBND huyện; ông Thèn Seo Lử, trưởng thôn.")).toEqual({
      "Xa Văn Khánh": ["Phó Chủ tịch Ủy ban nhân dân huyện"], "Thèn Seo Lử": [],
    });
  });

  it("gives a title written once for a list to each person who also has titles of their own, up to the ';'", () => {
    expect(people("Về phía tỉnh có các Phó Bí thư Tỉnh ủy: Đoàn Văn Hải, Chủ tịch HĐND tỉnh và Tôn Thất Minh, Chủ tịch UBND tỉnh; Lục Thị Mai, Trưởng Ban Dân vận Tỉnh ủy.")).toEqual({
      "Đoàn Văn Hải": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"],
      "Tôn Thất Minh": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"],
      "Lục Thị Mai": ["Trưởng Ban Dân vận Tỉnh ủy"],
    });
  });

  it("gives a plural title to the names right after it, keeps a body's abbreviation out of a title, and reads 'khi đó' as a former office", () => {
    expect(people("Dự có các Phó Thủ tướng Chính phủ Lê Minh An, Đỗ Thị Thu, Hồ Văn Bảy; Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam (PVN) Phạm Quốc Việt.")).toEqual({
      "Lê Minh An": ["Phó Thủ tướng Chính phủ"], "Đỗ Thị Thu": ["Phó Thủ tướng Chính phủ"], "Hồ Văn Bảy": ["Phó Thủ tướng Chính phủ"],
      "Phạm Quốc Việt": ["Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam"],
    });
    expect(people("Hội nghị do đồng chí Trần Văn Chung, Bí thư Tỉnh ủy khi đó, chủ trì. Ông Thạch Sa Rết, Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh dự.")).toEqual({
      "Trần Văn Chung": ["nguyên Bí thư Tỉnh ủy"], "Thạch Sa Rết": ["Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh"],
    });
  });

  it("reads names whose family names the lexicon does not hold where a person is introduced: with a title after them, later in a list, after 'già làng'", () => {
    expect(people("Đoàn Chủ tịch gồm các đồng chí: Nguyễn Thanh Phúc, Bí thư Đảng ủy xã; Mah Sô Ly, Phó Bí thư Thường trực Đảng ủy xã. Đồng chí Cil Duy Khiêm, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu.")).toEqual({
      "Nguyễn Thanh Phúc": ["Bí thư Đảng ủy xã"], "Mah Sô Ly": ["Phó Bí thư Thường trực Đảng ủy xã"], "Cil Duy Khiêm": ["Trưởng Ban Tuyên giáo Tỉnh ủy"],
    });
    expect(people("Dự có các đồng chí Phó Chủ tịch UBND tỉnh: Phạm Văn Đức, Ka Sơ Ha Niêm; già làng Đinh Glơh chia sẻ.")).toEqual({
      "Phạm Văn Đức": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"], "Ka Sơ Ha Niêm": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"], "Đinh Glơh": [],
    });
    // Without an introducer, a capitalized run before a title is still no person.
    expect(people("Thường trực Huyện ủy Mang Yang, Bí thư các chi bộ dự.")).toEqual({});
  });

  it("gives the titles written after a given name ('Ông Khoa, 49 tuổi, nguyên …') to the person named in full", () => {
    expect(people("Đồng chí Trần Đình Khoa, Bí thư Đảng ủy xã phát biểu. Ông Khoa, 49 tuổi, nguyên Phó Bí thư Huyện ủy Yên Thành, được chỉ định làm Bí thư từ ngày 1/7.")).toEqual({
      "Trần Đình Khoa": ["Bí thư Đảng ủy xã", "nguyên Phó Bí thư Huyện ủy"],
    });
  });

  it("reads a company ('Tổng công ty') and a region ('miền Trung') inside a title", () => {
    expect(people("Ông Trương Công Định, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tổng công ty chủ trì. Ông Lê Văn Tâm, Giám đốc Công ty Điện lực miền Trung phát biểu.")).toEqual({
      "Trương Công Định": ["Bí thư Đảng ủy", "Chủ tịch Hội đồng thành viên Tổng công ty"], "Lê Văn Tâm": ["Giám đốc Công ty Điện lực miền Trung"],
    });
  });

  it("reads a neighbourhood's offices ('Trưởng khu phố', 'Trưởng Ban công tác Mặt trận khu phố'), newswire shorthand ('Bí thư TU') and a body named with 'và' and lower-case words", () => {
    expect(people("Đồng chí Lê Thị Kim Oanh, Bí thư Chi bộ, Trưởng khu phố 2 chủ trì. Đồng chí Đỗ Văn Thành, Phó Bí thư Chi bộ, Trưởng Ban công tác Mặt trận khu phố phát biểu. Đồng chí Vàng Seo Dình, Bí thư TU, Chủ tịch HĐND tỉnh và ông Đặng Minh Khôi, Cục trưởng Cục Quản lý nợ và Kinh tế đối ngoại dự.")).toEqual({
      "Lê Thị Kim Oanh": ["Bí thư Chi bộ", "Trưởng khu phố"],
      "Đỗ Văn Thành": ["Phó Bí thư Chi bộ", "Trưởng Ban công tác Mặt trận khu phố"],
      "Vàng Seo Dình": ["Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"],
      "Đặng Minh Khôi": ["Cục trưởng Cục Quản lý nợ và Kinh tế đối ngoại"],
    });
  });

  it("reads the Ministry of Finance's department for banks and financial institutions, lower-case words after 'và', as one body", () => {
    expect(people("Ông Kiều Văn Tuấn, Phó Vụ trưởng Vụ Tài chính các ngân hàng và tổ chức tài chính đề xuất sửa đổi cơ chế.")).toEqual({
      "Kiều Văn Tuấn": ["Phó Vụ trưởng Vụ Tài chính các ngân hàng và tổ chức tài chính"],
    });
  });

  it("reads a ministry's Party group written with a capital ('Ban Cán sự đảng') and the State Committee for Overseas Vietnamese, 'về' inside its name, each as one body", () => {
    expect(people("Hội nghị do đồng chí Lương Văn Khải, Ủy viên Ban Cán sự đảng, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn và đồng chí Đinh Quang Thuận, Phó Trưởng Ban Kinh tế Trung ương đồng chủ trì. Dự có đồng chí Võ Thị Bích Vân - Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài.")).toEqual({
      "Lương Văn Khải": ["Ủy viên Ban Cán sự đảng", "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn"],
      "Đinh Quang Thuận": ["Phó Trưởng Ban Kinh tế Trung ương"],
      "Võ Thị Bích Vân": ["Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài"],
    });
  });

  it("reads the Red Cross ('Hội Chữ thập đỏ') and the police's political department ('Phòng Công tác đảng và công tác chính trị') as one body each", () => {
    expect(people("Dự có đồng chí Cao Văn Thắng, Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam; đồng chí Lê Thị Hoài Thu, Chủ tịch Hội Chữ thập đỏ tỉnh phát biểu. Thượng tá Tạ Minh Châu, Trưởng phòng Công tác đảng và công tác chính trị Công an tỉnh trình bày báo cáo.")).toEqual({
      "Cao Văn Thắng": ["Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam"],
      "Lê Thị Hoài Thu": ["Chủ tịch Hội Chữ thập đỏ tỉnh"],
      "Tạ Minh Châu": ["Trưởng phòng Công tác đảng và công tác chính trị Công an tỉnh"],
    });
  });

  it("reads a division's name with its lower-case words ('Bí thư Chi bộ Phòng Quản lý ngân sách')", () => {
    expect(people("Thảo luận tại Đại hội, đồng chí Lê Đình Khang, Bí thư Chi bộ Phòng Quản lý ngân sách tham luận về sinh hoạt chi bộ.")).toEqual({
      "Lê Đình Khang": ["Bí thư Chi bộ Phòng Quản lý ngân sách"],
    });
  });

  it("reads the civil defence command ('Ban Chỉ huy phòng thủ dân sự xã') as one body", () => {
    expect(people("Đồng chí Vũ Văn Thành, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ huy phòng thủ dân sự xã báo cáo.")).toEqual({
      "Vũ Văn Thành": ["Phó Chủ tịch Ủy ban nhân dân xã", "Trưởng Ban Chỉ huy phòng thủ dân sự xã"],
    });
  });

  it("reads a steering committee's long name after its head ('Trưởng Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia'), and stops at what it steers ('tổng kết …')", () => {
    expect(people("Phó Thủ tướng Ngô Thị Thu Hà, Trưởng Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia, chủ trì cuộc họp. Ông Trương Minh Hoàn, Trưởng Ban Chỉ đạo tổng kết Nghị quyết 18 phát biểu.")).toEqual({
      "Ngô Thị Thu Hà": ["Phó Thủ tướng", "Trưởng Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia"],
      "Trương Minh Hoàn": ["Trưởng Ban Chỉ đạo"],
    });
  });

  it("reads the steering committee against corruption, waste and negativity and the citizens' reception board, commas and all, as one body each", () => {
    expect(people("Đồng chí Đinh Quốc Thịnh, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh chủ trì. Dự có đồng chí Hà Văn Thuận, Phó Chánh Thanh tra tỉnh, Trưởng Ban Tiếp công dân tỉnh.")).toEqual({
      "Đinh Quốc Thịnh": ["Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh"],
      "Hà Văn Thuận": ["Phó Chánh Thanh tra tỉnh", "Trưởng Ban Tiếp công dân tỉnh"],
    });
  });

  it("reads Lao names written with hyphens, a Lao governor ('Tỉnh trưởng'), a current office after a former one ('nay là'), the Youth Union's district committee with its place, and 'Ban cán sự Đảng'", () => {
    expect(people("Đoàn do đồng chí Khăm-xay Vông-pa-xớt, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phông-xa-lỳ dẫn đầu. Cùng dự có anh Hà Văn Chiến, nguyên Bí thư Tỉnh đoàn, nay là Phó Chủ tịch UBND huyện Phong Thổ; anh Sùng A Dế, Bí thư Huyện đoàn Sìn Hồ; ông Lường Văn Quán, nguyên Bí thư Ban cán sự Đảng tỉnh.")).toEqual({
      "Khăm-xay Vông-pa-xớt": ["Bí thư Tỉnh ủy", "Tỉnh trưởng"],
      "Hà Văn Chiến": ["nguyên Bí thư Tỉnh đoàn", "Phó Chủ tịch Ủy ban nhân dân huyện"],
      "Sùng A Dế": ["Bí thư Huyện đoàn"],
      "Lường Văn Quán": ["nguyên Bí thư Ban cán sự Đảng tỉnh"],
    });
  });

  it("does not give the title of the one who delegated ('Thừa ủy quyền của Chủ tịch nước, …') to the person named after it", () => {
    expect(people("Thừa ủy quyền của Chủ tịch nước, Chủ tịch Quốc hội Triệu Quang Hiển trao Huân chương Độc lập.")).toEqual({ "Triệu Quang Hiển": ["Chủ tịch Quốc hội"] });
  });

  it("gives a title written before the first name of a list after a colon to the names with none of their own, and reads two standing committees' names", () => {
    expect(people("Các đồng chí: Phó Chủ tịch UBND tỉnh Hồ Ngọc Thạch, Y Khăm Byă và H'Liên Niê đồng chủ trì. Dự có các đồng chí: Phó Bí thư Tỉnh ủy Lê Văn An; Trần Văn Bình, Chủ tịch UBND tỉnh.")).toEqual({
      "Hồ Ngọc Thạch": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"], "Y Khăm Byă": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"], "H'Liên Niê": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Lê Văn An": ["Phó Bí thư Tỉnh ủy"], "Trần Văn Bình": ["Chủ tịch Ủy ban nhân dân tỉnh"],
    });
    expect(people("Ông Hồ Văn Thạch, Trưởng Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh và bà Phan Thị Hương, Phó Trưởng Ban Thường trực Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh dự.")).toEqual({
      "Hồ Văn Thạch": ["Trưởng Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"],
      "Phan Thị Hương": ["Phó Trưởng Ban Thường trực Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh"],
    });
  });

  it("resolves a title with its province to that province's holder only, and a highlands name cut to its personal name ('Y Khuê') to the full one", () => {
    const e = extract("Tiêu đề\n\nNgày 8/10, Tỉnh ủy Vĩnh Phúc tổ chức hội nghị. Đồng chí Y Khuê Byă, Phó Bí thư Tỉnh ủy chủ trì. Đoàn được đồng chí Triệu Văn Phìn, Bí thư Tỉnh ủy Hà Giang giao nhiệm vụ.\nKết luận hội nghị, đồng chí Bí thư Tỉnh ủy Vĩnh Phúc nhấn mạnh vai trò của chuyển đổi số. Đồng chí Y Khuê phát biểu.", { province: "Vĩnh Phúc" });
    expect(e.persons.map((p) => p.name)).toEqual(["Y Khuê Byă", "Triệu Văn Phìn"]);
    expect(e.meetings[0]!.attendedBy).toEqual([]);
  });

  it("reads a four-syllable name with 'Thị' after a place in a title ('thị xã An Nhơn Phan Thị Ngọc Lan')", () => {
    expect(people("Phát biểu tại hội nghị, Chủ tịch Ủy ban MTTQ Việt Nam thị xã An Nhơn Phan Thị Ngọc Lan cho biết.")).toEqual({
      "Phan Thị Ngọc Lan": ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thị xã"],
    });
  });

  it("reads the family name 'Mã' and 'Cục Quản lý thị trường' inside a title, with offices in parentheses", () => {
    expect(people("Ông Mã Văn Dũng (Cục trưởng Cục Hải quan tỉnh) và ông Hà Quang Vinh (Phó Cục trưởng Cục Quản lý thị trường tỉnh) tham luận.")).toEqual({
      "Mã Văn Dũng": ["Cục trưởng Cục Hải quan tỉnh"], "Hà Quang Vinh": ["Phó Cục trưởng Cục Quản lý thị trường tỉnh"],
    });
  });

  it("reads two offices held together ('Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh')", () => {
    expect(people("Ông Hoàng Minh Đạt, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Quảng Ngãi, chủ trì hội nghị.")).toEqual({
      "Hoàng Minh Đạt": ["Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"],
    });
  });

  it("reads the Party committee of the Front and the mass organisations as one body ('Bí thư Đảng ủy Mặt trận Tổ quốc và các đoàn thể Trung ương')", () => {
    expect(people("Đồng chí Mai Xuân Trường, Bí thư Đảng ủy Mặt trận Tổ quốc và các đoàn thể Trung ương, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam chủ trì hội nghị.", null)).toEqual({
      "Mai Xuân Trường": ["Bí thư Đảng ủy Mặt trận Tổ quốc và các đoàn thể Trung ương", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"],
    });
  });

  it("gives the office a person is appointed to after the bodies joined ('chỉ định ông X, …, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức …')", () => {
    expect(people("Ông Khang công bố quyết định của Bộ Chính trị chỉ định ông Võ Minh Hải, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Quảng Ngãi.", null)).toEqual({
      "Võ Minh Hải": ["Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Phó Bí thư Tỉnh ủy"],
    });
  });

  it("reads a workshop foreman ('nguyên Quản đốc Phân xưởng Cơ điện') as an office", () => {
    expect(people("Trách nhiệm thuộc về đồng chí Bùi Quang Hải, nguyên Quản đốc Phân xưởng Cơ điện.", null)).toEqual({
      "Bùi Quang Hải": ["nguyên Quản đốc Phân xưởng Cơ điện"],
    });
  });

  it("reads the person after ', và' that ends a title in a list, and gives both the office they are elected to ('Các đồng chí A, Chủ tịch UBND thành phố, và B được bầu giữ chức …')", () => {
    expect(people("Các đồng chí Tôn Thất Bảo, Chủ tịch UBND thành phố, và Đoàn Văn Khiêm được bầu giữ chức Phó Bí thư Thành ủy.", null)).toEqual({
      "Tôn Thất Bảo": ["Chủ tịch Ủy ban nhân dân thành phố", "Phó Bí thư Thành ủy"],
      "Đoàn Văn Khiêm": ["Phó Bí thư Thành ủy"],
    });
  });

  it("reads a school's, an academy's or a university's name whole, a person's or a place's name in it ('Hiệu trưởng Trường Chính trị Hoàng Văn Thụ', 'Giám đốc Đại học Huế')", () => {
    expect(people("Đồng chí Chu Văn Khang, Hiệu trưởng Trường Chính trị Hoàng Văn Thụ chủ trì tọa đàm.", null)).toEqual({ "Chu Văn Khang": ["Hiệu trưởng Trường Chính trị Hoàng Văn Thụ"] });
    expect(people("Dự có PGS.TS.BS. Huỳnh Thị Kim Loan, Hiệu trưởng Trường Đại học Y Dược Cần Thơ và BS.CKII Lâm Văn Hiếu, Giám đốc Sở Y tế.", null)).toEqual({
      "Huỳnh Thị Kim Loan": ["Hiệu trưởng Trường Đại học Y Dược Cần Thơ"], "Lâm Văn Hiếu": ["Giám đốc Sở Y tế"],
    });
    expect(people("Đồng chí Võ Đình Thạch, Bí thư Đảng ủy, Giám đốc Đại học Huế chủ trì.", null)).toEqual({ "Võ Đình Thạch": ["Bí thư Đảng ủy", "Giám đốc Đại học Huế"] });
    expect(people("PGS.TS. Lê Văn Thuận, Hiệu trưởng Trường Đại học Sư phạm, Đại học Huế và bà Lô Thị Phượng, Hiệu trưởng Trường Tiểu học Mường Lống 1 phát biểu.", null)).toEqual({
      "Lê Văn Thuận": ["Hiệu trưởng Trường Đại học Sư phạm, Đại học Huế"], "Lô Thị Phượng": ["Hiệu trưởng Trường Tiểu học Mường Lống 1"],
    });
  });

  it("reads the names of faculties, boards and councils of the academic world ('Trưởng khoa Y tế công cộng', 'Ủy viên Hội đồng Giáo sư Nhà nước', 'Liên đoàn Luật sư Việt Nam')", () => {
    expect(people("TS.BS. Đoàn Minh Khoa, Trưởng khoa Y tế công cộng; TS. Vi Văn Sáng, Trưởng khoa Lý luận cơ sở; TS. Ngô Văn Hạnh, Trưởng Ban Đào tạo và Công tác sinh viên; GS.TS. Phạm Quang Trung, Ủy viên Hội đồng Giáo sư Nhà nước và Luật sư Đỗ Ngọc Bích, Phó Chủ tịch Liên đoàn Luật sư Việt Nam phát biểu.", null)).toEqual({
      "Đoàn Minh Khoa": ["Trưởng khoa Y tế công cộng"], "Vi Văn Sáng": ["Trưởng khoa Lý luận cơ sở"], "Ngô Văn Hạnh": ["Trưởng Ban Đào tạo và Công tác sinh viên"],
      "Phạm Quang Trung": ["Ủy viên Hội đồng Giáo sư Nhà nước"], "Đỗ Ngọc Bích": ["Phó Chủ tịch Liên đoàn Luật sư Việt Nam"],
    });
  });

  it("reads a name after a degree and its full stop ('do PGS.TS. Võ Đình Thạch chủ trì'), and a profession before a name as no office ('Nhà báo Trịnh Minh Khôi')", () => {
    expect(people("Hội nghị do PGS.TS. Võ Đình Thạch chủ trì; Nhà báo Trịnh Minh Khôi điều phối.", null)).toEqual({ "Võ Đình Thạch": [], "Trịnh Minh Khôi": [] });
  });

  it("reads a newspaper's editor with the paper's name, 'và' in it ('Phó Tổng Biên tập Báo Sức khỏe và Đời sống')", () => {
    expect(people("Phiên đối thoại do Nhà báo Trịnh Minh Khôi, Phó Tổng Biên tập Báo Sức khỏe và Đời sống điều phối.", null)).toEqual({
      "Trịnh Minh Khôi": ["Phó Tổng Biên tập Báo Sức khỏe và Đời sống"],
    });
  });

  it("reads a body written in lower case after its head as a long name ('Trưởng phòng Xuất nhập khẩu', 'Giám đốc nhà máy')", () => {
    expect(people("Bà Đoàn Thị Kim Yến, Trưởng phòng Xuất nhập khẩu, nêu những áp lực. Ông Vương Chí Kiên, Giám đốc nhà máy, cho biết đơn vị đã tuyển thêm lao động.", null)).toEqual({
      "Đoàn Thị Kim Yến": ["Trưởng phòng Xuất nhập khẩu"], "Vương Chí Kiên": ["Giám đốc nhà máy"],
    });
  });

  it("reads businesses' and communities' offices whole: a company's province, its board, young entrepreneurs, foreign businesses (the country they are in, 'tại Việt Nam', kept apart), the elderly, an ethnic community", () => {
    expect(people("Bà Phan Thị Thu Sương, Giám đốc Công ty TNHH Thương mại và Dịch vụ Hòa Phát Quảng Ngãi; ông Nguyễn Văn Tuấn, Chủ tịch HĐQT Công ty cổ phần Tập đoàn Đầu tư Việt Yên; ông Dương Đức Thành, Chủ tịch Hội Doanh nhân trẻ tỉnh; ông Lee Dong Hyun, Phó Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam; ông Lý Quốc Thành, Chủ tịch Hội Người cao tuổi phường Hà Tiên; Hakim Mohamad Sa Ri, Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh và ông Lý Hồng Phát, Chủ tịch Hội Doanh nhân người Hoa thành phố phát biểu.", null)).toEqual({
      "Phan Thị Thu Sương": ["Giám đốc Công ty TNHH Thương mại và Dịch vụ Hòa Phát Quảng Ngãi"],
      "Nguyễn Văn Tuấn": ["Chủ tịch Hội đồng quản trị Công ty cổ phần Tập đoàn Đầu tư Việt Yên"],
      "Dương Đức Thành": ["Chủ tịch Hội Doanh nhân trẻ tỉnh"],
      "Lee Dong Hyun": ["Phó Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc"],
      "Lý Quốc Thành": ["Chủ tịch Hội Người cao tuổi phường"],
      "Mohamad Sa Ri": ["Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh"],
      "Lý Hồng Phát": ["Chủ tịch Hội Doanh nhân người Hoa thành phố"],
    });
  });

  it("reads a Khmer name starting with 'Chau' or 'Néang' ('Ông Chau Sóc Khăng (xã Ba Chúc) đề nghị …')", () => {
    expect(people("Ông Chau Sóc Khăng (xã Ba Chúc) đề nghị tỉnh đầu tư; bà Néang Sa Phon, Phó Chủ tịch UBND xã phát biểu.", null)).toEqual({
      "Chau Sóc Khăng": [], "Néang Sa Phon": ["Phó Chủ tịch Ủy ban nhân dân xã"],
    });
  });

  it("reads a name of a family the lexicon does not hold when 'và' and a lower-case word, or the person's place in parentheses, end it ('đồng chí Quảng Văn Lực và đại diện các sở', 'Ông Mah Sô Ly (xã Phước Hà)')", () => {
    expect(people("Cùng dự có đồng chí Quảng Văn Lực và đại diện các sở, ngành. Ông Mah Sô Ly (xã Phước Hà) đề nghị hỗ trợ.", null)).toEqual({ "Quảng Văn Lực": [], "Mah Sô Ly": [] });
  });

  it("keeps a city's level however the city is written ('UBND TP.HCM', 'TPHCM', 'TP Hồ Chí Minh', 'Thành phố Hồ Chí Minh'), not after 'Thành ủy', 'Thành đoàn' or a department", () => {
    for (const city of ["TP. Hồ Chí Minh", "TP HCM", "TP.HCM", "TPHCM", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"]) {
      expect(people(`Bà Võ Thị Hồng Loan, Chủ tịch HĐND ${city}, Bí thư Thành đoàn ${city} và ông Lâm Quốc Thái, Giám đốc Sở Tài chính ${city} phát biểu.`, null)).toEqual({
        "Võ Thị Hồng Loan": ["Chủ tịch Hội đồng nhân dân thành phố", "Bí thư Thành đoàn"], "Lâm Quốc Thái": ["Giám đốc Sở Tài chính"],
      });
    }
  });

  it("reads a National Assembly deputy named with their delegation ('đại biểu X (đoàn An Giang)'), the deputy's province as no part of the office, a committee's name with a comma, and a title after 'với' as another's", () => {
    expect(people("Tranh luận với Bộ trưởng Nông nghiệp và Môi trường, đại biểu Châu Minh Khoa (đoàn Cần Thơ) cho rằng cần cơ chế liên kết; đại biểu Lê Thị Ngọc Hân (Đoàn ĐBQH tỉnh Bình Định) đề nghị bổ sung. Dự có Phó Chủ tịch Quốc hội Lê Minh Quang, đại biểu Quốc hội tỉnh Hà Tĩnh và Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường Nông Văn Thiện.", null)).toEqual({
      "Châu Minh Khoa": ["Đại biểu Quốc hội"], "Lê Thị Ngọc Hân": ["Đại biểu Quốc hội"], "Lê Minh Quang": ["Phó Chủ tịch Quốc hội", "Đại biểu Quốc hội"],
      "Nông Văn Thiện": ["Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường"],
    });
  });

  it("reads a region's coordination council with the region as its place ('Chủ tịch Hội đồng điều phối vùng Đồng bằng sông Cửu Long'), and the office one is transferred to for a reason ('do được điều động, luân chuyển giữ chức …')", () => {
    expect(people("Phó Thủ tướng Lê Quang Thịnh, Chủ tịch Hội đồng điều phối vùng Đồng bằng sông Cửu Long chủ trì. HĐND tỉnh miễn nhiệm đối với đồng chí Trương Công Bình, nguyên Chủ tịch UBND tỉnh, do được điều động, luân chuyển giữ chức Thứ trưởng Bộ Xây dựng.", null)).toEqual({
      "Lê Quang Thịnh": ["Phó Thủ tướng", "Chủ tịch Hội đồng điều phối vùng"],
      "Trương Công Bình": ["nguyên Chủ tịch Ủy ban nhân dân tỉnh", "Thứ trưởng Bộ Xây dựng"],
    });
  });

  it("gives two persons named together the vice chair's title written once after them, but not a title only one holds", () => {
    const p = people("Cùng dự có các đồng chí: Phạm Thị Thu Hà, Phó Chủ tịch Thường trực UBND tỉnh; Đinh Văn Tuấn và Võ Ngọc Hiệp, Phó Chủ tịch UBND tỉnh. Dự hội nghị có: Lê Minh Khôi và Trần Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy. Dự có ông Hồ Văn Mạnh và Nguyễn Thanh Bình, Chủ tịch UBND tỉnh.");
    expect(p["Đinh Văn Tuấn"]).toEqual(["Phó Chủ tịch Ủy ban nhân dân tỉnh"]);
    expect(p["Võ Ngọc Hiệp"]).toEqual(["Phó Chủ tịch Ủy ban nhân dân tỉnh"]);
    expect(p["Lê Minh Khôi"]).toEqual(["Ủy viên Ban Thường vụ Tỉnh ủy"]);
    expect(p["Hồ Văn Mạnh"]).toEqual([]);
  });

  it("reads a person introduced by a profession or a way of addressing ('nhà báo', 'nhóm tác giả A, B', 'cô', 'em')", () => {
    const p = people("Giải A thuộc về nhóm tác giả Trần Minh Quân, Lò Thị Hiền. Thay mặt các tác giả, nhà báo Lò Thị Hiền chia sẻ niềm vui. Cô Lô Thị Phượng và em Trần Gia Bảo phát biểu.");
    expect(Object.keys(p)).toEqual(["Trần Minh Quân", "Lò Thị Hiền", "Lô Thị Phượng", "Trần Gia Bảo"]);
  });

  it("reads the journalists' association, councils that judge or advise, and the Front's advisory council as bodies", () => {
    const p = people("Dự có đồng chí Bế Ngọc Toàn, Chủ tịch Hội Nhà báo tỉnh; đồng chí Nông Thị Hồng Vân, Chủ tịch Hội đồng chung khảo; ông Trần Minh Luân, Chủ nhiệm Hội đồng tư vấn về Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.");
    expect(p).toEqual({
      "Bế Ngọc Toàn": ["Chủ tịch Hội Nhà báo tỉnh"],
      "Nông Thị Hồng Vân": ["Chủ tịch Hội đồng chung khảo"],
      "Trần Minh Luân": ["Chủ nhiệm Hội đồng tư vấn về Dân chủ - Pháp luật Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    });
  });

  it("reads lower-case 'quốc gia' inside a body's name ('Giám đốc Vườn quốc gia U Minh Thượng')", () => {
    expect(people("Theo ông Lý Văn Hên, Giám đốc Vườn quốc gia U Minh Thượng, lửa đã được khống chế.")).toEqual({ "Lý Văn Hên": ["Giám đốc Vườn quốc gia U Minh Thượng"] });
  });

  it("reads schools' names with lower-case words, a hospital's department, a university council's secretary and a Party cell's member", () => {
    const p = people("Đồng chí Lê Đình Khoa, Hiệu trưởng Trường Trung học phổ thông chuyên Thăng Long; ông Nguyễn Văn Thiều, Hiệu trưởng Trường Tiểu học và Trung học cơ sở Hướng Phùng; bà Hà Thị Mai, Trưởng khoa Hồi sức tích cực - Chống độc dự. Ông Lê Hoài Nam, Thư ký Hội đồng trường thông qua nghị quyết kỳ họp. Đồng chí Võ Thị Mỹ Hạnh, Chi ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu.");
    expect(p).toEqual({
      "Lê Đình Khoa": ["Hiệu trưởng Trường Trung học phổ thông chuyên Thăng Long"],
      "Nguyễn Văn Thiều": ["Hiệu trưởng Trường Tiểu học và Trung học cơ sở Hướng Phùng"],
      "Hà Thị Mai": ["Trưởng khoa Hồi sức tích cực - Chống độc"],
      "Lê Hoài Nam": ["Thư ký Hội đồng trường"],
      "Võ Thị Mỹ Hạnh": ["Chi ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"],
    });
  });

  it("reads a ward written short ('Bí thư Đảng ủy P. Hạc Thành') as a ward whose name is the place, without ending the sentence there", () => {
    const holds = extract("Tiêu đề\n\nĐồng chí Hoàng Văn Tùng, Bí thư Đảng ủy P. Hạc Thành phát biểu.").persons.map((p) => [p.name, p.holds.map((h) => [h.title, h.jurisdiction])]);
    expect(holds).toEqual([["Hoàng Văn Tùng", [["Bí thư Đảng ủy phường", "Hạc Thành"]]]]);
  });

  it("reads a commune militia commander's office, a folk artist's honour as no office, and ends a title at 'công bố'", () => {
    const p = people("Ông Trần Văn Lãm, nguyên Xã đội trưởng phát biểu. Tiết mục do Nghệ nhân Ưu tú Sùng A Lử dàn dựng. Bà Lê Thị Kim Oanh, Phó Cục trưởng Cục Di sản văn hóa công bố Quyết định số 2190/QĐ-TTg.");
    expect(p).toEqual({
      "Trần Văn Lãm": ["nguyên Xã đội trưởng"],
      "Sùng A Lử": [],
      "Lê Thị Kim Oanh": ["Phó Cục trưởng Cục Di sản văn hóa"],
    });
  });

  it("reads project boards and steering committees for key works, the labour confederation's departments, consuls, a Lao district's governor and 'HTX'", () => {
    const p = people("Ông Trần Văn Lực, Tổng Giám đốc Ban Quản lý dự án 2 báo cáo. Ông Đinh Công Trứ, Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh báo cáo. Ông Phan Văn Lực, Trưởng Ban Quan hệ lao động Tổng Liên đoàn phát biểu. Đồng chí Lê Hoàng Nam, Trưởng Ban Chỉ đạo các công trình, dự án trọng điểm thành phố chủ trì. Cùng dự có ông Morita Takeshi, Tổng Lãnh sự Nhật Bản tại Đà Nẵng; ông Phon-xạ-vẳn Xỉ-pa-xợt, Huyện trưởng huyện Sốp Bâu; ông Võ Thành Nhân, Chủ tịch Liên minh HTX tỉnh.");
    expect(p).toEqual({
      "Trần Văn Lực": ["Tổng Giám đốc Ban Quản lý dự án 2"],
      "Đinh Công Trứ": ["Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"],
      "Phan Văn Lực": ["Trưởng Ban Quan hệ lao động Tổng Liên đoàn"],
      "Lê Hoàng Nam": ["Trưởng Ban Chỉ đạo các công trình, dự án trọng điểm thành phố"],
      "Morita Takeshi": ["Tổng Lãnh sự Nhật Bản"],
      "Phon-xạ-vẳn Xỉ-pa-xợt": ["Huyện trưởng"],
      "Võ Thành Nhân": ["Chủ tịch Liên minh Hợp tác xã tỉnh"],
    });
  });

  it("does not take a bloc's Youth Union or a legendary mother for a person, and reads women entrepreneurs' association and the Party's steering committee under Resolution 57", () => {
    const p = people("Đồng chí Lê Đình Khôi, Ủy viên Ban Thường vụ Tỉnh đoàn, Bí thư Đoàn Khối các cơ quan tỉnh chủ trì. Lễ hội tưởng nhớ Mẹ Âu Cơ. Bà Hồ Thị Ngọc Lan, Chủ tịch Hội Nữ doanh nhân tỉnh phát biểu. Đồng chí Vương Đình Khiêm, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số chủ trì.");
    expect(p).toEqual({
      "Lê Đình Khôi": ["Ủy viên Ban Thường vụ Tỉnh đoàn", "Bí thư Đoàn Khối các cơ quan tỉnh"],
      "Hồ Thị Ngọc Lan": ["Chủ tịch Hội Nữ doanh nhân tỉnh"],
      "Vương Đình Khiêm": ["Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"],
    });
  });

  it("keeps 'trong nước' of a market's department in the title ('Cục trưởng Cục Quản lý và Phát triển thị trường trong nước X đề xuất …')", () => {
    expect(people("Cục trưởng Cục Quản lý và Phát triển thị trường trong nước Hồ Đăng Khoa đề xuất sửa đổi các quy định.")).toEqual({
      "Hồ Đăng Khoa": ["Cục trưởng Cục Quản lý và Phát triển thị trường trong nước"],
    });
  });

  it("keeps a ward named after two as the place of its offices ('Bí thư Đảng ủy phường Lâm Viên - Đà Lạt'), and the steering committee named after the law on grassroots democracy", () => {
    expect(people("Đồng chí Phạm Minh Trí, Tỉnh ủy viên, Bí thư Đảng ủy phường Lâm Viên - Đà Lạt cho biết, phường đã tiếp nhận 9.200 hồ sơ. Đồng chí Lâm Văn Thới, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh chủ trì hội nghị.", "Lâm Đồng")).toEqual({
      "Phạm Minh Trí": ["Tỉnh ủy viên", "Bí thư Đảng ủy phường"],
      "Lâm Văn Thới": ["Phó Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh"],
    });
  });

  it("reads the police's investigation departments by the crimes they investigate, a drug rehabilitation centre, and the village a head of 'bản' heads", () => {
    expect(people("Thượng tá Lục Văn Sơn, Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh; Thiếu tá Phạm Thị Ngọc Ánh, Giám đốc Cơ sở cai nghiện ma túy số 1 phát biểu. Ông Lò Văn Ún, Trưởng bản Che Căn cho biết.")).toEqual({
      "Lục Văn Sơn": ["Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh"],
      "Phạm Thị Ngọc Ánh": ["Giám đốc Cơ sở cai nghiện ma túy số 1"],
      "Lò Văn Ún": ["Trưởng bản"],
    });
  });

  it("reads the heads of a forest ranger unit, a station and a team, a fund and its managing board, and a nature reserve's board", () => {
    expect(people("Ông Lê Đình Trọng, Hạt trưởng Hạt Kiểm lâm khu vực Đức Trọng; bà Hồ Thị Mai Hương, Trạm trưởng Trạm Y tế xã; ông Lê Văn An, Đội trưởng Đội Quản lý thị trường số 3; bà Hồ Thị Lan Phương, Chủ tịch Hội đồng quản lý Quỹ Bảo vệ và Phát triển rừng tỉnh; bà Hồ Thị Kim Xuyến, Giám đốc Ban Quản lý Khu bảo tồn thiên nhiên Bắc Hướng Hóa phát biểu.")).toEqual({
      "Lê Đình Trọng": ["Hạt trưởng Hạt Kiểm lâm khu vực Đức Trọng"],
      "Hồ Thị Mai Hương": ["Trạm trưởng Trạm Y tế xã"],
      "Lê Văn An": ["Đội trưởng Đội Quản lý thị trường số 3"],
      "Hồ Thị Lan Phương": ["Chủ tịch Hội đồng quản lý Quỹ Bảo vệ và Phát triển rừng tỉnh"],
      "Hồ Thị Kim Xuyến": ["Giám đốc Ban Quản lý Khu bảo tồn thiên nhiên Bắc Hướng Hóa"],
    });
  });

  it("reads the price steering committee, a consumers' association, a market's board, a shop's manager and a supermarket named like a place", () => {
    expect(people("Ông Lê Đình Thạc, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo điều hành giá tỉnh; ông Võ Hùng Sơn, Chủ tịch Hội Bảo vệ quyền lợi người tiêu dùng tỉnh; ông Tạ Văn Mến, Trưởng Ban Quản lý chợ; ông Châu Gia Huy, Giám đốc Siêu thị Thuận Phát phát biểu. Bà Lương Thị Bích Vân, Cửa hàng trưởng khẳng định cửa hàng đủ hàng.")).toEqual({
      "Lê Đình Thạc": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban Chỉ đạo điều hành giá tỉnh"],
      "Võ Hùng Sơn": ["Chủ tịch Hội Bảo vệ quyền lợi người tiêu dùng tỉnh"],
      "Tạ Văn Mến": ["Trưởng Ban Quản lý chợ"],
      "Châu Gia Huy": ["Giám đốc Siêu thị Thuận Phát"],
      "Lương Thị Bích Vân": ["Cửa hàng trưởng"],
    });
  });

  it("reads the police's cyber security department by its whole name", () => {
    expect(people("Thượng tá Lý Minh Tâm, Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh phát biểu.")).toEqual({
      "Lý Minh Tâm": ["Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh"],
    });
  });

  it("gives a title written once for a list to names each with its own 'ông', 'bà'; reads an age and years in the Party one after the other before the titles; and the steering committee 'tỉnh về phát triển khoa học, …'", () => {
    expect(people("Tham dự có các Phó Chủ tịch UBND tỉnh: ông Đoàn Minh Trí, bà Vũ Thị Thanh Huyền, ông Bùi Xuân Lộc; lãnh đạo các sở. Tại hội nghị, cụ Ma Văn Páo, 96 tuổi, 72 năm tuổi Đảng, nguyên Bí thư Đảng uỷ xã Hùng Lợi, xúc động chia sẻ. Đồng chí Lê Đình Khang, Trưởng Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số dự.")).toEqual({
      "Đoàn Minh Trí": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Vũ Thị Thanh Huyền": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Bùi Xuân Lộc": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Ma Văn Páo": ["nguyên Bí thư Đảng ủy xã"],
      "Lê Đình Khang": ["Trưởng Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"],
    });
  });

  it("reads the fire police and its teams, the food safety steering committees, and ends a shared title's list at a ';' before one with titles of their own", () => {
    expect(people("Thượng tá Ngô Thanh Sơn, Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh; anh Võ Minh Nhật, Đội trưởng Đội Chữa cháy và cứu nạn, cứu hộ khu vực 1; bà Phan Thị Tuyết Lan, Trưởng Ban Chỉ đạo liên ngành về an toàn thực phẩm thành phố phát biểu. Dự phiên họp có các Phó Chủ tịch UBND tỉnh: Kiều Thị Bích Ngân, Huỳnh Tấn Lộc; Quách Văn Thuận, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh.")).toEqual({
      "Ngô Thanh Sơn": ["Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh"],
      "Võ Minh Nhật": ["Đội trưởng Đội Chữa cháy và cứu nạn, cứu hộ khu vực 1"],
      "Phan Thị Tuyết Lan": ["Trưởng Ban Chỉ đạo liên ngành về an toàn thực phẩm thành phố"],
      "Kiều Thị Bích Ngân": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Huỳnh Tấn Lộc": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Quách Văn Thuận": ["Tỉnh ủy viên", "Phó Chủ tịch Hội đồng nhân dân tỉnh"],
    });
  });

  it("reads a railway project's board and a numbered tax office", () => {
    expect(people("Ông Trịnh Hữu Lợi, Giám đốc Ban Quản lý dự án đường sắt phát biểu. Chia sẻ tại hội nghị, Trưởng Thuế cơ sở 4 Lê Hoàng Nam cho biết, đơn vị đã lập nhóm hỗ trợ.")).toEqual({
      "Trịnh Hữu Lợi": ["Giám đốc Ban Quản lý dự án đường sắt"],
      "Lê Hoàng Nam": ["Trưởng Thuế cơ sở 4"],
    });
  });

  it("reads boarding schools by their levels, the department for school buildings, a board for civil and industrial works, the police's environmental unit, and ends a company's name at what it did ('… trúng đấu giá')", () => {
    expect(people("Bà Vũ Thị Thu Hằng, Hiệu trưởng Trường Phổ thông nội trú liên cấp tiểu học và trung học cơ sở Sín Thầu; ông Đỗ Minh Trí, Cục trưởng Cục Cơ sở vật chất; ông Trần Ngọc Sơn, Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh; Thượng tá Tống Văn Điệp, Phó Trưởng phòng Cảnh sát phòng chống tội phạm về môi trường Công an tỉnh báo cáo. Ông Trương Văn Hòa, Giám đốc Công ty TNHH Đá Phát Đạt trúng đấu giá mỏ đá.")).toEqual({
      "Vũ Thị Thu Hằng": ["Hiệu trưởng Trường Phổ thông nội trú liên cấp tiểu học và trung học cơ sở Sín Thầu"],
      "Đỗ Minh Trí": ["Cục trưởng Cục Cơ sở vật chất"],
      "Trần Ngọc Sơn": ["Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"],
      "Tống Văn Điệp": ["Phó Trưởng phòng Cảnh sát phòng chống tội phạm về môi trường Công an tỉnh"],
      "Trương Văn Hòa": ["Giám đốc Công ty TNHH Đá Phát Đạt"],
    });
  });

  it("reads the council that rates local products, its name's comma included", () => {
    expect(people("Ông Trần Minh Quốc, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh chủ trì phiên họp.")).toEqual({
      "Trần Minh Quốc": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh"],
    });
  });

  it("writes a department given by its initials in full ('GĐ Sở KH&CN', 'Sở VH,TT&DL', 'Sở GD&ĐT')", () => {
    expect(people("Báo cáo do đ/c Võ Thành Nhân, GĐ Sở KH&CN trình bày. Đồng chí Triệu Thị Lan, Giám đốc Sở VH,TT&DL phát biểu. Ông Đỗ Mạnh Cường, GĐ Sở GD&ĐT chủ trì.")).toEqual({
      "Võ Thành Nhân": ["Giám đốc Sở Khoa học và Công nghệ"],
      "Triệu Thị Lan": ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"],
      "Đỗ Mạnh Cường": ["Giám đốc Sở Giáo dục và Đào tạo"],
    });
  });

  it("reads a fund's campaign committee with the fund's name in quotation marks", () => {
    expect(people('Đồng chí Lưu Thị Hồng Nhạn, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban vận động Quỹ "Vì người nghèo" tỉnh chủ trì hội nghị.')).toEqual({
      "Lưu Thị Hồng Nhạn": ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", 'Trưởng Ban vận động Quỹ "Vì người nghèo" tỉnh'],
    });
  });

  it("reads the councils for defence and security education, a sector's trade union, the remains-searching teams by their codes, a province's military command written short, and the national border committee", () => {
    expect(people("Đồng chí Vũ Đức Thịnh, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh tỉnh; ông Phạm Ngọc Sơn, Chủ tịch Công đoàn ngành Giáo dục tỉnh; Đại tá Cầm Văn Phong, Đội trưởng Đội K69; Đại tá Đoàn Minh Tâm, Chỉ huy trưởng Bộ CHQS tỉnh; ông Hà Quang Thịnh, Chủ nhiệm Ủy ban Biên giới quốc gia phát biểu.")).toEqual({
      "Vũ Đức Thịnh": ["Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh tỉnh"],
      "Phạm Ngọc Sơn": ["Chủ tịch Công đoàn ngành Giáo dục tỉnh"],
      "Cầm Văn Phong": ["Đội trưởng Đội K69"],
      "Đoàn Minh Tâm": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"],
      "Hà Quang Thịnh": ["Chủ nhiệm Ủy ban Biên giới quốc gia"],
    });
  });

  it("reads a deputy in charge of a department as one post ('Phó Giám đốc phụ trách Sở Tài chính'), before the name too", () => {
    expect(people("Phó Giám đốc phụ trách Sở Tài chính Đặng Thị Mỹ Duyên thông tin thêm. Đồng chí Vương Văn Hòa, Phó Giám đốc phụ trách Sở Nội vụ báo cáo kết quả.")).toEqual({
      "Đặng Thị Mỹ Duyên": ["Phó Giám đốc phụ trách Sở Tài chính"],
      "Vương Văn Hòa": ["Phó Giám đốc phụ trách Sở Nội vụ"],
    });
  });

  it("reads a zone's board with the parks it also runs, a department whose name holds a comma, a traditional medicine hospital, and a food company", () => {
    expect(people("Đồng chí Mai Xuân Trường, Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp chủ trì. Bà Vũ Thị Thanh Hương, Cục trưởng Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý cho biết. Ông Đặng Thanh Liêm, Giám đốc Bệnh viện Y học cổ truyền tỉnh chia sẻ. Ông Võ Hoàng Nam, Tổng Giám đốc Công ty Cổ phần Lương thực Tân Hồng Phát cho biết.")).toEqual({
      "Mai Xuân Trường": ["Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"],
      "Vũ Thị Thanh Hương": ["Cục trưởng Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"],
      "Đặng Thanh Liêm": ["Giám đốc Bệnh viện Y học cổ truyền tỉnh"],
      "Võ Hoàng Nam": ["Tổng Giám đốc Công ty Cổ phần Lương thực Tân Hồng Phát"],
    });
  });

  it("reads teams' and clubs' names in lower-case words up to the verb ('Đội hiến máu dự bị tỉnh kể lại', 'Câu lạc bộ Tình nguyện viên …')", () => {
    expect(people("Anh Lê Đình Phúc, Đội trưởng Đội hiến máu dự bị tỉnh kể lại những chuyến xe. Chị Mai Thị Bích Ngọc, Đội trưởng Đội Thanh niên xung kích Chữ thập đỏ phường cho biết. Chị Trịnh Ngọc Thảo, Chủ nhiệm Câu lạc bộ Tình nguyện viên Chữ thập đỏ tỉnh kiến nghị. Anh Nguyễn Hữu Trí, Đội trưởng Đội Ứng phó thảm họa tỉnh Quảng Ngãi chia sẻ.")).toEqual({
      "Lê Đình Phúc": ["Đội trưởng Đội hiến máu dự bị tỉnh"],
      "Mai Thị Bích Ngọc": ["Đội trưởng Đội Thanh niên xung kích Chữ thập đỏ phường"],
      "Trịnh Ngọc Thảo": ["Chủ nhiệm Câu lạc bộ Tình nguyện viên Chữ thập đỏ tỉnh"],
      "Nguyễn Hữu Trí": ["Đội trưởng Đội Ứng phó thảm họa tỉnh"],
    });
  });

  it("writes in full a defined abbreviation with '&' for 'và' ('Tổ tiết kiệm và vay vốn (TK&VV)', then 'Tổ trưởng Tổ TK&VV')", () => {
    expect(people("Tham dự có các tổ trưởng Tổ tiết kiệm và vay vốn (TK&VV). Bà Kpă Thị Hlim, Tổ trưởng Tổ TK&VV ở làng Ia Dreng, hỏi.")).toEqual({
      "Kpă Thị Hlim": ["Tổ trưởng Tổ tiết kiệm và vay vốn"],
    });
  });

  it("gives a title written once after a number to every name after it ('hai Phó Bí thư Đảng ủy xã A và B')", () => {
    expect(people("Cùng đồng chủ trì có hai Phó Bí thư Đảng ủy xã Hoàng Thị Nhung và Lương Văn Quyết.")).toEqual({
      "Hoàng Thị Nhung": ["Phó Bí thư Đảng ủy xã"],
      "Lương Văn Quyết": ["Phó Bí thư Đảng ủy xã"],
    });
  });

  it("reads an art troupe's name to its own name ('Đoàn Nghệ thuật cải lương Đồng Khởi'), a photographer by calling, and a suspect told by year of birth", () => {
    expect(people("Nghệ sĩ Nguyễn Thị Kim Hoa, Phó Trưởng Đoàn Nghệ thuật cải lương Đồng Khởi phát biểu. NSƯT Hà Văn Chiến, Trưởng Đoàn Nghệ thuật dân tộc tỉnh chủ trì. Tham luận tại Đại hội, nhiếp ảnh gia Triệu Văn Thắng chia sẻ. Công an tỉnh đã triệt phá đường dây do Lê Hoàng Phúc (SN 1996, trú phường Quy Nhơn Nam) cầm đầu.")).toEqual({
      "Nguyễn Thị Kim Hoa": ["Phó Trưởng Đoàn Nghệ thuật cải lương Đồng Khởi"],
      "Hà Văn Chiến": ["Trưởng Đoàn Nghệ thuật dân tộc tỉnh"],
      "Triệu Văn Thắng": [],
      "Lê Hoàng Phúc": [],
    });
  });

  it("reads a task given in the chair's conclusions, after a list item's mark ('- Giao Phó Chủ tịch UBND tỉnh X chỉ đạo …')", () => {
    expect(people("- Giao Phó Chủ tịch UBND tỉnh Châu Văn Hòa chỉ đạo đẩy nhanh giải ngân.\n2. Giao Giám đốc Sở Tài chính Dương Hoàng Phúc rà soát nguồn vốn.")).toEqual({
      "Châu Văn Hòa": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Dương Hoàng Phúc": ["Giám đốc Sở Tài chính"],
    });
  });

  it("drops the level with the place after a department ('Giám đốc Sở Nội vụ tỉnh Nghệ An' heads 'Sở Nội vụ'), not after a committee of the level ('UBND tỉnh Nghệ An') nor without a place", () => {
    expect(people("Bà Cao Thị Minh Phượng, Giám đốc Sở Nội vụ tỉnh Nghệ An phát biểu. Ông Quách Văn Đức, Giám đốc Sở Tư pháp TP. Hồ Chí Minh nêu. Ông Vũ Đình Tùng, Phó Giám đốc Sở Y tế thành phố Hải Phòng dự. Ông Lê Văn An, Giám đốc Sở Tài chính tỉnh dự. Ông Lê Văn Bình, Chủ tịch UBND tỉnh Nghệ An phát biểu.")).toEqual({
      "Cao Thị Minh Phượng": ["Giám đốc Sở Nội vụ"],
      "Quách Văn Đức": ["Giám đốc Sở Tư pháp"],
      "Vũ Đình Tùng": ["Phó Giám đốc Sở Y tế"],
      "Lê Văn An": ["Giám đốc Sở Tài chính tỉnh"],
      "Lê Văn Bình": ["Chủ tịch Ủy ban nhân dân tỉnh"],
    });
  });

  it("reads fields listed in a body's name ('Đầu tư, Thương mại và Du lịch'), the seafood exporters' association, the World Bank, and a commission written with 'của' ('Ban Xây dựng Đảng của Đảng ủy xã')", () => {
    expect(people("Ông Hoàng Văn Thắng, Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh cho biết. Ông Hồ Quốc Thái, Phó Tổng Thư ký Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam cho biết. Ông Nguyễn Thế Dũng, Trưởng nhóm Nông nghiệp Ngân hàng Thế giới cho biết. Đồng chí Lê Văn Tiến, Trưởng Ban Xây dựng Đảng của Đảng ủy xã trình bày. Ông Lê Văn An, Giám đốc Sở Tài chính, Phó Chủ tịch Hội đồng quản trị và ông Trần Văn Bình dự.")).toEqual({
      "Hoàng Văn Thắng": ["Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"],
      "Hồ Quốc Thái": ["Phó Tổng Thư ký Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam"],
      "Nguyễn Thế Dũng": ["Trưởng nhóm Nông nghiệp Ngân hàng Thế giới"],
      "Lê Văn Tiến": ["Trưởng Ban Xây dựng Đảng của Đảng ủy xã"],
      "Lê Văn An": ["Giám đốc Sở Tài chính", "Phó Chủ tịch Hội đồng quản trị"],
      "Trần Văn Bình": [],
    });
  });

  it("reads publishers and banks named after people and places ('Nhà xuất bản Kim Đồng', 'Ngân hàng TMCP Sài Gòn - Hà Nội'), companies' trades ('Nhà ở Phố Nối Xanh', 'Hạt điều'), and the department for medical care with its comma", () => {
    expect(people("Ông Lưu Minh Đức, Phó Giám đốc Nhà xuất bản Kim Đồng trao sách. Ông Lương Bảo Khánh, Giám đốc Nhà xuất bản Trẻ cho biết. Ông Đặng Xuân Trường, Phó Tổng Giám đốc Ngân hàng TMCP Sài Gòn - Hà Nội cho biết. Ông Cao Minh Quân, Chủ tịch Hội đồng quản trị Công ty cổ phần Phát triển Nhà ở Phố Nối Xanh đề nghị. Bà Trịnh Thị Kim Oanh, Giám đốc Công ty TNHH Hạt điều Bình Phước Xanh phát biểu. Ông Nghiêm Xuân Đạt, Phó Cục trưởng Cục Quản lý Khám, chữa bệnh cho biết.")).toEqual({
      "Lưu Minh Đức": ["Phó Giám đốc Nhà xuất bản Kim Đồng"],
      "Lương Bảo Khánh": ["Giám đốc Nhà xuất bản Trẻ"],
      "Đặng Xuân Trường": ["Phó Tổng Giám đốc Ngân hàng TMCP Sài Gòn - Hà Nội"],
      "Cao Minh Quân": ["Chủ tịch Hội đồng quản trị Công ty cổ phần Phát triển Nhà ở Phố Nối Xanh"],
      "Trịnh Thị Kim Oanh": ["Giám đốc Công ty TNHH Hạt điều Bình Phước Xanh"],
      "Nghiêm Xuân Đạt": ["Phó Cục trưởng Cục Quản lý Khám, chữa bệnh"],
    });
  });

  it("takes no school's or memorial's name for a person ('Trường Tiểu học Kim Đồng (phường …), Đại sứ Văn hóa đọc', 'Khu lưu niệm Chủ tịch Tôn Đức Thắng'), and reads the reading ambassador's title", () => {
    expect(people("Cô Phạm Thị Lệ Hằng, giáo viên Trường Tiểu học Kim Đồng (phường Đồng Hới), Đại sứ Văn hóa đọc, kể về mô hình. Xã có Khu lưu niệm Chủ tịch Tôn Đức Thắng, mỗi năm đón 300.000 lượt khách. Bà Hà Thị Mai Phương, Đại sứ Văn hóa đọc phát biểu.")).toEqual({
      "Phạm Thị Lệ Hằng": [],
      "Hà Thị Mai Phương": ["Đại sứ Văn hóa đọc"],
    });
  });

  it("reads titles written in lower case in apposition and before a list ('bà X, giám đốc Sở Tài chính', 'các phó chủ tịch UBND tỉnh: bà A, ông B'), spelt as titles are, not a role taken in lower case ('làm tổ trưởng Tổ biên tập …')", () => {
    expect(people("Tham dự có các phó chủ tịch UBND tỉnh: bà Đoàn Thị Lan, ông Cao Minh Khang. Phát biểu tại phiên họp, bà Huỳnh Thị Ngọc Lan, giám đốc Sở Tài chính, cho biết. Đồng chí Lưu Thị Minh Nguyệt, được phân công làm tổ trưởng Tổ biên tập văn kiện, cho biết.")).toEqual({
      "Đoàn Thị Lan": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Cao Minh Khang": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Huỳnh Thị Ngọc Lan": ["Giám đốc Sở Tài chính"],
      "Lưu Thị Minh Nguyệt": [],
    });
  });

  it("reads social protection's bodies, a border guard flotilla by its number, a fishermen's solidarity team, and a chip company's name up to the verb ('… Sao Việt thẳng thắn')", () => {
    expect(people("Ông Phan Đức Hạnh, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh phát biểu. Ông Phạm Văn Nghị, Chủ tịch Hội Người khuyết tật tỉnh dự. Ông Trần Minh Khoa, Giám đốc Trung tâm Bảo trợ xã hội tổng hợp tỉnh chủ trì. Thiếu tá Lưu Đình Kha, Hải đội trưởng Hải đội Biên phòng 2 cho biết. Ông Huỳnh Văn Tư, Tổ trưởng Tổ đoàn kết nghề cá số 3 cho biết. Bà Lý Thu Trang, Tổng Giám đốc Công ty TNHH Công nghệ Bán dẫn Novachip cho biết. Ông Trịnh Quốc Bảo, Tổng Giám đốc Công ty Cổ phần Thiết kế vi mạch Sao Việt thẳng thắn: \"Sinh viên thiếu kinh nghiệm\".")).toEqual({
      "Phan Đức Hạnh": ["Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh"],
      "Phạm Văn Nghị": ["Chủ tịch Hội Người khuyết tật tỉnh"],
      "Trần Minh Khoa": ["Giám đốc Trung tâm Bảo trợ xã hội tổng hợp tỉnh"],
      "Lưu Đình Kha": ["Hải đội trưởng Hải đội Biên phòng 2"],
      "Huỳnh Văn Tư": ["Tổ trưởng Tổ đoàn kết nghề cá số 3"],
      "Lý Thu Trang": ["Tổng Giám đốc Công ty TNHH Công nghệ Bán dẫn Novachip"],
      "Trịnh Quốc Bảo": ["Tổng Giám đốc Công ty Cổ phần Thiết kế vi mạch Sao Việt"],
    });
  });

  it("reads markets with their names ('Trưởng Ban Quản lý chợ Bến Tre', '… chợ Đồng Xuân'), a national park named before its director, and goes on past a term set off after a title (', nhiệm kỳ 2025 - 2030, Trưởng Ban …')", () => {
    expect(people("Ông Huỳnh Văn Lộc, Trưởng Ban Quản lý chợ Bến Tre cho biết. Ông Lê Văn An, Trưởng Ban Quản lý chợ Đồng Xuân cho biết. Bà Ngô Thị Hạnh, Trưởng Ban đại diện tiểu thương chợ Vinh đề nghị. Giám đốc Vườn quốc gia Cúc Phương Đinh Công Tuấn cho biết. Tại hội nghị, đồng chí Trần Bích Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy khóa XVI, nhiệm kỳ 2025 - 2030, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đã truyền đạt nghị quyết.")).toEqual({
      "Huỳnh Văn Lộc": ["Trưởng Ban Quản lý chợ Bến Tre"],
      "Lê Văn An": ["Trưởng Ban Quản lý chợ Đồng Xuân"],
      "Ngô Thị Hạnh": ["Trưởng Ban đại diện tiểu thương chợ Vinh"],
      "Đinh Công Tuấn": ["Giám đốc Vườn quốc gia Cúc Phương"],
      "Trần Bích Ngọc": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"],
    });
  });

  it("goes on past a place in parentheses after a title to the next title ('Hiệu trưởng Trường Tiểu học Quang Trung (tỉnh Tuyên Quang), Đại sứ Văn hóa đọc')", () => {
    expect(people("Phần chia sẻ của cô Hà Thị Mai Phương, Hiệu trưởng Trường Tiểu học Quang Trung (tỉnh Tuyên Quang), Đại sứ Văn hóa đọc, được hoan nghênh.")).toEqual({
      "Hà Thị Mai Phương": ["Hiệu trưởng Trường Tiểu học Quang Trung", "Đại sứ Văn hóa đọc"],
    });
  });

  it("reads an association's name through its lower-case fields and 'và' ('Hiệp hội Hồ tiêu và Cây gia vị Việt Nam')", () => {
    expect(people("Ông Nguyễn Văn Hải, Chủ tịch Hiệp hội Hồ tiêu và Cây gia vị Việt Nam cho biết. Ông Lê Văn Tám, Phó Chủ tịch Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam đề nghị. Ông Trần Văn Hòa, Chủ tịch Hiệp hội Doanh nghiệp tỉnh phát biểu.")).toEqual({
      "Nguyễn Văn Hải": ["Chủ tịch Hiệp hội Hồ tiêu và Cây gia vị Việt Nam"],
      "Lê Văn Tám": ["Phó Chủ tịch Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam"],
      "Trần Văn Hòa": ["Chủ tịch Hiệp hội Doanh nghiệp tỉnh"],
    });
  });

  it("reads cemeteries' boards with the cemetery's own name, the department for people with meritorious services, and 'công nghệ cao' in a cooperative's name", () => {
    expect(people("Trưởng Ban Quản lý Nghĩa trang liệt sĩ quốc gia Trường Sơn Hồ Xuân Kỳ cho biết. Ông Nguyễn Văn Út, Trưởng Ban Quản lý Nghĩa trang liệt sĩ tỉnh phát biểu. Báo cáo do Cục trưởng Cục Người có công Lương Văn Định trình bày cho biết. Anh Rơ Mah Khuê, Giám đốc Hợp tác xã nông nghiệp công nghệ cao ở xã Ia Grai, kiến nghị.")).toEqual({
      "Hồ Xuân Kỳ": ["Trưởng Ban Quản lý Nghĩa trang liệt sĩ quốc gia Trường Sơn"],
      "Nguyễn Văn Út": ["Trưởng Ban Quản lý Nghĩa trang liệt sĩ tỉnh"],
      "Lương Văn Định": ["Cục trưởng Cục Người có công"],
      "Rơ Mah Khuê": ["Giám đốc Hợp tác xã nông nghiệp công nghệ cao"],
    });
  });

  it("reads a post taken by the Front's and associations' consultation ('đồng thời được hiệp thương giữ chức …')", () => {
    expect(people("Các đồng chí Phạm Đức Thịnh và Đàng Thị Mỹ Hằng giữ chức Phó Bí thư Tỉnh đoàn. Đồng chí Phạm Đức Thịnh đồng thời được hiệp thương giữ chức Chủ tịch Hội Liên hiệp thanh niên Việt Nam tỉnh.")).toEqual({
      "Phạm Đức Thịnh": ["Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp thanh niên Việt Nam tỉnh"],
      "Đàng Thị Mỹ Hằng": ["Phó Bí thư Tỉnh đoàn"],
    });
  });

  it("reads judges and procurators with their grades ('Thẩm phán Tòa án nhân dân tối cao', 'Kiểm sát viên cao cấp …')", () => {
    expect(people("Dự hội nghị có đồng chí Lò Văn Thịnh, Thẩm phán Tòa án nhân dân tối cao; bà Lê Thị Hoa, Kiểm sát viên cao cấp Viện kiểm sát nhân dân tối cao.")).toEqual({
      "Lò Văn Thịnh": ["Thẩm phán Tòa án nhân dân tối cao"],
      "Lê Thị Hoa": ["Kiểm sát viên cao cấp Viện kiểm sát nhân dân tối cao"],
    });
  });

  it("keeps a baptismal name with the name after a title ('Linh mục Tổng Đại diện Phêrô Lê Văn Nhàn'), reads Protestant posts and leaves Cao Đài ranks out ('Chánh Trị sự')", () => {
    expect(people("Thay mặt Đức Giám mục, Linh mục Tổng Đại diện Phêrô Lê Văn Nhàn cảm ơn. Linh mục Chánh xứ Giuse Trần Văn Bình cho biết. Dự có Mục sư Đinh Văn Lập, Phó Hội trưởng Tổng Liên hội Hội thánh Tin Lành Việt Nam (miền Nam) cùng các đại biểu. Chánh Trị sự Nguyễn Văn Mười, Trưởng Ban Đại diện Hội thánh Cao Đài Tòa Thánh Tây Ninh tỉnh phát biểu.")).toEqual({
      "Phêrô Lê Văn Nhàn": ["Tổng Đại diện"],
      "Giuse Trần Văn Bình": ["Chánh xứ"],
      "Đinh Văn Lập": ["Phó Hội trưởng Tổng Liên hội Hội thánh Tin Lành Việt Nam (miền Nam)"],
      "Nguyễn Văn Mười": ["Trưởng Ban Đại diện Hội thánh Cao Đài Tòa Thánh Tây Ninh tỉnh"],
    });
  });

  it("reads quality boards and the committee for the advancement of women whole, and stops at 'điểm lại' after a name", () => {
    expect(people("Ông Trương Công Đạt, Phó Chủ tịch UBND tỉnh, Trưởng Ban vì sự tiến bộ của phụ nữ tỉnh chủ trì. Ông Đỗ Thanh Bình, Phó Cục trưởng Cục Quản lý chất lượng cho biết. Mở đầu hội nghị, đồng chí Đinh Thị Phương Lan, Phó Chủ tịch Hội LHPN Việt Nam điểm lại kết quả 8 năm.")).toEqual({
      "Trương Công Đạt": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban vì sự tiến bộ của phụ nữ tỉnh"],
      "Đỗ Thanh Bình": ["Phó Cục trưởng Cục Quản lý chất lượng"],
      "Đinh Thị Phương Lan": ["Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam"],
    });
  });

  it("does not give the one spoken to at a sentence's opening to the speaker ('Thông tin với Đại sứ, Chủ tịch UBND tỉnh X cho biết')", () => {
    expect(people("Thông tin với Đại sứ, Chủ tịch UBND tỉnh Nguyễn Đình Toàn cho biết, Nghệ An có 130 xã.")).toEqual({
      "Nguyễn Đình Toàn": ["Chủ tịch Ủy ban nhân dân tỉnh"],
    });
  });

  it("keeps a council's monitoring delegation's head as an office ('Trưởng đoàn giám sát'), not a working delegation's ('Phó Trưởng đoàn công tác')", () => {
    expect(people("Đồng chí Lê Thị Kim Oanh, Phó Chủ tịch HĐND tỉnh, Trưởng đoàn giám sát chủ trì buổi làm việc. Đồng chí Lê Văn Bình, Phó Trưởng đoàn công tác phát biểu.")).toEqual({
      "Lê Thị Kim Oanh": ["Phó Chủ tịch Hội đồng nhân dân tỉnh", "Trưởng đoàn giám sát"],
      "Lê Văn Bình": [],
    });
  });

  it("reads the campaign's steering committee with its comma ('xóa nhà tạm, nhà dột nát') and a cooperative's fields joined by 'và'", () => {
    expect(people("Ông Dương Mạnh Hùng, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh phát biểu. Ông Hà Văn Tín, Giám đốc Hợp tác xã Sản xuất và Thương mại Phúc Lộc (Phú Thọ) kiến nghị.")).toEqual({
      "Dương Mạnh Hùng": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh"],
      "Hà Văn Tín": ["Giám đốc Hợp tác xã Sản xuất và Thương mại Phúc Lộc"],
    });
  });

  it("reads the signer of a document's own text under its signature block, in the office of the committee its heading names", () => {
    const heading = "TỈNH ỦY GIA LAI                    ĐẢNG CỘNG SẢN VIỆT NAM\nSố 08-CT/TU\n\nChỉ thị này được phổ biến đến chi bộ.\n\n";
    expect(people(`${heading}T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n(Đã ký)\nVõ Ngọc Thạch\n\nNơi nhận:\n- Như trên.`)).toEqual({
      "Võ Ngọc Thạch": ["Phó Bí thư Thường trực Tỉnh ủy"],
    });
    expect(people(`${heading}T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nPhan Đức Lợi`)).toEqual({ "Phan Đức Lợi": ["Chánh Văn phòng Tỉnh ủy"] });
  });

  it("reads a census's steering committee whole, with its comma and its year, a deputy director-general, and a working group's leader", () => {
    expect(people("Dự có đồng chí Thái Hữu Lợi, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp năm 2025 tỉnh. Phát biểu tham luận, ông Đỗ Văn Lâm, nguyên Phó Tổng cục trưởng Tổng cục Thống kê đánh giá cao kết quả. Đồng chí Trương Minh Khoa, Tổ trưởng Tổ công tác đặc biệt chủ trì cuộc họp.")).toEqual({
      "Thái Hữu Lợi": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp năm 2025 tỉnh"],
      "Đỗ Văn Lâm": ["nguyên Phó Tổng cục trưởng Tổng cục Thống kê"],
      "Trương Minh Khoa": ["Tổ trưởng Tổ công tác đặc biệt"],
    });
  });

  it("reads the congress's organising subcommittee and a body of the Vietnamese abroad whole, an overseas Vietnamese named after their country, and several deputies after 'các đại biểu'", () => {
    expect(people("Đồng chí Bùi Đức Toản, Trưởng Tiểu ban Tổ chức phục vụ Đại hội phát biểu. Ông Nguyễn Hữu Khoa, Chủ tịch Hiệp hội Doanh nhân Việt Nam ở nước ngoài cho biết. Kiều bào Nhật Bản Nguyễn Trọng Thiều, Giám đốc Công ty TNHH Thương mại Hồng Lam, mong muốn. Trước đó, chiều 7/10, các đại biểu Trương Công Lực và Nguyễn Thị Ngọc Trâm đã tiếp xúc cử tri.")).toEqual({
      "Bùi Đức Toản": ["Trưởng Tiểu ban Tổ chức phục vụ Đại hội"],
      "Nguyễn Hữu Khoa": ["Chủ tịch Hiệp hội Doanh nhân Việt Nam ở nước ngoài"],
      "Nguyễn Trọng Thiều": ["Giám đốc Công ty TNHH Thương mại Hồng Lam"],
      "Trương Công Lực": [],
      "Nguyễn Thị Ngọc Trâm": [],
    });
  });

  it("reads a steering committee named by what it carries out and where, and the nuclear safety authority whole", () => {
    expect(people("Đồng chí Phan Đình Khải, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo triển khai các dự án điện hạt nhân trên địa bàn tỉnh chủ trì. Ông Mạc Hữu Nghĩa, Cục trưởng Cục An toàn bức xạ và hạt nhân cho biết.")).toEqual({
      "Phan Đình Khải": ["Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban Chỉ đạo triển khai các dự án điện hạt nhân trên địa bàn tỉnh"],
      "Mạc Hữu Nghĩa": ["Cục trưởng Cục An toàn bức xạ và hạt nhân"],
    });
  });

  it("writes a group's defined short name in full once, not after its kind again ('Tập đoàn Rosatom')", () => {
    expect(people("Buổi làm việc với Tập đoàn Năng lượng nguyên tử quốc gia Liên bang Nga (Rosatom) do ông Andrei Kovalenko, Phó Tổng Giám đốc Tập đoàn Rosatom dẫn đầu.")).toEqual({
      "Andrei Kovalenko": ["Phó Tổng Giám đốc Tập đoàn Năng lượng nguyên tử quốc gia Liên bang Nga"],
    });
  });

  it("does not add a local title's spoken form ('Bí thư phường') or a merged body's old name ('Ban Tuyên giáo') beside the office given in full", () => {
    expect(people("Đồng chí Chu Văn Định, Bí thư Đảng ủy phường Kinh Bắc phát biểu. Bí thư phường Chu Văn Định cho biết. Đồng chí Hà Thị Minh Thư, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự. Trưởng Ban Tuyên giáo Tỉnh ủy Hà Thị Minh Thư nói. Đồng chí Lê An, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự.")).toEqual({
      "Chu Văn Định": ["Bí thư Đảng ủy phường"],
      "Hà Thị Minh Thư": ["Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"],
      "Lê An": ["Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"],
    });
  });

  it("reads a table's rows rendered as text, by tabs or ' | ', as a list of names with their offices, its header row left out", () => {
    expect(people("Các cá nhân được khen thưởng:\n\nTT\tHọ và tên\tChức vụ, đơn vị công tác\n1\tTrần Thị Bích Ngọc\tPhó Bí thư Thường trực Đảng ủy phường Buôn Ma Thuột\n2\tVõ Đình Luân\tBí thư Đảng ủy xã Ea Kar\n\n7h30 - 7h45 | Khai mạc | Lê Hoàng Vỹ | Chủ tịch UBND tỉnh")).toEqual({
      "Trần Thị Bích Ngọc": ["Phó Bí thư Thường trực Đảng ủy phường"],
      "Võ Đình Luân": ["Bí thư Đảng ủy xã"],
      "Lê Hoàng Vỹ": ["Chủ tịch Ủy ban nhân dân tỉnh"],
    });
  });

  it("reads information technology, an organising committee's great days and ceremonies, and an arm's numbered unit in a body's name", () => {
    expect(people("Ông Khổng Đức Long, Cục trưởng Cục Công nghệ thông tin phát biểu. Đồng chí Nguyễn Thanh Vỹ, Trưởng Ban Tổ chức các ngày lễ lớn tỉnh chủ trì. Đồng chí Phan Hữu Lộc, Trưởng Ban Tổ chức lễ kỷ niệm dự. Ông Vũ Đình Khôi, nguyên Trung đoàn trưởng Trung đoàn Công binh 98 phát biểu.")).toEqual({
      "Khổng Đức Long": ["Cục trưởng Cục Công nghệ thông tin"],
      "Nguyễn Thanh Vỹ": ["Trưởng Ban Tổ chức các ngày lễ lớn tỉnh"],
      "Phan Hữu Lộc": ["Trưởng Ban Tổ chức lễ kỷ niệm"],
      "Vũ Đình Khôi": ["nguyên Trung đoàn trưởng Trung đoàn Công binh 98"],
    });
  });

  it("reads a K'Ho woman's name ('Ka Huyền'), and a list whose names are followed by where each comes from in parentheses", () => {
    expect(people("Đồng chí Ka Huyền (Đảng ủy xã Lạc Dương) nêu cách làm. Từ điểm cầu cơ sở, các đồng chí Đặng Thị Hoa (phường Trần Hưng Đạo) và Phạm Văn Cường (xã Tiên Lữ) báo cáo vướng mắc.")).toEqual({
      "Ka Huyền": [],
      "Đặng Thị Hoa": [],
      "Phạm Văn Cường": [],
    });
  });

  it("reads the social and health insurance steering committee with its comma", () => {
    expect(people("Ông Phan Quốc Vượng, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế tỉnh chủ trì.")).toEqual({
      "Phan Quốc Vượng": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế tỉnh"],
    });
  });

  it("completes an appointed title ending in a body's first word ('giữ chức Phó Chủ tịch Hội') with the body the sentence appointed to in full", () => {
    expect(people("Bà Nông Thị Hải Yến được tín nhiệm giữ chức Chủ tịch Hội Khuyến học tỉnh; ông Triệu Văn Hùng giữ chức Phó Chủ tịch Thường trực; bà Lò Thị Xuân và ông Phạm Ngọc Cường giữ chức Phó Chủ tịch Hội.")).toEqual({
      "Nông Thị Hải Yến": ["Chủ tịch Hội Khuyến học tỉnh"],
      "Triệu Văn Hùng": ["Phó Chủ tịch Thường trực"],
      "Lò Thị Xuân": ["Phó Chủ tịch Hội Khuyến học tỉnh"],
      "Phạm Ngọc Cường": ["Phó Chủ tịch Hội Khuyến học tỉnh"],
    });
  });

  it("reads a foreign dignitary after 'ngài', the central hospitals named after places, and a neighbourhood's number as its place", () => {
    expect(people("Chủ tịch UBND tỉnh đã tiếp ngài Takahashi Kenji, Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam. GS.TS Vũ Đình Khoa, Giám đốc Bệnh viện Bạch Mai cho biết. Bà Vũ Thị Thanh Hương, Bí thư Chi bộ, Tổ trưởng Tổ dân phố số 5 kể lại.")).toEqual({
      "Takahashi Kenji": ["Đại sứ Đặc mệnh toàn quyền"],
      "Vũ Đình Khoa": ["Giám đốc Bệnh viện Bạch Mai"],
      "Vũ Thị Thanh Hương": ["Bí thư Chi bộ", "Tổ trưởng Tổ dân phố"],
    });
  });

  it("reads a body's short name in parentheses once ('Ủy ban nhân dân (UBND) tỉnh'), and the weather service's bodies whole", () => {
    expect(people("Ông Dương Văn Thiện, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân (UBND) tỉnh Lâm Đồng, chủ trì. Bà Nguyễn Thị Kim Thoa, Giám đốc Đài Khí tượng thủy văn tỉnh cho biết. Bà Vương Thị Thu Hằng, Phó Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia nói.")).toEqual({
      "Dương Văn Thiện": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"],
      "Nguyễn Thị Kim Thoa": ["Giám đốc Đài Khí tượng thủy văn tỉnh"],
      "Vương Thị Thu Hằng": ["Phó Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia"],
    });
  });

  it("leaves a doctor of sciences' degree out of the name and the office ('TSKH Võ Đình Nguyên')", () => {
    expect(people("Báo cáo do TSKH Võ Đình Nguyên, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh trình bày.")).toEqual({
      "Võ Đình Nguyên": ["Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"],
    });
  });

  it("gives a title written once to the list an election names after it ('Bốn Phó Chủ tịch UBND tỉnh được bầu gồm các đồng chí: …')", () => {
    expect(people("Bốn Phó Chủ tịch UBND tỉnh được bầu gồm các đồng chí: Phạm Quốc Bảo, Trần Thị Mỹ Duyên, Võ Hữu Lộc và Nguyễn Thành Công.")).toEqual({
      "Phạm Quốc Bảo": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Trần Thị Mỹ Duyên": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Võ Hữu Lộc": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Nguyễn Thành Công": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
    });
  });
  it("reads civil judgment enforcement's bodies since 2025 whole, and an enforcer's and a regional chief auditor's titles", () => {
    expect(people("Dự có ông Nguyễn Hữu Tâm, Trưởng Thi hành án dân sự tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo thi hành án dân sự tỉnh; bà Ngô Thị Hạnh, Chấp hành viên Phòng Thi hành án dân sự khu vực 5; ông Tạ Văn Lâm, Kiểm toán trưởng Kiểm toán Nhà nước khu vực VI.")).toEqual({
      "Nguyễn Hữu Tâm": ["Trưởng Thi hành án dân sự tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo thi hành án dân sự tỉnh"],
      "Ngô Thị Hạnh": ["Chấp hành viên Phòng Thi hành án dân sự khu vực 5"],
      "Tạ Văn Lâm": ["Kiểm toán trưởng Kiểm toán Nhà nước khu vực VI"],
    });
  });

  it("reads bodies with a comma in their names whole ('Hội đồng An toàn, vệ sinh lao động', 'Tổ bảo vệ an ninh, trật tự') and a section for general schooling", () => {
    expect(people("Đồng chí Tạ Minh Khôi, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng An toàn, vệ sinh lao động tỉnh chủ trì. Ông Mai Xuân Trường, Tổ trưởng Tổ bảo vệ an ninh, trật tự cho biết. Đồng chí Đặng Văn Hiếu, Trưởng phòng Giáo dục phổ thông phát biểu.")).toEqual({
      "Tạ Minh Khôi": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Hội đồng An toàn, vệ sinh lao động tỉnh"],
      "Mai Xuân Trường": ["Tổ trưởng Tổ bảo vệ an ninh, trật tự"],
      "Đặng Văn Hiếu": ["Trưởng phòng Giáo dục phổ thông"],
    });
  });

  it("gives an office re-elected to ('X tái đắc cử chức Bí thư Đảng ủy, Y …') to the one re-elected, not to the next name", () => {
    expect(people("Đồng chí Đào Văn Thắng tái đắc cử chức Bí thư Đảng ủy, đồng chí Phạm Quốc Hưng tiếp tục giữ chức Phó Bí thư Thường trực Đảng ủy Công ty.")).toEqual({
      "Đào Văn Thắng": ["Bí thư Đảng ủy"],
      "Phạm Quốc Hưng": ["Phó Bí thư Thường trực Đảng ủy Công ty"],
    });
  });

  it("leaves a physician's specialist grade, a pharmacist's and a healer's calling out of the name ('bác sĩ chuyên khoa II X', 'Lương y Y')", () => {
    expect(people("Tham luận tại hội nghị, bác sĩ chuyên khoa II Võ Thị Bích Liên, Giám đốc Bệnh viện Y học cổ truyền tỉnh cho biết. Lương y Trần Văn Tứ, Chủ tịch Hội Đông y tỉnh phát biểu.")).toEqual({
      "Võ Thị Bích Liên": ["Giám đốc Bệnh viện Y học cổ truyền tỉnh"],
      "Trần Văn Tứ": ["Chủ tịch Hội Đông y tỉnh"],
    });
  });

  it("takes a later mention without the middle name for the one person named in full ('Nguyễn Thạch' after 'Nguyễn Ngọc Thạch'), not when one sentence names both", () => {
    expect(people("Đồng chí Nguyễn Ngọc Thạch, Phó Chủ tịch Thường trực UBND tỉnh chủ trì. Bà Lâm Thị Kim Oanh, Giám đốc Sở Tài chính báo cáo. Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Thạch phát biểu. Bà Lâm Kim Oanh cho biết thêm.")).toEqual({
      "Nguyễn Ngọc Thạch": ["Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"],
      "Lâm Thị Kim Oanh": ["Giám đốc Sở Tài chính"],
    });
    expect(Object.keys(people("Chủ trì có đồng chí Trần Thu Oanh, Phó Bí thư Thành ủy; dự có đồng chí Trần Thị Thu Oanh, Chủ tịch Ủy ban MTTQ Việt Nam thành phố."))).toEqual(["Trần Thu Oanh", "Trần Thị Thu Oanh"]);
  });
  it("reads a commune written short ('UBND X. Tân Lập'), a Cambodian commune's chief, and the weather service's and civil defence's initials", () => {
    expect(people("Cùng dự có ông Bùi Văn Hưởng, Chủ tịch UBND X. Tân Lập; ông Ouk Vanna, Xã trưởng xã Kaam Samnar. Bà Nguyễn Thị Bích Thủy, Giám đốc Đài KTTV tỉnh cho biết. Ông Lê Văn Ân, Phó Trưởng Ban Chỉ huy PTDS tỉnh nói.")).toEqual({
      "Bùi Văn Hưởng": ["Chủ tịch Ủy ban nhân dân xã"],
      "Ouk Vanna": ["Xã trưởng"],
      "Nguyễn Thị Bích Thủy": ["Giám đốc Đài Khí tượng thủy văn tỉnh"],
      "Lê Văn Ân": ["Phó Trưởng Ban Chỉ huy phòng thủ dân sự tỉnh"],
    });
  });
  it("reads on past a listed name's people in parentheses, an architect's calling, the consumers' association, and an office one is elected to ('trúng cử')", () => {
    expect(people("Dự có các Phó Chủ tịch UBND tỉnh: Nguyễn Thiên Ân, Y Ngọc Mlô (dân tộc Ê Đê), Phạm Thị Kim Oanh. KTS Phùng Văn Bình, Phó Chủ tịch Hội Quy hoạch phát triển đô thị Việt Nam đề xuất. Ông Trịnh Văn Khiêm, Chủ tịch Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam phát biểu. Đồng chí Phạm Đức Long, Trưởng Ban Nội chính Tỉnh ủy trúng cử Ủy viên Ban Thường vụ Tỉnh ủy.")).toEqual({
      "Nguyễn Thiên Ân": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Y Ngọc Mlô": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Phạm Thị Kim Oanh": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Phùng Văn Bình": ["Phó Chủ tịch Hội Quy hoạch phát triển đô thị Việt Nam"],
      "Trịnh Văn Khiêm": ["Chủ tịch Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam"],
      "Phạm Đức Long": ["Trưởng Ban Nội chính Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"],
    });
  });
  it("leaves a content creator's calling out of the name ('nhà sáng tạo nội dung Quách Tuấn Minh')", () => {
    expect(people("Tham luận tại hội nghị, nhà sáng tạo nội dung Quách Tuấn Minh, chủ kênh Sử Việt, chia sẻ.")).toEqual({ "Quách Tuấn Minh": [] });
  });
  it("reads titles in lower case set off by dashes ('Ông X - phó bí thư Tỉnh ủy, chủ tịch UBND tỉnh - chủ trì'), a standing deputy's among them, and the council on naming streets whole", () => {
    expect(people("Ông Đặng Hữu Tín - phó bí thư Tỉnh ủy, chủ tịch UBND tỉnh - chủ trì phiên họp. Dự có ông Lâm Quốc Bảo - ủy viên Ban Thường vụ Tỉnh ủy, phó chủ tịch thường trực UBND tỉnh. Ông Võ Văn Thạnh, nguyên Giám đốc Bảo tàng thành phố, thành viên Hội đồng tư vấn đặt, đổi tên đường và công trình công cộng thành phố, đề nghị.")).toEqual({
      "Đặng Hữu Tín": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"],
      "Lâm Quốc Bảo": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch thường trực Ủy ban nhân dân tỉnh"],
      "Võ Văn Thạnh": ["nguyên Giám đốc Bảo tàng thành phố", "Thành viên Hội đồng tư vấn đặt, đổi tên đường và công trình công cộng thành phố"],
    });
  });

  it("gives a given name with a title ('bà Lan, Phó Chủ tịch UBND tỉnh') to the one of that name holding the title, not the one named last", () => {
    expect(people("Cùng dự có các phó chủ tịch UBND tỉnh: bà Đoàn Thị Lan, ông Cao Minh Khang. Trình bày báo cáo, bà Huỳnh Thị Ngọc Lan, giám đốc Sở Tài chính, cho biết. Phát biểu tại phiên họp, bà Lan, Phó Chủ tịch UBND tỉnh, đề nghị.")).toEqual({
      "Đoàn Thị Lan": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Cao Minh Khang": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Huỳnh Thị Ngọc Lan": ["Giám đốc Sở Tài chính"],
    });
  });

  it("reads the police paper's offices: a unit's code read over ('(PC07) Công an thành phố') and written in full where it stands for the unit, a level's police written short ('CATP', 'CAP Lê Chân'), the administrative police's name whole", () => {
    expect(people("Tham gia có Thượng tá Mai Hữu Nghĩa, Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07) Công an thành phố; Đại tá Cao Xuân Trường, Phó Giám đốc Công an thành phố. Trung tá Hà Văn Nam, Phó Trưởng phòng PC07 Công an thành phố cho biết. Trung tá Đỗ Văn Khương, Trưởng CAP Lê Chân thông tin. Đại tá Cao Xuân Trường, Phó Giám đốc CATP đề nghị. Thiếu tướng Giang Minh Tuấn, Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) phát biểu.")).toEqual({
      "Mai Hữu Nghĩa": ["Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an thành phố"],
      "Cao Xuân Trường": ["Phó Giám đốc Công an thành phố"],
      "Hà Văn Nam": ["Phó Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an thành phố"],
      "Đỗ Văn Khương": ["Trưởng Công an phường"],
      "Giang Minh Tuấn": ["Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội"],
    });
  });
  it("names no one of the report in a ranked reporter's credit or byline ('Bài và ảnh: Đại úy X', 'Ảnh: Trung úy Y', the name alone on its line)", () => {
    expect(people("Bài và ảnh: Đại úy Vi Thành Đạt\nThượng tá Ngô Thị Lành\nĐồng chí Thái Văn Lợi, Phó Bí thư Tỉnh ủy phát biểu chỉ đạo. Ảnh: Trung úy Lục Thị Ngân\nĐại tá Lò Văn Pản, Chỉ huy trưởng Bộ CHQS tỉnh phát biểu.")).toEqual({
      "Thái Văn Lợi": ["Phó Bí thư Tỉnh ủy"],
      "Lò Văn Pản": ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"],
    });
  });
  it("reads the Youth Union's committee written with capitals ('Bí thư Tỉnh Đoàn Gia Lai') without making 'Đoàn Gia Lai' a person, as 'Đoàn' after 'tỉnh' still starts one", () => {
    expect(people("Chị Rah Lan H'Nương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh Đoàn Gia Lai cho biết. Dự có anh Thái Bá Lộc, Phó Bí thư Thành Đoàn Đà Nẵng. Chủ tịch UBND tỉnh Đoàn Văn Thạnh phát biểu.")).toEqual({
      "Rah Lan H'Nương": ["Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Bí thư Tỉnh Đoàn"],
      "Thái Bá Lộc": ["Phó Bí thư Thành Đoàn"],
      "Đoàn Văn Thạnh": ["Chủ tịch Ủy ban nhân dân tỉnh"],
    });
  });
  it("gives a title before a name after a comma to that name ('Phó Cục trưởng … Bế Thanh Hải, Phó Chủ tịch UBND tỉnh Lâm Hữu Phước'), and reads bodies of harm prevention, key transport works, general education and a hospital in lower case whole", () => {
    expect(people("Cùng dự có Phó Cục trưởng Cục Thủy sản và Kiểm ngư Bế Thanh Hải, Phó Chủ tịch UBND tỉnh Lâm Hữu Phước. Bà Giáp Thị Minh Nguyệt, Giám đốc điều hành Quỹ Phòng, chống tác hại của thuốc lá phát biểu. Phó Thủ tướng Trịnh Quốc Bảo, Trưởng Ban Chỉ đạo nhà nước các công trình, dự án quan trọng quốc gia, trọng điểm ngành giao thông vận tải kết luận. Ông Nghiêm Xuân Trường, Vụ trưởng Vụ Giáo dục Phổ thông (Bộ GD&ĐT) cho biết. Tiếp đoàn có ông Đoàn Quang Huy, Phó Giám đốc bệnh viện.")).toEqual({
      "Bế Thanh Hải": ["Phó Cục trưởng Cục Thủy sản và Kiểm ngư"],
      "Lâm Hữu Phước": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Giáp Thị Minh Nguyệt": ["Giám đốc điều hành Quỹ Phòng, chống tác hại của thuốc lá"],
      "Trịnh Quốc Bảo": ["Phó Thủ tướng", "Trưởng Ban Chỉ đạo nhà nước các công trình, dự án quan trọng quốc gia, trọng điểm ngành giao thông vận tải"],
      "Nghiêm Xuân Trường": ["Vụ trưởng Vụ Giáo dục Phổ thông"],
      "Đoàn Quang Huy": ["Phó Giám đốc bệnh viện"],
    });
  });

  it("reads the family names 'Văn' and 'Phù', and the Saigon press's short forms: departments with a hyphen ('Sở GD-ĐT'), 'ĐHQG', 'Trường ĐH', a parent body in parentheses ('(ĐHQG TPHCM)'), an association's English initials ('VASEP'), a cooperative written 'HTX'", () => {
    expect(people("Cùng dự có Trưởng Ban Tuyên giáo và Dân vận Thành ủy Văn Thị Bích Ngọc; Bộ trưởng Bộ Xây dựng Văn Đình Tùng; Giám đốc Sở GD-ĐT Kha Minh Đức; Giám đốc ĐHQG Doãn Minh Châu. Ông Phù Văn Nghĩa - Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh cho biết. Hiệu trưởng Trường ĐH Bách khoa (ĐHQG TPHCM) Lạc Thành Phát đề xuất. Hội nghị do Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP) phối hợp tổ chức. Ông Lạc Minh Đức, Chủ tịch VASEP phát biểu. Bà Tống Thị Lài, Giám đốc HTX Nông nghiệp dịch vụ Đồng Thuận (xã Yên Thành) cho biết.")).toEqual({
      "Văn Thị Bích Ngọc": ["Trưởng Ban Tuyên giáo và Dân vận Thành ủy"],
      "Văn Đình Tùng": ["Bộ trưởng Bộ Xây dựng"],
      "Kha Minh Đức": ["Giám đốc Sở Giáo dục và Đào tạo"],
      "Doãn Minh Châu": ["Giám đốc Đại học Quốc gia"],
      "Phù Văn Nghĩa": ["Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh"],
      "Lạc Thành Phát": ["Hiệu trưởng Trường Đại học Bách khoa"],
      "Lạc Minh Đức": ["Chủ tịch Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam"],
      "Tống Thị Lài": ["Giám đốc Hợp tác xã Nông nghiệp dịch vụ Đồng Thuận"],
    });
  });
  it("reads a high court set apart by 'tại' without the city's level, an irrigation board by its number, the Mekong committee, a place a bank's office serves, and a hamlet by its number", () => {
    expect(people("Đồng chí Huỳnh Bảo Ngân, Chánh án TAND cấp cao tại TP Hồ Chí Minh kiến nghị. Ông Lạc Văn Hưng - Giám đốc Ban Quản lý đầu tư và xây dựng thủy lợi 10 đề nghị. Ông Trương Công Hậu - Chánh Văn phòng Ủy ban sông Mê Công Việt Nam cho biết. Ông Lê Đức Mạnh, Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội Cao Phong thông tin thêm. Tham luận tại hội nghị, Bí thư Chi bộ khu phố 5 Phùng Văn Tài chia sẻ.")).toEqual({
      "Huỳnh Bảo Ngân": ["Chánh án Tòa án nhân dân cấp cao"],
      "Lạc Văn Hưng": ["Giám đốc Ban Quản lý đầu tư và xây dựng thủy lợi 10"],
      "Trương Công Hậu": ["Chánh Văn phòng Ủy ban sông Mê Công Việt Nam"],
      "Lê Đức Mạnh": ["Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội"],
      "Phùng Văn Tài": ["Bí thư Chi bộ khu phố"],
    });
  });

  it("reads the family names 'Ngạc' and 'Sa' (not 'Sa Pa'), the committee for the advancement of women written with a capital, and a township's name as its place", () => {
    expect(people("Bà Quách Thị Ngọc Diệp, Phó Chủ tịch UBND tỉnh, Trưởng Ban Vì sự tiến bộ của phụ nữ tỉnh chủ trì. Bà Ngô Thị Tám, nguyên Chủ tịch Hội LHPN thị trấn Thới Bình phát biểu. Theo anh Sa Văn Páo, hộ nuôi bò. Ông Ngạc Văn Hưng, Giám đốc Vườn quốc gia Yok Đôn cho biết. Ông Lò Văn Pản, Chủ tịch UBND thị xã Sa Pa phát biểu.")).toEqual({
      "Quách Thị Ngọc Diệp": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban Vì sự tiến bộ của phụ nữ tỉnh"],
      "Ngô Thị Tám": ["nguyên Chủ tịch Hội Liên hiệp Phụ nữ thị trấn"],
      "Sa Văn Páo": [],
      "Ngạc Văn Hưng": ["Giám đốc Vườn quốc gia Yok Đôn"],
      "Lò Văn Pản": ["Chủ tịch Ủy ban nhân dân thị xã"],
    });
  });

  it("reads the border guard's posts ('BĐBP', a post named after its gate, 'Đồn BP'), telecom and works companies, immigration police, market surveillance and members' councils written short, housing bodies, and a school's head named after its name", () => {
    expect(people("Đại tá Đới Công Thịnh, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh chủ trì. Trung tá Sơn Ngọc Thạch, Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Hà Tiên cho biết. Thiếu tá Vi Văn Thắm, Đồn trưởng Đồn BP Cửa khẩu quốc tế Na Mèo phát biểu. Ông Bạch Ngọc Sơn, Chủ tịch Hội đồng thành viên Tập đoàn Bưu chính Viễn thông Việt Nam phát biểu. Ông Lăng Văn Tùng, Tổng Giám đốc Tổng Công ty Cổ phần Công trình Viettel cho biết. Trung tá Chea Vuthy, Đồn trưởng Đồn Cảnh sát xuất nhập cảnh Trapeang Phlong đánh giá. Bà Vi Thị Hằng, Chi cục trưởng Chi cục QLTT tỉnh báo cáo. Ông Quách Trọng Nghĩa, Thành viên HĐTV Tập đoàn Điện lực Việt Nam nói. Ông Mạc Đình Khôi, Cục trưởng Cục Quản lý nhà và thị trường bất động sản cho biết. Bà Quan Thị Ngọc Hân, Trưởng Ban quản trị chung cư kiến nghị. Hiệu trưởng Trường THPT Việt Đức Thái Thị Thanh Xuân chia sẻ. Ông Lê Văn Tư, Hiệu trưởng Trường THPT chuyên Trần Hưng Đạo phát biểu.")).toEqual({
      "Đới Công Thịnh": ["Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh"],
      "Sơn Ngọc Thạch": ["Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế"],
      "Vi Văn Thắm": ["Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế"],
      "Bạch Ngọc Sơn": ["Chủ tịch Hội đồng thành viên Tập đoàn Bưu chính Viễn thông Việt Nam"],
      "Lăng Văn Tùng": ["Tổng Giám đốc Tổng Công ty Cổ phần Công trình Viettel"],
      "Chea Vuthy": ["Đồn trưởng Đồn Cảnh sát xuất nhập cảnh Trapeang Phlong"],
      "Vi Thị Hằng": ["Chi cục trưởng Chi cục Quản lý thị trường tỉnh"],
      "Quách Trọng Nghĩa": ["Thành viên Hội đồng thành viên Tập đoàn Điện lực Việt Nam"],
      "Mạc Đình Khôi": ["Cục trưởng Cục Quản lý nhà và thị trường bất động sản"],
      "Quan Thị Ngọc Hân": ["Trưởng Ban quản trị chung cư"],
      "Thái Thị Thanh Xuân": ["Hiệu trưởng Trường THPT Việt Đức"],
      "Lê Văn Tư": ["Hiệu trưởng Trường THPT chuyên Trần Hưng Đạo"],
    });
  });

  it("writes a group's short name in full for the group, not where it ends a member company's own name ('Tổng Công ty Cổ phần Công trình Viettel')", () => {
    expect(people("UBND tỉnh làm việc với Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel). Dự có ông Khúc Minh Tuấn, Phó Tổng Giám đốc Viettel; ông Lăng Văn Tùng, Tổng Giám đốc Tổng Công ty Cổ phần Công trình Viettel.")).toEqual({
      "Khúc Minh Tuấn": ["Phó Tổng Giám đốc Tập đoàn Công nghiệp - Viễn thông Quân đội"],
      "Lăng Văn Tùng": ["Tổng Giám đốc Tổng Công ty Cổ phần Công trình Viettel"],
    });
  });

  it("writes a police department's code with its kind ('Phó Cục trưởng C04'), and reads a theatre named after a person, the performing arts and youth bodies, savings groups written short, a festival's organisers, and a name right after a province", () => {
    expect(people("Thiếu tướng Mạc Đình Tuấn, Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy (C04) dẫn đầu đoàn. Cùng dự có Đại tá Trịnh Hồng Phúc, Phó Cục trưởng C04. NSƯT Lạc Minh Tâm, Giám đốc Nhà hát Cải lương Trần Hữu Trang bày tỏ trăn trở. Bà Phan Thị Thu Huyền, Cục trưởng Cục Nghệ thuật biểu diễn cho biết. Anh Ninh Đức Hiếu, Chủ tịch Hội LHTN Việt Nam tỉnh phát biểu. Bà Liêng Hót K'Hoa, Tổ trưởng Tổ TK&VV nói. Ông Tôn Văn An, Trưởng Ban Tổ chức Liên hoan phim nói. Anh Tăng Minh Khôi, Bí thư Đoàn Trường ĐH Y Dược Cần Thơ, kiến nghị. Anh Phí Đăng Khoa, Bí thư Liên chi đoàn khoa Công nghệ thông tin, hỏi. Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk H'Nga Byă cho biết.")).toEqual({
      "Mạc Đình Tuấn": ["Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy"],
      "Trịnh Hồng Phúc": ["Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy"],
      "Lạc Minh Tâm": ["Giám đốc Nhà hát Cải lương Trần Hữu Trang"],
      "Phan Thị Thu Huyền": ["Cục trưởng Cục Nghệ thuật biểu diễn"],
      "Ninh Đức Hiếu": ["Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"],
      "Liêng Hót K'Hoa": ["Tổ trưởng Tổ tiết kiệm và vay vốn"],
      "Tôn Văn An": ["Trưởng Ban Tổ chức Liên hoan phim"],
      "Tăng Minh Khôi": ["Bí thư Đoàn Trường Đại học Y Dược Cần Thơ"],
      "Phí Đăng Khoa": ["Bí thư Liên chi đoàn"],
      "H'Nga Byă": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
    });
  });

  it("reads the family names 'Ngụy', 'Trầm' and 'Xồng', and a name after a company's title ending in 'Việt Nam' as the next person's", () => {
    expect(people("Tham dự có Cục trưởng Cục Bưu điện Trung ương Phùng Quốc Bảo, Tổng Giám đốc Tổng công ty Bưu điện Việt Nam Lã Văn Thịnh. Bà Ngụy Thị Thu Hà, Phó Giám đốc Sở Khoa học và Công nghệ cho biết. Phó Chủ tịch UBND thành phố Trầm Quốc Việt kết luận. Đồng chí Xồng Bá Dìa - Bí thư Đảng ủy xã chia sẻ.")).toEqual({
      "Phùng Quốc Bảo": ["Cục trưởng Cục Bưu điện Trung ương"],
      "Lã Văn Thịnh": ["Tổng Giám đốc Tổng công ty Bưu điện Việt Nam"],
      "Ngụy Thị Thu Hà": ["Phó Giám đốc Sở Khoa học và Công nghệ"],
      "Trầm Quốc Việt": ["Phó Chủ tịch Ủy ban nhân dân thành phố"],
      "Xồng Bá Dìa": ["Bí thư Đảng ủy xã"],
    });
  });

  it("writes out departments' initials run together ('Sở VHTTDL', 'Sở TNMT'), reads degrees joined to an honour ('TTND.PGS.TS'), geology's bureau, bodies named after a gate, and the Front's 'Phó Chủ tịch - Tổng Thư ký' as one post", () => {
    expect(people("Bà Quan Thị Hồng Vân, Phó Giám đốc Sở VHTTDL phát biểu. Ông Hồ Văn Nhân, Giám đốc Sở TNMT cho biết. Ông Lã Văn Tám, Giám đốc Sở GDĐT cho biết. Tham luận tại hội nghị, TTND.PGS.TS Giáp Văn Đông, Giám đốc Bệnh viện Bạch Mai cho biết. Cục trưởng Cục Địa chất và Khoáng sản Việt Nam Khúc Ngọc Trâm chủ trì hội nghị. Ông Lăng Văn Tình, Trưởng Hải quan cửa khẩu quốc tế Hữu Nghị cho biết. Ông Nông Văn Cường, Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn cho biết. Dự có bà Đoàn Thị Kim Thoa, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam; ông Lê Văn Hai, Phó Chủ tịch kiêm Tổng Thư ký Hội Nhà báo Việt Nam.")).toEqual({
      "Quan Thị Hồng Vân": ["Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"],
      "Hồ Văn Nhân": ["Giám đốc Sở Tài nguyên và Môi trường"],
      "Lã Văn Tám": ["Giám đốc Sở Giáo dục và Đào tạo"],
      "Giáp Văn Đông": ["Giám đốc Bệnh viện Bạch Mai"],
      "Khúc Ngọc Trâm": ["Cục trưởng Cục Địa chất và Khoáng sản Việt Nam"],
      "Lăng Văn Tình": ["Trưởng Hải quan cửa khẩu quốc tế Hữu Nghị"],
      "Nông Văn Cường": ["Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"],
      "Đoàn Thị Kim Thoa": ["Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"],
      "Lê Văn Hai": ["Phó Chủ tịch - Tổng Thư ký Hội Nhà báo Việt Nam"],
    });
  });

  it("writes out a project board, a joint-stock company, export zones and a business association written short, keeps a plant's number in its company's name, and reads the Hmong family names 'Hạng' and 'Phàng'", () => {
    expect(people("Ông Thân Văn Tùng, Giám đốc Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh cho biết. Ông Lã Đức Hoan, Phó Giám đốc Công ty CP Đầu tư xây dựng Thành Vinh cho biết. Ông Ninh Văn Quyết, Phó Trưởng Ban Quản lý các KCX thành phố cho biết. Ông Đoàn Xuân Trường, Chủ tịch Hiệp hội DN thành phố cho biết. Ông Bạc Cầm Dương, Giám đốc Công ty cổ phần Thủy điện Suối Sập 2A cho biết. Tham gia ý kiến, ông Hạng A Sở chia sẻ. Bà Phàng Thị Mai, Chủ tịch Hội Phụ nữ xã phát biểu.")).toEqual({
      "Thân Văn Tùng": ["Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"],
      "Lã Đức Hoan": ["Phó Giám đốc Công ty cổ phần Đầu tư xây dựng Thành Vinh"],
      "Ninh Văn Quyết": ["Phó Trưởng Ban Quản lý các Khu chế xuất thành phố"],
      "Đoàn Xuân Trường": ["Chủ tịch Hiệp hội Doanh nghiệp thành phố"],
      "Bạc Cầm Dương": ["Giám đốc Công ty cổ phần Thủy điện Suối Sập 2A"],
      "Hạng A Sở": [],
      "Phàng Thị Mai": ["Chủ tịch Hội Phụ nữ xã"],
    });
  });

  it("writes a name with the apostrophe the document wrote ('H’Nga Mlô'), in the persons and in the meetings, while reading it as any other", () => {
    const text = "Tiêu đề\n\nSáng 20/3, Đảng ủy xã Ea Súp tổ chức hội nghị đối thoại. Đồng chí Y Wơn Byă, Bí thư Đảng ủy xã chủ trì. Dự hội nghị có bà H’Nga Mlô, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.";
    const x = extract(text, { publishedAt: "2026-03-21" });
    expect(x.persons.map((p) => p.name)).toEqual(["Y Wơn Byă", "H’Nga Mlô"]);
    expect(x.meetings.map((m) => [m.chairedBy, m.attendedBy])).toEqual([[["Y Wơn Byă"], ["H’Nga Mlô"]]]);
    expect(extract(text.replace("’", "'"), { publishedAt: "2026-03-21" }).persons.map((p) => p.name)).toEqual(["Y Wơn Byă", "H'Nga Mlô"]);
  });

  it("reads 'Viện Hải dương học' (oceanography) whole, not the province Hải Dương; the traffic police and the State Bank written short ('Đội CSGT', 'NHNN'); and the family name 'Diêm'", () => {
    expect(people("Ông Lưu Quang Bảo, Viện trưởng Viện Hải dương học cho biết. Ông Huỳnh Tấn Phát, Đội trưởng Đội CSGT đường bộ số 3 báo cáo. Đồng chí Diêm Quốc Khánh, Phó Trưởng Ban Nội chính Thành ủy phát biểu. Ông Lê Văn Tư, Phó Chủ tịch UBND tỉnh Hải Dương cho biết. Ông Lại Thế Vinh, Phó Thống đốc NHNN cho biết.")).toEqual({
      "Lưu Quang Bảo": ["Viện trưởng Viện Hải dương học"],
      "Huỳnh Tấn Phát": ["Đội trưởng Đội Cảnh sát giao thông đường bộ số 3"],
      "Diêm Quốc Khánh": ["Phó Trưởng Ban Nội chính Thành ủy"],
      "Lê Văn Tư": ["Phó Chủ tịch Ủy ban nhân dân tỉnh"],
      "Lại Thế Vinh": ["Phó Thống đốc Ngân hàng Nhà nước"],
    });
  });

  it("leaves 'nhà trường' (the school the report is about) off a title as a place, and reads an inspection team's name and the Youth Union's schools commission whole ('Thành viên Đoàn kiểm tra', 'Ban Thanh niên trường học')", () => {
    expect(people("Bà Âu Thị Mỹ Linh, Hiệu trưởng Nhà trường cho biết. Ông Tôn Thất Quang, Trưởng Ban đại diện cha mẹ học sinh nhà trường phát biểu. Ông Tăng Văn Hạnh, nguyên Phó Hiệu trưởng Nhà trường phát biểu. Ông Lê Văn Ba, Hiệu trưởng Trường Tiểu học Nhà Bè phát biểu. Ông Hoàng Văn Thiện, thành viên Đoàn kiểm tra phát biểu. Ông Lương Đình Khang, Trưởng Ban Thanh niên trường học Trung ương Đoàn trình bày.")).toEqual({
      "Âu Thị Mỹ Linh": ["Hiệu trưởng"],
      "Tôn Thất Quang": ["Trưởng Ban đại diện cha mẹ học sinh"],
      "Tăng Văn Hạnh": ["nguyên Phó Hiệu trưởng"],
      "Lê Văn Ba": ["Hiệu trưởng Trường Tiểu học Nhà Bè"],
      "Hoàng Văn Thiện": ["Thành viên Đoàn kiểm tra"],
      "Lương Đình Khang": ["Trưởng Ban Thanh niên trường học Trung ương Đoàn"],
    });
  });

  it("reads a title whose parent body stands in parentheses before the name, leaving the parent off ('Phó Cục trưởng Cục Lâm nghiệp và Kiểm lâm (Bộ Nông nghiệp và Môi trường) Hứa Văn Định')", () => {
    expect(people("Dự hội nghị có Phó Cục trưởng Cục Lâm nghiệp và Kiểm lâm (Bộ Nông nghiệp và Môi trường) Hứa Văn Định; trong đó có Phó Vụ trưởng Vụ Cơ sở đảng, đảng viên (Ban Tổ chức Trung ương) Ninh Văn Hòa; Giám đốc Sở Y tế Bùi Đắc Lâm.")).toEqual({
      "Hứa Văn Định": ["Phó Cục trưởng Cục Lâm nghiệp và Kiểm lâm"],
      "Ninh Văn Hòa": ["Phó Vụ trưởng Vụ Cơ sở đảng, đảng viên"],
      "Bùi Đắc Lâm": ["Giám đốc Sở Y tế"],
    });
  });

  it("reads the justice sector's posts, forest management boards, UNICEF's name and a CDC ('Hòa giải viên tại Tòa án', 'Ban Quản lý rừng phòng hộ', 'Quỹ Nhi đồng Liên hợp quốc', 'CDC tỉnh')", () => {
    expect(people("Bà Thạch Thị Sô Phia, Hòa giải viên tại Tòa án, nguyên Thẩm phán TAND tỉnh cho biết. Bà Đỗ Thị Thu Thủy, Trợ giúp viên pháp lý của Trung tâm giới thiệu luật. Ông Cil Ha Tuấn, Trưởng Ban Quản lý rừng phòng hộ Đa Nhim cho biết. Bà Ingrid Halvorsen, Trưởng Đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam phát biểu. Bác sĩ Khổng Văn Lực, Giám đốc CDC tỉnh báo cáo.")).toEqual({
      "Thạch Thị Sô Phia": ["Hòa giải viên tại Tòa án", "nguyên Thẩm phán Tòa án nhân dân tỉnh"],
      "Đỗ Thị Thu Thủy": ["Trợ giúp viên pháp lý"],
      "Cil Ha Tuấn": ["Trưởng Ban Quản lý rừng phòng hộ Đa Nhim"],
      "Ingrid Halvorsen": ["Trưởng Đại diện Quỹ Nhi đồng Liên hợp quốc"],
      "Khổng Văn Lực": ["Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh"],
    });
  });

  it("reads festival and heritage boards and an exam site's head whole, and a veteran given as an example ('CCB Phan Đình Lữ') as a person with no office", () => {
    expect(people("Đồng chí Phùng Thị Ngọc Lan, Chủ tịch UBND xã Hương Sơn, Trưởng Ban Tổ chức lễ hội cho biết. Ông Nghiêm Xuân Bách, Trưởng Ban Quản lý khu di tích đền Trần, cho biết. Ông Đỗ Mạnh Cường, Trưởng Ban Quản lý Khu di tích và danh thắng Tây Thiên, đề nghị. Đồng chí Hứa Văn Tiến, Chủ tịch Hội Di sản văn hóa tỉnh phát biểu. Thầy Kiều Văn Nghĩa, Trưởng điểm thi, báo cáo. Đồng chí Thái Quang Hòa nêu tấm gương CCB Phan Đình Lữ, 76 tuổi, đã hiến đất.")).toEqual({
      "Phùng Thị Ngọc Lan": ["Chủ tịch Ủy ban nhân dân xã", "Trưởng Ban Tổ chức lễ hội"],
      "Nghiêm Xuân Bách": ["Trưởng Ban Quản lý khu di tích đền Trần"],
      "Đỗ Mạnh Cường": ["Trưởng Ban Quản lý Khu di tích và danh thắng Tây Thiên"],
      "Hứa Văn Tiến": ["Chủ tịch Hội Di sản văn hóa tỉnh"],
      "Kiều Văn Nghĩa": ["Trưởng điểm thi"],
      "Thái Quang Hòa": [],
      "Phan Đình Lữ": [],
    });
  });

  it("reads lower-case titles set off by dashes as Tuổi Trẻ writes them, a membership title or a full-time deputy's among them ('tỉnh ủy viên', 'phó trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh'), an academy's and a state farm's names whole, and a body's name with 'cơ sở đảng, đảng viên'", () => {
    expect(people("Ông Lò Văn Páo - tỉnh ủy viên, bí thư Đảng ủy xã Mường Xén - đề nghị. Bà Hồ Thị Minh Nguyệt - phó trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Nghệ An - đề nghị. Ông Nông Quốc Bình - giám đốc Học viện Quản lý giáo dục - cho rằng. Đồng chí Tạ Minh Hiếu, Vụ trưởng Vụ Tổ chức cơ sở đảng, đảng viên (Ban Tổ chức Trung ương) cho biết. Ông Trương Văn Sáu, nguyên Giám đốc Nông trường Lộc Thành, từng chia sẻ.")).toEqual({
      "Lò Văn Páo": ["Tỉnh ủy viên", "Bí thư Đảng ủy xã"],
      "Hồ Thị Minh Nguyệt": ["Phó trưởng đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh"],
      "Nông Quốc Bình": ["Giám đốc Học viện Quản lý giáo dục"],
      "Tạ Minh Hiếu": ["Vụ trưởng Vụ Tổ chức cơ sở đảng, đảng viên"],
      "Trương Văn Sáu": ["nguyên Giám đốc Nông trường Lộc Thành"],
    });
  });

  it("reads a company's directors of a function and a production team's head as titles that go on to the next ('Giám đốc nhân sự, Bí thư Chi bộ Công ty')", () => {
    expect(people("Ông Ngô Xuân Bách, Giám đốc nhân sự, Bí thư Chi bộ Công ty cho biết. Anh Vi Văn Toản, Tổ trưởng sản xuất tại Công ty cổ phần Cơ khí Tràng Duệ, vừa được kết nạp.")).toEqual({
      "Ngô Xuân Bách": ["Giám đốc nhân sự", "Bí thư Chi bộ Công ty"],
      "Vi Văn Toản": ["Tổ trưởng sản xuất"],
    });
  });

  it("reads the Icelandic eth some sites set for 'Đ' as 'Đ' ('Ðồng chí Khưu Minh Ðức, Phó Chủ tịch HÐND'), and 'Khưu' as a family name", () => {
    expect(people("Ðồng chí Khưu Minh Ðức, Phó Chủ tịch HÐND thành phố phát biểu.")).toEqual({ "Khưu Minh Đức": ["Phó Chủ tịch Hội đồng nhân dân thành phố"] });
  });

  it("ends a place before a family name that a province would swallow ('phường Tân An Giang Thị Tuyết Mai'), not a province before a name ('tỉnh Hà Nam Văn Thị Lan')", () => {
    expect(people("Chủ tịch Ủy ban MTTQ Việt Nam phường Tân An Giang Thị Tuyết Mai chia sẻ. Giám đốc Sở Y tế tỉnh Hà Nam Văn Thị Lan phát biểu.")).toEqual({
      "Giang Thị Tuyết Mai": ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
      "Văn Thị Lan": ["Giám đốc Sở Y tế"],
    });
  });

  it("gives a bare 'Thứ trưởng' the ministry whose delegation the person leads ('Đoàn công tác của Bộ Y tế do Thứ trưởng Doãn Minh Triết dẫn đầu')", () => {
    expect(people("Ngày 21/10, Đoàn công tác của Bộ Y tế do Thứ trưởng Doãn Minh Triết dẫn đầu đã làm việc với tỉnh. Chiều 20/8, đoàn công tác Bộ Dân tộc và Tôn giáo do Thứ trưởng Triệu Đức Lâm làm trưởng đoàn có buổi làm việc. Thứ trưởng Doãn Minh Triết phát biểu.")).toEqual({
      "Doãn Minh Triết": ["Thứ trưởng Bộ Y tế"],
      "Triệu Đức Lâm": ["Thứ trưởng Bộ Dân tộc và Tôn giáo"],
    });
  });

  it("ends a name at a title glued to it by a hyphen ('Ngô Thị Kim Xuyến-nguyên Phó Trưởng Ban …', 'Rah Lan Lâm-Phó Bí thư …'), and reads the Thái 'Ngân' and the Jrai 'Rcom' as family names", () => {
    expect(people("Dự có đồng chí Rah Lan Lâm-Phó Bí thư Thường trực Tỉnh ủy; đồng chí Ngô Thị Kim Xuyến-nguyên Phó Trưởng Ban Tuyên giáo Tỉnh ủy; Ngân Văn Tuấn - Chủ tịch UBND xã; bà Rcom Thị Nhiên, Chủ tịch Ủy ban MTTQ Việt Nam phường; ông Khăm-xay Vông-pa-xớt, Đại sứ Lào.")).toEqual({
      "Rah Lan Lâm": ["Phó Bí thư Thường trực Tỉnh ủy"],
      "Ngô Thị Kim Xuyến": ["nguyên Phó Trưởng Ban Tuyên giáo Tỉnh ủy"],
      "Ngân Văn Tuấn": ["Chủ tịch Ủy ban nhân dân xã"],
      "Rcom Thị Nhiên": ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
      "Khăm-xay Vông-pa-xớt": ["Đại sứ"],
    });
  });

  it("reads 'tìm kiếm, cứu nạn' as one body's name, and a crew member ('thuyền viên Hà Văn Tới') as a person with no office", () => {
    expect(people("Có các đồng chí: Tạ Quang Nhật, Giám đốc Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực IV. Theo lời kể của thuyền viên Hà Văn Tới, sự việc xảy ra quá nhanh.")).toEqual({
      "Tạ Quang Nhật": ["Giám đốc Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực IV"],
      "Hà Văn Tới": [],
    });
  });

  it("reads K'Ho and Raglai family names ('Kơ Să K'Đoan', 'Cil Múp K'Rin', 'Bon Niêng K'Hương', 'Mấu Văn Tâm') and 'Ban TVTU' as the provincial standing committee", () => {
    expect(people("Dự có các đồng chí: Kơ Să K'Đoan – Tỉnh uỷ viên, Giám đốc Sở Nông nghiệp và Môi trường; Mấu Văn Tâm - Phó Bí thư Đảng ủy xã. Ông Cil Múp K'Rin, chủ một cơ sở chế biến cà phê cho biết. Bà Bon Niêng K'Hương phát biểu. Ông Hồ Sĩ Tuấn, Ủy viên Ban TVTU, Phó Chủ tịch UBND tỉnh phát biểu.")).toEqual({
      "Kơ Să K'Đoan": ["Tỉnh ủy viên", "Giám đốc Sở Nông nghiệp và Môi trường"],
      "Mấu Văn Tâm": ["Phó Bí thư Đảng ủy xã"],
      "Cil Múp K'Rin": [],
      "Bon Niêng K'Hương": [],
      "Hồ Sĩ Tuấn": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban nhân dân tỉnh"],
    });
  });

  it("reads a title set before the name with a dash, as the Vĩnh Long paper writes it ('Giám đốc Sở Nông nghiệp và Môi trường- Tiêu Văn Đạt'), and 'Khu kinh tế, công nghiệp' as one body", () => {
    expect(people("Giám đốc Sở Nông nghiệp và Môi trường- Tiêu Văn Đạt thông tin. Báo cáo tại buổi làm việc, Trưởng Ban Quản lý Khu kinh tế, công nghiệp Huế Bạch Ngọc Thành cho biết.")).toEqual({
      "Tiêu Văn Đạt": ["Giám đốc Sở Nông nghiệp và Môi trường"],
      "Bạch Ngọc Thành": ["Trưởng Ban Quản lý Khu kinh tế, công nghiệp"],
    });
  });

  it("reads a cooperative group's name whole ('Tổ hợp tác dệt chiếu Hoa Sen'), 'Quản lý, giám sát' in one body, and 'Đới' and 'Ong' as family names", () => {
    expect(people("Nghệ nhân Thạch Thị Sa Ly, Tổ trưởng Tổ hợp tác dệt chiếu Hoa Sen, bày tỏ xúc động. Ông Giang Thế Vinh, Cục trưởng Cục Quản lý, giám sát tổ chức tín dụng phát biểu. Dự có đồng chí Ong Văn Sáu, Chủ tịch UBND phường; đồng chí Đới Văn Tùng, Chủ tịch UBND xã.")).toEqual({
      "Thạch Thị Sa Ly": ["Tổ trưởng Tổ hợp tác dệt chiếu Hoa Sen"],
      "Giang Thế Vinh": ["Cục trưởng Cục Quản lý, giám sát tổ chức tín dụng"],
      "Ong Văn Sáu": ["Chủ tịch Ủy ban nhân dân phường"],
      "Đới Văn Tùng": ["Chủ tịch Ủy ban nhân dân xã"],
    });
  });
  it("reads the Agent Orange victims' association, a dyke station and a farm works board whole ('Hội Nạn nhân chất độc da cam/dioxin tỉnh', 'Hạt Quản lý đê Phúc Thọ', '… nông nghiệp và phát triển nông thôn tỉnh'), and one speaking for the recruits ('Thay mặt các tân binh, Phạm Đức Mạnh, …')", () => {
    expect(people("Ông Quách Văn Kiên, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh phát biểu. Ông Hứa Văn Lượng, Hạt trưởng Hạt Quản lý đê Phúc Thọ thông tin thêm. Bà Hà Thị Mỹ Linh, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn tỉnh kiến nghị. Thay mặt các tân binh, Phạm Đức Mạnh, tốt nghiệp đại học, bày tỏ niềm tự hào.")).toEqual({
      "Quách Văn Kiên": ["Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"],
      "Hứa Văn Lượng": ["Hạt trưởng Hạt Quản lý đê"],
      "Hà Thị Mỹ Linh": ["Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn tỉnh"],
      "Phạm Đức Mạnh": [],
    });
  });
  it("reads 'TUV' as a member of the provincial Party committee, as the Phú Thọ paper writes it, 'Hán' as a family name before 'Văn' but not in 'Hán Nôm', and a doctor's short grade ('Bác sĩ CKII Thái Văn Hòa')", () => {
    expect(people("Đồng chí Triệu Văn Bình - TUV, Bí thư Đảng uỷ xã chủ trì hội nghị. Cùng dự có các đồng chí: Hán Văn Cường - Phó Bí thư Đảng uỷ, Chủ tịch UBND xã. Ông Trần Văn Bảo, Viện trưởng Viện Nghiên cứu Hán Nôm phát biểu. Bác sĩ CKII Thái Văn Hòa - Giám đốc Bệnh viện Hữu nghị Đa khoa cho biết.")).toEqual({
      "Triệu Văn Bình": ["Tỉnh ủy viên", "Bí thư Đảng ủy xã"],
      "Hán Văn Cường": ["Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban nhân dân xã"],
      "Trần Văn Bảo": ["Viện trưởng Viện Nghiên cứu Hán Nôm"],
      "Thái Văn Hòa": ["Giám đốc Bệnh viện Hữu nghị Đa khoa"],
    });
  });
  it("reads titles set before names that a place could swallow: a residential group numbered after its name ('… tổ dân phố Hải Đình 3 Lê Thị Mận') and a highland woman's name ('Chủ tịch UBND xã H'Zuê Mlô'); and marine protected areas named after an islet ('Khu bảo tồn biển Cù Lao Chàm')", () => {
    expect(people("Cùng dự có Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã H'Zuê Mlô. Bí thư Chi bộ tổ dân phố Hải Đình 3 Lê Thị Mận giới thiệu mô hình. Bà Huỳnh Thị Diệu Hiền, Giám đốc Ban Quản lý Khu bảo tồn biển Cù Lao Chàm cho biết. Ông Tăng Bá Lộc, Tổ trưởng Tổ cộng đồng bảo vệ nguồn lợi thủy sản phát biểu. Bà Tạ Thu Hằng, Giám đốc Tổ chức Động vật châu Á cho biết. Ông Hà Minh Khôi, Trưởng Ban Quản lý vịnh Nha Trang cho biết. Dự có Thượng tọa Thích Nguyên Tuệ, Phó Trưởng ban Thường trực Ban Hướng dẫn Phật tử Trung ương Giáo hội Phật giáo Việt Nam; ông Ngô Hoàng Ngân, Chủ tịch Hội Bảo vệ thiên nhiên và Môi trường tỉnh.")).toEqual({
      "H'Zuê Mlô": ["Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban nhân dân xã"],
      "Lê Thị Mận": ["Bí thư Chi bộ tổ dân phố"],
      "Huỳnh Thị Diệu Hiền": ["Giám đốc Ban Quản lý Khu bảo tồn biển Cù Lao Chàm"],
      "Tăng Bá Lộc": ["Tổ trưởng Tổ cộng đồng bảo vệ nguồn lợi thủy sản"],
      "Tạ Thu Hằng": ["Giám đốc Tổ chức Động vật châu Á"],
      "Hà Minh Khôi": ["Trưởng Ban Quản lý vịnh Nha Trang"],
      "Thích Nguyên Tuệ": ["Phó Trưởng ban Thường trực Ban Hướng dẫn Phật tử Trung ương Giáo hội Phật giáo Việt Nam"],
      "Ngô Hoàng Ngân": ["Chủ tịch Hội Bảo vệ thiên nhiên và Môi trường tỉnh"],
    });
  });
  it("keeps a space between the city's level and its short name glued together ('Hiệp hội Doanh nghiệp TP.HCM' → '… thành phố HCM')", () => {
    expect(people("Ông Lê Văn Tám, Chủ tịch Hiệp hội Doanh nghiệp TP.HCM nói.")).toEqual({ "Lê Văn Tám": ["Chủ tịch Hiệp hội Doanh nghiệp thành phố HCM"] });
  });
  it("reads army battalions by their arm and number ('Tiểu đoàn trưởng Tiểu đoàn bộ binh 3'), a defence zone's command written short ('Ban CHPTKV 1'), app drivers' unions and groups, and 'Ung' as a family name but not in 'Bệnh viện Ung Bướu'", () => {
    expect(people("Trung tá Huỳnh Tấn Lộc, Tiểu đoàn trưởng Tiểu đoàn bộ binh 3 cho biết. Thượng tá Lê Văn Mạnh, Chỉ huy trưởng Ban CHPTKV 1 chia sẻ. Anh Hồ Ngọc Sang, Tổ trưởng Tổ công đoàn lái xe công nghệ phát biểu. Anh Tạ Quang Vinh, Tổ trưởng Tổ tài xế tự quản nói. Ông Ung Văn Lực, Giám đốc Sở Khoa học và Công nghệ cho biết. Ông Lê Văn Tám, Giám đốc Bệnh viện Ung Bướu Nghệ An cho biết.")).toEqual({
      "Huỳnh Tấn Lộc": ["Tiểu đoàn trưởng Tiểu đoàn bộ binh 3"],
      "Lê Văn Mạnh": ["Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 1"],
      "Hồ Ngọc Sang": ["Tổ trưởng Tổ công đoàn lái xe công nghệ"],
      "Tạ Quang Vinh": ["Tổ trưởng Tổ tài xế tự quản"],
      "Ung Văn Lực": ["Giám đốc Sở Khoa học và Công nghệ"],
      "Lê Văn Tám": ["Giám đốc Bệnh viện Ung Bướu"],
    });
  });
  it("gives a board's chair the company named for both posts ('Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Công ty …'), and reads the farmers' association written short ('Hội ND', 'Hội NDVN'), 'Viện Di truyền Nông nghiệp', 'kinh tế - xã hội' and 'phố cổ' inside bodies' names", () => {
    expect(people("Về phía doanh nghiệp có ông Lữ Minh Triết, Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Công ty cổ phần Nấm dược liệu LangBiang. Ông Ông Văn Thịnh, Phó Viện trưởng Viện Di truyền Nông nghiệp giới thiệu. Bà Lê Thị Kim Xuyến, Chủ tịch Hội ND tỉnh; ông Vi Đức Khang, Chủ tịch Trung ương Hội NDVN phát biểu. Phát biểu, Viện trưởng Viện Nghiên cứu phát triển kinh tế - xã hội Hà Nội Khúc Thị Thanh Vân kiến nghị. Ông Âu Đình Nghĩa, Trưởng Ban Quản lý phố cổ cho biết.")).toEqual({
      "Lữ Minh Triết": ["Chủ tịch Hội đồng quản trị Công ty cổ phần Nấm dược liệu LangBiang", "Tổng Giám đốc Công ty cổ phần Nấm dược liệu LangBiang"],
      "Ông Văn Thịnh": ["Phó Viện trưởng Viện Di truyền Nông nghiệp"],
      "Lê Thị Kim Xuyến": ["Chủ tịch Hội Nông dân tỉnh"],
      "Vi Đức Khang": ["Chủ tịch Trung ương Hội Nông dân Việt Nam"],
      "Khúc Thị Thanh Vân": ["Viện trưởng Viện Nghiên cứu phát triển kinh tế - xã hội"],
      "Âu Đình Nghĩa": ["Trưởng Ban Quản lý phố cổ"],
    });
  });

  it("writes out an abbreviation the document defines after words joined by a comma ('phổ biến, giáo dục pháp luật (PBGDPL)'), in the council every province has for it", () => {
    const e = extract("Tiêu đề\n\nHội nghị sơ kết công tác phổ biến, giáo dục pháp luật (PBGDPL) năm 2025. Cùng dự có bà Nghiêm Thị Thu Hằng - Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng phối hợp PBGDPL tỉnh; ông Âu Đức Thịnh - Phó Cục trưởng Cục PBGDPL và Trợ giúp pháp lý (Bộ Tư pháp).", { province: "Lâm Đồng" });
    expect(Object.fromEntries(e.persons.map((p) => [p.name, p.offices]))).toEqual({
      "Nghiêm Thị Thu Hằng": ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"],
      "Âu Đức Thịnh": ["Phó Cục trưởng Cục phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"],
    });
  });
  it("gives a title written once for a list to each of its items when every item has titles of its own and ends at ';' ('các Phó Bí thư Tỉnh ủy: bà A, …; ông B, …'), not to the next of a longer list after 'A, … và B, …;'", () => {
    expect(people("Cùng chủ trì có các Phó Bí thư Tỉnh ủy: bà Ma Thị Thu Trang, Phó Bí thư Thường trực Tỉnh ủy; ông Nông Văn Chiến, Chủ tịch UBND tỉnh. Dự có các Phó Bí thư Tỉnh ủy: Lâm Hữu Phước, Chủ tịch HĐND tỉnh và Võ Hoàng Nam, Chủ tịch UBND tỉnh; Đặng Thị Mỹ Hạnh, Trưởng Ban Dân vận Tỉnh ủy.")).toEqual({
      "Ma Thị Thu Trang": ["Phó Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy"],
      "Nông Văn Chiến": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"],
      "Lâm Hữu Phước": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"],
      "Võ Hoàng Nam": ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"],
      "Đặng Thị Mỹ Hạnh": ["Trưởng Ban Dân vận Tỉnh ủy"],
    });
  });

  it("reads a student introduced with 'bạn' ('Bạn Thạch Thị Sô Phia, SV năm tư …'), ends a title at the verb 'khuyến nghị', and reads extension centres and plant quarantine in bodies' names", () => {
    expect(people("Bạn Thạch Thị Sô Phia, SV năm tư ngành Công nghệ sinh học, chia sẻ. Bà Kiều Thị Phương Lan, Phó Cục trưởng Cục Xuất nhập khẩu khuyến nghị doanh nghiệp. Ông Lã Văn Phúc, Trưởng phòng Kiểm dịch thực vật cho biết. Ông Lê Văn Tám, Giám đốc Trung tâm khuyến nông tỉnh phát biểu.")).toEqual({
      "Thạch Thị Sô Phia": [],
      "Kiều Thị Phương Lan": ["Phó Cục trưởng Cục Xuất nhập khẩu"],
      "Lã Văn Phúc": ["Trưởng phòng Kiểm dịch thực vật"],
      "Lê Văn Tám": ["Giám đốc Trung tâm khuyến nông tỉnh"],
    });
  });
  it("reads an abbot with the pagoda's name, written either case ('trụ trì chùa Thiên Trù'), also one that reads as a person's ('chùa Hoa Yên'), while a pagoda's board keeps the pagoda apart", () => {
    expect(people("Tham dự buổi làm việc, Thượng tọa Thích Quảng Tâm, trụ trì chùa Thiên Trù, đề nghị. Đại đức Thích Thanh Phong, Trụ trì chùa Đông Lâm phát biểu. Dự có Thượng tọa Thích Thanh Lạc, Trụ trì chùa Hoa Yên; đồng chí Trịnh Quốc Huy, Giám đốc Sở Văn hóa. Ông Kim Sóc Phên, Trưởng Ban Quản trị chùa Ô Rôm cho biết.")).toEqual({
      "Thích Quảng Tâm": ["Trụ trì chùa Thiên Trù"],
      "Thích Thanh Phong": ["Trụ trì chùa Đông Lâm"],
      "Thích Thanh Lạc": ["Trụ trì chùa Hoa Yên"],
      "Trịnh Quốc Huy": ["Giám đốc Sở Văn hóa"],
      "Kim Sóc Phên": ["Trưởng Ban Quản trị"],
    });
  });
  it("reads the Hoa family name 'Vòng' and the Khơ Mú 'Moong' ('bà Vòng Thị Mỹ', 'chị Moong Thị Dung')", () => {
    expect(people("Dự có bà Vòng Thị Mỹ, Chủ tịch Hội Liên hiệp Phụ nữ phường; chị Moong Thị Dung chia sẻ.")).toEqual({
      "Vòng Thị Mỹ": ["Chủ tịch Hội Liên hiệp Phụ nữ phường"],
      "Moong Thị Dung": [],
    });
  });
});
