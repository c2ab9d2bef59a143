/**
 * Docs that work: every ```cypher block of the README runs against the seeds and answers. The
 * first one is the headline question, so its answer is checked too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.ts";
import type { Graph } from "../../src/graph/driver.ts";
import { openSeededGraph } from "../support/api.ts";

const blocks = [...readFileSync(join(PROJECT_ROOT, "README.md"), "utf8").matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]!);

let graph: Graph;
beforeAll(async () => {
  graph = await openSeededGraph();
});
afterAll(async () => graph?.close());

it("the README has Cypher examples", () => {
  expect(blocks.length).toBeGreaterThan(0);
});

it.each(blocks.map((b, i) => [i + 1, b] as const))("Cypher example %i runs and answers", async (_i, block) => {
  const result = await graph.read(block);
  expect(result.records.length).toBeGreaterThan(0);
});

it("the first example answers the headline question: Nguyễn Đức Thanh chaired the 23 May review, as one report says", async () => {
  const rows = (await graph.read(blocks[0]!)).records.map((r) => r.toObject());
  expect(rows).toContainEqual(expect.objectContaining({ chair: "Nguyễn Đức Thanh", date: "--05-23", reports: 1 }));
});
