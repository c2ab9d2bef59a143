/**
 * The benchmark's peer: our Neo4j data served by the Neo4j GraphQL Library (@neo4j/graphql) with
 * graphql-yoga, as a user of that library would serve it. Started by bench/compare.ts in a process
 * of its own; NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, HOST and PORT come from the environment.
 * Ready (GET /health answers) once Neo4j answers.
 */
import { createServer } from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";
import { PEER_TYPE_DEFS } from "./type-defs.ts";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`bench/peer: ${name} is not set`);
  return value;
};

// The same pool size as our API's driver (src/graph/driver.ts).
const driver = neo4j.driver(env("NEO4J_URI"), neo4j.auth.basic(env("NEO4J_USER"), env("NEO4J_PASSWORD")), { maxConnectionPoolSize: 64 });
await driver.verifyConnectivity();
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
const yoga = createYoga({ schema, graphiql: false, landingPage: false, logging: "warn" });
const server = createServer(yoga).listen(Number(env("PORT")), env("HOST"));

process.on("SIGTERM", () => server.close(() => void driver.close().then(() => process.exit(0))));
