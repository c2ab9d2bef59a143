/** Who is the same person: name and scope decide; doubt gives a link, not a merge. */
import { describe, expect, it } from "vitest";
import { CENTRAL } from "../../src/resolve/keys.ts";
import { PersonIndex } from "../../src/resolve/persons.ts";
import { isCentralOffice, isNationalMeeting, officeScope, personScope, placeName } from "../../src/resolve/scope.ts";

describe("person scope", () => {
  it("is national for national posts, whatever the paper's province", () => {
    expect(personScope([{ title: "Thủ tướng Chính phủ", jurisdiction: null, former: false }], "Thanh Hóa")).toBe(CENTRAL);
    expect(personScope([{ title: "Ủy viên Bộ Chính trị", jurisdiction: null, former: false }], null)).toBe(CENTRAL);
    expect(personScope([{ title: "Tổng Bí thư", jurisdiction: null, former: false }], "Ninh Thuận")).toBe(CENTRAL);
  });

  it("is the province for provincial posts, Central Committee membership included", () => {
    const offices = [
      { title: "Ủy viên Trung ương Đảng", jurisdiction: null, former: false },
      { title: "Bí thư Tỉnh ủy", jurisdiction: null, former: false },
    ];
    expect(personScope(offices, "Ninh Thuận")).toBe("Ninh Thuận");
    expect(personScope([{ title: "Chủ tịch Ủy ban nhân dân tỉnh", jurisdiction: "Đồng Nai", former: false }], "Ninh Thuận")).toBe("Đồng Nai");
  });

  it("is unknown for a person with no office, and ignores former offices", () => {
    expect(personScope([], "Ninh Thuận")).toBeNull();
    expect(personScope([{ title: "Thủ tướng Chính phủ", jurisdiction: null, former: true }], null)).toBeNull();
  });

  it("tells national from provincial titles", () => {
    expect(isCentralOffice("Trưởng Ban Tổ chức Trung ương")).toBe(true);
    expect(isCentralOffice("Phó Chủ tịch Quốc hội")).toBe(true);
    expect(isCentralOffice("Trưởng Ban Tổ chức Tỉnh ủy")).toBe(false);
    expect(isCentralOffice("Chủ tịch Hội đồng nhân dân tỉnh")).toBe(false);
    expect(isCentralOffice("Ủy viên Trung ương Đảng")).toBe(false);
  });

  it("writes a place one way, whatever the sidecar or the text wrote", () => {
    expect(placeName("Khánh Hoà")).toBe("Khánh Hòa");
    expect(placeName(" TP.HCM ")).toBe("Thành phố Hồ Chí Minh");
    expect(placeName("TP Hồ Chí Minh")).toBe("Thành phố Hồ Chí Minh");
    expect(placeName("Thừa Thiên - Huế")).toBe("Thừa Thiên Huế");
    expect(personScope([{ title: "Bí thư Tỉnh ủy", jurisdiction: null, former: false }], "Khánh Hoà")).toBe("Khánh Hòa");
  });

  it("shares an office below the province only when the text says where it is; Central Committee membership is one office", () => {
    expect(officeScope("Bí thư Huyện ủy", null, "Điện Biên")).toEqual({ scope: "Điện Biên", shared: false });
    expect(officeScope("Chủ tịch Ủy ban nhân dân xã", null, "Điện Biên")).toEqual({ scope: "Điện Biên", shared: false });
    expect(officeScope("Bí thư Đảng ủy đặc khu", null, "An Giang")).toEqual({ scope: "An Giang", shared: false });
    expect(officeScope("Bí thư Huyện ủy", "Mường Chà", "Điện Biên")).toEqual({ scope: "Mường Chà", shared: true });
    expect(officeScope("Giám đốc Sở Lao động - Thương binh và Xã hội", null, "Điện Biên")).toEqual({ scope: "Điện Biên", shared: true });
    expect(officeScope("Bí thư Tỉnh ủy", null, "Khánh Hoà")).toEqual({ scope: "Khánh Hòa", shared: true });
    expect(officeScope("Ủy viên Trung ương Đảng", null, "Hà Tĩnh")).toEqual({ scope: CENTRAL, shared: true });
    expect(personScope([{ title: "Ủy viên Trung ương Đảng", jurisdiction: null, former: false }, { title: "Bí thư Tỉnh ủy", jurisdiction: null, former: false }], "Hà Tĩnh")).toBe("Hà Tĩnh");
  });

  it("tells a national meeting by its organizer or its name", () => {
    expect(isNationalMeeting({ title: "Hội nghị trực tuyến toàn quốc quán triệt Chỉ thị", organizer: null })).toBe(true);
    expect(isNationalMeeting({ title: "Hội nghị", organizer: "Ban Bí thư" })).toBe(true);
    expect(isNationalMeeting({ title: "Hội nghị", organizer: "Ban Tuyên giáo Trung ương" })).toBe(true);
    expect(isNationalMeeting({ title: "Hội nghị", organizer: "Ban Thường vụ Tỉnh ủy" })).toBe(false);
    expect(isNationalMeeting({ title: "Hội nghị", organizer: null })).toBe(false);
  });
});

describe("PersonIndex", () => {
  it("gives the same id to the same name in the same scope", () => {
    const index = new PersonIndex();
    const a = index.resolve("nguyễn đức thanh", "Ninh Thuận");
    const b = index.resolve("nguyễn đức thanh", "Ninh Thuận");
    expect(b.id).toBe(a.id);
    expect(b.possiblySameAs).toEqual([]);
  });

  it("keeps namesakes of different provinces apart and links them with the reason", () => {
    const index = new PersonIndex();
    const a = index.resolve("nguyễn văn hùng", "Nghệ An");
    const b = index.resolve("nguyễn văn hùng", "Cà Mau");
    expect(b.id).not.toBe(a.id);
    expect(b.possiblySameAs).toEqual([{ id: a.id, reason: expect.stringMatching(/Nghệ An.*Cà Mau/) }]);
  });

  it("merges a mention of unknown scope into the only person of that name, either way round", () => {
    const index = new PersonIndex();
    const unknown = index.resolve("phạm văn hậu", null);
    const known = index.resolve("phạm văn hậu", "Ninh Thuận");
    expect(known.id).toBe(unknown.id);
    expect(known.scope).toBe("Ninh Thuận");
    expect(index.resolve("phạm văn hậu", null).id).toBe(unknown.id);
  });

  it("does not guess when an unknown-scope mention has several candidates", () => {
    const index = new PersonIndex([
      { id: "a", nameKey: "lê văn tám", scope: "Huế" },
      { id: "b", nameKey: "lê văn tám", scope: "Cà Mau" },
    ]);
    const m = index.resolve("lê văn tám", null);
    expect(["a", "b"]).not.toContain(m.id);
    expect(m.possiblySameAs.map((p) => p.id)).toEqual(["a", "b"]);
  });
});
