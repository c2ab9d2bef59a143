/**
 * Our graph model as type definitions of the Neo4j GraphQL Library (@neo4j/graphql 7), for the
 * benchmark's peer. The library generates the root queries (`directives(where: …)`,
 * `people(where: …)`, `meetings(where: …)`) and compiles every request into one Cypher query.
 *
 * Neighbor lists are `@cypher` fields, not `@relationship` ones: a fact is one edge per document
 * that states it, and a `@relationship` field returns one neighbor per edge, so a chair reported
 * by three papers would appear three times, and chairs would appear again among the attendees.
 * Neighborhood, paths and search have no CRUD equivalent: they run the floor's own Cypher bodies.
 */
import { MAX_PATH_LENGTH, NEIGHBORHOOD_BODY, NEIGHBORHOOD_DEPTH, PATHS_BODY, SEARCH_BODY } from "../cypher.ts";

const MEETINGS_ORDER = "ORDER BY m.date DESC, m.title, m.id";
const PERSONS_ORDER = "ORDER BY p.name, p.id";
const cypher = (statement: string, column: string) => `@cypher(statement: ${JSON.stringify(statement.trim())}, columnName: "${column}")`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
type Directive @node {
  id: ID!
  key: String!
  issuer: String
  title: String
  meetings: [Meeting!]! ${cypher(`MATCH (this)<-[:IMPLEMENTS]-(m:Meeting) WITH DISTINCT m ${MEETINGS_ORDER} RETURN m`, "m")}
}

type Meeting @node {
  id: ID!
  title: String!
  date: String!
  province: String
  chairedBy: [Person!]! ${cypher(`MATCH (this)<-[:CHAIRED]-(p:Person) WITH DISTINCT p ${PERSONS_ORDER} RETURN p`, "p")}
  attendedBy: [Person!]! ${cypher(`MATCH (this)<-[:ATTENDED]-(p:Person) WHERE NOT (p)-[:CHAIRED]->(this) WITH DISTINCT p ${PERSONS_ORDER} RETURN p`, "p")}
  "Nodes within ${NEIGHBORHOOD_DEPTH} hops over the fact relationships, nearest first, at most \`limit\`."
  neighborhood(limit: Int! = 100): Subgraph! ${cypher(NEIGHBORHOOD_BODY, "subgraph")}
}

type Person @node {
  id: ID!
  name: String!
  scope: String
  offices: [Office!]! ${cypher("MATCH (this)-[:HOLDS]->(o:Office) WITH DISTINCT o ORDER BY o.title, o.id RETURN o", "o")}
  chaired: [Meeting!]! ${cypher(`MATCH (this)-[:CHAIRED]->(m:Meeting) WITH DISTINCT m ${MEETINGS_ORDER} RETURN m`, "m")}
  "Shortest connections to another person, at most ${MAX_PATH_LENGTH} hops."
  paths(to: ID!, first: Int! = 3): [Path!]! ${cypher(PATHS_BODY, "path")}
}

type Office @node {
  id: ID!
  title: String!
  jurisdiction: String
}

type Subgraph {
  nodes: [GraphNode!]!
  edges: [GraphEdge!]!
  truncated: Boolean!
}

type GraphNode {
  id: ID!
  kind: String
  label: String!
}

type GraphEdge {
  type: String!
  from: ID
  to: ID
  evidence: [Evidence!]!
}

type Evidence {
  sentence: String!
}

type Path {
  length: Int!
  nodes: [GraphNode!]!
  edges: [GraphEdge!]!
}

type SearchHit {
  score: Float!
  kind: String!
  label: String!
  node: NodeRef!
}

type NodeRef {
  id: ID!
}

type Query {
  "Full-text search with a Lucene query over the folded names (index entity_search)."
  search(query: String!, first: Int! = 10): [SearchHit!]! ${cypher(SEARCH_BODY, "hit")}
}
`;
