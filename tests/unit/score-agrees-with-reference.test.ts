// src/extract/score.ts gives the same figures as the shared reference scorer on the same input:
// its figures recorded for a fixed prediction set, the live scorer where ../shared is present,
// and figures worked out by hand for a small fixture.
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

/** Predictions for seeds/ with keys deliberately altered (case, abbreviations, days, TƯ, leading zeros, missing documents). */
const altered = join(root, "tests/fixtures/reference-scores/altered-keys.jsonl");
const alteredLines = () => readFileSync(altered, "utf8").trim().split("\n");

describe("score.ts against the reference scorer", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-score-"));
  const live = (pred: string, ...flags: string[]): string =>
    execFileSync(process.execPath, [reference, "--gold", seeds, "--pred", pred, ...flags], { encoding: "utf8" });

  it("gives the reference scorer's recorded figures and verbose listing for altered predictions", () => {
    // Recorded with ../shared/corpus/score.mjs (--json and --verbose) on this fixture.
    const recorded = JSON.parse(readFileSync(altered.replace(/\.jsonl$/, ".score.json"), "utf8"));
    const { perDocument: _perDocument, ...figures } = ours(seeds, alteredLines());
    expect(figures).toEqual(recorded);
    expect(formatReport(ours(seeds, alteredLines()), true)).toBe(readFileSync(altered.replace(/\.jsonl$/, ".verbose.txt"), "utf8").trimEnd());
    // Where the shared folder is beside the checkout, the recording must still be the scorer's word.
    if (existsSync(reference)) expect(JSON.parse(live(altered, "--json"))).toEqual(recorded);
  });

  it("agrees with the reference scorer on the extractor's own predictions for seeds/", () => {
    const lines = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort().map((f) => {
      const meta = JSON.parse(readFileSync(join(seeds, f.replace(/\.txt$/, ".meta.json")), "utf8")) as DocumentMeta;
      return JSON.stringify({ file: `seeds/${f}`, ...extract(readFileSync(join(seeds, f), "utf8"), meta) });
    });
    const report = ours(seeds, lines);
    expect(report.missingDocs).toBe(0);
    expect(report.overall.gold).toBe(report.perDocument.reduce((n, d) => n + d.missed.length, 0) + report.overall.tp);
    if (existsSync(reference)) {
      const pred = join(dir, "pred.jsonl");
      writeFileSync(pred, `${lines.join("\n")}\n`);
      const { perDocument: _perDocument, ...figures } = report;
      expect(figures).toEqual(JSON.parse(live(pred, "--json")));
      expect(formatReport(report, true)).toBe(live(pred, "--verbose").trimEnd());
    }
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
