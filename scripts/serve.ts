// The production server: Next.js's request handler behind a small Node HTTP server that
// - answers /healthz (load balancers and Varnish probe it) and sheds load: beyond MAX_INFLIGHT
//   requests in progress it answers 503 with Retry-After instead of queueing without bound;
// - makes every public response (pages, feeds, the read API) cacheable by a shared cache: the
//   same bytes for every reader, `Cache-Control: public, s-maxage=…`, `Surrogate-Key`/`Cache-Tag`
//   naming what it shows (lib/edge/public-paths.mjs), no cookie, and a Content-Security-Policy
//   with the hashes of the page's own inline scripts (lib/security/csp-policy.mjs);
// - gives every staff page its own CSP nonce (see lib/security/csp.ts) and `no-store`;
// - answers again any public request that joined a render which turned out to predate a change
//   (lib/cache/handler.mjs), so nobody who asks after a change was answered sees the old state.
// Usage: node .next/serve.mjs [-p PORT] [-H HOST] (`npm run serve`; `npm run build` compiles this
// file there with esbuild, so production runs plain JavaScript); PORT from the environment
// otherwise (default 3000), all interfaces.
//
// It also starts with an empty runtime cache. Cached public pages and data belong to the
// database they were rendered from: a page cached before a restart — possibly against another
// database — must never be served after it. The cache handler keeps them in memory only, so app
// servers hold no state.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { compressResponse } from "../lib/http/compress-response";
import { sharedTags } from "../lib/cache/shared-tags.mjs";
import {
  isAssetPath,
  isFramablePath,
  isPublicPath,
  shortLivedMaxAge,
  surrogateKeysFor,
} from "../lib/edge/public-paths.mjs";
import { publicPagePolicy } from "../lib/security/csp-policy.mjs";
import { createTokenSwap } from "../lib/security/token-swap.mjs";

(process.env as Record<string, string>).NODE_ENV = "production";

function option(flags: string[], fallback: string): string {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => flags.includes(a));
  return (i >= 0 ? argv[i + 1] : undefined) || fallback;
}
const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
// Not $HOSTNAME: containers export it as their own name, which is not where readers connect.
const hostname = option(["-H", "--hostname"], "0.0.0.0");

const TOKEN_FILE = ".next/csp-nonce-token";
if (!existsSync(TOKEN_FILE)) {
  console.error("serve: no production build with a CSP token here; run `npm run build` first");
  process.exit(2);
}
const token = readFileSync(TOKEN_FILE, "utf8").trim();
process.env.CSP_NONCE_TOKEN = token;

for (const dir of [".next/server/route-cache", ".next/cache/fetch-cache"])
  rmSync(dir, { recursive: true, force: true });

const tokenBytes = Buffer.from(token, "latin1");

/**
 * Headers given to writeHead itself (an object, or a flat list of names and values) are moved
 * onto the response, so they are seen (and can be changed) before anything is sent. Returns
 * writeHead's other arguments.
 */
type HeaderValue = string | number | readonly string[];
type HeaderArgs = unknown[];

function moveHeadersOntoResponse(res: ServerResponse, args: HeaderArgs): HeaderArgs {
  const headers = args.find((r) => r && typeof r === "object") as
    | Record<string, HeaderValue | undefined>
    | unknown[]
    | undefined;
  if (!headers) return args;
  const pairs = (
    Array.isArray(headers)
      ? Array.isArray(headers[0])
        ? headers
        : headers.flatMap((v, i) => (i % 2 === 0 ? [[v, headers[i + 1]]] : []))
      : Object.entries(headers)
  ) as [string, HeaderValue | undefined][];
  for (const [k, v] of pairs) if (v !== undefined) res.setHeader(k, v);
  return args.filter((r) => r !== headers);
}

/**
 * Replaces the build token by a fresh nonce in this response's policy header and in the body of
 * a page or RSC payload.
 * The nonce has the token's length, so Content-Length stays valid; chunks are scanned with the
 * few bytes that could start a token carried over to the next one.
 */
function swapNonce(req: IncomingMessage, res: ServerResponse): void {
  const nonce = Buffer.from(randomBytes(18).toString("base64"), "latin1");
  const swap = createTokenSwap(tokenBytes, nonce);
  let html: boolean | null = null;
  let swapBody = false;

  const decide = () => {
    if (html !== null) return swapBody;
    const type = String(res.getHeader("content-type") ?? "");
    html = type.startsWith("text/html");
    // Pages and their RSC payloads (client navigations) carry the nonce; nothing else can.
    swapBody = html || type.startsWith("text/x-component");
    const policy = res.getHeader("content-security-policy");
    if (typeof policy === "string")
      res.setHeader("content-security-policy", policy.replaceAll(token, nonce.toString("latin1")));
    if (html) {
      // A validator would let a browser reuse a body whose nonce no longer matches the policy.
      res.removeHeader("etag");
    }
    return swapBody;
  };
  const transform = (chunk: unknown, encoding: unknown, final: boolean) =>
    swap.push(
      chunk instanceof Uint8Array
        ? chunk
        : Buffer.from(
            String(chunk ?? ""),
            typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
          ),
      final,
    );
  const { writeHead, write, end } = res;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    // Headers given to writeHead itself (an object, or a flat list of names and values) are
    // moved onto the response first, so the policy and content type are seen before sending.
    rest = moveHeadersOntoResponse(res, rest);
    decide();
    // Staff pages and APIs are per person: never kept by a browser or a shared cache. A live
    // event stream says so itself, with no-transform (nothing on the way may compress or buffer it).
    if (!req.url?.startsWith("/_next/") && !isEventStream(res)) res.setHeader("cache-control", "no-store");
    return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, cb?: unknown) {
    if (!decide()) return (write as (...a: unknown[]) => boolean).call(this, chunk, encoding, cb);
    const callback = typeof encoding === "function" ? encoding : cb;
    return (write as (...a: unknown[]) => boolean).call(this, transform(chunk, encoding, false), callback);
  } as ServerResponse["write"];
  res.end = function (
    this: ServerResponse,
    chunk?: unknown,
    encoding?: unknown,
    cb?: unknown,
  ): ServerResponse {
    const endAgain = res.end as (...a: unknown[]) => ServerResponse;
    if (typeof chunk === "function") return endAgain(undefined, undefined, chunk);
    if (typeof encoding === "function") return endAgain(chunk, undefined, encoding);
    if (!decide()) return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, encoding, cb);
    const out = transform(chunk, encoding, true);
    return (end as (...a: unknown[]) => ServerResponse).call(this, out.length ? out : undefined, cb);
  } as ServerResponse["end"];
  // Validators from an earlier response refer to a body with another nonce (build assets
  // never carry one and keep their 304s).
  if (!req.url?.startsWith("/_next/static/")) delete req.headers["if-none-match"];
}

function isEventStream(res: ServerResponse): boolean {
  return String(res.getHeader("content-type") ?? "").startsWith("text/event-stream");
}

// Live event streams (app/api/live) stay open as long as a dashboard page does: they are not
// requests in progress for admission control (they hold no render, a few bytes of memory), or a
// few dozen open pages would fill MAX_INFLIGHT and shed every other request. They have their own cap.
const LIVE_PATH = "/api/live";
const MAX_LIVE_STREAMS = Number(process.env.MAX_LIVE_STREAMS ?? 2000);
let liveStreams = 0;

// Public responses: how long a shared cache may keep them. Every change purges what it touched
// (lib/edge/outbox.ts), so this is only the safety net for a purge that never arrived.
const PUBLIC_S_MAXAGE = Number(process.env.PUBLIC_S_MAXAGE ?? 3600);
const CACHEABLE = new Set([200, 203, 301, 308, 404, 410]);
// How long a request may stay unsettled after its response closed before its slot is given back.
const HUNG_RENDER_MS = 15_000;
// Beyond this many requests in progress, new ones get 503 + Retry-After (memory stays bounded).
const MAX_INFLIGHT = Number(process.env.MAX_INFLIGHT ?? 32);
// Marks this server's own re-requests (a public request answered again, see below).
const INTERNAL = randomBytes(18).toString("base64url");
const shared = sharedTags();
const NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The key the cache handler notes a born-stale render under (normalizePagePath of the pathname). */
const renderKey = (pathname: string) => (pathname === "/" ? "/index" : pathname);

/**
 * Captures what Next.js writes for a public GET/HEAD, then sends it decorated for shared caches
 * — or, if a render this request joined turned out to predate a change answered meanwhile,
 * answers it again from a fresh render.
 */
function capturePublic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  startedAt: number,
  attempt: number,
  port: number,
): void {
  const { writeHead, write, end } = res;
  const chunks: Buffer[] = [];
  let status: number | null = null;
  res.flushHeaders = () => {};
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    status = statusCode;
    moveHeadersOntoResponse(res, rest);
    return res;
  }) as ServerResponse["writeHead"];
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"),
    );
  };
  res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
    collect(chunk, encoding);
    const callback = (typeof encoding === "function" ? encoding : cb) as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    collect(chunk, encoding);
    const callback = [chunk, encoding, cb].find((f) => typeof f === "function") as (() => void) | undefined;
    res.write = write;
    res.writeHead = writeHead;
    res.end = end;
    const code = status ?? res.statusCode;
    if (req.method === "GET" && attempt < 3 && shared.staleRenderAt(renderKey(pathname)) >= startedAt) {
      answerAgain(req, res, attempt + 1, port, callback);
      return res;
    }
    let body = Buffer.concat(chunks);
    decoratePublic(res, pathname, searchOf(req.url), code, body);
    if (
      String(res.getHeader("content-type") ?? "").startsWith("text/html") &&
      tokenBytes.length &&
      body.includes(tokenBytes)
    ) {
      // Never a build token in a shared page (it would let a script injection borrow the nonce).
      body = Buffer.from(body.toString("latin1").replaceAll(` nonce="${token}"`, ""), "latin1");
      res.setHeader("content-length", body.length);
    }
    (writeHead as (status: number) => ServerResponse).call(res, code);
    (end as (...a: unknown[]) => ServerResponse).call(
      res,
      req.method === "HEAD" ? undefined : body,
      callback,
    );
    return res;
  }) as ServerResponse["end"];
}

/** The query string of a request target ("?url=…"), or "". */
const searchOf = (url: string | undefined) => {
  const i = (url ?? "").indexOf("?");
  return i < 0 ? "" : (url ?? "").slice(i);
};

function decoratePublic(
  res: ServerResponse,
  pathname: string,
  search: string,
  status: number,
  body: Buffer,
): void {
  res.removeHeader("set-cookie");
  res.removeHeader("etag");
  if (!CACHEABLE.has(status)) {
    res.setHeader("cache-control", "no-store");
    return;
  }
  const keys = surrogateKeysFor(pathname, search) ?? [];
  const short = shortLivedMaxAge(pathname);
  res.setHeader(
    "cache-control",
    short !== null
      ? `public, max-age=${short}, s-maxage=${short}`
      : `public, max-age=0, s-maxage=${status === 404 || status === 410 ? 60 : PUBLIC_S_MAXAGE}`,
  );
  res.setHeader("surrogate-key", keys.join(" "));
  res.setHeader("cache-tag", keys.join(","));
  // Pages: their own inline scripts' hashes. Feeds, API answers, RSC payloads: nothing may run.
  // Embeds are the one kind of page any site may frame (next.config.js leaves X-Frame-Options off them).
  const html = String(res.getHeader("content-type") ?? "").startsWith("text/html");
  const frameAncestors = isFramablePath(pathname) ? "*" : "'none'";
  res.setHeader(
    "content-security-policy",
    html ? publicPagePolicy(body.toString("utf8"), { frameAncestors }) : NOTHING_RUNS,
  );
}

/** Sends the response of a fresh request for the same URL to this server (see capturePublic). */
function answerAgain(
  req: IncomingMessage,
  res: ServerResponse,
  attempt: number,
  port: number,
  callback: (() => void) | undefined,
): void {
  const headers: Record<string, string | string[] | undefined> = {
    ...req.headers,
    "x-claimledger-internal": `${INTERNAL}.${attempt}`,
  };
  delete headers["accept-encoding"]; // the outer response is compressed on its way out
  delete headers.connection;
  const inner = httpRequest(
    { host: "127.0.0.1", port, method: req.method, path: req.url, headers },
    (innerRes) => {
      // Nothing of the discarded answer stays (its length, its cache state): only the fresh one's headers.
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      for (const [k, v] of Object.entries(innerRes.headers)) {
        if (!["connection", "keep-alive", "transfer-encoding", "date"].includes(k) && v !== undefined)
          res.setHeader(k, v);
      }
      res.writeHead(innerRes.statusCode ?? 502);
      innerRes.pipe(res);
      if (callback) res.once("finish", callback);
    },
  );
  inner.on("error", (error) => {
    console.error("serve: could not answer again:", error.message);
    if (!res.headersSent)
      res.writeHead(503, {
        "retry-after": "1",
        "cache-control": "no-store",
        "content-type": "text/plain; charset=utf-8",
      });
    res.end("Busy, please retry.\n");
  });
  inner.end();
}

const { default: next } = await import("next");
// Next.js's own compression is off (next.config.js): it would run before the swap and hand it
// gzip bytes. Gzip runs here instead, under the swap and the public capture
// (lib/http/compress-response.ts; it leaves live event streams alone).

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

let inflight = 0;
const server = createServer((req, res) => {
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  if (pathname === "/healthz") {
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end("ok\n");
    return;
  }
  // Who is asking, as seen on the socket: lib/api/client-address.ts starts from it and trusts
  // only TRUSTED_PROXY_HOPS entries of X-Forwarded-For. A client cannot set it.
  const internal = /^([\w-]+)\.(\d)$/.exec(String(req.headers["x-claimledger-internal"] ?? ""));
  const attempt = internal && internal[1] === INTERNAL ? Number(internal[2]) : 0;
  delete req.headers["x-claimledger-internal"];
  if (!attempt) req.headers["x-claimledger-peer"] = req.socket.remoteAddress ?? "";
  const asset = isAssetPath(pathname);
  if (pathname === LIVE_PATH) {
    if (liveStreams >= MAX_LIVE_STREAMS) {
      res.writeHead(503, {
        "retry-after": "5",
        "cache-control": "no-store",
        "content-type": "text/plain; charset=utf-8",
      });
      res.end("Too many live streams on this server. Please retry in a moment.\n");
      return;
    }
    liveStreams++;
    res.once("close", () => liveStreams--);
  } else if (!asset && !attempt) {
    if (inflight >= MAX_INFLIGHT) {
      res.writeHead(503, {
        "retry-after": "1",
        "cache-control": "no-store",
        "content-type": "text/plain; charset=utf-8",
      });
      res.end("This server is busy. Please retry in a moment.\n");
      return;
    }
    inflight++;
  }
  compressResponse(req, res);
  if (isPublicPath(pathname) && (req.method === "GET" || req.method === "HEAD")) {
    capturePublic(req, res, pathname, Date.now(), attempt, port);
  } else {
    swapNonce(req, res);
  }
  // Counted until Next.js has finished the work, not until the client left: a render a proxy gave
  // up on still holds memory and CPU, and new work must not pile on top of it.
  // A render that never settles must not hold its slot for ever (32 of them and the server
  // answers nothing but 503): once its response has closed, it gets HUNG_RENDER_MS more, then the
  // slot is given back and the stuck request is logged.
  let released = asset || Boolean(attempt) || pathname === LIVE_PATH;
  const release = (hung: boolean) => {
    if (released) return;
    released = true;
    inflight--;
    if (hung)
      console.warn(
        `serve: ${req.method} ${req.url} still unsettled ${HUNG_RENDER_MS / 1000} s after its response closed; its admission slot is released`,
      );
  };
  res.once("close", () => setTimeout(() => release(true), HUNG_RENDER_MS).unref());
  handle(req, res)
    .catch((error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    })
    .finally(() => release(false));
});
// Idle keep-alive connections outlive a load balancer's own idle timeout (commonly 60 s), so the
// balancer never sends a request down a socket this server is just closing (a spurious 502).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () =>
  console.log(`ClaimLedger ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`),
);
// SIGUSR2 prints the server's memory as one JSON line (after a full collection when node runs
// with --expose-gc): how operators and `npm run bench:soak` tell a leak from a lazy collector.
process.on("SIGUSR2", () => {
  globalThis.gc?.();
  console.log(
    JSON.stringify({ memory: process.memoryUsage(), collected: typeof globalThis.gc === "function" }),
  );
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    void shared.close();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
