/**
 * Every relationship list `x` has a field `xCount`: the length of the whole list, whatever page of
 * it is asked for, the same through the single query and through the loaders, and read in the
 * same round trip as the rest of the selection.
 */
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../src/api/schema.ts";
import type { Graph } from "../../src/graph/driver.ts";
import { ingest } from "../../src/ingest/pipeline.ts";
import { openSeededGraph, startTestApi, type TestApi } from "../support/api.ts";
import { item } from "../support/documents.ts";

let graph: Graph;
let api: TestApi;
let loaderApi: TestApi;
/** Ids of every node the seeds' meetings reach, by type. */
const idsByType = new Map<string, Set<string>>();

const schema = buildSchema();
/** Each object type's counted lists: `x` for every `xCount` beside a list `x`. */
const countedLists = new Map<string, string[]>();
for (const t of Object.values(schema.getTypeMap())) {
  // Node types; a directive's variants are checked with them (api-directive-variants.test.ts).
  if (!isObjectType(t) || t.name.startsWith("__") || !t.getInterfaces().some((i) => i.name === "Node")) continue;
  const fields = t.getFields();
  const counts = Object.keys(fields).filter((f) => f.endsWith("Count") && fields[f.slice(0, -5)]?.args.some((a) => a.name === "offset"));
  if (counts.length > 0) countedLists.set(t.name, counts);
}

const listsAndCounts = (type: string) => countedLists.get(type)!.map((c) => `${c.slice(0, -5)} { __typename } ${c}`).join(" ");

async function ask(through: TestApi, query: string, variables?: Record<string, unknown>) {
  const res = await through.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/**
 * Two namesakes in two provinces (possibly the same person), each chairing a meeting that carries
 * out both Directive 39 and Resolution 18: the seeds have neither, and the related documents are
 * then reached through two meetings, which a count must not count twice.
 */
const namesakes = ["Nghệ An", "Cà Mau"].map((province, i) =>
  item({
    source: `counts/${i}`,
    province,
    body: `Ngày ${3 + i}/6, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị quán triệt Chỉ thị số 39-CT/TW của Bộ Chính trị và Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng. Đồng chí Nguyễn Văn Hùng, Phó Bí thư Tỉnh ủy chủ trì hội nghị.`,
  }),
);

beforeAll(async () => {
  graph = await openSeededGraph();
  const report = await ingest(graph, namesakes);
  expect(report.failed).toHaveLength(0);
  // The walk below, over every meeting, costs more than the default limit allows.
  api = await startTestApi(graph, { MAX_QUERY_COST: "100000" });
  loaderApi = await startTestApi(graph, { MAX_QUERY_COST: "100000" }, { singleQuery: false });
  const data = await ask(api, `{ meetings(first: 100) { edges { node { __typename id organizer { __typename id }
    chairedBy { __typename id offices { office { __typename id } } } sources { __typename id persons { __typename id } }
    implements { __typename id issuedBy { __typename id } } } } } }`);
  const add = (type: string, id: string) => idsByType.set(type, (idsByType.get(type) ?? new Set()).add(id));
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    const { __typename, id } = value as { __typename?: string; id?: string };
    if (__typename && id) add(__typename, id);
    Object.values(value).forEach(visit);
  };
  visit(data);
  // A meeting's province field is its name: the province itself is reached through drawings.
  for (const id of idsByType.get("Meeting")!) {
    const { neighborhood } = await ask(api, `query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id kind } } }`, { id });
    for (const n of neighborhood.nodes as Array<{ id: string; kind: string }>) if (n.kind === "Province") add("Province", n.id);
  }
});

afterAll(async () => {
  await Promise.all([api?.close(), loaderApi?.close()]);
  await graph?.close();
});

describe("xCount beside every relationship list", () => {
  it("is declared for every list that pages, on eight node types", () => {
    expect([...countedLists.keys()].sort()).toEqual(["Directive", "Document", "Meeting", "Office", "Organization", "Person", "Province", "Resolution"]);
    expect([...countedLists.values()].flat()).toHaveLength(23);
  });

  it("is the whole list's length on every node the seeds reach, through the single query and the loaders", async () => {
    const nonZero = new Set<string>();
    for (const [type, counts] of countedLists) {
      const ids = [...(idsByType.get(type) ?? [])];
      expect(ids.length, type).toBeGreaterThan(0);
      for (const id of ids) {
        const query = `query($id: ID!) { node(id: $id) { ... on ${type} { ${listsAndCounts(type)} } } }`;
        const [single, loaders] = [await ask(api, query, { id }), await ask(loaderApi, query, { id })];
        expect(loaders).toEqual(single);
        for (const count of counts) {
          expect(single.node[count], `${type} ${id} ${count}`).toBe(single.node[count.slice(0, -5)].length);
          if (single.node[count] > 0) nonZero.add(`${type}.${count}`);
        }
      }
    }
    // Not a comparison of zeros: every count is positive somewhere.
    expect([...countedLists].flatMap(([t, cs]) => cs.map((c) => `${t}.${c}`)).filter((k) => !nonZero.has(k))).toEqual([]);
  });

  it("counts a neighbor reached through several paths once", async () => {
    const { directive } = await ask(api, `{ directive(key: "39-CT/TW") { relatedResolutions { key meetings { id } } relatedResolutionsCount } }`);
    const resolution18 = directive.relatedResolutions.find((r: { key: string }) => r.key === "18-NQ/TW");
    expect(resolution18.meetings.length).toBeGreaterThanOrEqual(2);
    expect(directive.relatedResolutionsCount).toBe(directive.relatedResolutions.length);
  });

  it("does not change with the page asked for, and comes in the same round trip", async () => {
    const thanh = (await ask(api, `{ search(text: "Nguyễn Đức Thanh", kinds: [PERSON], first: 1) { node { id } } }`)).search[0].node.id;
    const query = `query($id: ID!, $first: Int, $offset: Int) { person(id: $id) { name
      offices(first: $first, offset: $offset) { title } officesCount sources(first: $first, offset: $offset) { id } sourcesCount } }`;
    const whole = await ask(api, query, { id: thanh });
    expect(whole.person.officesCount).toBeGreaterThan(1);
    const before = graph.roundTrips;
    const page = await ask(api, query, { id: thanh, first: 1, offset: 1 });
    expect(graph.roundTrips - before).toBe(1);
    expect(page.person.offices).toEqual(whole.person.offices.slice(1, 2));
    expect([page.person.officesCount, page.person.sourcesCount]).toEqual([whole.person.officesCount, whole.person.sourcesCount]);
  });
});
