/**
 * Root lookups and meeting pages read every selected relationship field in ONE Cypher query: the
 * headline and a two-level traversal take exactly one round trip, and whatever the selection's
 * shape (aliases, fragments, interfaces, variables, @include/@skip) the answer is the same as the
 * loaders give, one batched query per level, when the single query is turned off.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEADLINE_QUERY } from "../../src/api/server.ts";
import type { Graph } from "../../src/graph/driver.ts";
import { openSeededGraph, startTestApi, type TestApi } from "../support/api.ts";

let graph: Graph;
let api: TestApi;
let loaderApi: TestApi;
let ids: { thanh: string; meeting: string; office: string; org: string; doc: string };

const TWO_LEVELS = `query($id: ID!) { person(id: $id) { name chaired { meeting { title date attendedBy { name } } } } }`;

/** Runs an operation on the API that shares the test's Graph, counting the round trips it made. */
async function run(query: string, variables?: Record<string, unknown>, through = api) {
  const before = graph.roundTrips;
  const res = await through.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { data: res.data!, trips: graph.roundTrips - before };
}

beforeAll(async () => {
  graph = await openSeededGraph();
  // Some comparisons nest deeper than the default limit.
  api = await startTestApi(graph, { MAX_QUERY_DEPTH: "12" });
  loaderApi = await startTestApi(graph, { MAX_QUERY_DEPTH: "12" }, { singleQuery: false });
  const { data } = await run(`{ directive(key: "39-CT/TW") { issuedBy { id } sources { id } meetings { id date
      chairedBy { id name offices { title office { id } } } } } }`);
  const meeting = data.directive.meetings.find((m: { date: string }) => m.date.endsWith("05-23"));
  const thanh = meeting.chairedBy.find((p: { name: string }) => p.name === "Nguyễn Đức Thanh");
  ids = {
    thanh: thanh.id,
    meeting: meeting.id,
    office: thanh.offices.find((o: { title: string }) => o.title === "Bí thư Tỉnh ủy").office.id,
    org: data.directive.issuedBy.id,
    doc: data.directive.sources[0].id,
  };
});

afterAll(async () => {
  await Promise.all([api?.close(), loaderApi?.close()]);
  await graph?.close();
});

describe("one round trip", () => {
  it("for the headline query, as GraphiQL sends it", async () => {
    const { data, trips } = await run(HEADLINE_QUERY);
    expect(trips).toBe(1);
    expect(data.directive.meetings.length).toBeGreaterThan(0);
    // The loaders need one per field kind and level: directive, meetings, chairs, attendees, offices.
    expect((await run(HEADLINE_QUERY, undefined, loaderApi)).trips).toBe(5);
  });

  it("for a two-level traversal: person → chaired meetings → attendees", async () => {
    const { data, trips } = await run(TWO_LEVELS, { id: ids.thanh });
    expect(trips).toBe(1);
    expect(data.person.chaired.some((c: { meeting: { attendedBy: unknown[] } }) => c.meeting.attendedBy.length > 0)).toBe(true);
  });

  it("for a page of meetings with nested fields, whatever its size", async () => {
    const page = `query($first: Int!) { meetings(first: $first) { totalCount edges { node { title chairedBy { name offices { title } } implements { key } } } } }`;
    expect((await run(page, { first: 2 })).trips).toBe(1);
    const all = await run(page, { first: 50 });
    expect(all.trips).toBe(1);
    expect(all.data.meetings.edges.length).toBeGreaterThan(2);
    // The loaders, which answer what the single query does not cover, stay free of N+1 too.
    expect((await run(page, { first: 50 }, loaderApi)).trips).toBe((await run(page, { first: 2 }, loaderApi)).trips);
  });

  it("with evidence, its documents and what they report", async () => {
    const query = `query($id: ID!) { person(id: $id) { offices { title evidence { sentence document { title meetings { title } } } }
      chaired { meeting { chairs { person { name } evidence { d1: document { title } d2: document { persons { name } } } } } } } }`;
    const { data, trips } = await run(query, { id: ids.thanh });
    expect(trips).toBe(1);
    expect(data.person.offices[0].evidence[0].document.meetings.length).toBeGreaterThan(0);
  });

  it("and a selection of properties only still goes through the loader, batched across root fields", async () => {
    const { trips } = await run(`query($a: ID!, $b: ID!) { a: person(id: $a) { name } b: node(id: $b) { id } c: person(id: $b) { id } }`, { a: ids.thanh, b: ids.doc });
    expect(trips).toBe(2); // one per label: Person, Document
  });
});

/** Operations whose answers must not depend on how they are read, with their variables. */
const SAME_ANSWERS: Array<[string, string, () => Record<string, unknown>]> = [
  ["headline", HEADLINE_QUERY, () => ({})],
  ["two levels", TWO_LEVELS, () => ({ id: ids.thanh })],
  [
    "aliases of one field with different selections, evidence with its documents",
    `query($id: ID!) { person(id: $id) { name
      a: offices { title office { id } }
      b: offices { firstSeen lastSeen former jurisdiction evidence { sentence start end document { title publishedAt } }
                   office { holders { firstSeen lastSeen former person { name } } } }
      chaired { m1: meeting { title } m2: meeting { date chairs { person { name } evidence { sentence } } } evidence { start } } } }`,
    () => ({ id: ids.thanh }),
  ],
  [
    "fragments, inline fragments on interfaces, node(id)",
    `query($id: ID!) { node(id: $id) { id ...P ... on Node { ... on Person { sources { title meetings { title } } } } } }
     fragment P on Person { name possiblySameAs { reason person { name } } attended { meeting { title } }
       chaired { meeting { ...M implements { key ... on Directive { relatedResolutions { key } } ... on Resolution { relatedDirectives { key } } ...Policy } } } }
     fragment M on Meeting { organizer { name meetings { title } } attendees { person { name } } }
     fragment Policy on PolicyDocument { issuedBy { name } meetings { date } }`,
    () => ({ id: ids.thanh }),
  ],
  ...[
    [true, false],
    [false, true],
  ].map(([chairs, noAttendees]): [string, string, () => Record<string, unknown>] => [
    `@include(if: ${chairs}) and @skip(if: ${noAttendees}) from variables`,
    `query($key: String!, $chairs: Boolean!, $noAttendees: Boolean!) { directive(key: $key) { key
      issuedBy { name issued { key ... on Directive { title } } }
      meetings { title chairedBy @include(if: $chairs) { name } attendedBy @skip(if: $noAttendees) { name }
        ... @include(if: $chairs) { organizer { name } } sources { title persons { name } } }
      relatedResolutions { key meetings { title } } } }`,
    () => ({ key: "39-ct/tư", chairs, noAttendees }),
  ]),
  [
    "a page whose edges are asked twice, under one key with different selections",
    `query($first: Int!) { meetings(first: $first) { totalCount
      e1: edges { cursor node { title x: chairedBy { name } chairs { person { name offices { title } } evidence { sentence } } } }
      e2: edges { n: node { x: chairedBy { offices { title } } y: attendees { person { name } } implements { key } } }
      pageInfo { hasNextPage endCursor } } }`,
    () => ({ first: 5 }),
  ],
  [
    "one key naming different fields in two aliases of the page's edges",
    `{ meetings(first: 4) { e1: edges { node { x: chairedBy { name } } } e2: edges { node { x: attendedBy { name } } } } }`,
    () => ({}),
  ],
  [
    "nested lists cut by first, two aliases with different cuts, an ordered list (holders) cut after ordering",
    `query($key: String!, $n: Int) { directive(key: $key) { key
      two: meetings(first: 2) { title chairedBy(first: 1) { name offices(first: $n) { title office { holders(first: 1) { firstSeen person { name } } } } } }
      all: meetings { title attendedBy(first: 3) { name } } sources(first: 1) { title } } }`,
    () => ({ key: "39-CT/TW", n: 1 }),
  ],
  [
    "nested lists paged by offset and first, an ordered list (holders) paged after ordering",
    `query($key: String!, $n: Int, $skip: Int, $org: ID!, $one: Int) { directive(key: $key) { key
      later: meetings(first: 2, offset: 1) { title chairedBy(offset: $skip) { name offices(first: $n, offset: 1) { title office { holders(first: 1, offset: 1) { firstSeen person { name } } } } } }
      rest: meetings(offset: 2) { title attendedBy(first: 2, offset: 1) { name } } sources(offset: 1, first: 1) { title } }
      organization(id: $org) { issued(first: 2, offset: $one) { key meetings(first: 1, offset: 1) { title } } } }`,
    () => ({ key: "39-CT/TW", n: 2, skip: 0, org: ids.org, one: 1 }),
  ],
  [
    "office holders over time",
    `query($id: ID!) { office(id: $id) { title holders { firstSeen lastSeen former person { name offices { title } } evidence { sentence } } } }`,
    () => ({ id: ids.office }),
  ],
  [
    "organization and document",
    `query($org: ID!, $doc: ID!) { organization(id: $org) { name issued { key meetings { title } } meetings { title } }
      document(id: $doc) { title meetings { title chairedBy { name } } persons { name possiblySameAs { person { name } } } } }`,
    () => ({ org: ids.org, doc: ids.doc }),
  ],
  [
    "meeting and resolution",
    `query($id: ID!) { meeting(id: $id) { title organizer { name } chairs { person { name } evidence { sentence document { title } } }
        attendees { person { name } } implements { key } sources { title } }
      resolution(key: "18-nq/tw") { key name relatedDirectives { key } meetings { title } } }`,
    () => ({ id: ids.meeting }),
  ],
];

describe("the single query answers exactly as the loaders do", () => {
  it.each(SAME_ANSWERS)("%s", async (_, query, variables) => {
    const single = await run(query, variables());
    const loaders = await run(query, variables(), loaderApi);
    expect(JSON.stringify(single.data)).toBe(JSON.stringify(loaders.data));
    expect(single.trips).toBeLessThanOrEqual(loaders.trips);
  });

  it("first keeps the start of the list as it is without it", async () => {
    const query = `query($doc: ID!) { document(id: $doc) { cut: persons(first: 1) { id } whole: persons { id } } }`;
    const { data } = await run(query, { doc: ids.doc });
    expect(data.document.whole.length).toBeGreaterThan(1);
    expect(data.document.cut).toEqual(data.document.whole.slice(0, 1));
  });

  it("offset and first page through the list as it is without them", async () => {
    const pages = [0, 1, 2, 3].map((offset) => `p${offset}: issued(first: 1, offset: ${offset}) { key }`).join(" ");
    const { data } = await run(`query($org: ID!) { organization(id: $org) { whole: issued { key } ${pages} } }`, { org: ids.org });
    const { whole, ...paged } = data.organization as Record<string, Array<{ key: string }>>;
    expect(whole!.length).toBeGreaterThanOrEqual(3);
    expect(Object.values(paged).flat()).toEqual(whole!.slice(0, 4));
    // Past the end: an empty page.
    const past = await run(`query($org: ID!) { organization(id: $org) { issued(offset: 1000) { key } } }`, { org: ids.org });
    expect(past.data.organization.issued).toEqual([]);
  });

  it("and the comparison is not empty: the selections find nested data", async () => {
    const { data } = await run(SAME_ANSWERS[3]![1], SAME_ANSWERS[3]![2]());
    expect(data.node.chaired.length).toBeGreaterThan(0);
    expect(data.node.chaired.some((c: { meeting: { implements: unknown[] } }) => c.meeting.implements.length > 0)).toBe(true);
  });
});
