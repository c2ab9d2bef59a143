/** The load generator: closed-loop clients, a bounded number of requests and a bounded time. */

export interface Measure {
  requests: number;
  /** Requests that failed (an error, a server's timeout): counted in the latencies, not in `rps`. */
  errors: number;
  /** Successful requests per second. */
  rps: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
}

export interface LoadLimits {
  /** Requests per measurement, at most. */
  requests: number;
  /** Seconds per measurement, at most. */
  seconds: number;
}

/**
 * Requests sent before each measurement, untimed, at least: twice round the questions' 64 argument
 * sets, so that every system meets a warm page cache, planned queries and compiled code, whichever
 * runs first.
 */
const WARM_UP = 128;

/** Seconds of every question through every system before any measurement. */
export const WARM_UP_SECONDS = 3;

/** A question's arguments, by name. */
export type Args = Record<string, string>;

/** One request with the given arguments. */
export type Ask = (args: Args) => Promise<unknown>;

/**
 * Every ask for WARM_UP_SECONDS at 8 clients, untimed: a just started Neo4j is slow until its JVM
 * has compiled the hot paths, and whichever system ran first would pay for it.
 */
export async function warmUp(asks: readonly Ask[], round: readonly Args[]): Promise<void> {
  for (const ask of asks) await measure(8, ask, round, { requests: Number.MAX_SAFE_INTEGER, seconds: WARM_UP_SECONDS });
}

/**
 * `clients` loops sending requests one after another, the arguments of `round` in turn from its
 * first, until `requests` were sent or `seconds` passed and the round is complete: every system
 * is timed on the same arguments, as many times each. (Ending mid-round left each system a
 * different mix, and where one pair of persons takes ten times another's time, a different mean.)
 * A failed request does not stop the measurement: a server that gives up under load (ours has a
 * query timeout, the peer none) is measured, not excluded.
 */
export async function measure(clients: number, ask: Ask, round: readonly Args[], limits: LoadLimits): Promise<Measure> {
  if (round.length === 0) throw new Error("a measurement needs at least one set of arguments");
  const warm = Math.ceil(Math.min(WARM_UP, limits.requests) / round.length) * round.length;
  // Plans and caches. A failure here (a cold database's timeout) is no more fatal than in the measurement.
  for (let i = 0; i < warm; i++) await ask(round[i % round.length]!).catch(() => undefined);
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + limits.seconds * 1000;
  let sent = 0;
  const more = () => sent % round.length !== 0 || (sent < limits.requests && performance.now() < deadline);
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (more()) {
      const args = round[sent++ % round.length]!;
      const t = performance.now();
      await ask(args).catch(() => errors++);
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { requests: latencies.length, errors, rps: (latencies.length - errors) / seconds, p50: at(0.5), p99: at(0.99) };
}

export const loadNote = (l: LoadLimits) =>
  `at least ${WARM_UP} warm-up requests, then at most ${l.requests} requests or ${l.seconds} s, rounded up to whole rounds of the question's arguments`;
