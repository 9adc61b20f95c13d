/**
 * Gzip for the production server (scripts/serve.ts), on Node's own zlib. It sits under the
 * server's other response rewrites (the CSP nonce swap, the capture of public pages): they call
 * `write`/`end` as patched here, so what they produce is what gets compressed.
 *
 * Why not the `compression` package: the server used Next.js's bundled copy through an internal
 * path (`next/dist/compiled/compression`), and the public package coincided with admission slots
 * that were never given back. The part that matters is small and fully tested here
 * (tests/unit/compress-response.test.ts): `write` never withholds a `drain` the caller waits for
 * (it always answers true: a response is one page, bounded, held by zlib at most), `end` always
 * ends the real response once zlib has flushed, and `flush` pushes out what a streamed page has
 * so far (Next.js calls it between chunks).
 */

import type { IncomingMessage, ServerResponse } from "node:http";
import { constants, createGzip, type Gzip } from "node:zlib";

// Below this, gzip's own header and trailer outweigh what it saves.
const MIN_BYTES = 1024;

const COMPRESSIBLE =
  /^(text\/(?!event-stream)|application\/(json|javascript|xml|rss\+xml|atom\+xml|feed\+json|ld\+json|manifest\+json)|image\/svg\+xml)/i;

/** Whether the client takes gzip (`Accept-Encoding: gzip`, unless given q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  for (const part of value.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (name !== "gzip" && name !== "*") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/** Whether a response with these headers should be gzipped for this request. */
export function shouldCompress(req: IncomingMessage, res: ServerResponse, status: number): boolean {
  if (req.method === "HEAD" || status === 204 || status === 304 || status < 200) return false;
  if (!acceptsGzip(req.headers["accept-encoding"])) return false;
  if (res.getHeader("content-encoding")) return false;
  if (/no-transform/i.test(String(res.getHeader("cache-control") ?? ""))) return false;
  if (!COMPRESSIBLE.test(String(res.getHeader("content-type") ?? ""))) return false;
  const length = Number(res.getHeader("content-length") ?? Number.NaN);
  return !(Number.isFinite(length) && length < MIN_BYTES);
}

type WriteCallback = (error?: Error | null) => void;
type Chunk = string | Uint8Array | null | undefined;

const toBuffer = (chunk: Chunk, encoding: unknown): Buffer =>
  chunk == null
    ? Buffer.alloc(0)
    : typeof chunk === "string"
      ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/**
 * Makes `res` gzip its body when the request allows it and the response suits it (decided when
 * the headers go out). Call before anything else patches `res`.
 */
export function compressResponse(req: IncomingMessage, res: ServerResponse): void {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  let gzip: Gzip | null = null;
  let decided = false;

  const decide = (status: number) => {
    if (decided) return;
    decided = true;
    const vary = String(res.getHeader("vary") ?? "");
    if (!/accept-encoding|\*/i.test(vary))
      res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    if (!shouldCompress(req, res, status)) return;
    res.setHeader("content-encoding", "gzip");
    res.removeHeader("content-length");
    // A validator names the uncompressed bytes; the weak form says the content is the same.
    const etag = res.getHeader("etag");
    if (typeof etag === "string" && !etag.startsWith("W/")) res.setHeader("etag", `W/${etag}`);
    gzip = createGzip({ flush: constants.Z_NO_FLUSH });
    gzip.on("data", (data: Buffer) => (write as (chunk: Buffer) => boolean).call(res, data));
    gzip.on("error", (error) => res.destroy(error));
  };

  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    // Headers handed to writeHead itself count in the decision.
    const headers = rest.find((r) => r && typeof r === "object" && !Array.isArray(r)) as
      | Record<string, string | number | string[] | undefined>
      | undefined;
    if (headers) {
      for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
      rest = rest.filter((r) => r !== headers);
    }
    decide(status);
    return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];

  res.write = function (this: ServerResponse, chunk: Chunk, encoding?: unknown, cb?: unknown) {
    if (!res.headersSent) res.writeHead(res.statusCode);
    const callback = (typeof encoding === "function" ? encoding : cb) as WriteCallback | undefined;
    if (!gzip) return (write as (...a: unknown[]) => boolean).call(this, chunk, encoding, cb);
    gzip.write(toBuffer(chunk, encoding), callback);
    return true;
  } as ServerResponse["write"];

  res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, cb?: unknown) {
    const callback = [chunk, encoding, cb].find((f) => typeof f === "function") as WriteCallback | undefined;
    const data = typeof chunk === "function" ? undefined : (chunk as Chunk);
    if (!res.headersSent) {
      // The whole body is known: its length decides whether compressing is worth it.
      if (!res.getHeader("content-length")) res.setHeader("content-length", toBuffer(data, encoding).length);
      res.writeHead(res.statusCode);
    }
    const stream = gzip as Gzip | null;
    if (!stream) return (end as (...a: unknown[]) => ServerResponse).call(this, data, encoding, callback);
    stream.once("end", () => (end as (...a: unknown[]) => ServerResponse).call(res, callback));
    stream.end(toBuffer(data, encoding));
    return this;
  } as ServerResponse["end"];

  // Streamed pages: what has been written so far goes out now, not when zlib's window fills.
  (res as ServerResponse & { flush?: () => void }).flush = () => gzip?.flush(constants.Z_SYNC_FLUSH);
}
