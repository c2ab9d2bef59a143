// Across 2,000 generated documents with known identities (recurring, rotated and namesake
// officials), resolution almost never merges two people, keeps most people whole, and links every
// person it splits as possibly the same.
import { describe, expect, it } from "vitest";
import { resolutionQuality } from "../../bench/support/resolution-quality.ts";

describe("person resolution against known identities", () => {
  it("merges wrongly almost never, and links every split it makes", { timeout: 60_000 }, () => {
    const q = resolutionQuality({ docs: 2000, seed: 7 });
    expect(q.mentions).toBeGreaterThan(5000);
    // Measured 0.999 / 0.95 on 10,000 documents (npm run bench:resolution).
    expect(q.precision).toBeGreaterThanOrEqual(0.99);
    expect(q.recall).toBeGreaterThanOrEqual(0.9);
    expect(q.splitLinked).toBe(q.split);
  });
});
