// `kg extract` prints one JSON line per readable file and names the unreadable ones on stderr
// (exit 1); `kg eval` prints the scorer's table, the same as the reference scorer's.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentIdOf, formatReport, score, type Scorable } from "../../src/extract/score.ts";

const root = join(import.meta.dirname, "../..");
// The tests' paths are the project's, wherever npm test was called from (INIT_CWD).
const kgFrom = (caller: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "src/cli/kg.ts"), ...args], {
    cwd: root, encoding: "utf8", env: { ...process.env, INIT_CWD: caller },
  });
const kg = (...args: string[]) => kgFrom(root, ...args);

describe("kg extract", () => {
  it("prints JSON Lines for good files and names bad ones, exiting 1", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-cli-"));
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, Uint8Array.from([0xc3, 0x28]));
    const r = kg("extract", "seeds/chi-thi-39-tong-ket-10-nam.txt", bad, "seeds/ninh-thuan-nq33-tong-ket-10-nam.txt");
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(["seeds/chi-thi-39-tong-ket-10-nam.txt", "seeds/ninh-thuan-nq33-tong-ket-10-nam.txt"]);
    expect(lines[0].directives[0].key).toBe("39-CT/TW");
    expect(r.stderr).toContain(`kg extract: ${bad}: not valid UTF-8 text`);
  });
});

describe("kg eval", () => {
  it("prints the scorer's table for the extractor's predictions on seeds/, the reference scorer's where present", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-cli-"));
    const pred = join(dir, "pred.jsonl");
    const all = kg("extract", ...readdirSync(join(root, "seeds")).filter((f) => f.endsWith(".txt")).map((f) => `seeds/${f}`));
    expect(all.status).toBe(0);
    writeFileSync(pred, all.stdout);
    const ours = kg("eval", "seeds", "--verbose");
    expect(ours.status).toBe(0);
    const golds = readdirSync(join(root, "seeds")).filter((f) => f.endsWith(".gold.json")).sort()
      .map((f) => ({ id: documentIdOf(f), gold: JSON.parse(readFileSync(join(root, "seeds", f), "utf8")) as Scorable }));
    const predictions = new Map(all.stdout.trim().split("\n").map((l) => JSON.parse(l) as Scorable & { file: string }).map((p) => [documentIdOf(p.file), p]));
    expect(ours.stdout.trimEnd()).toBe(formatReport(score(golds, predictions), true));
    const reference = join(root, "../shared/corpus/score.mjs");
    if (existsSync(reference)) {
      const theirs = spawnSync(process.execPath, [reference, "--gold", "seeds", "--pred", pred, "--verbose"], { cwd: root, encoding: "utf8" });
      expect(ours.stdout).toBe(theirs.stdout);
    }
  });
});

describe("kg eval's errors", () => {
  it("says why there is nothing to score, rejects a malformed answer key or threshold, and scores nothing then", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-eval-"));
    expect(kg("eval", join(dir, "nope"))).toMatchObject({ status: 2, stderr: `kg eval: ${join(dir, "nope")}: no such folder\n` });
    expect(kg("eval", dir)).toMatchObject({ status: 2, stderr: `kg eval: ${dir}: no answer keys (NAME.gold.json) in this folder\n` });
    writeFileSync(join(dir, "a.txt"), "Tiêu đề\n\nNội dung.");
    writeFileSync(join(dir, "a.gold.json"), JSON.stringify({ persons: "oops", directives: [], resolutions: [], meetings: [] }));
    const bad = kg("eval", dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${join(dir, "a.gold.json")}: not an answer key (ANNOTATION.md): persons:`);
    expect(bad.stdout).toBe("");
    const threshold = kg("eval", "seeds", "--min-f1", "abc");
    expect(threshold.status).not.toBe(0);
    expect(threshold.stderr).toMatch(/--min-f1.*expected a number from 0 to 1/);
  });

  it("reads a relative path from where npm was called (INIT_CWD)", { timeout: 60_000 }, () => {
    const r = kg("eval", "seeds", "--json");
    expect(r.status).toBe(0);
    const elsewhere = kgFrom(join(root, "src"), "eval", "../seeds", "--json");
    expect(elsewhere.status).toBe(0);
    expect(JSON.parse(elsewhere.stdout)).toEqual(JSON.parse(r.stdout));
  });
});
