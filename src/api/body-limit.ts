/**
 * Request bodies larger than MAX_BODY_BYTES are refused with 413 before anything parses them. A
 * body of announced size (content-length) is judged by its header; a chunked one, whose size is
 * known only at its end, is read up to the limit and no further, then handed on in `req.body`
 * (where yoga reads a body already taken from the stream).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "../log.ts";
import { MAX_BODY_BYTES } from "./limits.ts";

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** How long the rest of a refused body is read (and dropped) so that the client can read the 413. */
const LINGER_MS = 2000;

function refuse(req: IncomingMessage, res: ServerResponse): void {
  const body = JSON.stringify({ errors: [{ message: `request body larger than ${MAX_BODY_BYTES} bytes` }] });
  res.writeHead(413, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
  // Closing at once could reset the connection before the client has read the answer; node:http
  // drops what still arrives, and an upload that does not end soon loses its connection.
  const timer = setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  req.once("end", () => clearTimeout(timer));
}

export function limitBody(listener: Listener): Listener {
  return (req, res) => {
    const announced = req.headers["content-length"];
    if (announced !== undefined) return Number(announced) > MAX_BODY_BYTES ? refuse(req, res) : listener(req, res);
    if (req.headers["transfer-encoding"] === undefined) return listener(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off("data", onData).off("end", onEnd);
      refuse(req, res);
    };
    const onEnd = (): void => {
      (req as IncomingMessage & { body?: Buffer }).body = Buffer.concat(chunks);
      listener(req, res);
    };
    req.on("data", onData).once("end", onEnd).once("error", (e) => log.debug("request.aborted", { message: e.message }));
  };
}
