// The extractor on the shipped annotated documents: overall F1 ≥ 0.95 and every kind ≥ 0.90.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";
import { KINDS, score, type Scorable } from "../../src/extract/score.ts";
import type { DocumentMeta } from "../../src/extract/types.ts";

const seeds = join(import.meta.dirname, "../../seeds");

describe("extraction accuracy on seeds/", () => {
  const ids = readdirSync(seeds).filter((f) => f.endsWith(".gold.json")).sort().map((f) => f.replace(/\.gold\.json$/, ""));
  const golds = ids.map((id) => ({ id, gold: JSON.parse(readFileSync(join(seeds, `${id}.gold.json`), "utf8")) as Scorable }));
  const predictions = new Map<string, Scorable>(
    ids.map((id) => {
      const meta = JSON.parse(readFileSync(join(seeds, `${id}.meta.json`), "utf8")) as DocumentMeta;
      return [id, extract(readFileSync(join(seeds, `${id}.txt`), "utf8"), meta)];
    }),
  );
  const report = score(golds, predictions);

  it("has annotated documents to score", () => {
    expect(ids.length).toBeGreaterThanOrEqual(15);
  });
  it("reaches overall F1 ≥ 0.95", () => {
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.95);
  });
  it.each(KINDS)("reaches F1 ≥ 0.90 on %s", (kind) => {
    expect(report.kinds[kind].f1).toBeGreaterThanOrEqual(0.9);
  });
});
