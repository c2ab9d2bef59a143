/**
 * The common request without the Fetch API plumbing. A JSON POST to the GraphQL endpoint asking a
 * query is run on node:http's own request and response through yoga's GraphQL pipeline
 * (`getEnveloped`: the same parse and validation caches, graphql-armor limits, graphql-jit, masked
 * errors and context). Everything else goes to yoga whole, and so does any request this path would
 * answer with something other than an execution result (bad JSON, a syntax or validation error, a
 * mutation, a browser's cross-origin call): yoga answers those exactly as without this path.
 *
 * Why: yoga's adapter builds a Fetch Request and Response, an abort signal and a stream pipeline
 * for every request, which cost more CPU than the GraphQL work of a typical lookup (BENCHMARKS.md,
 * "Where the time goes"). Answers are the same either way (tests/integration/api-fast-path.test.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLError } from "graphql";
import { processRegularResult, type YogaServerInstance } from "graphql-yoga";
import type { ApiContext } from "./context.ts";
import { log } from "../log.ts";
import { logRequest } from "./request-log.ts";

/** Larger bodies (an ingested text) are left to yoga, which streams them (body-limit.ts refuses those over the limit). */
const MAX_FAST_BODY_BYTES = 64 * 1024;

type Yoga = YogaServerInstance<Record<string, unknown>, ApiContext>;

interface Params {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/**
 * The media type yoga would answer with, or null when it should decide: the first of the client's
 * accepted types that is one of JSON's two GraphQL media types (`*` counts as application/json).
 */
function acceptedJson(accept: string | undefined): "application/json" | "application/graphql-response+json" | null {
  if (!accept) return "application/json";
  for (const part of accept.split(",")) {
    const type = part.split(";")[0]!.trim().toLowerCase();
    if (type === "application/graphql-response+json" || type === "application/json") return type;
    if (type === "*/*" || type === "application/*") return "application/json";
  }
  return null;
}

/** The request's body when it is a plain GraphQL request object, else null. */
function paramsOf(body: Buffer): Params | null {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const { query, variables, operationName, ...rest } = value as Record<string, unknown>;
  const plainVariables = variables == null || (typeof variables === "object" && !Array.isArray(variables));
  const plainName = operationName == null || typeof operationName === "string";
  if (typeof query !== "string" || !plainVariables || !plainName || Object.keys(rest).length > 0) return null;
  return { query, variables: variables as Params["variables"], operationName: operationName as Params["operationName"] };
}

/** What plugins and the context factory may read of the request: its method, URL and headers. */
function requestView(req: IncomingMessage, yoga: Yoga): Request {
  return { method: "POST", url: `http://${req.headers.host ?? "localhost"}${req.url}`, headers: new yoga.fetchAPI.Headers(req.headers as Record<string, string>) } as unknown as Request;
}

/**
 * Runs `params` as yoga would, or returns null when yoga must answer: the text does not parse,
 * does not validate, or is not a query.
 */
async function execute(yoga: Yoga, req: IncomingMessage, params: Params): Promise<{ result: ExecutionResult; ctx: ApiContext; operation: string | null } | null> {
  const request = requestView(req, yoga);
  const { parse, validate, contextFactory, execute: run, schema } = yoga.getEnveloped({ request, params } as never);
  let document: DocumentNode;
  try {
    document = parse(params.query);
  } catch {
    return null;
  }
  const operation = getOperationAST(document, params.operationName ?? undefined);
  if (operation?.operation !== "query") return null;
  if ((validate(schema, document) as readonly GraphQLError[]).length > 0) return null;
  const ctx = (await contextFactory()) as unknown as ApiContext;
  const result = (await run({ schema, document, contextValue: ctx, variableValues: params.variables, operationName: params.operationName })) as ExecutionResult;
  return { result, ctx, operation: operation.name?.value ?? params.operationName ?? null };
}

function send(res: ServerResponse, yoga: Yoga, result: ExecutionResult, mediaType: string): Promise<void> | void {
  if (!result.errors?.length && !result.extensions) {
    // Encoded once: measuring the string's byte length first would walk a large answer twice.
    const body = Buffer.from(JSON.stringify(result));
    res.writeHead(200, { "content-type": `${mediaType}; charset=utf-8`, "content-length": body.length });
    res.end(body);
    return;
  }
  // Errors decide the status and are cleaned of internal extensions: yoga's own processing.
  const response = processRegularResult(result, yoga.fetchAPI, mediaType) as Response;
  return response.text().then((body) => {
    res.writeHead(response.status, { ...Object.fromEntries(response.headers), "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A node:http request listener: the fast path for what it can serve, yoga for the rest. */
export function withFastPath(yoga: Yoga, options: { cors: boolean }): (req: IncomingMessage, res: ServerResponse) => void {
  const toYoga = (req: IncomingMessage, res: ServerResponse, body?: Buffer): void => {
    // yoga reads a body already taken from the stream from `req.body`.
    if (body) (req as IncomingMessage & { body?: Buffer }).body = body;
    void yoga(req, res);
  };
  return (req, res) => {
    const length = Number(req.headers["content-length"] ?? 0);
    const mediaType = acceptedJson(req.headers.accept);
    const fits =
      req.method === "POST" &&
      req.url === yoga.graphqlEndpoint &&
      /^application\/json\s*(;|$)/i.test(req.headers["content-type"] ?? "") &&
      length > 0 &&
      length <= MAX_FAST_BODY_BYTES &&
      mediaType !== null &&
      // Cross-origin browser calls need yoga's CORS answers.
      !(options.cors && req.headers.origin);
    if (!fits) return toYoga(req, res);
    const start = performance.now();
    readBody(req)
      .then(async (body) => {
        const params = body.length > 0 ? paramsOf(body) : null;
        const done = params && (await execute(yoga, req, params));
        if (!done) return toYoga(req, res, body);
        await send(res, yoga, done.result, mediaType);
        logRequest({ operation: done.operation, ms: performance.now() - start, roundTrips: done.ctx.reader.roundTrips, errors: done.result.errors });
      })
      .catch((error: unknown) => {
        // Errors inside execution are results: this is the connection, or a bug.
        if (req.destroyed) return log.debug("request.aborted", { message: (error as Error)?.message });
        log.error("request.failed", { message: (error as Error)?.message, stack: (error as Error)?.stack });
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify({ errors: [{ message: "Unexpected error." }] }));
      });
  };
}
