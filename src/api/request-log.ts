/**
 * One log line per request, whichever path served it: debug normally; warn for server-side errors
 * and slow requests. A client's own mistakes are answered clearly and logged at debug only.
 */
import { log } from "../log.ts";

const SLOW_REQUEST_MS = 1000;
const CLIENT_ERRORS = new Set(["BAD_USER_INPUT", "BAD_REQUEST", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "OPERATION_RESOLUTION_FAILURE"]);

export interface RequestOutcome {
  operation: string | null;
  ms: number;
  roundTrips: number;
  errors?: ReadonlyArray<{ message: string; extensions?: { [key: string]: unknown } }>;
}

export function logRequest({ operation, ms, roundTrips, errors }: RequestOutcome): void {
  const fields = {
    operation,
    ms: Math.round(ms),
    roundTrips,
    errors: errors?.map((e) => String(e.extensions?.code ?? e.message)),
  };
  const serverErrors = fields.errors?.filter((code) => !CLIENT_ERRORS.has(code)) ?? [];
  if (serverErrors.length > 0) log.warn("request.errors", fields);
  else if (fields.ms >= SLOW_REQUEST_MS) log.warn("request.slow", fields);
  else log.debug("request", fields);
}
