/**
 * The GraphQL server: graphql-yoga over node:http with GraphiQL, the limits, masked errors,
 * CORS from CORS_ORIGINS (none by default: same origin only), /health and /ready, and a log
 * line per request (debug; warn for errors and slow requests).
 */
import { useGraphQlJit } from "@envelop/graphql-jit";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getOperationAST } from "graphql";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import type { Config } from "../config.ts";
import type { Graph } from "../graph/driver.ts";
import { log } from "../log.ts";
import { limitBody } from "./body-limit.ts";
import { createContext, type ApiContext } from "./context.ts";
import { maskError } from "./errors.ts";
import { graphiqlPlugin } from "./graphiql.ts";
import { readinessPlugin } from "./health.ts";
import { armorPlugins } from "./limits.ts";
import { knownOperationTypesPlugin } from "./operations.ts";
import { logRequest, type RequestOutcome } from "./request-log.ts";
import { buildSchema } from "./schema.ts";
import { withFastPath } from "./fast-path.ts";

const GRAPHQL_ENDPOINT = "/graphql";

/** The question the API was built for; GraphiQL opens with it. */
export const HEADLINE_QUERY = `{
  directive(key: "39-CT/TW") {
    key
    issuer
    meetings {
      title
      date
      chairedBy { name offices { title } }
      attendedBy { name }
    }
  }
}
`;

interface Timing {
  start: number;
  operation?: string | null;
  ctx?: ApiContext;
}

/** Logs every request's outcome. */
function requestPlugin(): Plugin<ApiContext> {
  const timings = new WeakMap<Request, Timing>();
  return {
    onRequest({ request }) {
      timings.set(request, { start: performance.now() });
    },
    onExecute({ args }) {
      const ctx = args.contextValue as ApiContext & { request: Request };
      const t = timings.get(ctx.request);
      if (t) Object.assign(t, { operation: args.operationName ?? getOperationAST(args.document)?.name?.value ?? null, ctx });
    },
    onResultProcess({ request, result }) {
      const t = timings.get(request);
      if (!t) return;
      timings.delete(request);
      const errors = !Array.isArray(result) && result && typeof result === "object" && "errors" in result ? (result.errors as RequestOutcome["errors"]) : undefined;
      logRequest({ operation: t.operation ?? null, ms: performance.now() - t.start, roundTrips: t.ctx?.reader.roundTrips ?? 0, errors });
    },
  };
}

function corsOption(config: Config) {
  if (!config.CORS_ORIGINS) return false;
  const origin = config.CORS_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean);
  return { origin, methods: ["GET", "POST"], allowedHeaders: ["content-type", "authorization"], credentials: false };
}

export interface ApiOptions {
  /** false: every relationship field through the loaders, one query per level (tests compare both ways). */
  singleQuery?: boolean;
  /** false: every request through yoga's adapter, none through fast-path.ts (tests compare both ways). */
  fastPath?: boolean;
}

export function createApi(graph: Graph, config: Config, options: ApiOptions = {}): YogaServerInstance<Record<string, unknown>, ApiContext> {
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    context: ({ request }) => createContext(graph, config, request.headers.get("authorization"), options.singleQuery ?? true),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: "/health",
    landingPage: false,
    // Served by graphiqlPlugin instead: compressed and cacheable.
    graphiql: false,
    maskedErrors: { maskError: (error) => maskError(error) },
    cors: corsOption(config),
    logging: {
      debug: (...args: unknown[]) => log.debug("yoga", { args }),
      info: (...args: unknown[]) => log.info("yoga", { args }),
      warn: (...args: unknown[]) => log.warn("yoga", { args }),
      // Every error yoga reports has been through maskError, which logged it with its stack.
      error: (...args: unknown[]) => log.debug("yoga.error", { args: args.map(String) }),
    },
    plugins: [
      graphiqlPlugin(GRAPHQL_ENDPOINT, { title: "Vietnamese political news: knowledge graph", defaultQuery: HEADLINE_QUERY }),
      requestPlugin(),
      readinessPlugin(graph),
      knownOperationTypesPlugin(),
      ...armorPlugins(config),
      // graphql-jit compiles each validated operation to a JS function once, then reuses it.
      useGraphQlJit(),
    ],
  });
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Listens on HOST:PORT (`port` overrides PORT; 0 picks a free port) and resolves with the real URL.
 * The body size limit holds before either path reads a byte (body-limit.ts).
 */
export async function startServer(graph: Graph, config: Config, options: ApiOptions & { port?: number } = {}): Promise<RunningServer> {
  const yoga = createApi(graph, config, options);
  const server = createServer(limitBody(options.fastPath === false ? yoga : withFastPath(yoga, { cors: corsOption(config) !== false })));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
