// Adversarial inputs finish and give sane output: no rule is worse than linear in the text.
// No timing assertion beyond the (generous) test timeout.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";
import { normalizeText } from "../../src/text/normalize.ts";

const TIMEOUT = 60_000;
const paragraph =
  "Sáng 23/5, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị. " +
  "Đồng chí Nguyễn Đức Thanh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự và chủ trì hội nghị. " +
  "Cùng dự có đồng chí Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.\n";

describe("extraction stays linear on adversarial input", () => {
  it("handles a 5 MB document", { timeout: TIMEOUT }, () => {
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(paragraph)));
    const e = extract(text);
    expect(e.persons.map((p) => p.name).sort()).toEqual(["Nguyễn Đức Thanh", "Phạm Văn Hậu"]);
    expect(e.directives.map((d) => d.key)).toEqual(["39-CT/TW"]);
    expect(e.meetings).toHaveLength(1);
  });

  it("handles 100,000 repetitions of 'đồng chí '", { timeout: TIMEOUT }, () => {
    const e = extract("đồng chí ".repeat(100_000));
    expect(e.persons).toEqual([]);
    expect(e.meetings).toEqual([]);
  });

  it("handles a 1 MB line without a full stop", { timeout: TIMEOUT }, () => {
    const chunk = "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy, Hội nghị 23/5 Chỉ thị 39 tổ chức, ";
    const text = chunk.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(chunk)));
    const e = extract(text);
    expect(e.persons.map((p) => p.name)).toEqual(["Nguyễn Văn An"]);
    for (const m of e.meetings) {
      expect(normalizeText(text).slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.sentence);
    }
  });

  it("handles long runs of titles, capitals and digits", { timeout: TIMEOUT }, () => {
    const text = ["Bí thư Tỉnh ủy ".repeat(50_000), "Nguyễn ".repeat(50_000), "23/5/2024-".repeat(50_000), "Nghị quyết số 1, ".repeat(50_000)].join("\n");
    const e = extract(text);
    expect(e.persons).toEqual([]);
    expect(Array.isArray(e.resolutions)).toBe(true);
  });
});
