/**
 * Integration tests never touch the database of `npm start` or NEO4J_URI: they run on a local
 * server of their own (folder .neo4j-test, port KG_TEST_NEO4J_PORT, default 7690), or on
 * NEO4J_TEST_URI when set, which they empty between tests.
 */
import { loadConfig, PROJECT_ROOT, separateDatabaseEnv, type Config } from "../../src/config.ts";

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...testEnv(), ...overrides });
}

/** The environment that points the service at the tests' database (for child processes too). */
export function testEnv(): NodeJS.ProcessEnv {
  return {
    ...separateDatabaseEnv("NEO4J_TEST", {
      dir: ".neo4j-test",
      port: process.env.KG_TEST_NEO4J_PORT ?? "7690",
      heap: process.env.KG_TEST_NEO4J_HEAP ?? "1g",
      pagecache: "256m",
    }),
    // The tests' paths are the project's, wherever npm test was called from.
    INIT_CWD: PROJECT_ROOT,
  };
}
