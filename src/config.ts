/**
 * Settings from the environment, validated once, in one place. Every variable is listed
 * in README.md and .env.example.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const PROJECT_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));
const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z
  .object({
    NEO4J_URI: optionalString.refine((v) => v === undefined || /^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(v), {
      message: "must start with bolt://, neo4j://, bolt+s:// or neo4j+s://",
    }),
    NEO4J_USER: optionalString,
    NEO4J_PASSWORD: optionalString,
    NEO4J_DATABASE: optionalString,
    /**
     * How long a query that failed for a transient reason (lost connection, leader switch) is asked
     * again. A request to a stopped database waits this long before it is answered: keep it short.
     */
    NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).default(3_000),
    KG_DB_DIR: optionalString,
    KG_NEO4J_PORT: port(7687),
    KG_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/i, "like 2g or 512m").default("2g"),
    KG_NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/i, "like 1g or 512m").default("1g"),
    HOST: z.string().default("127.0.0.1"),
    PORT: port(4000),
    INGEST_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, {
      message: "must be at least 16 characters",
    }),
    CORS_ORIGINS: optionalString,
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    QUERY_TIMEOUT_MS: positiveInt(5000),
    MAX_QUERY_DEPTH: positiveInt(8),
    MAX_QUERY_COST: positiveInt(5000),
    MAX_ALIASES: positiveInt(15),
    MAX_PAGE_SIZE: positiveInt(100),
  })
  .refine((c) => !c.NEO4J_URI || (c.NEO4J_USER && c.NEO4J_PASSWORD), {
    message: "NEO4J_URI is set: NEO4J_USER and NEO4J_PASSWORD must be set too",
    path: ["NEO4J_USER"],
  });

export type Config = Omit<z.infer<typeof schema>, "KG_DB_DIR"> & { KG_DB_DIR: string };

export class ConfigError extends Error {}

/** Reads and validates the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "environment"}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, KG_DB_DIR: resolve(PROJECT_ROOT, parsed.data.KG_DB_DIR ?? ".neo4j") };
}

/**
 * The environment for a database of its own (the tests', the benchmarks'): the server named by
 * `<prefix>_URI` (with `<prefix>_USER`, `<prefix>_PASSWORD`) when set, else a local one in `local.dir`
 * on `local.port`. Never the service's NEO4J_URI.
 */
export function separateDatabaseEnv(
  prefix: "NEO4J_TEST" | "NEO4J_BENCH",
  local: { dir: string; port: string; heap: string; pagecache: string },
  env: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, LOG_LEVEL: env.LOG_LEVEL ?? "warn" };
  if (env[`${prefix}_URI`]) {
    out.NEO4J_URI = env[`${prefix}_URI`];
    out.NEO4J_USER = env[`${prefix}_USER`] ?? "neo4j";
    out.NEO4J_PASSWORD = env[`${prefix}_PASSWORD`];
  } else {
    delete out.NEO4J_URI;
    out.KG_DB_DIR = local.dir;
    out.KG_NEO4J_PORT = local.port;
    out.KG_NEO4J_HEAP = local.heap;
    out.KG_NEO4J_PAGECACHE = local.pagecache;
  }
  return out;
}
