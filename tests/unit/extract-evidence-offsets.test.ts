// Every fact's evidence is the exact slice of the normalized text it claims to be.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";
import type { Evidence, Extraction } from "../../src/extract/types.ts";
import { normalizeText } from "../../src/text/normalize.ts";

const seeds = join(import.meta.dirname, "../../seeds");

function evidenceOf(e: Extraction): Evidence[] {
  return [
    ...e.persons.flatMap((p) => [p.evidence, ...p.holds.map((h) => h.evidence)]),
    ...e.directives.map((d) => d.evidence),
    ...e.resolutions.map((r) => r.evidence),
    ...e.meetings.flatMap((m) => [m.evidence, ...m.chairs.map((c) => c.evidence), ...m.attendees.map((a) => a.evidence), ...m.implementations.map((i) => i.evidence)]),
  ];
}

describe("evidence offsets", () => {
  it.each(readdirSync(seeds).filter((f) => f.endsWith(".txt")))("point into the normalized text of %s", (f) => {
    const raw = readFileSync(join(seeds, f), "utf8");
    const text = normalizeText(raw);
    const evidence = evidenceOf(extract(raw));
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.sentence);
  });

  it("point into the normalized text when the input is NFD with old-style tones and odd spaces", () => {
    const raw = "Tiêu đề\r\n\r\nNgày 23/5,\u00a0Tỉnh uỷ tổ chức hội nghị.  Đồng chí Hoàng Văn Thuỷ – Bí thư Tỉnh uỷ chủ trì “hội nghị”.".normalize("NFD");
    const text = normalizeText(raw);
    const e = extract(raw);
    expect(e.persons[0]).toMatchObject({ name: "Hoàng Văn Thủy", offices: ["Bí thư Tỉnh ủy"] });
    for (const ev of evidenceOf(e)) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it("ties chairs, attendees and implementations to the sentence that says so", () => {
    const e = extract("Tiêu đề\n\nNgày 23/5, Tỉnh ủy tổ chức Hội nghị quán triệt Chỉ thị số 39-CT/TW. Đồng chí Nguyễn Đức Thanh, Bí thư Tỉnh ủy chủ trì hội nghị.");
    const m = e.meetings[0]!;
    expect(m.chairs[0]!.evidence.sentence).toBe("Đồng chí Nguyễn Đức Thanh, Bí thư Tỉnh ủy chủ trì hội nghị.");
    expect(m.implementations[0]!.evidence.sentence).toMatch(/^Ngày 23\/5/);
  });
});
