/** Every root query over HTTP with the seeds ingested: lookups, node(id), search, drawings, stats. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/driver.ts";
import { applySchema } from "../../src/graph/schema.ts";
import { openSeededGraph, startTestApi, type TestApi } from "../support/api.ts";

let graph: Graph;
let api: TestApi;
/** Ids of the headline's nodes, found through the API itself. */
let ids: { thanh: string; hau: string; meeting: string; office: string; org: string; doc: string };

const data = async (query: string, variables?: Record<string, unknown>) => {
  const res = await api.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
};

beforeAll(async () => {
  graph = await openSeededGraph();
  api = await startTestApi(graph);
  const d = await data(`{ directive(key: "39-CT/TW") { id issuedBy { id } sources { id } meetings { id date
      chairedBy { id name offices { title office { id } } } attendedBy { id name } } } }`);
  const meeting = d.directive.meetings.find((m: { date: string }) => m.date.endsWith("05-23"));
  const thanh = meeting.chairedBy.find((p: { name: string }) => p.name === "Nguyễn Đức Thanh");
  ids = {
    thanh: thanh.id,
    hau: meeting.attendedBy.find((p: { name: string }) => p.name === "Phạm Văn Hậu").id,
    meeting: meeting.id,
    office: thanh.offices.find((o: { title: string }) => o.title === "Bí thư Tỉnh ủy").office.id,
    org: d.directive.issuedBy.id,
    doc: d.directive.sources[0].id,
  };
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe("lookups by id", () => {
  it("person: offices with evidence, meetings chaired, sources", async () => {
    const { person } = await data(`query($id: ID!) { person(id: $id) { id name
      offices { title former firstSeen lastSeen office { id } evidence { sentence start end document { id } } }
      chaired { meeting { id } evidence { sentence } } attended { meeting { id } } possiblySameAs { person { id } reason } sources { id } } }`, { id: ids.thanh });
    expect(person.name).toBe("Nguyễn Đức Thanh");
    expect(person.offices.map((o: { title: string }) => o.title)).toContain("Bí thư Tỉnh ủy");
    const evidence = person.offices[0].evidence[0];
    expect(evidence.sentence).toContain("Nguyễn Đức Thanh");
    expect(evidence.end).toBeGreaterThan(evidence.start);
    expect(evidence.document.id).toBe(ids.doc);
    expect(person.chaired.map((c: { meeting: { id: string } }) => c.meeting.id)).toContain(ids.meeting);
    expect(person.chaired[0].evidence[0].sentence).toMatch(/chủ trì/);
    // Chairs are not listed again as attendees.
    expect(person.attended.map((c: { meeting: { id: string } }) => c.meeting.id)).not.toContain(ids.meeting);
    expect(person.sources.map((s: { id: string }) => s.id)).toContain(ids.doc);
  });

  it("meeting: chairs and attendees with evidence, implemented documents, organizer, sources", async () => {
    const { meeting } = await data(`query($id: ID!) { meeting(id: $id) { id title date endDate province organizer { name }
      chairs { person { name } evidence { sentence document { title } } } attendees { person { name } evidence { sentence } }
      implements { __typename key } sources { id } } }`, { id: ids.meeting });
    expect(meeting.chairs[0].person.name).toBe("Nguyễn Đức Thanh");
    expect(meeting.chairs[0].evidence[0].document.title).toMatch(/39-CT\/TW/);
    expect(meeting.attendees.map((a: { person: { name: string } }) => a.person.name)).toContain("Phạm Văn Hậu");
    expect(meeting.implements).toContainEqual({ __typename: "Directive", key: "39-CT/TW" });
    expect(meeting.sources).toEqual([{ id: ids.doc }]);
  });

  it("office: holders over time", async () => {
    const { office } = await data(`query($id: ID!) { office(id: $id) { title jurisdiction holders { person { id } former firstSeen lastSeen evidence { sentence } } } }`, { id: ids.office });
    expect(office.title).toBe("Bí thư Tỉnh ủy");
    expect(office.holders.map((h: { person: { id: string } }) => h.person.id)).toContain(ids.thanh);
    expect(office.holders[0].evidence.length).toBeGreaterThan(0);
  });

  it("organization: what it issued", async () => {
    const { organization } = await data(`query($id: ID!) { organization(id: $id) { name issued { key } meetings { id } } }`, { id: ids.org });
    expect(organization.name).toBe("Bộ Chính trị");
    expect(organization.issued.map((p: { key: string }) => p.key)).toContain("39-CT/TW");
  });

  it("document: its meetings and persons", async () => {
    const { document } = await data(`query($id: ID!) { document(id: $id) { title source ingestedAt meetings { id } persons { name } } }`, { id: ids.doc });
    expect(document.meetings.map((m: { id: string }) => m.id)).toContain(ids.meeting);
    expect(document.persons.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["Nguyễn Đức Thanh", "Phạm Văn Hậu"]));
    expect(Date.parse(document.ingestedAt)).not.toBeNaN();
  });

  it("resolution: by key in any spelling, with related directives", async () => {
    const { stats } = await data(`{ stats { labels { name count } } }`);
    expect(stats.labels.find((l: { name: string }) => l.name === "Resolution").count).toBeGreaterThan(0);
    const { search } = await data(`{ search(text: "nghi quyet", kinds: [RESOLUTION], first: 1) { node { ... on Resolution { key } } } }`);
    const key: string = search[0].node.key;
    const { resolution } = await data(`query($k: String!) { resolution(key: $k) { key name issuer issuedBy { name } meetings { id } relatedDirectives { key } sources { id } } }`, { k: ` ${key.toLowerCase()} ` });
    expect(resolution.key).toBe(key);
  });

  it("node(id) dispatches on the prefix; typed lookups refuse another kind; unknown ids are null", async () => {
    for (const [id, type] of [[ids.thanh, "Person"], [ids.meeting, "Meeting"], [ids.office, "Office"], [ids.org, "Organization"], [ids.doc, "Document"], ["dir_39-CT/TW", "Directive"]] as const) {
      const { node } = await data(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
      expect(node).toEqual({ __typename: type, id });
    }
    const d = await data(`query($id: ID!) { person(id: $id) { id } meeting(id: "mtg_nope") { id } node(id: "xyz") { id } directive(key: "1-CT/XX") { id } }`, { id: ids.meeting });
    expect(d).toEqual({ person: null, meeting: null, node: null, directive: null });
  });
});

describe("search", () => {
  it("ignores case and diacritics: 'nguyen duc thanh' finds Nguyễn Đức Thanh first", async () => {
    const { search } = await data(`{ search(text: "nguyen duc thanh") { score kind label node { id } } }`);
    expect(search[0]).toMatchObject({ kind: "PERSON", label: "Nguyễn Đức Thanh", node: { id: ids.thanh } });
    const scores = search.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("a hit's node shows what its selection asks of each kind, its relationships too", async () => {
    const { search } = await data(`{ search(text: "nguyen duc thanh", first: 1) { node { ... on Person { name offices { title } } ... on Meeting { date } } } }`);
    expect(search[0].node.name).toBe("Nguyễn Đức Thanh");
    expect(search[0].node.offices.map((o: { title: string }) => o.title)).toContain("Bí thư Tỉnh ủy");
  });

  it("'chi thi 39' finds 39-CT/TW first; kinds narrow the hits", async () => {
    const { all, persons } = await data(`{ all: search(text: "CHỈ THỊ 39") { kind label } persons: search(text: "thanh", kinds: [PERSON]) { kind } }`);
    expect(all[0]).toEqual({ kind: "DIRECTIVE", label: "39-CT/TW" });
    expect(persons.length).toBeGreaterThan(0);
    expect(new Set(persons.map((h: { kind: string }) => h.kind))).toEqual(new Set(["PERSON"]));
  });

  it("returns nothing for text with nothing searchable", async () => {
    expect((await data(`{ search(text: "?!*") { label } }`)).search).toEqual([]);
  });
});

describe("drawings", () => {
  it("neighborhood: nodes within depth, one edge per fact with all its evidence", async () => {
    const { neighborhood } = await data(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { truncated nodes { id kind label } edges { type from to evidence { sentence document { id } } } } }`, { id: ids.thanh });
    const nodeIds = neighborhood.nodes.map((n: { id: string }) => n.id);
    expect(nodeIds[0]).toBe(ids.thanh);
    expect(nodeIds).toEqual(expect.arrayContaining([ids.meeting, ids.office, ids.hau, "dir_39-CT/TW"]));
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    const keys = neighborhood.edges.map((e: { type: string; from: string; to: string }) => `${e.type}|${e.from}|${e.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(`CHAIRED|${ids.thanh}|${ids.meeting}`);
    for (const e of neighborhood.edges) expect([e.from, e.to].every((id: string) => nodeIds.includes(id))).toBe(true);
    const chaired = neighborhood.edges.find((e: { type: string; from: string; to: string }) => e.type === "CHAIRED" && e.from === ids.thanh && e.to === ids.meeting);
    expect(chaired.evidence[0].sentence).toMatch(/chủ trì/);
    expect(chaired.evidence[0].document.id).toMatch(/^doc_/);
    // Asked without evidence (which is then not read), the same drawing.
    const shape = await data(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { nodes { id } edges { type from to } } }`, { id: ids.thanh });
    expect(shape.neighborhood.nodes).toEqual(neighborhood.nodes.map((n: { id: string }) => ({ id: n.id })));
    expect(shape.neighborhood.edges).toEqual(neighborhood.edges.map(({ type, from, to }: { type: string; from: string; to: string }) => ({ type, from, to })));
    const small = await data(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 2) { truncated nodes { id } } }`, { id: ids.thanh });
    expect(small.neighborhood).toMatchObject({ truncated: true });
    expect(small.neighborhood.nodes).toHaveLength(2);
  });

  it("paths: shortest connections with every edge's evidence", async () => {
    const { paths } = await data(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length nodes { id } edges { type from to evidence { sentence } } } }`, { a: ids.thanh, b: ids.hau });
    expect(paths[0].length).toBe(2);
    expect(paths[0].nodes.map((n: { id: string }) => n.id)).toEqual([ids.thanh, ids.meeting, ids.hau]);
    expect(paths[0].edges.map((e: { type: string }) => e.type)).toEqual(["CHAIRED", "ATTENDED"]);
    for (const e of paths[0].edges) expect(e.evidence.length).toBeGreaterThan(0);
    expect(paths[0].edges[0].evidence[0].sentence).toMatch(/chủ trì/);
    const shape = await data(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { nodes { id } edges { type from to } } }`, { a: ids.thanh, b: ids.hau });
    expect(shape.paths).toEqual(paths.map((p: { nodes: unknown[]; edges: Array<{ type: string; from: string; to: string }> }) => ({ nodes: p.nodes, edges: p.edges.map(({ type, from, to }) => ({ type, from, to })) })));
    const none = await data(`query($a: ID!) { paths(from: $a, to: "per_nobody") { length } }`, { a: ids.thanh });
    expect(none.paths).toEqual([]);
  });

  it("evidence(first) cuts each edge's sentences to the first N in document order; evidenceCount counts them all", async () => {
    // A person whose office two documents report: an edge with more than one sentence.
    const twice = await graph.read("MATCH (p:Person)-[r:HOLDS]->(o) WITH p, o, count(r) AS n WHERE n > 1 RETURN p.id AS id LIMIT 1");
    const id = twice.records[0]!.get("id") as string;
    type Edge = { type: string; from: string; to: string; evidence: Array<{ sentence: string; document: { id: string } }>; evidenceCount: number };
    const full = (await data(`query($id: ID!) { neighborhood(id: $id, depth: 1) { edges { type from to evidence { sentence document { id } } } } }`, { id })).neighborhood.edges as Edge[];
    const cut = (await data(`query($id: ID!) { neighborhood(id: $id, depth: 1) { edges { type from to evidence(first: 1) { sentence document { id } } evidenceCount } } }`, { id })).neighborhood.edges as Edge[];
    expect(full.some((e) => e.evidence.length > 1)).toBe(true);
    expect(cut).toEqual(full.map((e) => ({ ...e, evidence: e.evidence.slice(0, 1), evidenceCount: e.evidence.length })));
    // Two aliases: each gets its own cut of one read.
    const both = (await data(`query($id: ID!) { neighborhood(id: $id, depth: 1) { edges { one: evidence(first: 1) { sentence } all: evidence { sentence } } } }`, { id })).neighborhood.edges;
    expect(both).toEqual(full.map((e) => ({ one: e.evidence.slice(0, 1).map(({ sentence }) => ({ sentence })), all: e.evidence.map(({ sentence }) => ({ sentence })) })));
    // Only the count: no sentence read, the same numbers.
    const counts = (await data(`query($id: ID!) { neighborhood(id: $id, depth: 1) { edges { evidenceCount } } }`, { id })).neighborhood.edges;
    expect(counts).toEqual(full.map((e) => ({ evidenceCount: e.evidence.length })));
    // Paths too.
    const path = (await data(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { edges { evidence(first: 1) { sentence } evidenceCount } } }`, { a: ids.thanh, b: ids.hau })).paths[0];
    expect(path.edges.every((e: { evidence: unknown[]; evidenceCount: number }) => e.evidence.length === 1 && e.evidenceCount >= 1)).toBe(true);
    const refused = await api.gql(`query($id: ID!) { neighborhood(id: $id) { edges { evidence(first: 0) { sentence } } } }`, { id });
    expect(refused.errors?.[0]?.message).toMatch(/^first must be between 1 and \d+, got 0$/);
  });

  it("a province's id from a drawing leads back to it: node, neighborhood and paths follow it", async () => {
    const { meetings } = await data(`{ meetings(filter: { province: "Ninh Thuận" }, first: 1) { edges { node { id } } } }`);
    const meeting: string = meetings.edges[0].node.id;
    const drawn = (await data(`query($id: ID!) { neighborhood(id: $id) { nodes { id kind label } } }`, { id: meeting })).neighborhood.nodes;
    const province = drawn.find((n: { kind: string }) => n.kind === "Province");
    expect(province).toEqual({ id: "province:Ninh Thuận", kind: "Province", label: "Ninh Thuận" });

    const { node } = await data(`query($id: ID!) { node(id: $id) { __typename id ... on Province { name meetings { id } meetingsCount } } }`, { id: province.id });
    expect(node).toMatchObject({ __typename: "Province", id: province.id, name: "Ninh Thuận" });
    expect(node.meetings.map((m: { id: string }) => m.id)).toContain(meeting);
    expect(node.meetingsCount).toBe(node.meetings.length);
    const around = (await data(`query($id: ID!) { neighborhood(id: $id) { nodes { id } } }`, { id: province.id })).neighborhood.nodes;
    expect(around.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([province.id, meeting]));
    const { paths } = await data(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length edges { type from to } } }`, { a: province.id, b: meeting });
    expect(paths[0]).toEqual({ length: 1, edges: [{ type: "IN_PROVINCE", from: meeting, to: province.id }] });
  });

  it("provinces written before they had ids and folded names get them at the next start", async () => {
    const read = async () => (await graph.read("MATCH (p:Province) RETURN p.name AS name, p.id AS id, p.foldedName AS foldedName ORDER BY name")).records.map((r) => r.toObject());
    const before = await read();
    await graph.write("MATCH (p:Province) REMOVE p.id, p.foldedName");
    await applySchema(graph);
    expect(await read()).toEqual(before);
    expect(before).toContainEqual({ name: "Ninh Thuận", id: "province:Ninh Thuận", foldedName: "ninh thuan" });
  });

  it("stats: counts per label and relationship type", async () => {
    const { stats } = await data(`{ stats { labels { name count } relationships { name count } } }`);
    expect(stats.labels.find((l: { name: string }) => l.name === "Document").count).toBe(15);
    expect(stats.relationships.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(["CHAIRED", "HOLDS", "MENTIONS"]));
  });
});
