/**
 * GraphiQL (GET /graphql from a browser) is a page of about 9 MB, the same for every request: it
 * is sent gzipped to clients that accept it, and is cacheable, a repeated load answered 304
 * without a body.
 */
import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { openTestGraph } from "../support/graph.ts";

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

/** GET as a browser would, the raw bytes as sent (fetch would decompress them). */
function load(headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(api.url, { headers: { accept: "text/html", ...headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part)).on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on("error", reject)
      .end();
  });
}

describe("GraphiQL", () => {
  it("is gzipped for clients that accept it, the same page as sent plain", async () => {
    const plain = await load();
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(5_000_000);
    const zipped = await load({ "accept-encoding": "gzip, deflate, br" });
    expect(zipped.status).toBe(200);
    expect(zipped.headers).toMatchObject({ "content-encoding": "gzip", "content-type": "text/html; charset=utf-8", vary: "accept-encoding" });
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect((await load({ "accept-encoding": "gzip;q=0, identity" })).headers["content-encoding"]).toBeUndefined();
  });

  it("is cacheable: an ETag and Cache-Control, and a load with that ETag is a 304 without a body", async () => {
    const first = await load({ "accept-encoding": "gzip" });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers["cache-control"]).toMatch(/max-age=\d+/);
    expect((await load()).headers.etag).toBe(etag);
    const again = await load({ "accept-encoding": "gzip", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await load({ "if-none-match": 'W/"another"' })).status).toBe(200);
  });
});
