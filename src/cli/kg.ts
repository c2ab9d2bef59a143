#!/usr/bin/env node
/**
 * `kg`: the command line. Thin: each command lives in its own file, exports
 * `register(program)`, parses its arguments and calls the stages.
 */
import { Command } from "commander";
import * as db from "./db.ts";
import * as evaluate from "./eval.ts";
import * as extract from "./extract.ts";
import * as ingest from "./ingest.ts";
import * as serve from "./serve.ts";
import * as stats from "./stats.ts";

const program = new Command("kg")
  .description("Vietnamese political news → knowledge graph in Neo4j")
  .showHelpAfterError();

for (const command of [extract, evaluate, ingest, stats, serve, db]) command.register(program);

/** What went wrong, in a line a user can act on; the stack only at LOG_LEVEL=debug. */
function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException & { address?: string; port?: number };
  if (err?.code === "EADDRINUSE") return `${err.address ?? "the address"}:${err.port ?? ""} is already in use: set PORT (or HOST) to a free one`;
  return process.env.LOG_LEVEL === "debug" && err?.stack ? err.stack : String(err?.message ?? e);
}

try {
  await program.parseAsync();
} catch (e) {
  process.stderr.write(`kg: ${describe(e)}\n`);
  // Open connections (driver, server) must not keep a failed command alive.
  process.exit(1);
}
