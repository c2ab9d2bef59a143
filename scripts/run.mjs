#!/usr/bin/env node
// Entry point of the npm scripts, plain Node with no dependencies so that it runs in a fresh
// clone: installs the npm packages when they are missing or the lock file changed, then runs
//   serve        the API (kg serve: local Neo4j, schema, seeds, GraphQL)
//   test         type check, then the whole vitest suite against a real Neo4j
//   kg ARGS      the kg command line
//   tsx FILE     any TypeScript entry (benchmarks, corpus generator)
import { spawnSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);

function ensureInstalled() {
  const lock = join(root, "package-lock.json");
  const stamp = join(root, "node_modules", ".kg-lock-hash");
  const want = createHash("sha256").update(readFileSync(lock)).digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === want) return;
  process.stderr.write("installing npm packages (npm ci)…\n");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    process.stderr.write("npm ci failed: see the messages above\n");
    process.exit(r.status ?? 1);
  }
  writeFileSync(stamp, want);
}

/** Runs a command to completion, forwarding SIGINT/SIGTERM so servers shut down cleanly. */
function runToEnd(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: process.cwd(), stdio: "inherit" });
    const forward = (sig) => child.kill(sig);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const [mode, ...rest] = process.argv.slice(2);
ensureInstalled();
// The service and the command line read .env (see .env.example); what the shell sets wins. The
// tests do not: their database and settings are their own.
const dotenv = join(root, ".env");
if (mode !== "test" && existsSync(dotenv)) process.loadEnvFile(dotenv);
const kg = join(root, "src", "cli", "kg.ts");
let code;
switch (mode) {
  case "serve":
    // Production mode unless told otherwise: graphql skips its development-time checks.
    process.env.NODE_ENV ??= "production";
    code = await runToEnd(bin("tsx"), [kg, "serve", ...rest]);
    break;
  case "kg":
    code = await runToEnd(bin("tsx"), [kg, ...rest]);
    break;
  case "tsx":
    code = await runToEnd(bin("tsx"), rest);
    break;
  case "test":
    code = await runToEnd(bin("tsc"), ["--noEmit", "-p", join(root, "tsconfig.json")]);
    if (code === 0) code = await runToEnd(bin("vitest"), ["run", ...rest]);
    break;
  default:
    process.stderr.write(`usage: node scripts/run.mjs serve|test|kg|tsx [args…]\n`);
    code = 2;
}
process.exit(code);
