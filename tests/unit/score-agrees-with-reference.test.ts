// src/extract/score.ts gives the same figures as the shared reference scorer on the same input;
// without the shared folder, the same as figures worked out by hand for a small fixture.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";
import { documentIdOf, formatReport, score, type Scorable } from "../../src/extract/score.ts";
import type { DocumentMeta } from "../../src/extract/types.ts";

const root = join(import.meta.dirname, "../..");
const reference = join(root, "../shared/corpus/score.mjs");
const seeds = join(root, "seeds");

function ours(goldDir: string, predLines: string[]) {
  const golds = readdirSync(goldDir).filter((f) => f.endsWith(".gold.json")).sort()
    .map((f) => ({ id: documentIdOf(f), gold: JSON.parse(readFileSync(join(goldDir, f), "utf8")) as Scorable }));
  const preds = new Map<string, Scorable>();
  for (const line of predLines) {
    const obj = JSON.parse(line) as Scorable & { file: string };
    preds.set(documentIdOf(obj.file), obj);
  }
  return score(golds, preds);
}

describe.runIf(existsSync(reference))("score.ts against the reference scorer", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-score-"));
  const run = (pred: string, ...flags: string[]): string =>
    execFileSync(process.execPath, [reference, "--gold", seeds, "--pred", pred, ...flags], { encoding: "utf8" });

  it("agrees on the extractor's predictions for seeds/", () => {
    const lines = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort().map((f) => {
      const meta = JSON.parse(readFileSync(join(seeds, f.replace(/\.txt$/, ".meta.json")), "utf8")) as DocumentMeta;
      return JSON.stringify({ file: `seeds/${f}`, ...extract(readFileSync(join(seeds, f), "utf8"), meta) });
    });
    const pred = join(dir, "pred.jsonl");
    writeFileSync(pred, `${lines.join("\n")}\n`);
    const theirs = JSON.parse(run(pred, "--json"));
    const { perDocument: _perDocument, ...figures } = ours(seeds, lines);
    expect(figures).toEqual(theirs);
    expect(formatReport(ours(seeds, lines), true)).toBe(run(pred, "--verbose").trimEnd());
  });

  it("agrees on deliberately wrong predictions (missing documents, misspelled offices, wrong days)", () => {
    const lines = readdirSync(seeds).filter((f) => f.endsWith(".gold.json")).sort().slice(0, 10).map((f, i) => {
      const gold = JSON.parse(readFileSync(join(seeds, f), "utf8"));
      if (i % 3 === 0) gold.persons = (gold.persons ?? []).map((p: { name: string; offices: string[] }) => ({ name: p.name.toUpperCase(), offices: p.offices.map((o) => o.replace("Ủy ban nhân dân", "UBND").replace("ủy", "uỷ")) }));
      if (i % 3 === 1) gold.meetings = (gold.meetings ?? []).map((m: { date: string }) => ({ ...m, date: m.date.replace(/-(\d)(\d)$/, "-0$2") }));
      if (i % 4 === 2) gold.directives = (gold.directives ?? []).map((d: { key: string }) => ({ key: `0${d.key.replace("TW", "TƯ")}` }));
      return JSON.stringify({ file: f.replace(/\.gold\.json$/, ".txt"), ...gold });
    });
    const pred = join(dir, "wrong.jsonl");
    writeFileSync(pred, `${lines.join("\n")}\n`);
    const { perDocument: _perDocument, ...figures } = ours(seeds, lines);
    expect(figures).toEqual(JSON.parse(run(pred, "--json")));
  });
});

describe("score.ts against figures worked out by hand", () => {
  it("scores a two-document fixture", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-score-"));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "a.gold.json"), JSON.stringify({
      persons: [{ name: "Nguyễn Văn A", offices: ["Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"] }],
      directives: [{ key: "39-CT/TW" }], resolutions: [],
      meetings: [{ date: "--05-23", chairedBy: ["Nguyễn Văn A"], attendedBy: [], implements: ["39-CT/TW"] }],
    }));
    writeFileSync(join(dir, "b.gold.json"), JSON.stringify({ persons: [], directives: [], resolutions: [{ key: "NQ-TW4-XII" }], meetings: [] }));
    const pred = JSON.stringify({
      file: "x/a.txt",
      persons: [{ name: "nguyễn văn a", offices: ["Bí thư Tỉnh uỷ", "Chủ tịch HĐND tỉnh", "Tỉnh ủy viên"] }],
      directives: [{ key: "39-CT/TƯ" }], resolutions: [{ key: "NQ-TW4" }],
      meetings: [{ date: "2024-05-23", chairedBy: [], attendedBy: ["Nguyễn Văn A"], implements: ["39-CT/TW"] }, { date: null }],
    });
    const r = ours(dir, [pred]);
    // PERSON 1/1/1, HOLDS 2/3/2, DIRECTIVE 1/1/1, RESOLUTION gold 1 (doc b) pred 1 (doc a) tp 0,
    // MEETING 1/1/1, CHAIRED 1/0/0, ATTENDED 0/1/0, IMPLEMENTS 1/1/1.
    expect(r.missingDocs).toBe(1);
    expect(r.kinds.HOLDS).toMatchObject({ gold: 2, pred: 3, tp: 2 });
    expect(r.kinds.RESOLUTION).toMatchObject({ gold: 1, pred: 1, tp: 0, f1: 0 });
    expect(r.kinds.CHAIRED).toMatchObject({ gold: 1, pred: 0, tp: 0, p: 0, r: 0 });
    expect(r.kinds.ATTENDED).toMatchObject({ gold: 0, pred: 1, tp: 0, p: 0, r: 1 });
    expect(r.overall).toMatchObject({ gold: 8, pred: 9, tp: 6 });
    expect(r.overall.f1).toBeCloseTo((2 * (6 / 9) * (6 / 8)) / (6 / 9 + 6 / 8), 12);
  });
});
