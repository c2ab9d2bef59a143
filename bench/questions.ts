/**
 * The five questions of the API benchmark, each asked three ways: to our API (schema.graphql), to
 * the @neo4j/graphql peer (bench/peer/type-defs.ts), and as hand-written Cypher through the driver.
 * Their arguments are picked from the graph once (untimed) as one round of argument sets, which
 * every measurement asks in the same order, whole rounds only (bench/support/load.ts). `answer`
 * brings each system's reply to one shape, so that a run can check that the three return the same
 * data before it times them.
 */
import { int } from "neo4j-driver";
import type { Graph } from "../src/graph/driver.ts";
import { luceneQuery } from "../src/graph/read/search.ts";
import { searchKey } from "../src/text/fold.ts";
import { HEADLINE, NEIGHBORHOOD, PATHS, SEARCH, TWO_LEVELS } from "./cypher.ts";
import type { Args, Ask } from "./support/load.ts";
import { sameAnswer } from "./support/canonical.ts";
import { askGraphQL, CLIENT_TIMEOUT_MS, postForData } from "./support/servers.ts";

// GraphQL `data` and Cypher records as objects: their shapes are set by the query texts below.
type Data = Record<string, any>;
type Row = Record<string, any>;

export interface GraphQLAsk {
  query: string;
  variables: (a: Args) => Record<string, unknown>;
  answer: (data: Data) => unknown;
}

export interface CypherAsk {
  cypher: string;
  params: (a: Args) => Record<string, unknown>;
  answer: (rows: Row[]) => unknown;
}

export type QuestionKey = keyof typeof OURS;

export interface Question {
  key: QuestionKey;
  /** Short, for tables and plots. */
  name: string;
  /** What is asked, with how its arguments were chosen. */
  description: string;
  /** Starts from nodes given by key or id (the latency-growth target applies), unlike search. */
  keyBased: boolean;
  /** One round of argument sets: every system is timed on whole rounds of these, in this order. */
  round: Args[];
  ours: GraphQLAsk;
  peer: GraphQLAsk;
  raw: CypherAsk;
}

/** `q` to the GraphQL server at `url`, in the dialect of `ask` (`q.ours` or `q.peer`). */
export const overHttp = (ask: GraphQLAsk, url: string): Ask => (args) => askGraphQL(url, ask.query, ask.variables(args));

/** `q` with the arguments `args` to the HTTP floor at `origin` (bench/http-floor.ts): its raw Cypher behind bare node:http. */
const askHttpFloor = (q: Question, origin: string, args: Args) => postForData(`${origin}/${q.key}`, JSON.stringify(args));

/** `q` to the HTTP floor at `origin`. */
export const overHttpFloor = (q: Question, origin: string): Ask => (args) => askHttpFloor(q, origin, args);

/** `q`'s raw Cypher with the arguments `args`, through the driver alone, bounded like the HTTP clients. */
const readRaw = (graph: Graph, q: Question, args: Args) => graph.read(q.raw.cypher, q.raw.params(args), { timeoutMs: CLIENT_TIMEOUT_MS });

/** `q` as raw Cypher: the floor. */
export const throughDriver = (q: Question, graph: Graph): Ask => (args) => readRaw(graph, q, args);

/** A system's answer to a question for given arguments, in the one shape `answer` brings them to. */
export type Answering = (args: Args) => Promise<unknown>;

/** The answer of a GraphQL server at `url`, asked in the dialect of `ask` (`q.ours` or `q.peer`). */
export const graphqlAnswer = (ask: GraphQLAsk, url: string): Answering => async (args) =>
  ask.answer((await askGraphQL(url, ask.query, ask.variables(args))) as Data);

/** The answer of the HTTP floor at `origin`. */
export const httpFloorAnswer = (q: Question, origin: string): Answering => async (args) => q.raw.answer((await askHttpFloor(q, origin, args)) as Row[]);

/**
 * Asks `q` once, with the arguments `args`, of raw Cypher and of each of `systems`: the names of
 * those whose answer differs from raw Cypher's, and every answer (for a log).
 */
export async function differencesFromRaw(q: Question, args: Args, graph: Graph, systems: Record<string, Answering>): Promise<{ differ: string[]; answers: Record<string, unknown> }> {
  const answers: Record<string, unknown> = { raw: q.raw.answer((await readRaw(graph, q, args)).records.map((r) => r.toObject())) };
  for (const [name, answering] of Object.entries(systems)) answers[name] = await answering(args);
  return { differ: Object.keys(systems).filter((name) => !sameAnswer(answers[name], answers.raw)), answers };
}

/** The five queries to our API, exported for the schema validation test. */
export const OURS = {
  headline: `query($key: String!) { directive(key: $key) { key issuer meetings { title date chairedBy { name offices { title } } attendedBy { name } } } }`,
  twoLevels: `query($id: ID!) { person(id: $id) { name chaired { meeting { title date attendedBy { name } } } } }`,
  neighborhood: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { id kind label } edges { type from to evidence { sentence } } } }`,
  paths: `query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 4, first: 3) { length nodes { id label } edges { type evidence { sentence } } } }`,
  search: `query($t: String!) { search(text: $t, first: 10) { score kind label node { id } } }`,
};

// The peer's relationship fields are unordered unless asked; ours lists newest first, then by name or title.
const MEETINGS_SORT = "[{date: DESC}, {title: ASC}, {id: ASC}]";
const PERSONS_SORT = "[{name: ASC}, {id: ASC}]";

/** The same five to the peer. */
export const PEER = {
  headline: `query($key: String!) { directives(where: {key: {eq: $key}}) { key issuer meetings(sort: ${MEETINGS_SORT}) { title date chairedBy(sort: ${PERSONS_SORT}) { name offices(sort: [{title: ASC}, {id: ASC}]) { title } } attendedBy { name } } } }`,
  twoLevels: `query($id: ID!) { people(where: {id: {eq: $id}}) { name chaired(sort: ${MEETINGS_SORT}) { title date attendedBy { name } } } }`,
  neighborhood: `query($id: ID!) { meetings(where: {id: {eq: $id}}) { neighborhood(limit: 100) { truncated nodes { id kind label } edges { type from to evidence { sentence } } } } }`,
  paths: `query($a: ID!, $b: ID!) { people(where: {id: {eq: $a}}) { paths(to: $b, first: 3) { length nodes { id label } edges { type evidence { sentence } } } } }`,
  search: `query($q: String!) { search(query: $q, first: 10) { score kind label node { id } } }`,
};

/**
 * The same five as hand-written Cypher: the floor. Outside the questions so that the HTTP floor's
 * server (bench/http-floor.ts), a process of its own, runs exactly these.
 */
export const RAW: Record<QuestionKey, CypherAsk> = {
  headline: { cypher: HEADLINE, params: (a) => ({ key: a.key }), answer: (rows) => rows[0]?.answer ?? null },
  twoLevels: { cypher: TWO_LEVELS, params: (a) => ({ id: a.id }), answer: (rows) => rows[0]?.answer ?? null },
  neighborhood: { cypher: NEIGHBORHOOD, params: (a) => ({ id: a.id, limit: int(100) }), answer: (rows) => rows[0]?.subgraph ?? null },
  paths: { cypher: PATHS, params: (a) => ({ from: a.a, to: a.b, first: int(3) }), answer: (rows) => rows.map((r) => r.path) },
  search: { cypher: SEARCH, params: (a) => ({ query: luceneQuery(a.text!), first: int(10) }), answer: (rows) => rows.map((r) => r.hit) },
};

/** Picks the arguments from the graph and returns the questions. */
// Where both corpora have answers of that size: the generator's officials recur, so at 100,000
// documents no one chairs fewer than 6 meetings and no directive is carried out by 6 to 13. With
// targets of 10 and 4, the 100k run asked for 14 meetings against 10, and of persons who chaired 6 to
// 26 meetings against 3 to 5: its latency grew with the answer, not with the graph.
const HEADLINE_MEETINGS = 14;
const CHAIRED_MEETINGS = 16;

export async function pickQuestions(graph: Graph): Promise<Question[]> {
  const pick = async (cypher: string, params: Record<string, unknown> = {}) => (await graph.read(cypher, params)).records.map((r) => r.toObject());
  // Key-based questions get answers of the same size at every corpus size, so that their latency
  // shows the cost of finding the answer, not of a larger answer: the directive carried out by
  // the number of meetings closest to HEADLINE_MEETINGS, and the 64 persons whose number of
  // chaired meetings is closest to CHAIRED_MEETINGS.
  const directives = await pick(
    "MATCH (d:Directive)<-[:IMPLEMENTS]-(m:Meeting) WITH d, count(DISTINCT m) AS n RETURN d.key AS key, n ORDER BY abs(n - $target), key LIMIT 1",
    { target: int(HEADLINE_MEETINGS) },
  );
  const headline = directives[0]!;
  const persons = (await pick(
    "MATCH (p:Person)-[:CHAIRED]->(m:Meeting) WITH p, count(DISTINCT m) AS n RETURN p.id AS id, p.name AS name, n ORDER BY abs(n - $target), id LIMIT 64",
    { target: int(CHAIRED_MEETINGS) },
  )) as Array<{ id: string; name: string; n: number }>;
  const meetings = (await pick("MATCH (m:Meeting) RETURN m.id AS id ORDER BY id LIMIT 64")).map((r) => r.id as string);
  if (!headline || persons.length < 2 || meetings.length === 0) throw new Error("the graph is too small to pick the questions' arguments");

  return [
    {
      key: "headline",
      name: "headline",
      description: `headline query: directive ${headline.key} (${headline.n} meetings carry it out), its meetings with chairs and their offices, and attendees`,
      keyBased: true,
      round: [{ key: headline.key as string }],
      ours: { query: OURS.headline, variables: (a) => ({ key: a.key }), answer: (d) => d.directive },
      peer: { query: PEER.headline, variables: (a) => ({ key: a.key }), answer: (d) => d.directives[0] ?? null },
      raw: RAW.headline,
    },
    {
      key: "twoLevels",
      name: "two levels",
      description: `two levels: a person → the meetings they chaired → those meetings' attendees (in turn, the 64 persons who chaired the number of meetings closest to ${CHAIRED_MEETINGS}: ${Math.min(...persons.map((p) => p.n))} to ${Math.max(...persons.map((p) => p.n))})`,
      keyBased: true,
      round: persons.map((p) => ({ id: p.id })),
      ours: { query: OURS.twoLevels, variables: (a) => ({ id: a.id }), answer: (d) => d.person },
      peer: {
        query: PEER.twoLevels,
        variables: (a) => ({ id: a.id }),
        // The peer's `chaired` lists the meetings themselves; ours wraps each with its evidence.
        answer: (d) => d.people[0] && { name: d.people[0].name, chaired: d.people[0].chaired.map((meeting: unknown) => ({ meeting })) },
      },
      raw: RAW.twoLevels,
    },
    {
      key: "neighborhood",
      name: "neighborhood",
      description: "neighborhood of a meeting, depth 2, at most 100 nodes, edges with their evidence (64 meetings in turn)",
      // Its work grows with the density around the node, which grows with the corpus.
      keyBased: false,
      round: meetings.map((id) => ({ id })),
      ours: { query: OURS.neighborhood, variables: (a) => ({ id: a.id }), answer: (d) => d.neighborhood },
      peer: { query: PEER.neighborhood, variables: (a) => ({ id: a.id }), answer: (d) => d.meetings[0]?.neighborhood ?? null },
      raw: RAW.neighborhood,
    },
    {
      key: "paths",
      name: "paths",
      description: `shortest paths between two persons, at most 4 hops, at most 3 paths, with evidence (the ${persons.length} chairs, each to the next)`,
      // A search of the graph between two nodes: more documents, more connections to search.
      keyBased: false,
      round: persons.map((p, i) => ({ a: p.id, b: persons[(i + 1) % persons.length]!.id })),
      ours: { query: OURS.paths, variables: (a) => ({ a: a.a, b: a.b }), answer: (d) => d.paths },
      peer: { query: PEER.paths, variables: (a) => ({ a: a.a, b: a.b }), answer: (d) => d.people[0]?.paths ?? [] },
      raw: RAW.paths,
    },
    {
      key: "search",
      name: "search",
      description: "full-text search of a chair's name without diacritics, 10 hits (64 names in turn)",
      keyBased: false,
      round: persons.map((p) => ({ text: searchKey(p.name) })),
      ours: { query: OURS.search, variables: (a) => ({ t: a.text }), answer: (d) => d.search },
      // Our API folds the text and builds the Lucene query itself; the peer and the floor get that query.
      peer: { query: PEER.search, variables: (a) => ({ q: luceneQuery(a.text!) }), answer: (d) => d.search },
      raw: RAW.search,
    },
  ];
}
