/** CORS: none by default (browsers keep other origins out); CORS_ORIGINS lists the origins allowed. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { openTestGraph } from "../support/graph.ts";

let graph: Graph;
let closed: TestApi;
let open: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  closed = await startTestApi(graph, { CORS_ORIGINS: "" });
  open = await startTestApi(graph, { CORS_ORIGINS: "https://a.example, https://b.example" });
});

afterAll(async () => {
  await closed?.close();
  await open?.close();
  await graph?.close();
});

const preflight = (url: string, origin: string) =>
  fetch(url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });

describe("CORS", () => {
  it("allows no other origin by default", async () => {
    const res = await preflight(closed.url, "https://a.example");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows exactly the configured origins", async () => {
    expect((await preflight(open.url, "https://b.example")).headers.get("access-control-allow-origin")).toBe("https://b.example");
    const other = (await preflight(open.url, "https://evil.example")).headers.get("access-control-allow-origin");
    expect(other === null || other === "null").toBe(true);
  });
});
