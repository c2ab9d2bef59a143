#!/usr/bin/env node
/**
 * `kg`: the command line. Thin: each command lives in its own file, parses its arguments
 * and calls the stages; this file only wires them together.
 */
import { Command } from "commander";

const program = new Command("kg")
  .description("Vietnamese political news → knowledge graph in Neo4j")
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

const commands: Array<{ register(program: Command): void }> = await Promise.all([
]);
for (const command of commands) command.register(program);

await program.parseAsync();
