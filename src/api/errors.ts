/**
 * What clients may see of a failure. Errors raised on purpose (GraphQLError with a code) pass
 * through; anything else is logged in full and replaced by a generic message, so that stacks,
 * Cypher and driver messages never leave the server.
 */
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { log } from "../log.ts";

export const badInput = (message: string, field?: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) } });

export const forbidden = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });

export const unauthenticated = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });

const isTimeout = (e: Neo4jError): boolean => /TransactionTimedOut/.test(e.code);
const isUnavailable = (e: Neo4jError): boolean => /ServiceUnavailable|SessionExpired/.test(e.code);

/**
 * By name, not instanceof: graphql ships both CommonJS and ESM builds, and a bundler or test
 * runner may load both, each with its own GraphQLError class.
 */
const isGraphQLError = (e: unknown): e is GraphQLError => e instanceof Error && e.name === "GraphQLError";

/** A copy of `error` (its locations and path) with another message and extensions. */
const rewritten = (error: GraphQLError, message: string, extensions: GraphQLError["extensions"]): GraphQLError =>
  new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions });

/**
 * `error` without `extensions.originalError`, where yoga puts the exception behind a request it
 * could not read (a JSON SyntaxError, which repeats the body): its message says what is wrong.
 * That exception is also what keeps yoga's status 400 for JSON clients: `http.status` alone
 * keeps it here. (graphql-jit's errors have no extensions at all.)
 */
function withoutOriginal(error: GraphQLError): GraphQLError {
  if (error.extensions?.originalError === undefined) return error;
  const { originalError: _, http, ...extensions } = error.extensions as Record<string, unknown> & { http?: { status?: number } };
  const status = http?.status === undefined ? {} : { http: { status: http.status } };
  return rewritten(error, error.message, { ...extensions, ...status });
}

/**
 * graphql-jit words a variable that a scalar refused as `Variable "$d" got invalid value "…";
 * Expected type PartialDate.` and keeps the scalar's own error, which says why, only as its
 * originalError; graphql-js writes that reason in place of "Expected type …", and so does this.
 */
const JIT_REFUSED_VARIABLE = /Expected type \w+\.$/;
function withScalarReason(error: GraphQLError): GraphQLError {
  const reason = error.originalError;
  if (!isGraphQLError(reason) || reason === error || !JIT_REFUSED_VARIABLE.test(error.message)) return error;
  return rewritten(error, error.message.replace(JIT_REFUSED_VARIABLE, reason.message), reason.extensions);
}

/** The error a client receives in place of `error`, an error thrown while handling a request. */
export function maskError(error: unknown): GraphQLError {
  const original = isGraphQLError(error) ? error.originalError ?? error : error;
  // Our own errors, graphql-js's (syntax, validation, variables) and yoga's are meant for the client.
  if (isGraphQLError(original)) return withoutOriginal(withScalarReason(error as GraphQLError));
  const path = isGraphQLError(error) ? error.path : undefined;
  if (original instanceof Neo4jError && isTimeout(original)) {
    log.warn("request.timeout", { path, message: original.message });
    return new GraphQLError("The query took too long and was stopped; ask for less (smaller depth, limit or page).", { path, extensions: { code: "QUERY_TIMEOUT" } });
  }
  if (original instanceof Neo4jError && isUnavailable(original)) {
    log.error("request.database_unavailable", { path, message: original.message });
    return new GraphQLError("The database is unavailable; try again shortly.", { path, extensions: { code: "SERVICE_UNAVAILABLE" } });
  }
  const e = original as Error;
  log.error("request.error", { path, name: e?.name, message: e?.message, stack: e?.stack });
  return new GraphQLError("Unexpected error.", { path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
}
