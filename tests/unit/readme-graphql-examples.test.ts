/**
 * Docs that work: every GraphQL operation in the README (its ```graphql blocks, one operation per
 * top-level brace group, and the curl example's query) parses and validates against schema.graphql.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema } from "../../src/api/schema.ts";
import { PROJECT_ROOT } from "../../src/config.ts";

const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");

/** The top-level `{ … }` groups of a block, comments and strings left out of the brace count. */
function operations(block: string): string[] {
  const ops: string[] = [];
  let depth = 0;
  let start = -1;
  const text = block.replace(/#[^\n]*/g, (c) => " ".repeat(c.length));
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = text.indexOf('"', i + 1);
    else if (c === "{" && depth++ === 0) start = i;
    else if (c === "}" && --depth === 0) ops.push(block.slice(start, i + 1));
  }
  return ops;
}

const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const curl = [...readme.matchAll(/-d '(\{"query":.*\})'/g)].map((m) => (JSON.parse(m[1]!) as { query: string }).query);
const examples = [...blocks.flatMap(operations), ...curl];

describe("README GraphQL examples", () => {
  it("are found", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  const schema = buildSchema();
  it.each(examples.map((op) => [op.replace(/\s+/g, " ").slice(0, 70), op]))("%s", (_name, op) => {
    expect(validate(schema, parse(op)).map((e) => e.message)).toEqual([]);
  });
});
