/**
 * The HTTP floor of `npm run bench:api`: the least any HTTP service answering the five questions
 * costs on this machine. node:http with nothing else: `POST /<question>` with the arguments as JSON
 * runs that question's hand-written Cypher (bench/questions.ts, RAW) through the same `Graph.read`
 * as the API and the driver floor, and answers `{ "data": rows }`. No GraphQL, no validation, no
 * limits, no logging. Against it, the API's ratio is the price of its GraphQL layer; against the
 * driver floor, the price of being a service at all (a second process, HTTP on both ends, JSON).
 *
 * Started by bench/api.ts in a process of its own, with the API's database settings, HOST and PORT
 * in the environment; ready when GET /ready answers 200.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readBody } from "../src/api/fast-path.ts";
import { loadConfig } from "../src/config.ts";
import { connectGraph } from "../src/graph/driver.ts";
import { RAW, type QuestionKey } from "./questions.ts";
import type { Args } from "./support/load.ts";

const graph = await connectGraph(loadConfig());

function reply(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": body.length });
  res.end(body);
}

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === "GET" && req.url === "/ready") return reply(res, 200, { ready: true });
  const ask = req.method === "POST" ? RAW[req.url?.slice(1) as QuestionKey] : undefined;
  if (!ask) return reply(res, 404, { errors: [{ message: `no question at ${req.method} ${req.url}` }] });
  const args = JSON.parse((await readBody(req)).toString("utf8")) as Args;
  const result = await graph.read(ask.cypher, ask.params(args));
  reply(res, 200, { data: result.records.map((r) => r.toObject()) });
}

const server = createServer((req, res) => {
  answer(req, res).catch((e: unknown) => reply(res, 500, { errors: [{ message: (e as Error).message }] }));
}).listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1");

process.on("SIGTERM", () => server.close(() => void graph.close().then(() => process.exit(0))));
