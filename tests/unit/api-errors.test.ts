/** What clients see of failures: their own errors as they are, anything else masked and classified. */
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { badInput, maskError } from "../../src/api/errors.ts";
import { setLogLevel } from "../../src/log.ts";

setLogLevel("silent");

const located = (original: Error) => new GraphQLError(original.message, { path: ["field"], originalError: original });

describe("maskError", () => {
  it("passes the API's own errors and graphql-js's through", () => {
    const mine = located(badInput("first must be between 1 and 10, got 11", "first"));
    expect(maskError(mine)).toBe(mine);
    const syntax = new GraphQLError("Syntax Error: Unexpected Name");
    expect(maskError(syntax)).toBe(syntax);
  });

  it("leaves out the exception yoga attaches to a request it could not read", () => {
    const e = maskError(new GraphQLError("POST body sent invalid JSON.", { extensions: { http: { status: 400, spec: true }, code: "BAD_REQUEST", originalError: { name: "SyntaxError", message: "Unexpected token n in JSON" } } }));
    expect(e.message).toBe("POST body sent invalid JSON.");
    expect(e.extensions).toEqual({ http: { status: 400 }, code: "BAD_REQUEST" });
  });

  it("gives the reason a scalar refused a variable, which graphql-jit leaves out of its message", () => {
    const reason = badInput('"2024-02-31" is not a day of the calendar: 2024-02 has 29 days');
    const e = maskError(new GraphQLError('Variable "$d" got invalid value "2024-02-31"; Expected type PartialDate.', { originalError: reason }));
    expect(e.message).toBe('Variable "$d" got invalid value "2024-02-31"; "2024-02-31" is not a day of the calendar: 2024-02 has 29 days');
    expect(e.extensions).toEqual({ code: "BAD_USER_INPUT" });
  });

  it("says a query timed out, without the driver's words", () => {
    const e = maskError(located(new Neo4jError("The transaction has been terminated ... MATCH (n)", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "25N06", "timed out")));
    expect(e.extensions.code).toBe("QUERY_TIMEOUT");
    expect(e.message).not.toMatch(/MATCH|terminated/);
  });

  it("says the database is unavailable, without its address", () => {
    const e = maskError(located(new Neo4jError("Failed to connect to server 127.0.0.1:7687", "ServiceUnavailable", "08000", "unavailable")));
    expect(e.extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(e.message).not.toMatch(/127\.0\.0\.1|7687/);
  });

  it("replaces anything else by a generic error", () => {
    const e = maskError(located(new TypeError("Cannot read properties of undefined (reading 'id') at MATCH (n:Person)")));
    expect(e.message).toBe("Unexpected error.");
    expect(e.extensions.code).toBe("INTERNAL_SERVER_ERROR");
    expect(e.path).toEqual(["field"]);
  });
});
