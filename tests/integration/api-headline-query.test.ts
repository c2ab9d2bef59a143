/**
 * The question the API exists for, exactly as written, over HTTP with the seeds ingested:
 * the meeting of 23 May on Directive 39, chaired by Nguyễn Đức Thanh, attended by Phạm Văn Hậu.
 * GraphiQL serves it as its default query.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEADLINE_QUERY } from "../../src/api/server.ts";
import type { Graph } from "../../src/graph/driver.ts";
import { openSeededGraph, startTestApi, type TestApi } from "../support/api.ts";

const HEADLINE = `{ directive(key: "39-CT/TW") { key issuer meetings { title date chairedBy { name offices { title } } attendedBy { name } } } }`;

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await openSeededGraph();
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe("the headline query", () => {
  it("returns the 23 May meeting on 39-CT/TW, chaired by Nguyễn Đức Thanh with Phạm Văn Hậu attending", async () => {
    const res = await api.gql(HEADLINE);
    expect(res.errors).toBeUndefined();
    const directive = res.data!.directive;
    expect(directive.key).toBe("39-CT/TW");
    expect(directive.issuer).toBe("Bộ Chính trị");
    const meeting = directive.meetings.find((m: { date: string }) => m.date.endsWith("05-23"));
    expect(meeting).toBeDefined();
    expect(meeting.chairedBy.map((p: { name: string }) => p.name)).toContain("Nguyễn Đức Thanh");
    const chair = meeting.chairedBy.find((p: { name: string }) => p.name === "Nguyễn Đức Thanh");
    expect(chair.offices.map((o: { title: string }) => o.title)).toContain("Bí thư Tỉnh ủy");
    expect(meeting.attendedBy.map((p: { name: string }) => p.name)).toContain("Phạm Văn Hậu");
    expect(meeting.attendedBy.map((p: { name: string }) => p.name)).not.toContain("Nguyễn Đức Thanh");
  });

  it("accepts the key however it is typed", async () => {
    for (const key of ["39-ct/tw", " 39 - CT / TƯ ", "39-CT/T.Ư", "39‐CT/TW"]) {
      const res = await api.gql(`query($k: String!) { directive(key: $k) { key } }`, { k: key });
      expect(res.data?.directive?.key, key).toBe("39-CT/TW");
    }
  });

  it("is GraphiQL's default query", async () => {
    const res = await fetch(api.url, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("GraphiQL");
    expect(html).toContain(JSON.stringify(HEADLINE_QUERY).slice(1, 40));
    // The page carries GraphiQL itself: no script or stylesheet from a CDN, so it works offline.
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']?https?:/i);
    const headline = await api.gql(HEADLINE_QUERY);
    expect(headline.data).toEqual((await api.gql(HEADLINE)).data);
  });
});
