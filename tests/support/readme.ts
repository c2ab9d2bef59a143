/** The GraphQL operations of the README: its ```graphql blocks, one operation per top-level brace group, and the curl example's query. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
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

export const readmeBlocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const curl = [...readme.matchAll(/-d '(\{"query":.*\})'/g)].map((m) => (JSON.parse(m[1]!) as { query: string }).query);
export const readmeOperations = [...readmeBlocks.flatMap(operations), ...curl];

/** A short name for a test: the operation on one line, cut. */
export const operationName = (op: string): string => op.replace(/\s+/g, " ").slice(0, 70);
