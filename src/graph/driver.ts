/**
 * The one way to reach Neo4j: NEO4J_URI when set, otherwise the local server (started if needed).
 * Sessions are per unit of work; every query is parameterized and may carry a timeout.
 */
import neo4j, { isRetryableError, type Driver, type QueryResult, type RecordShape } from "neo4j-driver";
import type { Config } from "../config.ts";
import { ensureLocalNeo4j } from "../db/local.ts";

export class DatabaseUnavailableError extends Error {}

export interface QueryOptions {
  /** Server-side transaction timeout. */
  timeoutMs?: number;
}

/** A TCP connect to a host that does not answer would otherwise wait 30 s, the driver's default. */
const CONNECT_TIMEOUT_MS = 5_000;
/** The first wait before a read is asked again; each next one doubles. */
const FIRST_RETRY_DELAY_MS = 200;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `start` (synchronous) without capturing stack traces. The driver formats a stack trace when
 * it starts every query, to show on a failure; with source maps on (tsx) that is ~10% of its CPU
 * per query. A failed read is reported with its Neo4j code and message, which say what went wrong.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A connected graph: the driver plus read/write helpers that count round trips. */
export class Graph {
  /** Cypher round trips made through this handle (tests and request logs read it). */
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    readonly uri: string,
    /** How long a read is asked again after transient failures (NEO4J_MAX_RETRY_MS). */
    readonly retryMs: number,
  ) {}

  /**
   * Runs a read in an auto-commit transaction: one exchange with the server, where the driver's
   * managed transactions (executeQuery) add BEGIN and COMMIT and cost about 40% more time and CPU
   * per query (BENCHMARKS.md, "Where the time goes"). A read changes nothing, so one that failed for
   * a transient reason (a lost connection, a leader change) is asked again, on a fresh connection,
   * until `retryMs` have passed. No wait ends past that budget: the driver's own retrying helper
   * may start one last wait as long as all before it, which made a request to a stopped database
   * take twice the budget.
   */
  async read<R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}, opts: QueryOptions = {}): Promise<QueryResult<R>> {
    this.roundTrips++;
    const transactionConfig = opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined;
    const deadline = performance.now() + this.retryMs;
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      try {
        return await this.readOnce<R>(cypher, params, transactionConfig);
      } catch (error) {
        if (!isRetryableError(error) || performance.now() + delay > deadline) throw error;
        await sleep(delay);
      }
    }
  }

  private async readOnce<R extends RecordShape>(cypher: string, params: Record<string, unknown>, transactionConfig: { timeout: number } | undefined): Promise<QueryResult<R>> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await withoutStackCapture(() => session.run<R>(cypher, params, transactionConfig));
    } finally {
      // The answer is in: a failure to hand the connection back is not the read's.
      await session.close().catch(() => undefined);
    }
  }

  async write<R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult<R>> {
    this.roundTrips++;
    return this.driver.executeQuery<QueryResult<R>>(cypher, params, { database: this.database, routing: neo4j.routing.WRITE });
  }

  /** True when Neo4j answers a trivial query now. */
  async ping(timeoutMs = 2000): Promise<boolean> {
    try {
      await this.read("RETURN 1", {}, { timeoutMs });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** Connects, starting the local Neo4j when NEO4J_URI is not set, and checks that it answers. */
export async function connectGraph(config: Config): Promise<Graph> {
  const target = config.NEO4J_URI
    ? { uri: config.NEO4J_URI, user: config.NEO4J_USER!, password: config.NEO4J_PASSWORD! }
    : await ensureLocalNeo4j(config);
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    maxConnectionPoolSize: 64,
    // Writes retry through the driver's helper; reads through Graph.read, with the same budget.
    maxTransactionRetryTime: config.NEO4J_MAX_RETRY_MS,
  });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (e) {
    await driver.close();
    throw new DatabaseUnavailableError(`cannot reach Neo4j at ${target.uri}: ${(e as Error).message}`);
  }
  return new Graph(driver, config.NEO4J_DATABASE, target.uri, config.NEO4J_MAX_RETRY_MS);
}
