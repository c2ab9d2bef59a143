/**
 * `ingestDocument`: the `kg ingest` pipeline over HTTP, for holders of INGEST_TOKEN only.
 * Ingests run one at a time: entity resolution reads the persons already in the graph, and two
 * documents naming the same new person at once would otherwise both create them.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";
import { statedFacts } from "../../graph/read/documents.ts";
import { documentId } from "../../resolve/keys.ts";
import { log } from "../../log.ts";
import { decodeDocument, DocumentInputError } from "../../text/read-document.ts";
import type { ApiContext } from "../context.ts";
import { badInput, forbidden, unauthenticated } from "../errors.ts";
import { MAX_INGEST_TEXT_BYTES, shortText } from "../limits.ts";
import { isFullDate } from "../../text/calendar.ts";

interface IngestInput {
  text: string;
  title?: string | null;
  source: string;
  publishedAt?: string | null;
  province?: string | null;
}

const digest = (s: string): Buffer => createHash("sha256").update(s).digest();

/** Constant-time: compares digests of equal length, so neither content nor length leaks through timing. */
const sameSecret = (given: string, expected: string): boolean => timingSafeEqual(digest(given), digest(expected));

function authorize(ctx: ApiContext): void {
  const token = ctx.config.INGEST_TOKEN;
  if (!token) throw forbidden("Mutations are disabled on this server: INGEST_TOKEN is not configured.");
  const given = /^Bearer\s+(\S+)\s*$/i.exec(ctx.authorization ?? "")?.[1];
  if (!given || !sameSecret(given, token)) throw unauthenticated("ingestDocument needs the header `Authorization: Bearer <INGEST_TOKEN>`.");
}

/** The text as `kg ingest` would accept it from a file: not binary (NUL characters), not too large. */
function validText(text: string): string {
  if (text.trim() === "") throw badInput("input.text must not be empty", "input.text");
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length > MAX_INGEST_TEXT_BYTES) throw badInput(`input.text must be at most ${MAX_INGEST_TEXT_BYTES} bytes`, "input.text");
  try {
    return decodeDocument(bytes, "input.text");
  } catch (e) {
    if (e instanceof DocumentInputError) throw badInput(e.message, "input.text");
    throw e;
  }
}

function validate(input: IngestInput): IngestInput {
  if (input.publishedAt != null && !isFullDate(input.publishedAt)) throw badInput("input.publishedAt must be YYYY-MM-DD", "input.publishedAt");
  return {
    text: validText(input.text),
    source: shortText("input.source", input.source, 2000).trim(),
    title: input.title == null ? null : shortText("input.title", input.title).trim(),
    publishedAt: input.publishedAt ?? null,
    province: input.province == null ? null : shortText("input.province", input.province).trim(),
  };
}

let queue: Promise<unknown> = Promise.resolve();
const oneAtATime = <T>(job: () => Promise<T>): Promise<T> => {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
};

export const mutationResolvers = {
  Mutation: {
    ingestDocument: async (_: unknown, args: { input: IngestInput }, ctx: ApiContext) => {
      authorize(ctx);
      const input = validate(args.input);
      // Loaded on first use: a read-only server never loads the extractor and its lexicons.
      const { ingest, IngestAbortedError } = await import("../../ingest/pipeline.ts");
      const item = { file: input.source, text: input.text, meta: { source: input.source, title: input.title, publishedAt: input.publishedAt, province: input.province } };
      const report = await oneAtATime(() => ingest(ctx.graph, [item])).catch((e: unknown) => {
        if (e instanceof IngestAbortedError) throw new GraphQLError("The database became unavailable; the document was not written.", { extensions: { code: "SERVICE_UNAVAILABLE" } });
        throw e;
      });
      if (report.failed.length > 0) {
        log.warn("ingest.failed", { source: input.source, reasons: report.failed.map((f) => f.reason) });
        throw new GraphQLError("The document could not be ingested; the server log has the reason.", { extensions: { code: "INGEST_FAILED" } });
      }
      const status = report.added ? "added" : report.replaced ? "replaced" : "unchanged";
      log.info("ingest.document", { source: input.source, status, facts: report.facts });
      // What this request read before the write is stale now.
      ctx.loaders.clear();
      return { documentId: documentId(input.source), status };
    },
  },
  // Read from the graph, whatever the status: an unchanged document's counts are those of the version stored.
  IngestResult: {
    document: (r: { documentId: string }, _: unknown, ctx: ApiContext) => ctx.loaders.node("Document", r.documentId),
    facts: (r: { documentId: string }, _: unknown, ctx: ApiContext) => statedFacts(ctx.reader, r.documentId),
    persons: async (r: { documentId: string }, _: unknown, ctx: ApiContext) => (await ctx.loaders.related("Document", "mentionedPersons", r.documentId)).length,
    meetings: async (r: { documentId: string }, _: unknown, ctx: ApiContext) => (await ctx.loaders.related("Document", "mentionedMeetings", r.documentId)).length,
  },
};
