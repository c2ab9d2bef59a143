/**
 * GraphQL servers under test, each in a Node process of its own on loopback (so that its memory
 * is its own): started with `node --import tsx` rather than the tsx wrapper, whose pid would be
 * a launcher's, not the server's.
 */
import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

export interface RunningServer {
  /** http://host:port */
  origin: string;
  /** The GraphQL endpoint. */
  url: string;
  /** Peak resident memory so far (VmHWM), MiB. */
  peakRssMiB(): number;
  stop(): void;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Starts the server `entry` with HOST and PORT set, and waits until `readyPath` answers 2xx. */
export async function startGraphQLServer(name: string, entry: string, args: string[], env: NodeJS.ProcessEnv, readyPath: string): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
    // As `npm start` runs it: production mode (graphql skips its development-time checks).
    env: { NODE_ENV: "production", ...process.env, ...env, HOST: "127.0.0.1", PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () => void (child.exitCode === null && child.kill("SIGTERM"));
  process.on("exit", stop);
  for (let ready = false, deadline = Date.now() + 120_000; !ready; await new Promise((r) => setTimeout(r, 250))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${name} did not become ready`);
    ready = await fetch(origin + readyPath).then((r) => r.ok, () => false);
  }
  return {
    origin,
    url: `${origin}/graphql`,
    peakRssMiB: () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? Number.NaN) / 1024,
    stop,
  };
}

/** How long a client waits for an answer: bounds a run when a server has no query timeout. */
export const CLIENT_TIMEOUT_MS = 30_000;

/**
 * Kept-alive connections, as a production client keeps them. node:http rather than fetch: fetch
 * (undici) spends about three times the CPU per request, and the load generator shares the
 * machine's two cores with the servers it measures.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs a query; resolves with `data`, rejects on an HTTP error, GraphQL errors or after CLIENT_TIMEOUT_MS. */
export const askGraphQL = (url: string, query: string, variables: Record<string, unknown>): Promise<unknown> => postForData(url, JSON.stringify({ query, variables }));

/** POSTs `body` as JSON; resolves with the answer's `data`, rejects on an HTTP error, `errors` or after CLIENT_TIMEOUT_MS. */
export function postForData(url: string, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", agent, timeout: CLIENT_TIMEOUT_MS, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        try {
          const answer = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { data?: unknown; errors?: Array<{ message: string }> };
          if (res.statusCode !== 200 || answer.errors) reject(new Error(`${url}: ${res.statusCode} ${JSON.stringify(answer.errors)}`));
          else resolve(answer.data);
        } catch (e) {
          reject(new Error(`${url}: ${res.statusCode}, not JSON: ${(e as Error).message}`));
        }
      });
    });
    req.on("timeout", () => req.destroy(new Error(`${url}: no answer after ${CLIENT_TIMEOUT_MS} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}
