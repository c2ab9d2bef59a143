/**
 * No N+1: a nested query over many meetings costs a number of Cypher round trips set by its
 * depth, the same for 10 meetings as for 40, because every field kind at every level is one
 * batched query.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { ingest } from "../../src/ingest/pipeline.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { reviewMeeting } from "../support/documents.ts";
import { emptyGraph, openTestGraph } from "../support/graph.ts";

const CHAIRS = ["Trần Văn Nam", "Lê Thị Bắc", "Phạm Quốc Đông", "Võ Minh Tây", "Đỗ Hữu Trung"];

/** `count` meetings on distinct days, each with a chair holding an office and an attendee. */
const meetings = (count: number, from = 0) =>
  Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return reviewMeeting({
      source: `paper/n1/${i}`,
      province: "Ninh Thuận",
      publishedAt: `2024-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      day: `${(i % 28) + 1}/${(i % 12) + 1}/${2000 + Math.floor(i / 12)}`,
      chair: CHAIRS[i % CHAIRS.length]!,
      office: "Bí thư Tỉnh ủy",
      attendee: "Phạm Văn Hậu",
    });
  });

const NESTED = `query Nested($first: Int) {
  meetings(first: $first) {
    totalCount
    edges { node {
      title date
      implements { key }
      attendedBy { name }
      chairedBy { name offices { title firstSeen office { holders { lastSeen person { name } evidence { sentence document { title } } } } } }
    } }
  }
}`;

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  // The nested query is 11 levels deep: allowed here, the default limit is lower.
  api = await startTestApi(graph, { MAX_QUERY_DEPTH: "12" });
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

/** Round trips the server made for one request (the test and the server share the Graph). */
async function roundTrips(first: number): Promise<{ trips: number; meetings: number }> {
  const before = graph.roundTrips;
  const res = await api.gql(NESTED, { first });
  expect(res.errors).toBeUndefined();
  const edges = res.data!.meetings.edges;
  // The answer really is nested: every meeting has its chair, offices and their holders.
  for (const e of edges) expect(e.node.chairedBy[0].offices[0].office.holders.length).toBeGreaterThan(0);
  return { trips: graph.roundTrips - before, meetings: edges.length };
}

describe("round trips of a nested query", () => {
  it("are bounded by the query's depth, the same for 10 and 40 meetings", async () => {
    await ingest(graph, meetings(10));
    const ten = await roundTrips(100);
    expect(ten.meetings).toBe(10);

    await ingest(graph, meetings(30, 10));
    const forty = await roundTrips(100);
    expect(forty.meetings).toBe(40);

    // meetings, implements, attendees, chairs, offices, holders, documents of the evidence.
    expect(ten.trips).toBeLessThanOrEqual(7);
    expect(forty.trips).toBe(ten.trips);
  });
});
