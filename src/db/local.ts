/**
 * A local Neo4j Community server for machines without Docker: jars fetched from Maven Central
 * with `mvn` into `.neo4j/lib`, run by Launcher.java on 127.0.0.1, its state in one git-ignored
 * folder (KG_DB_DIR, default `.neo4j/`): data/, neo4j.log, password, neo4j.pid, neo4j.port.
 */
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { PROJECT_ROOT, type Config } from "../config.ts";
import { log } from "../log.ts";

const run = promisify(execFile);
const HERE = fileURLToPath(new URL(".", import.meta.url));
const START_TIMEOUT_MS = 180_000;

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  dir: string;
  logFile: string;
}

export class LocalDbError extends Error {}

// The jars are shared by every data folder (the test server's too), so they are fetched once.
const LIB = join(PROJECT_ROOT, ".neo4j", "lib");

const paths = (dir: string) => ({
  lib: LIB,
  libDone: join(LIB, ".complete"),
  home: join(dir, "data"),
  password: join(dir, "password"),
  pid: join(dir, "neo4j.pid"),
  port: join(dir, "neo4j.port"),
  log: join(dir, "neo4j.log"),
});

async function requireTool(cmd: string, args: string[], what: string): Promise<void> {
  try {
    await run(cmd, args);
  } catch {
    throw new LocalDbError(
      `${what} (\`${cmd}\`) is needed to run a local Neo4j and was not found. Install it ` +
        `(Debian: apt-get install openjdk-17-jre-headless maven), or set NEO4J_URI, NEO4J_USER and ` +
        `NEO4J_PASSWORD to use an existing Neo4j 5, or run \`docker compose up\`.`,
    );
  }
}

/** Fetches Neo4j's jars once; a marker file makes an interrupted download start over. */
async function ensureJars(dir: string): Promise<void> {
  const p = paths(dir);
  if (existsSync(p.libDone)) return;
  await requireTool("java", ["-version"], "Java 17");
  await requireTool("mvn", ["-v"], "Maven");
  log.info("db.fetch", { message: "fetching Neo4j Community from Maven Central (about 130 MB, once)", dir: p.lib });
  mkdirSync(p.lib, { recursive: true });
  try {
    await run(
      "mvn",
      [
        "-B", "-q", "-f", join(HERE, "pom.xml"),
        // Pinned: Maven 3.8 would otherwise pick a 2014 plugin version without these goals' options.
        "org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies",
        "-DincludeScope=runtime", `-DoutputDirectory=${p.lib}`,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (e) {
    const out = e as { stdout?: string; stderr?: string };
    throw new LocalDbError(`fetching Neo4j with mvn failed:\n${(out.stdout ?? "") + (out.stderr ?? "")}`.trim());
  }
  writeFileSync(p.libDone, new Date().toISOString());
}

function passwordOf(dir: string): string {
  const file = paths(dir).password;
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The pid of this folder's server, if it runs. A pid file outlives its server, and its number may
 * since belong to another process, or to a thread of one (which `kill -0` answers for too): where
 * the system shows command lines (/proc), the process is ours only if its command names our data.
 */
export function runningPid(dir: string): number | null {
  const file = paths(dir).pid;
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8"));
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return null;
  if (!existsSync("/proc/self/cmdline")) return pid;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(paths(dir).home) ? pid : null;
  } catch {
    return null;
  }
}

/** True when something accepts TCP connections on the port. */
export function portOpen(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = createConnection({ port, host });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolveOpen(true)));
    socket.once("error", () => resolveOpen(false));
    socket.once("timeout", () => (socket.destroy(), resolveOpen(false)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function logTail(file: string, lines = 30): string {
  if (!existsSync(file)) return "(no log)";
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

function describe(dir: string, port: number): LocalNeo4j {
  return { uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password: passwordOf(dir), dir, logFile: paths(dir).log };
}

/** Starts the local server unless it already runs; resolves once Bolt accepts connections. */
export async function ensureLocalNeo4j(config: Config): Promise<LocalNeo4j> {
  const dir = config.KG_DB_DIR;
  const port = config.KG_NEO4J_PORT;
  const p = paths(dir);
  mkdirSync(dir, { recursive: true });
  const pid = runningPid(dir);
  if (pid !== null) {
    const runningPort = Number(readFileSync(p.port, "utf8"));
    if (runningPort !== port) {
      throw new LocalDbError(
        `the local Neo4j in ${dir} already runs on port ${runningPort} (pid ${pid}), not ${port}: ` +
          `stop it with \`npm run db:stop\` or set KG_NEO4J_PORT=${runningPort}`,
      );
    }
    await waitForBolt(port, () => alive(pid), p.log, 0);
    return describe(dir, port);
  }
  if (await portOpen(port)) {
    throw new LocalDbError(
      `port ${port} is taken by another program: set KG_NEO4J_PORT to a free port, or NEO4J_URI to use that server`,
    );
  }
  await ensureJars(dir);
  await requireTool("java", ["-version"], "Java 17");
  const password = passwordOf(dir);
  mkdirSync(p.home, { recursive: true });
  const logStart = existsSync(p.log) ? statSync(p.log).size : 0;
  const out = openSync(p.log, "a");
  const child = spawn(
    "java",
    [
      `-Xms${config.KG_NEO4J_HEAP}`, `-Xmx${config.KG_NEO4J_HEAP}`,
      // Neo4j 5 reaches into these JDK internals (off-heap buffers, file channels).
      "--add-opens", "java.base/java.nio=ALL-UNNAMED",
      "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens", "java.base/java.io=ALL-UNNAMED",
      "--add-opens", "java.base/java.lang=ALL-UNNAMED",
      "-cp", `${p.lib}/*`,
      join(HERE, "Launcher.java"),
      p.home, String(port), p.password, config.KG_NEO4J_PAGECACHE,
    ],
    { detached: true, stdio: ["ignore", out, out] },
  );
  closeSync(out);
  // An exited child stays a zombie (still "alive" to kill -0) until reaped: track its exit.
  let exited = false;
  child.once("exit", () => (exited = true));
  child.unref();
  writeFileSync(p.pid, String(child.pid));
  writeFileSync(p.port, String(port));
  log.info("db.start", { message: "starting local Neo4j", port, pid: child.pid, log: p.log });
  await waitForBolt(port, () => !exited && alive(child.pid!), p.log, logStart);
  log.info("db.ready", { uri: `bolt://127.0.0.1:${port}` });
  return { uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password, dir, logFile: p.log };
}

/**
 * Bolt opens before the launcher has set the password, so "ready" is the launcher's READY line
 * written after `logStart` (the log is appended across runs), and then an open port.
 */
async function waitForBolt(port: number, running: () => boolean, logFile: string, logStart: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!running()) throw new LocalDbError(`the local Neo4j exited while starting; its log (${logFile}) ends:\n${logTail(logFile)}`);
    if (readFileSync(logFile).subarray(logStart).includes("READY") && (await portOpen(port))) return;
    await sleep(250);
  }
  throw new LocalDbError(`the local Neo4j did not answer on port ${port} within ${START_TIMEOUT_MS / 1000} s; log: ${logFile}`);
}

/** Stops the local server (SIGTERM: Neo4j shuts down cleanly), waiting until it has exited. */
export async function stopLocalNeo4j(config: Config): Promise<boolean> {
  const pid = runningPid(config.KG_DB_DIR);
  if (pid === null) return false;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) process.kill(pid, "SIGKILL");
  return true;
}

export interface LocalStatus {
  running: boolean;
  pid: number | null;
  port: number | null;
  dir: string;
  logFile: string;
  installed: boolean;
}

export function localNeo4jStatus(config: Config): LocalStatus {
  const p = paths(config.KG_DB_DIR);
  const pid = runningPid(config.KG_DB_DIR);
  return {
    running: pid !== null,
    pid,
    port: pid !== null && existsSync(p.port) ? Number(readFileSync(p.port, "utf8")) : null,
    dir: config.KG_DB_DIR,
    logFile: p.log,
    installed: existsSync(p.libDone),
  };
}
