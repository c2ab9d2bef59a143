/**
 * GraphiQL, served by this server itself, not from a CDN: it works offline and behind firewalls.
 * The page carries all of GraphiQL (about 9 MB) and is the same for every request, so it is
 * rendered once and gzipped once (on the first request), kept in memory, sent compressed to
 * clients that accept gzip, and marked for caching: a browser keeps it for an hour, and then asks
 * with its ETag and gets a 304 without a body while the page is unchanged.
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { shouldRenderGraphiQL, type Plugin } from "graphql-yoga";

const gzipped = promisify(gzip);

interface Page {
  /** Weak: the plain and the gzipped bytes are the same page. */
  etag: string;
  plain: Uint8Array<ArrayBuffer>;
  gzip: Promise<Uint8Array<ArrayBuffer>>;
}

/** Whether an Accept-Encoding header admits gzip (`gzip;q=0` refuses it). */
function acceptsGzip(header: string | null): boolean {
  return (header ?? "").split(",").some((part) => {
    const [coding, ...params] = part.toLowerCase().split(";").map((s) => s.trim());
    const q = params.find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** Whether an If-None-Match header names `etag` (compared weakly, as RFC 9110 asks for it). */
const unchanged = (header: string | null, etag: string): boolean =>
  (header ?? "").split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === etag.replace(/^W\//, ""));

export function graphiqlPlugin(endpoint: string, options: { title: string; defaultQuery: string }): Plugin {
  let page: Page | undefined;
  const load = (): Page => {
    if (page) return page;
    const plain = new TextEncoder().encode(renderGraphiQL(options));
    const etag = `W/"${createHash("sha256").update(plain).digest("base64url").slice(0, 22)}"`;
    return (page = { etag, plain, gzip: gzipped(plain, { level: 9 }).then((bytes) => new Uint8Array(bytes)) });
  };
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (!shouldRenderGraphiQL(request) || url.pathname.replace(/\/$/, "") !== endpoint) return;
      const { etag, plain, gzip } = load();
      const headers = { "content-type": "text/html; charset=utf-8", etag, "cache-control": "public, max-age=3600", vary: "accept-encoding" };
      if (unchanged(request.headers.get("if-none-match"), etag)) return endResponse(new fetchAPI.Response(null, { status: 304, headers }));
      if (!acceptsGzip(request.headers.get("accept-encoding"))) return endResponse(new fetchAPI.Response(plain, { headers }));
      endResponse(new fetchAPI.Response(await gzip, { headers: { ...headers, "content-encoding": "gzip" } }));
    },
  };
}
