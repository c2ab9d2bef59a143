import { describe, expect, it } from "vitest";
import { generateCorpus, type GeneratedDoc } from "../../bench/corpus/generate.ts";
import { stripDiacritics, unifyTones } from "../../src/text/fold.ts";

const corpus = (docs: number, seed: number): GeneratedDoc[] => [...generateCorpus({ docs, seed })];
const serialize = (docs: GeneratedDoc[]) => docs.map((d) => JSON.stringify(d)).join("\n");

// Abbreviations as ANNOTATION.md expands them; the long central names fold to the short ones.
const EXPAND: Array<[RegExp, string]> = [
  [/(?<![\p{L}\p{N}])UVT\.?Ư(?![\p{L}\p{N}])/gu, "Ủy viên Trung ương"],
  [/(?<![\p{L}\p{N}])UVTW(?![\p{L}\p{N}])/gu, "Ủy viên Trung ương Đảng"],
  [/(?<![\p{L}\p{N}])UVTV(?![\p{L}\p{N}])/gu, "Ủy viên Ban Thường vụ"],
  [/(?<![\p{L}\p{N}])BTV(?![\p{L}\p{N}])/gu, "Ban Thường vụ"],
  [/(?<![\p{L}\p{N}])TW(?![\p{L}\p{N}])/gu, "Trung ương"],
  [/(?<![\p{L}\p{N}])TT(?![\p{L}\p{N}])/gu, "Thường trực"],
  [/(?<![\p{L}\p{N}])UBND(?![\p{L}\p{N}])/gu, "Ủy ban nhân dân"],
  [/(?<![\p{L}\p{N}])HĐND(?![\p{L}\p{N}])/gu, "Hội đồng nhân dân"],
  [/(?<![\p{L}\p{N}])ĐBQH(?![\p{L}\p{N}])/gu, "Đại biểu Quốc hội"],
  [/(?<![\p{L}\p{N}])MTTQ(?![\p{L}\p{N}])/gu, "Mặt trận Tổ quốc"],
  [/Ban Chấp hành Trung ương Đảng/g, "Trung ương Đảng"],
];

/** Lower-case ASCII words, abbreviations expanded: an office is derivable if its fold occurs in the text's fold. */
function fold(s: string): string {
  let t = unifyTones(s.normalize("NFC"));
  for (const [re, full] of EXPAND) t = t.replace(re, full);
  return ` ${stripDiacritics(t.toLowerCase()).replace(/[^a-z0-9]+/g, " ").trim()} `;
}

function officeStated(foldedText: string, office: string): boolean {
  const o = fold(office);
  // "Ủy viên Trung ương" alone is the same office as "Ủy viên Trung ương Đảng".
  return foldedText.includes(o) || (o === " uy vien trung uong dang " && foldedText.includes(" uy vien trung uong "));
}

/** "39-CT/TW" is stated as the code (TW or TƯ), or as "Chỉ thị [số] 39 … của" a central organ. */
function codeStated(text: string, key: string): boolean {
  const t = unifyTones(text.normalize("NFC"));
  const plenum = key.match(/^NQ-TW(\d+)-([IVX]+)$/);
  if (plenum) {
    return new RegExp(`(Trung ương|Hội nghị lần thứ) ${plenum[1]}\\b.{0,45}khóa ${plenum[2]}\\b`).test(t);
  }
  const [num, kind] = key.split(/[-/]/);
  if (t.includes(key) || t.includes(key.replace("/TW", "/TƯ"))) return true;
  const label = kind === "CT" ? "Chỉ thị" : "Nghị quyết";
  return new RegExp(`${label} (số )?0*${Number(num)}\\b`).test(t);
}

describe("corpus generator", () => {
  const docs = corpus(2000, 11);

  it("gives byte-identical output for the same seed, and a prefix for a smaller N", () => {
    expect(serialize(corpus(200, 5))).toBe(serialize(corpus(200, 5)));
    expect(serialize(corpus(50, 11))).toBe(serialize(docs.slice(0, 50)));
  });

  it("gives different output for a different seed", () => {
    expect(serialize(corpus(50, 12))).not.toBe(serialize(docs.slice(0, 50)));
  });

  it("writes documents shaped like the dev set", () => {
    const names = new Set(docs.map((d) => d.name));
    expect(names.size).toBe(docs.length);
    for (const d of docs) {
      expect(d.text.split("\n")[0]!.length).toBeGreaterThan(10);
      expect(Object.keys(d.meta).sort()).toEqual(["province", "publishedAt", "source"]);
      if (d.meta.publishedAt !== null) expect(d.meta.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const sizes = docs.map((d) => Buffer.byteLength(d.text.normalize("NFC"))).sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]!).toBeGreaterThan(1300);
    expect(sizes[Math.floor(sizes.length / 2)]!).toBeLessThan(3000);
  });

  it("states in the text every name, office and code of the answer key", () => {
    for (const d of docs) {
      const nfc = d.text.normalize("NFC");
      const folded = fold(nfc);
      const persons = new Set(d.gold.persons.map((p) => p.name));
      expect(persons.size, d.name).toBe(d.gold.persons.length);
      for (const p of d.gold.persons) {
        expect(nfc, `${d.name}: ${p.name}`).toContain(p.name);
        expect(p.offices.length, `${d.name}: ${p.name}`).toBeGreaterThan(0);
        for (const o of p.offices) expect(officeStated(folded, o), `${d.name}: ${p.name} / ${o}`).toBe(true);
      }
      const keys = new Set([...d.gold.directives, ...d.gold.resolutions].map((x) => x.key));
      for (const k of keys) expect(codeStated(nfc, k), `${d.name}: ${k}`).toBe(true);
      for (const m of d.gold.meetings) {
        expect(m.date).toMatch(/^(\d{4}|-)-\d{2}-\d{2}$/);
        const [, mm, dd] = m.date.match(/(\d{2})-(\d{2})$/)!;
        expect(nfc, `${d.name}: ${m.date}`).toMatch(new RegExp(`\\b0?${Number(dd)}[/-]${Number(mm)}\\b`));
        for (const n of [...m.chairedBy, ...m.attendedBy]) expect(persons.has(n), `${d.name}: ${n}`).toBe(true);
        for (const n of m.chairedBy) expect(m.attendedBy).not.toContain(n);
        for (const k of m.implements) expect(keys.has(k), `${d.name}: ${k}`).toBe(true);
      }
      if (d.meta.publishedAt === null && !/\d{1,2}[/-]\d{1,2}[/-]\d{4}/.test(nfc.split("\n\n")[1] ?? "")) {
        expect(d.gold.meetings[0]?.date.startsWith("--") ?? true, d.name).toBe(true);
      }
    }
  });

  it("has recurring officials, rotated officials and namesakes", () => {
    const provincesOf = new Map<string, Set<string>>();
    const docsOf = new Map<string, number>();
    const idsOf = new Map<string, Set<string>>();
    for (const d of docs) {
      for (const p of d.gold.persons) {
        const set = provincesOf.get(p.id) ?? new Set<string>();
        provincesOf.set(p.id, set.add(d.meta.province));
        docsOf.set(p.id, (docsOf.get(p.id) ?? 0) + 1);
        const key = unifyTones(p.name);
        idsOf.set(key, (idsOf.get(key) ?? new Set<string>()).add(p.id));
      }
    }
    expect([...docsOf.values()].filter((n) => n >= 10).length).toBeGreaterThan(20);
    // Central leaders appear across provinces; rotated provincial officials too.
    expect([...provincesOf.values()].filter((s) => s.size >= 10).length).toBeGreaterThan(5);
    expect([...provincesOf.values()].filter((s) => s.size === 2).length).toBeGreaterThan(5);
    expect([...idsOf.values()].filter((s) => s.size >= 2).length).toBeGreaterThan(10);
  });

  it("varies encoding and spelling: NFD documents and old-style tone placement occur", () => {
    const nfd = docs.filter((d) => d.text !== d.text.normalize("NFC")).length;
    const oldStyle = docs.filter((d) => /[Tt]ỉnh uỷ|Thành uỷ/.test(d.text.normalize("NFC"))).length;
    expect(nfd / docs.length).toBeGreaterThan(0.05);
    expect(nfd / docs.length).toBeLessThan(0.2);
    expect(oldStyle / docs.length).toBeGreaterThan(0.08);
  });

  it("includes the distractors: planned meetings, quoted persons, unscored documents, second meetings", () => {
    const all = docs.map((d) => d.text.normalize("NFC")).join("\n");
    expect(all).toMatch(/sẽ tổ chức/);
    expect(all).toMatch(/Theo (ông|bà) /);
    expect(all).toMatch(/-KL\/TW|-KH\/TU/);
    expect(docs.filter((d) => d.gold.meetings.length >= 2).length).toBeGreaterThan(50);
    expect(docs.some((d) => d.gold.persons.some((p) => p.offices.some((o) => o.startsWith("nguyên "))))).toBe(true);
  });
});
