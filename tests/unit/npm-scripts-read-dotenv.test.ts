// npm start and npm run kg read .env (the variables .env.example lists), the shell's variables
// winning; npm test does not. Run on a copy of the entry script beside a .env of its own.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

describe("scripts/run.mjs and .env", () => {
  it("reads .env for the commands, lets the shell's variables win", { timeout: 60_000 }, () => {
    const copy = mkdtempSync(join(tmpdir(), "kg-dotenv-"));
    mkdirSync(join(copy, "scripts"));
    copyFileSync(join(root, "scripts/run.mjs"), join(copy, "scripts/run.mjs"));
    // Installed as far as the script can tell (its stamp of the lock file), so it never runs npm ci
    // there; tsx is the project's.
    copyFileSync(join(root, "package-lock.json"), join(copy, "package-lock.json"));
    mkdirSync(join(copy, "node_modules/.bin"), { recursive: true });
    writeFileSync(join(copy, "node_modules/.kg-lock-hash"), createHash("sha256").update(readFileSync(join(copy, "package-lock.json"))).digest("hex"));
    symlinkSync(realpathSync(join(root, "node_modules/.bin/tsx")), join(copy, "node_modules/.bin/tsx"));
    writeFileSync(join(copy, ".env"), "KG_FROM_DOTENV=file # a comment\nKG_SHELL_WINS=file\n");
    writeFileSync(join(copy, "print.ts"), "console.log(`${process.env.KG_FROM_DOTENV}/${process.env.KG_SHELL_WINS}`);\n");
    const r = spawnSync(process.execPath, [join(copy, "scripts/run.mjs"), "tsx", join(copy, "print.ts")], {
      cwd: copy, encoding: "utf8", env: { PATH: process.env.PATH, KG_SHELL_WINS: "shell" },
    });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("file/shell");
  });
});
