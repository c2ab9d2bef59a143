/**
 * Requests the API does not serve are a client's mistake: a clear message with a client error
 * code and status, nothing internal in the answer, and nothing logged as a server error.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { openTestGraph } from "../support/graph.ts";

let graph: Graph;
let api: TestApi;
let stderr: string[];

beforeAll(async () => {
  graph = await openTestGraph();
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

beforeEach(() => {
  stderr = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const serverErrorsLogged = () => stderr.filter((line) => /"level":"error"/.test(line));

describe("requests the API does not serve", () => {
  it("a subscription is refused while validating, as a client error", async () => {
    const res = await api.gql(`subscription { stats { labels { name } } }`);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toEqual([expect.objectContaining({ message: "subscription operations are not supported by this API", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } })]);
    expect(serverErrorsLogged()).toEqual([]);
  });

  it("a body that is not JSON: one message, a client error code, nothing internal", async () => {
    for (const body of ["{not json", "query { stats }", ""]) {
      const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(res.status, body).toBe(400);
      expect(await res.json(), body).toEqual({ errors: [{ message: "POST body sent invalid JSON.", extensions: { code: "BAD_REQUEST" } }] });
    }
    expect(serverErrorsLogged()).toEqual([]);
  });
});
