// The extractor on the shipped annotated documents: overall F1 ≥ 0.95 and every kind ≥ 0.90.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KINDS } from "../../src/extract/score.ts";
import { scoreAnnotated } from "../fixtures/score-annotated.ts";

describe("extraction accuracy on seeds/", () => {
  const { documents, report } = scoreAnnotated(join(import.meta.dirname, "../../seeds"));

  it("has annotated documents to score", () => {
    expect(documents).toBeGreaterThanOrEqual(15);
  });
  it("reaches overall F1 ≥ 0.95", () => {
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.95);
  });
  it.each(KINDS)("reaches F1 ≥ 0.90 on %s", (kind) => {
    expect(report.kinds[kind].f1).toBeGreaterThanOrEqual(0.9);
  });
});
