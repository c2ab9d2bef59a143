/**
 * The fast path (src/api/fast-path.ts) serves plain JSON queries itself and gives yoga everything
 * else; either way a client gets the same answer, status and media type as from yoga alone. The
 * requests below go to both servers over HTTP; a count of what reached yoga proves which path
 * served each one.
 */
import { createServer, type Server } from "node:http";
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withFastPath } from "../../src/api/fast-path.ts";
import { createApi, HEADLINE_QUERY } from "../../src/api/server.ts";
import type { Graph } from "../../src/graph/driver.ts";
import { setLogLevel } from "../../src/log.ts";
import { openSeededGraph } from "../support/api.ts";
import { testConfig } from "../support/test-config.ts";

let graph: Graph;
let fast: { url: string; server: Server; toYoga: number };
let plain: { url: string; server: Server };

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
};

beforeAll(async () => {
  graph = await openSeededGraph();
  const config = testConfig({ MAX_PAGE_SIZE: "25" });
  const yoga = createApi(graph, config);
  // The same yoga, counting the requests the fast path hands to it.
  const counted = new Proxy(yoga, {
    apply(target, self, args) {
      fast.toYoga++;
      return Reflect.apply(target, self, args);
    },
  });
  const fastServer = createServer(withFastPath(counted, { cors: false }));
  fast = { server: fastServer, url: await listen(fastServer), toYoga: 0 };
  const plainServer = createServer(createApi(graph, config));
  plain = { server: plainServer, url: await listen(plainServer) };
});

afterAll(async () => {
  for (const s of [fast?.server, plain?.server]) {
    s?.closeAllConnections();
    s?.close();
  }
  await graph?.close();
});

interface Sent {
  body: string;
  headers?: Record<string, string>;
}

const post = async (url: string, { body, headers = {} }: Sent) => {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: res.status, type: res.headers.get("content-type"), body: await res.json() };
};

/** Sends `sent` to both servers: same answer; returns whether yoga served it on the fast server. */
async function same(sent: Sent): Promise<{ servedByYoga: boolean; answer: Awaited<ReturnType<typeof post>> }> {
  const before = fast.toYoga;
  const [a, b] = [await post(fast.url, sent), await post(plain.url, sent)];
  expect(a).toEqual(b);
  return { servedByYoga: fast.toYoga > before, answer: a };
}

const json = (query: string, rest: Record<string, unknown> = {}) => JSON.stringify({ query, ...rest });

describe("served by the fast path, answered as yoga answers", () => {
  it("the headline query", async () => {
    const { servedByYoga, answer } = await same({ body: json(HEADLINE_QUERY) });
    expect(servedByYoga).toBe(false);
    expect(answer.status).toBe(200);
    expect(answer.body.data.directive.meetings.length).toBeGreaterThan(0);
  });

  it("variables and the operation named among several", async () => {
    const query = `query A($key: String!) { directive(key: $key) { key } } query B($q: String!) { search(text: $q, first: 3) { label } }`;
    const { servedByYoga, answer } = await same({ body: json(query, { operationName: "B", variables: { q: "nguyen duc thanh" } }) });
    expect(servedByYoga).toBe(false);
    expect(answer.body.data.search[0].label).toBe("Nguyễn Đức Thanh");
  });

  it("an argument refused while executing: the error, its code and yoga's status", async () => {
    const { servedByYoga, answer } = await same({ body: json(`{ meetings(first: 1000) { totalCount } }`) });
    expect(servedByYoga).toBe(false);
    expect(answer.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("a variable missing: refused as yoga refuses it", async () => {
    const { servedByYoga, answer } = await same({ body: json(`query($k: String!) { directive(key: $k) { key } }`) });
    expect(servedByYoga).toBe(false);
    expect(answer.body.errors[0].message).toMatch(/\$k/);
  });

  it("for a client that prefers application/graphql-response+json", async () => {
    const { servedByYoga, answer } = await same({ body: json(`{ stats { labels { name count } } }`), headers: { accept: "application/graphql-response+json, application/json" } });
    expect(servedByYoga).toBe(false);
    expect(answer.type).toMatch(/^application\/graphql-response\+json/);
  });
});

describe("handed to yoga whole", () => {
  it.each([
    ["a syntax error", { body: json(`{ directive(key: "39-CT/TW") { key `) }],
    ["a validation error", { body: json(`{ directive(key: "39-CT/TW") { nope } }`) }],
    ["a mutation", { body: json(`mutation { ingestDocument(input: {text: "x", source: "s"}) { documentId } }`) }],
    ["a body that is not JSON", { body: "{ not json" }],
    ["a body without a query", { body: JSON.stringify({ variables: {} }) }],
    ["a batch of operations (batching is off)", { body: JSON.stringify([{ query: "{ __typename }" }]) }],
    ["an unknown operation name", { body: json(`query A { stats { labels { name } } }`, { operationName: "B" }) }],
  ])("%s", async (_name, sent) => {
    const { servedByYoga, answer } = await same(sent);
    expect(servedByYoga).toBe(true);
    expect(answer.body.errors?.length).toBeGreaterThan(0);
  });

  it("a request with extensions, which only yoga's plugins may read", async () => {
    const { servedByYoga, answer } = await same({ body: json(`{ __typename }`, { extensions: { client: "dashboard" } }) });
    expect(servedByYoga).toBe(true);
    expect(answer.body.data).toEqual({ __typename: "Query" });
  });

  it("a browser's cross-origin request when CORS is configured", async () => {
    const yoga = createApi(graph, testConfig({ CORS_ORIGINS: "https://dash.example" }));
    let toYoga = 0;
    const server = createServer(withFastPath(new Proxy(yoga, { apply: (t, s, a) => (toYoga++, Reflect.apply(t, s, a)) }), { cors: true }));
    const url = await listen(server);
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", origin: "https://dash.example" }, body: json(`{ stats { labels { name } } }`) });
      expect(res.headers.get("access-control-allow-origin")).toBe("https://dash.example");
      expect(toYoga).toBe(1);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe("request logs", () => {
  /** The `request` log lines written while `send` runs, at debug level. */
  async function logged(send: () => Promise<unknown>): Promise<Array<Record<string, unknown>>> {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    setLogLevel("debug");
    try {
      await send();
    } finally {
      setLogLevel("info");
      spy.mockRestore();
    }
    return lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === "request");
  }

  it.each([
    ["the fast path", () => fast.url],
    ["yoga", () => plain.url],
  ])("name the operation, its duration and its round trips, whichever path served it: %s", async (_path, url) => {
    const lines = await logged(() => post(url(), { body: json(`query Headline { directive(key: "39-CT/TW") { key meetings { title } } }`) }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "debug", operation: "Headline", roundTrips: 1 });
    expect(typeof lines[0]!.ms).toBe("number");
  });
});

it("a client hanging up halfway through its body is no error, and the next request is served", async () => {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
  try {
    await new Promise<void>((resolve) => {
      const socket = connect(Number(new URL(fast.url).port), "127.0.0.1", () => {
        socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":`);
        setTimeout(() => (socket.destroy(), resolve()), 50);
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await post(fast.url, { body: json(`{ __typename }`) })).body.data).toEqual({ __typename: "Query" });
  } finally {
    spy.mockRestore();
  }
  expect(lines.filter((l) => l.includes('"level":"error"'))).toEqual([]);
});
