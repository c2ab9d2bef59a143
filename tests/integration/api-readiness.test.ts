/**
 * /health answers while the process is up; /ready answers 200 only while Neo4j does: 503 when
 * it is stopped (queries then fail with a masked error within seconds), 200 again once it is
 * back, without restarting the API. The configuration is the default one, retries included. Runs a throwaway local Neo4j of its own, so stopping it disturbs nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../../src/db/local.ts";
import { connectGraph, type Graph } from "../../src/graph/driver.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { testConfig } from "../support/test-config.ts";

const config = testConfig({ NEO4J_URI: "", KG_DB_DIR: ".neo4j-test-ready", KG_NEO4J_PORT: String(Number(process.env.KG_TEST_NEO4J_PORT ?? 7690) + 6) });

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  await ensureLocalNeo4j(config);
  graph = await connectGraph(config);
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
  await stopLocalNeo4j(config);
});

const endpoint = (path: string) => api.url.replace(/\/graphql$/, path);

async function statusUntil(path: string, want: number, seconds = 30): Promise<number> {
  let status = 0;
  for (const deadline = Date.now() + seconds * 1000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    status = (await fetch(endpoint(path))).status;
    if (status === want) break;
  }
  return status;
}

describe("health and readiness", () => {
  it("/health and /ready are 200 while Neo4j answers", async () => {
    expect((await fetch(endpoint("/health"))).status).toBe(200);
    const ready = await fetch(endpoint("/ready"));
    expect(ready.status).toBe(200);
  });

  it("/ready is 503 while Neo4j is down, promptly; queries fail with a masked error; /health stays 200", async () => {
    await stopLocalNeo4j(config);
    const started = Date.now();
    const res = await fetch(endpoint("/ready"));
    expect(res.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await res.text()).not.toMatch(/bolt|7696|ServiceUnavailable|stack/i);
    expect((await fetch(endpoint("/health"))).status).toBe(200);

    const asked = Date.now();
    const query = await api.gql(`{ stats { labels { name } } }`);
    expect(query.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    // Within the default retry budget (NEO4J_MAX_RETRY_MS), not the 15 to 30 s it once took.
    expect(Date.now() - asked).toBeLessThan(5000);
    expect(JSON.stringify(query)).not.toMatch(/bolt:|127\.0\.0\.1|Neo4jError|stack/);
  });

  it("/ready recovers once Neo4j is back, without restarting the API", async () => {
    await ensureLocalNeo4j(config);
    expect(await statusUntil("/ready", 200)).toBe(200);
    const query = await api.gql(`{ stats { labels { name } } }`);
    expect(query.errors).toBeUndefined();
  });
});
