/**
 * Safe by default: operations too deep, too costly, with too many aliases or tokens, and sizes
 * above their maximum are refused before touching the database, with a clear GraphQL error.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/api/limits.ts";
import type { Graph } from "../../src/graph/driver.ts";
import { openSeededGraph, startTestApi, type GqlResponse, type TestApi } from "../support/api.ts";

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openSeededGraph();
  api = await startTestApi(graph, { MAX_QUERY_DEPTH: "6", MAX_QUERY_COST: "300", MAX_ALIASES: "3", MAX_PAGE_SIZE: "25" });
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

/**
 * POSTs a query padded with `size` bytes in chunks, without content-length, as fast as the server
 * reads, and stops sending when the answer comes; `end: false` leaves the body unfinished.
 */
function postChunked(url: string, size: number, { end = true } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } });
    const chunk = Buffer.alloc(64 * 1024, "x");
    let [sent, answered] = [0, false];
    req.on("response", (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part)).on("end", () => resolve({ status: res.statusCode!, body: Buffer.concat(parts).toString("utf8") }));
    });
    // Once answered, the server may close the connection under the rest of the upload.
    req.on("error", (e) => answered || reject(e));
    const pump = (): void => {
      while (!answered && sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered && end) req.end('"}}');
    };
    req.write(`{"query":"{ stats { labels { name } } }","variables":{"pad":"`);
    pump();
  });
}

/** Refused without a round trip, with a BAD_USER_INPUT error whose message matches. */
async function refused(query: string, message: RegExp, variables?: Record<string, unknown>): Promise<GqlResponse> {
  const before = graph.roundTrips;
  const res = await api.gql(query, variables);
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.length).toBeGreaterThan(0);
  expect(res.errors![0]!.message).toMatch(message);
  expect(res.errors![0]!.extensions?.code).toBe("BAD_USER_INPUT");
  expect(graph.roundTrips - before).toBe(0);
  return res;
}

describe("operation limits", () => {
  it("refuses an operation deeper than MAX_QUERY_DEPTH", async () => {
    await refused(`{ person(id: "per_x") { offices { office { holders { person { offices { title } } } } } } }`, /depth limit of 6 exceeded/i);
  });

  it("refuses an operation costlier than MAX_QUERY_COST", async () => {
    const wide = Array.from({ length: 12 }, () => "chairedBy { name offices { title office { title jurisdiction } } }").join(" ");
    await refused(`{ meeting(id: "mtg_x") { ${wide} attendedBy { name offices { title office { title } } } } }`, /cost/i);
  });

  it("refuses more aliases than MAX_ALIASES", async () => {
    await refused(`{ a: stats { labels { name } } b: stats { labels { name } } c: stats { labels { name } } d: stats { labels { name } } }`, /aliases/i);
  });

  it("refuses huge documents (token limit)", async () => {
    const res = await api.gql(`{ ${Array.from({ length: 2500 }, () => "__typename").join(" ")} }`);
    expect(res.errors?.[0]?.message).toMatch(/token limit/i);
    expect(res.data ?? null).toBeNull();
  });

  it("refuses sizes above their maximum instead of cutting them silently", async () => {
    // Variables: a literal `first` also counts in the cost, which would refuse it first.
    await refused(`query($n: Int) { meetings(first: $n) { totalCount } }`, /^first must be between 0 and 25, got 26$/, { n: 26 });
    await refused(`query($n: Int) { search(text: "thanh", first: $n) { label } }`, /^first must be between 1 and 25, got 1000$/, { n: 1000 });
    await refused(`query($n: Int) { paths(from: "per_x", to: "per_y", first: $n) { length } }`, /^first must be between 1 and 20, got 21$/, { n: 21 });
    // A nested list's first: checked before its field is read.
    const nested = await api.gql(`{ directive(key: "39-CT/TW") { key meetings(first: 0) { title } } }`);
    expect(nested.errors?.[0]?.message).toBe("first must be between 1 and 25, got 0");
    const behind = await api.gql(`query($o: Int) { directive(key: "39-CT/TW") { key meetings(offset: $o) { title } } }`, { o: -1 });
    expect(behind.errors?.[0]?.message).toBe("offset must be between 0 and 2147483647, got -1");
    expect(nested.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await refused(`{ neighborhood(id: "per_x", depth: 4) { truncated } }`, /^depth must be between 1 and 3, got 4$/);
    await refused(`{ neighborhood(id: "per_x", limit: 100000) { truncated } }`, /^limit must be between 1 and 500/);
    await refused(`{ paths(from: "per_x", to: "per_y", maxLength: 7) { length } }`, /^maxLength must be between 1 and 6, got 7$/);
    // Literal page sizes out of range get the same message, however large: the cost counts at most MAX_PAGE_SIZE per list.
    await refused(`{ meetings(first: 100000) { totalCount } }`, /^first must be between 0 and 25, got 100000$/);
    await refused(`{ search(text: "thanh", first: 1000) { label } }`, /^first must be between 1 and 25, got 1000$/);
    const deep = await api.gql(`{ directive(key: "39-CT/TW") { key meetings(first: 1000) { title } } }`);
    expect(deep.errors?.map((e) => e.message)).toEqual(["first must be between 1 and 25, got 1000"]);
    // Within range, literal page sizes weigh in the cost: refused before execution.
    await refused(`{ a: search(text: "thanh", first: 25) { label node { id } } b: search(text: "thanh", first: 25) { label node { id } } }`, /cost limit/i);
    await refused(`query($t: String!) { search(text: $t) { label } }`, /^text must be at most 500 characters$/, { t: "x".repeat(501) });
  });

  it("refuses request bodies over the size limit with 413", async () => {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { labels { name } } }", variables: { pad: "x".repeat(4 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: `request body larger than ${MAX_BODY_BYTES} bytes` }] });
  });

  it("refuses chunked bodies over the size limit with 413 too, once the limit is passed", async () => {
    for (const size of [8, 15].map((mb) => mb * 1024 * 1024)) {
      const res = await postChunked(api.url, size);
      expect(res.status, `${size} bytes`).toBe(413);
      expect(JSON.parse(res.body)).toEqual({ errors: [{ message: `request body larger than ${MAX_BODY_BYTES} bytes` }] });
    }
    // Not at the end of the body: an upload that goes on is answered as soon as it passes the limit.
    const endless = await postChunked(api.url, MAX_BODY_BYTES + 128 * 1024, { end: false });
    expect(endless.status).toBe(413);
    // A chunked body within the limit is served as any other.
    const small = await postChunked(api.url, 1024);
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body).data.stats.labels.length).toBeGreaterThan(0);
  });

  it("does not suggest field names to explore the schema", async () => {
    const res = await api.gql(`{ persn(id: "x") { id } }`);
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
