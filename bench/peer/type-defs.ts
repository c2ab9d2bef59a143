/**
 * Our graph model as type definitions of the Neo4j GraphQL Library (@neo4j/graphql 7), for the
 * benchmark's peer. The library generates the root queries (`directives(where: …)`,
 * `people(where: …)`, `meetings(where: …)`) and compiles every request into one Cypher query.
 *
 * Neighbors are `@relationship` fields over the fact edges (one `CHAIRED_FACT` per linked pair), as
 * our API's lists. Attendees exclude the chairs, which no relationship filter expresses: a
 * `@cypher` field. Neighborhood,
 * paths and search have no CRUD equivalent: `@cypher` fields running the floor's own Cypher.
 */
import { MAX_PATH_LENGTH, NEIGHBORHOOD_BODY, NEIGHBORHOOD_DEPTH, PATHS_BODY, SEARCH_BODY } from "../cypher.ts";

const cypher = (statement: string, column: string) => `@cypher(statement: ${JSON.stringify(statement.trim())}, columnName: "${column}")`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
type Directive @node {
  id: ID!
  key: String!
  issuer: String
  title: String
  meetings: [Meeting!]! @relationship(type: "IMPLEMENTS_FACT", direction: IN)
}

type Meeting @node {
  id: ID!
  title: String!
  date: String!
  province: String
  chairedBy: [Person!]! @relationship(type: "CHAIRED_FACT", direction: IN)
  "Persons who attended and did not chair, by name like our API's."
  attendedBy: [Person!]! ${cypher("MATCH (this)<-[:ATTENDED_FACT]-(p) WHERE NOT (p)-[:CHAIRED_FACT]->(this) WITH p ORDER BY p.name, p.id RETURN p", "p")}
  "Nodes within ${NEIGHBORHOOD_DEPTH} hops over the fact relationships, nearest first, at most \`limit\`."
  neighborhood(limit: Int! = 100): Subgraph! ${cypher(NEIGHBORHOOD_BODY, "subgraph")}
}

type Person @node {
  id: ID!
  name: String!
  scope: String
  offices: [Office!]! @relationship(type: "HOLDS_FACT", direction: OUT)
  chaired: [Meeting!]! @relationship(type: "CHAIRED_FACT", direction: OUT)
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
