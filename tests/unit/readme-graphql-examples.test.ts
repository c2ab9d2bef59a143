/**
 * Docs that work: every GraphQL operation in the README (its ```graphql blocks, one operation per
 * top-level brace group, and the curl example's query) parses and validates against schema.graphql.
 * tests/integration/readme-graphql-examples.test.ts runs them on the seeds.
 */
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema } from "../../src/api/schema.ts";
import { operationName, readmeBlocks, readmeOperations } from "../support/readme.ts";

describe("README GraphQL examples", () => {
  it("are found", () => {
    expect(readmeBlocks.length).toBeGreaterThanOrEqual(2);
    expect(readmeOperations.length).toBeGreaterThanOrEqual(8);
  });

  const schema = buildSchema();
  it.each(readmeOperations.map((op) => [operationName(op), op]))("%s", (_name, op) => {
    expect(validate(schema, parse(op)).map((e) => e.message)).toEqual([]);
  });
});
