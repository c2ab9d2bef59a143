/**
 * Integration tests never touch the database of `npm start` or NEO4J_URI: they run on a local
 * server of their own (folder .neo4j-test, port KG_TEST_NEO4J_PORT, default 7690), or on
 * NEO4J_TEST_URI when set, which they empty between tests.
 */
import { loadConfig, type Config } from "../../src/config.ts";

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...testEnv(), ...overrides });
}

/** The environment that points the service at the tests' database (for child processes too). */
export function testEnv(): NodeJS.ProcessEnv {
  // Short retries: tests that stop Neo4j should see the failure in seconds.
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn", NEO4J_MAX_RETRY_MS: "2000" };
  if (process.env.NEO4J_TEST_URI) {
    env.NEO4J_URI = process.env.NEO4J_TEST_URI;
    env.NEO4J_USER = process.env.NEO4J_TEST_USER ?? "neo4j";
    env.NEO4J_PASSWORD = process.env.NEO4J_TEST_PASSWORD;
  } else {
    delete env.NEO4J_URI;
    env.KG_DB_DIR = ".neo4j-test";
    env.KG_NEO4J_PORT = process.env.KG_TEST_NEO4J_PORT ?? "7690";
    env.KG_NEO4J_HEAP = process.env.KG_TEST_NEO4J_HEAP ?? "1g";
    env.KG_NEO4J_PAGECACHE = "256m";
  }
  return env;
}
