#!/usr/bin/env node
/**
 * `kg`: the command line. Thin: each command lives in its own file, exports
 * `register(program)`, parses its arguments and calls the stages.
 */
import { Command } from "commander";

const program = new Command("kg")
  .description("Vietnamese political news → knowledge graph in Neo4j")
  .showHelpAfterError();

for (const command of [] as Array<{ register(program: Command): void }>) command.register(program);

await program.parseAsync();
