/** The benchmark's questions are valid GraphQL for the two servers they are asked of (no Neo4j needed). */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { describe, expect, it } from "vitest";
import { OURS, PEER } from "../../bench/questions.ts";
import { PEER_TYPE_DEFS } from "../../bench/peer/type-defs.ts";
import { PROJECT_ROOT } from "../../src/config.ts";

// The library (CommonJS) builds its schema with graphql's CommonJS build, and Vite would give this
// file the ES module build: a schema from one is not a schema to the other. Node gives both CommonJS.
const { buildSchema, parse, validate } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

describe("benchmark questions", () => {
  it("our five queries validate against schema.graphql", () => {
    const schema = buildSchema(readFileSync(join(PROJECT_ROOT, "schema.graphql"), "utf8"));
    for (const [name, query] of Object.entries(OURS)) expect(validate(schema, parse(query)).map((e) => e.message), name).toEqual([]);
  });

  it("the peer's type definitions build a schema that validates its five queries", async () => {
    const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS }).getSchema();
    for (const [name, query] of Object.entries(PEER)) expect(validate(schema, parse(query)).map((e) => e.message), name).toEqual([]);
  });

  it("asks the peer the same five questions as our API", () => {
    expect(Object.keys(PEER)).toEqual(Object.keys(OURS));
  });
});
