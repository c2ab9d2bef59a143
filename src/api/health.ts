/**
 * `/health`: the process is up (yoga's built-in endpoint, always 200). `/ready`: Neo4j answers
 * now (200) or not (503). The check runs outside Graph.read's retries (which keep at a lost
 * server for NEO4J_MAX_RETRY_MS) and is bounded in time: probes need a prompt answer. The driver
 * reconnects by itself, so readiness recovers when Neo4j is back.
 */
import { useReadinessCheck, type Plugin } from "graphql-yoga";
import type { Graph } from "../graph/driver.ts";

const READY_TIMEOUT_MS = 2000;

export async function databaseAnswers(graph: Graph, timeoutMs = READY_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: "READ" });
  const ping = session.run("RETURN 1", {}, { timeout: timeoutMs }).then(() => true, () => false);
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
    void ping.then(() => session.close()).catch(() => undefined);
  }
}

export function readinessPlugin(graph: Graph): Plugin {
  return useReadinessCheck({
    endpoint: "/ready",
    check: async ({ fetchAPI }) =>
      (await databaseAnswers(graph))
        ? new fetchAPI.Response(JSON.stringify({ status: "ready" }), { status: 200, headers: { "content-type": "application/json" } })
        : new fetchAPI.Response(JSON.stringify({ status: "unavailable", reason: "the database does not answer" }), { status: 503, headers: { "content-type": "application/json" } }),
  });
}
