/**
 * Ingestion over HTTP: refused without a configured token or with a wrong one; with the right
 * token the document lands and is queryable; the same text twice is `unchanged`, a new text for
 * the same source `replaced`; bad input is refused with a clear message.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { startTestApi, type TestApi } from "../support/api.ts";
import { emptyGraph, openTestGraph } from "../support/graph.ts";

const TOKEN = "test-ingest-token-0123456789";
const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { status facts persons meetings document { id title source publishedAt province } }
}`;
const TEXT =
  "Hội nghị tổng kết Chỉ thị 39\n\nNgày 23/5/2024, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị. " +
  "Đồng chí Nguyễn Đức Thanh, Bí thư Tỉnh ủy chủ trì hội nghị. Cùng dự có đồng chí Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy.\n";
const input = { text: TEXT, source: "https://example.org/mutation-test", title: "Tổng kết Chỉ thị 39", publishedAt: "2024-05-24", province: "Ninh Thuận" };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let graph: Graph;
let open: TestApi;
let closed: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  await emptyGraph(graph);
  open = await startTestApi(graph, { INGEST_TOKEN: TOKEN });
  closed = await startTestApi(graph, { INGEST_TOKEN: "" });
});

afterAll(async () => {
  await open?.close();
  await closed?.close();
  await graph?.close();
});

const documents = async () => (await graph.read("MATCH (d:Document) RETURN count(d) AS n")).records[0]!.get("n");

describe("ingestDocument", () => {
  it("is refused when the server has no INGEST_TOKEN", async () => {
    const res = await closed.gql(INGEST, { input }, bearer(TOKEN));
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(res.errors?.[0]?.message).toMatch(/INGEST_TOKEN is not configured/);
    expect(await documents()).toBe(0);
  });

  it("is refused without a token and with a wrong one", async () => {
    for (const headers of [{}, bearer("wrong-token-0123456789"), bearer(TOKEN.slice(0, -1)), { authorization: TOKEN }, bearer(`${TOKEN}x`)]) {
      const res = await open.gql(INGEST, { input }, headers);
      expect(res.errors?.[0], JSON.stringify(headers)).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    }
    expect(await documents()).toBe(0);
  });

  it("with the right token, the document lands and is queryable; twice is unchanged; a new text replaces it", async () => {
    const first = await open.gql(INGEST, { input }, bearer(TOKEN));
    expect(first.errors).toBeUndefined();
    const result = first.data!.ingestDocument;
    expect(result).toMatchObject({ status: "added", document: { title: input.title, source: input.source, publishedAt: "2024-05-24", province: "Ninh Thuận" } });
    expect(result.facts).toBeGreaterThan(0);
    expect(result.persons).toBe(2);
    expect(result.meetings).toBe(1);

    const read = await open.gql(`{ directive(key: "39-CT/TW") { meetings { chairedBy { name } attendedBy { name } sources { id } } } }`);
    expect(read.data!.directive.meetings[0]).toMatchObject({ chairedBy: [{ name: "Nguyễn Đức Thanh" }], attendedBy: [{ name: "Phạm Văn Hậu" }], sources: [{ id: result.document.id }] });

    const again = await open.gql(INGEST, { input }, bearer(TOKEN));
    expect(again.data!.ingestDocument).toMatchObject({ status: "unchanged", facts: result.facts, persons: 2, meetings: 1 });
    // The facts are those the graph holds with the document's sentences.
    const stored = await graph.read("MATCH ()-[r]->() WHERE r.doc = $id AND r.sentence IS NOT NULL AND type(r) <> 'MENTIONS' RETURN count(r) AS n", { id: result.document.id });
    expect(result.facts).toBe(stored.records[0]!.get("n"));

    const edited = await open.gql(INGEST, { input: { ...input, text: TEXT.replace("Phạm Văn Hậu", "Lê Văn Bình") } }, bearer(TOKEN));
    expect(edited.data!.ingestDocument.status).toBe("replaced");
    expect(await documents()).toBe(1);
    const after = await open.gql(`{ directive(key: "39-CT/TW") { meetings { attendedBy { name } } } }`);
    expect(after.data!.directive.meetings[0].attendedBy).toEqual([{ name: "Lê Văn Bình" }]);
  });

  it("refuses bad input with clear messages", async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ text: "   " }, /input\.text must not be empty/],
      [{ text: "x".repeat(2 * 1024 * 1024 + 1) }, /input\.text must be at most 2097152 bytes/],
      // Refused as `kg ingest` refuses such a file.
      [{ text: `${TEXT}\u0000\u0000` }, /^input\.text: binary file \(contains NUL bytes\), expected UTF-8 text$/],
      [{ source: "" }, /input\.source must not be empty/],
      [{ publishedAt: "2024-5-1" }, /PartialDate/],
      [{ publishedAt: "2024-13-45" }, /PartialDate/],
      [{ publishedAt: "2024-02-31" }, /got invalid value "2024-02-31"; "2024-02-31" is not a day of the calendar: 2024-02 has 29 days$/],
      [{ publishedAt: "2023-02-29" }, /is not a day of the calendar: 2023-02 has 28 days/],
      [{ publishedAt: "--05-01" }, /input\.publishedAt must be YYYY-MM-DD/],
    ];
    for (const [change, message] of cases) {
      const res = await open.gql(INGEST, { input: { ...input, ...change } }, bearer(TOKEN));
      expect(res.errors?.[0]?.message, JSON.stringify(change).slice(0, 60)).toMatch(message);
    }
    expect(await documents()).toBe(1);
  });

  it("refuses a day that is not on the calendar written in the operation too", async () => {
    const res = await open.gql(`mutation { ingestDocument(input: { text: "Hội nghị", source: "x", publishedAt: "2024-02-31" }) { status } }`, {}, bearer(TOKEN));
    expect(res.errors?.[0]).toMatchObject({ message: '"2024-02-31" is not a day of the calendar: 2024-02 has 29 days', extensions: { code: "BAD_USER_INPUT" } });
    expect(await documents()).toBe(1);
  });
});
