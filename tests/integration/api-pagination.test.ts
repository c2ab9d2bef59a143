/** The meeting list: cursor pages cover every meeting once, in date order, with the right total; filters narrow it. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { ingest } from "../../src/ingest/pipeline.ts";
import { startTestApi, type GqlResponse, type TestApi } from "../support/api.ts";
import { reviewMeeting } from "../support/documents.ts";
import { emptyGraph, openTestGraph } from "../support/graph.ts";

const COUNT = 23;
const PROVINCES = ["Ninh Thuận", "Bến Tre"];

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  // Several meetings share a day, so the order must fall back on the id.
  const docs = Array.from({ length: COUNT }, (_, i) =>
    reviewMeeting({ source: `paper/page/${i}`, province: PROVINCES[i % 2]!, day: `${(i % 9) + 1}/5/2024`, chair: "Trần Văn Nam", office: "Bí thư Tỉnh ủy" }),
  );
  const report = await ingest(graph, docs);
  expect(report.failed).toEqual([]);
  api = await startTestApi(graph, { MAX_PAGE_SIZE: "10" });
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

const PAGE = `query($first: Int, $after: String, $filter: MeetingFilter) {
  meetings(first: $first, after: $after, filter: $filter) { totalCount edges { cursor node { id date } } pageInfo { hasNextPage endCursor } }
}`;

async function walk(first: number, filter?: Record<string, unknown>) {
  const seen: Array<{ id: string; date: string }> = [];
  let after: string | null = null;
  let total = -1;
  for (let pages = 0; pages < 50; pages++) {
    const res: GqlResponse = await api.gql(PAGE, { first, after, filter });
    expect(res.errors).toBeUndefined();
    const m: { totalCount: number; edges: Array<{ node: { id: string; date: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } = res.data!.meetings;
    total = m.totalCount;
    seen.push(...m.edges.map((e) => e.node));
    if (!m.pageInfo.hasNextPage) break;
    after = m.pageInfo.endCursor;
  }
  return { seen, total };
}

describe("meetings pagination", () => {
  it("pages cover every meeting exactly once, newest first, and totalCount is right", async () => {
    const all = await walk(10);
    const { seen } = await walk(4);
    expect(all.total).toBe(all.seen.length);
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
    expect(seen).toEqual(all.seen);
    const order = [...seen].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
    expect(seen).toEqual(order);
  });

  it("filters by province, date range and implemented document, with their own totals", async () => {
    const all = await walk(10);
    const ninh = await walk(3, { province: "Ninh Thuận" });
    expect(ninh.total).toBe(ninh.seen.length);
    expect(ninh.total).toBeGreaterThan(0);
    expect(ninh.total).toBeLessThan(all.total);
    // Case and diacritics aside, as in search.
    for (const typed of ["ninh thuan", "NINH THUẬN", " Ninh  Thuan ", "Ninh Thuận".normalize("NFD")]) expect((await walk(10, { province: typed })).seen, typed).toEqual(ninh.seen);
    expect((await walk(10, { province: "ninh" })).total).toBe(0);
    const range = await walk(10, { from: "2024-05-03", to: "2024-05-05" });
    expect(range.seen.every((m) => m.date >= "2024-05-03" && m.date <= "2024-05-05")).toBe(true);
    expect(range.total).toBe(all.seen.filter((m) => m.date >= "2024-05-03" && m.date <= "2024-05-05").length);
    const month = await walk(10, { from: "2024-05", to: "2024-05" });
    expect(month.total).toBe(all.total);
    const implementing = await walk(10, { implements: "39-ct/tư" });
    expect(implementing.total).toBe(all.total);
    expect((await walk(10, { implements: "1-CT/XX" })).total).toBe(0);
  });

  it("first = 0 gives the total only; a foreign cursor and a first above the maximum are refused clearly", async () => {
    const zero = await api.gql(PAGE, { first: 0 });
    expect(zero.data!.meetings.edges).toEqual([]);
    expect(zero.data!.meetings.totalCount).toBeGreaterThan(0);
    const cursor = await api.gql(PAGE, { first: 2, after: "not-a-cursor" });
    expect(cursor.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(cursor.errors?.[0]?.message).toMatch(/cursor/);
    const big = await api.gql(PAGE, { first: 11 });
    expect(big.errors?.[0]).toMatchObject({ message: "first must be between 0 and 10, got 11", extensions: { code: "BAD_USER_INPUT" } });
    const noYear = await api.gql(PAGE, { first: 2, filter: { from: "--05-01" } });
    expect(noYear.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
  });
});
