/**
 * Where things are, as a researcher follows links: one province node however the papers spell it,
 * one node for a national meeting that several provinces' papers report, and no office shared by
 * the secretaries of two districts that the texts do not name.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { ingest } from "../../src/ingest/pipeline.ts";
import { item } from "../support/documents.ts";
import { emptyGraph, openTestGraph } from "../support/graph.ts";

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  await ingest(graph, [
    item({
      source: "paper-kh/1", province: "Khánh Hoà",
      body: "Sáng 1/12, Bộ Chính trị tổ chức Hội nghị toàn quốc tổng kết Nghị quyết số 18-NQ/TW. Dự tại điểm cầu tỉnh có đồng chí Nguyễn Hải Ninh, Bí thư Tỉnh ủy.",
    }),
    item({
      source: "paper-db/1", province: "Điện Biên",
      body: "Sáng 1/12, Bộ Chính trị tổ chức Hội nghị toàn quốc tổng kết Nghị quyết số 18-NQ/TW. Dự tại điểm cầu tỉnh có đồng chí Trần Quốc Cường, Bí thư Tỉnh ủy.",
    }),
    item({
      source: "paper-db/2", province: "Điện Biên",
      body: "Sáng 5/6, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết Chỉ thị số 35-CT/TW. Đồng chí Lò Văn Thắng, Bí thư Huyện ủy chủ trì hội nghị.",
    }),
    item({
      source: "paper-db/3", province: "Điện Biên",
      body: "Sáng 9/7, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW. Đồng chí Lò Văn Hòa, Bí thư Huyện ủy chủ trì hội nghị.",
    }),
    item({
      source: "paper-kh/2", province: "Khánh Hòa",
      body: "Sáng 3/3, Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW. Đồng chí Nguyễn Hải Ninh, Bí thư Tỉnh ủy chủ trì hội nghị.",
    }),
  ]);
});
afterAll(async () => graph?.close());

describe("places and levels in the graph", () => {
  it("writes one province however the sidecars spell it, and keeps one official there", async () => {
    const provinces = (await graph.read("MATCH (d:Document) RETURN DISTINCT d.province AS p ORDER BY p")).records.map((r) => r.get("p"));
    expect(provinces).toEqual(["Khánh Hòa", "Điện Biên"]);
    const ninh = await graph.read("MATCH (p:Person {name: 'Nguyễn Hải Ninh'}) RETURN p.scope AS scope");
    expect(ninh.records.map((r) => r.get("scope"))).toEqual(["Khánh Hòa"]);
  });

  it("makes a national meeting reported by two provinces' papers one node, in no province", async () => {
    const r = await graph.read(
      "MATCH (m:Meeting)-[:IMPLEMENTS_FACT]->(:Resolution {key: '18-NQ/TW'}) RETURN m.province AS province, COUNT { (m)<-[:ATTENDED_FACT]-() } AS attendees, COUNT { (m)<-[:MENTIONS]-(:Document) } AS reports",
    );
    expect(r.records.map((x) => x.toObject())).toEqual([{ province: null, attendees: 2, reports: 2 }]);
  });

  it("does not join two districts' secretaries through an office the texts do not place", async () => {
    const offices = await graph.read(
      "MATCH (p:Person)-[:HOLDS_FACT]->(o:Office {title: 'Bí thư Huyện ủy'}) RETURN p.name AS name, o.id AS office, o.jurisdiction AS jurisdiction ORDER BY name",
    );
    const rows = offices.records.map((x) => x.toObject());
    expect(rows.map((x) => [x.name, x.jurisdiction])).toEqual([["Lò Văn Hòa", "Điện Biên"], ["Lò Văn Thắng", "Điện Biên"]]);
    expect(rows[0]!.office).not.toBe(rows[1]!.office);
    const shared = await graph.read("MATCH (:Person {name: 'Lò Văn Thắng'})-[:HOLDS_FACT]->(o:Office)<-[:HOLDS_FACT]-(:Person {name: 'Lò Văn Hòa'}) RETURN count(o) AS n");
    expect(Number(shared.records[0]!.get("n"))).toBe(0);
  });
});
