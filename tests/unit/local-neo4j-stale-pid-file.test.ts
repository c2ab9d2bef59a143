// A local Neo4j's pid file can outlive its server, and the number can be taken since by another
// process (or a thread of one): that is no running server, so a start does not wait on it.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runningPid } from "../../src/db/local.ts";

const dir = mkdtempSync(join(tmpdir(), "kg-pid-"));
const server = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)", join(dir, "data")], { stdio: "ignore" });
afterAll(() => void server.kill());

describe("the local Neo4j's pid file", () => {
  it("names a running server only when that process's command names the folder's data", () => {
    writeFileSync(join(dir, "neo4j.pid"), String(process.pid));
    expect(runningPid(dir)).toBeNull();
    writeFileSync(join(dir, "neo4j.pid"), String(server.pid));
    expect(runningPid(dir)).toBe(server.pid);
    writeFileSync(join(dir, "neo4j.pid"), "999999999");
    expect(runningPid(dir)).toBeNull();
  });
});
