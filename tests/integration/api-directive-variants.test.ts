/**
 * One number, two directives: the seeds' 39-CT/TW is the Politburo's 2014 directive on internal
 * political protection; heldout-56's reviews are of the Secretariat's 39-CT/TW of 30/10/2024 on
 * social-policy credit. `directive(key)` keeps gathering every meeting under the number (the
 * headline query), and `variants` tells the two apart by how each report cites it (a review of
 * "10 năm thực hiện" in 2024 dates the older one), with a report that does not say which kept
 * apart as ambiguous rather than guessed.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.ts";
import type { Graph } from "../../src/graph/driver.ts";
import { ingest } from "../../src/ingest/pipeline.ts";
import { openSeededGraph, startTestApi, type TestApi } from "../support/api.ts";

let graph: Graph;
let api: TestApi;

const HELDOUT = join(PROJECT_ROOT, "tests", "fixtures", "heldout-56");
// Cites the number alone: nothing says which of the two directives the meeting reviewed.
const BARE = `Huyện ủy Hòn Đất quán triệt Chỉ thị 39

Ngày 12/3/2025, Ban Thường vụ Huyện ủy Hòn Đất tổ chức hội nghị quán triệt Chỉ thị số 39-CT/TW. Đồng chí Lý Văn Sang, Bí thư Huyện ủy chủ trì hội nghị.
`;

// Gives neither day, subject nor issuer, but ten years carried out as of 2024: not the 2024
// directive; the only other one is the 2014 directive, which it dates.
const TEN_YEARS = `Huyện ủy Tân Phú tổng kết Chỉ thị 39

Ngày 4/6/2024, Ban Thường vụ Huyện ủy Tân Phú tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW. Đồng chí Hồ Văn Lợi, Bí thư Huyện ủy chủ trì hội nghị.
`;

beforeAll(async () => {
  graph = await openSeededGraph();
  const names = (await readdir(HELDOUT)).filter((f) => f.startsWith("z-aw-") && f.endsWith(".txt"));
  const items = await Promise.all(
    names.map(async (name) => {
      const file = join(HELDOUT, name);
      return { file, text: await readFile(file, "utf8"), meta: JSON.parse(await readFile(file.replace(/\.txt$/, ".meta.json"), "utf8")) };
    }),
  );
  items.push({ file: "hon-dat.txt", text: BARE, meta: { source: "variants test: bare citation", publishedAt: "2025-03-13", province: "An Giang" } });
  items.push({ file: "tan-phu.txt", text: TEN_YEARS, meta: { source: "variants test: ten years carried out", publishedAt: "2024-06-05", province: "Đồng Nai" } });
  const { failed } = await ingest(graph, items);
  expect(failed).toEqual([]);
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

const QUERY = `{
  directive(key: "39-CT/TW") {
    meetingsCount
    variants {
      issued issuedAbout issuer title ambiguous meetingsCount sourcesCount
      meetings { title chairs { person { name } } }
      sources { source }
    }
  }
}`;

describe("directive(key).variants", () => {
  it("tells the 2024 credit directive from the 2014 one, each with its own reviews", async () => {
    const res = await api.gql(QUERY);
    expect(res.errors).toBeUndefined();
    const { meetingsCount, variants } = res.data!.directive;
    expect(variants.map((v: { issuer: string | null; ambiguous: boolean }) => [v.issuer, v.ambiguous])).toEqual([
      ["Ban Bí thư", false],
      ["Bộ Chính trị", false],
      [null, true],
    ]);
    const [credit, protection, bare] = variants;
    expect(credit.issued).toBe("2024-10-30");
    expect(credit.title).toMatch(/tín dụng chính sách xã hội/);
    // All five reviews of heldout-56, also Cần Thơ's, which gives the subject but not the day.
    expect(credit.sourcesCount).toBe(5);
    expect(credit.sources.every((s: { source: string }) => s.source.includes("z-aw-"))).toBe(true);
    expect(credit.meetingsCount).toBe(5);
    expect(protection.issued).toBeNull();
    expect(protection.issuedAbout).toBe(2014);
    expect(protection.title).toMatch(/bảo vệ chính trị nội bộ/);
    expect(protection.sources).toEqual([{ source: "variants test: ten years carried out" }, { source: "provincial party newspaper (seed document)" }]);
    expect(protection.meetings.map((m: { title: string }) => m.title)).toEqual([expect.stringMatching(/Tân Phú|tổng kết/), expect.stringMatching(/Chỉ thị số 39-CT\/TW/)]);
    expect(bare.sources).toEqual([{ source: "variants test: bare citation" }]);
    expect(bare.meetings[0].chairs.map((c: { person: { name: string } }) => c.person.name)).toEqual(["Lý Văn Sang"]);
    for (const v of variants) expect([v.meetingsCount, v.sourcesCount]).toEqual([v.meetings.length, v.sources.length]);
    // Every meeting under the number is in exactly one variant.
    expect(credit.meetingsCount + protection.meetingsCount + bare.meetingsCount).toBe(meetingsCount);
  });

  it("reads every variant's meetings, their chairs and reports in a few round trips, however many there are", async () => {
    const before = graph.roundTrips;
    await api.gql(QUERY);
    // The directive; its variants; the variants' meetings and reports (one batch each); the
    // meetings' chairs; their persons. Nine meetings, three variants: not one read per meeting.
    expect(graph.roundTrips - before).toBeLessThanOrEqual(5);
  });

  it("pages a variant's meetings", async () => {
    const page = (offset: number) => api.gql(`{ directive(key: "39-CT/TW") { variants { meetings(first: 2, offset: ${offset}) { id } } } }`);
    const all = (await api.gql(`{ directive(key: "39-CT/TW") { variants { meetings { id } } } }`)).data!.directive.variants[0].meetings;
    const pages = await Promise.all([0, 2, 4].map(page));
    expect(pages.flatMap((p) => p.data!.directive.variants[0].meetings)).toEqual(all);
  });

  it("gives a provincial number the province whose reports cite it", async () => {
    const res = await api.gql(`{ resolution(key: "06-NQ/TU") { variants { province issuer title } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.resolution.variants).toEqual([{ province: "Bến Tre", issuer: null, title: expect.stringMatching(/Bến Tre/) }]);
  });

  it("gives a resolution its variants too", async () => {
    const res = await api.gql(`{ resolution(key: "33-NQ/TW") { variants { issued issuer title ambiguous sourcesCount } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.resolution.variants).toEqual([
      { issued: "2014-06-09", issuer: "Ban Chấp hành Trung ương Đảng", title: "về văn hóa, con người", ambiguous: false, sourcesCount: 1 },
    ]);
  });
});
