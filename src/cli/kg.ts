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

await program.parseAsync();
