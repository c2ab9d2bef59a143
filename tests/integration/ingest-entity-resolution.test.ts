/** Across documents: one node for the same official, two for namesakes in different provinces. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { ingest } from "../../src/ingest/pipeline.ts";
import { reviewMeeting } from "../support/documents.ts";
import { emptyGraph, openTestGraph } from "../support/graph.ts";

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => graph?.close());

const personsNamed = async (name: string) =>
  (await graph.read("MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id, p.scope AS scope ORDER BY p.scope", { name })).records.map((r) => r.toObject());

describe("entity resolution across documents", () => {
  it("merges the same official named by two papers of one province, NFD and old tone marks included", async () => {
    await emptyGraph(graph);
    await ingest(graph, [
      reviewMeeting({ source: "paper-a/1", province: "Ninh Thuận", day: "23/5", chair: "Nguyễn Đức Thanh", office: "Bí thư Tỉnh ủy" }),
      reviewMeeting({ source: "paper-b/7", province: "Ninh Thuận", day: "12/6", chair: "Nguyễn Đức Thanh".normalize("NFD"), office: "Bí thư Tỉnh uỷ" }),
    ]);
    const persons = await personsNamed("Nguyễn Đức Thanh");
    expect(persons).toHaveLength(1);
    const sources = await graph.read(
      "MATCH (p:Person {name: $name})<-[:MENTIONS]-(d:Document) RETURN count(DISTINCT d) AS docs",
      { name: "Nguyễn Đức Thanh" },
    );
    expect(sources.records[0]!.get("docs")).toBe(2);
    const chaired = await graph.read("MATCH (:Person {name: $name})-[:CHAIRED]->(m:Meeting) RETURN count(DISTINCT m) AS n", { name: "Nguyễn Đức Thanh" });
    expect(chaired.records[0]!.get("n")).toBe(2);
    const offices = await graph.read("MATCH (:Person {name: $name})-[h:HOLDS]->(o:Office) RETURN count(DISTINCT o) AS offices, count(h) AS edges", { name: "Nguyễn Đức Thanh" });
    expect(offices.records[0]!.toObject()).toEqual({ offices: 1, edges: 2 });
  });

  it("keeps namesakes in different provinces apart, linked as possibly the same", async () => {
    await emptyGraph(graph);
    await ingest(graph, [
      reviewMeeting({ source: "paper-a/2", province: "Nghệ An", day: "3/4", chair: "Nguyễn Văn Hùng", office: "Phó Chủ tịch UBND tỉnh" }),
      reviewMeeting({ source: "paper-c/9", province: "Cà Mau", day: "8/4", chair: "Nguyễn Văn Hùng", office: "Phó Chủ tịch UBND tỉnh" }),
    ]);
    const persons = await personsNamed("Nguyễn Văn Hùng");
    expect(persons.map((p) => p.scope)).toEqual(["Cà Mau", "Nghệ An"]);
    const link = await graph.read("MATCH (:Person)-[r:POSSIBLY_SAME_AS]->(:Person) RETURN r.reason AS reason");
    expect(link.records).toHaveLength(1);
    expect(link.records[0]!.get("reason")).toMatch(/Nghệ An/);
    const offices = await graph.read("MATCH (o:Office) WHERE o.title STARTS WITH 'Phó Chủ tịch' RETURN o.jurisdiction AS j ORDER BY j");
    expect(offices.records.map((r) => r.get("j"))).toEqual(["Cà Mau", "Nghệ An"]);
  });

  it("keeps one node for a national leader reported by papers of different provinces", async () => {
    await emptyGraph(graph);
    await ingest(graph, [
      reviewMeeting({ source: "paper-a/3", province: "Thanh Hóa", day: "11/11", chair: "Phạm Minh Chính", office: "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ" }),
      reviewMeeting({ source: "paper-d/4", province: "Bình Định", day: "2/12", chair: "Phạm Minh Chính", office: "Thủ tướng Chính phủ" }),
    ]);
    const persons = await personsNamed("Phạm Minh Chính");
    expect(persons).toEqual([{ id: expect.any(String), scope: "Trung ương" }]);
  });

  it("reports the same meeting from two papers as one meeting with two sources", async () => {
    await emptyGraph(graph);
    await ingest(graph, [
      reviewMeeting({ source: "paper-a/5", province: "Ninh Thuận", day: "23/5", chair: "Nguyễn Đức Thanh", office: "Bí thư Tỉnh ủy" }),
      reviewMeeting({ source: "paper-b/5", province: "Ninh Thuận", day: "23/5", chair: "Nguyễn Đức Thanh", office: "Bí thư Tỉnh ủy", attendee: "Phạm Văn Hậu" }),
    ]);
    const meetings = await graph.read("MATCH (m:Meeting)<-[:MENTIONS]-(d:Document) RETURN m.id AS id, count(d) AS sources");
    expect(meetings.records.map((r) => r.get("sources"))).toEqual([2]);
  });
});
