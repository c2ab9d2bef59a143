/**
 * A new user's first tries: every GraphQL operation in the README, run on the seeds (what
 * `npm start` serves), answers without errors and with something in every field it asks for.
 * `per_…` stands for a person's id, which the README's search example gives.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { openSeededGraph, startTestApi, type TestApi } from "../support/api.ts";
import { operationName, readmeOperations } from "../support/readme.ts";

let graph: Graph;
let api: TestApi;
let person: string;

beforeAll(async () => {
  graph = await openSeededGraph();
  api = await startTestApi(graph);
  const found = await api.gql(`{ search(text: "nguyen duc thanh", kinds: [PERSON], first: 1) { node { id } } }`);
  person = found.data!.search[0].node.id;
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

/** Something to show: a non-empty list, a true or non-zero value, an object with any of those. */
const hasContent = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > 0 : v !== null && typeof v === "object" ? Object.values(v).some(hasContent) : v != null && v !== false && v !== 0 && v !== "";

describe("README GraphQL examples on the seeds", () => {
  it.each(readmeOperations.map((op) => [operationName(op), op]))("%s", async (_name, op) => {
    const res = await api.gql(op.replaceAll("per_…", person));
    expect(res.errors).toBeUndefined();
    for (const [field, value] of Object.entries(res.data!)) expect(hasContent(value), `${field}: ${JSON.stringify(value)}`).toBe(true);
  });
});
