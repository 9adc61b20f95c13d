// The production server: Next.js's request handler behind a small Node HTTP server that gives
// every HTML response its own CSP nonce (see lib/security/csp.ts). Usage: node scripts/serve.mjs
// [-p PORT] [-H HOST]; PORT from the environment otherwise (default 3000), all interfaces.
//
// It also starts with an empty runtime cache. Cached public pages and data belong to the
// database they were rendered from: a page cached before a restart — possibly against another
// database — must never be served after it. next.config.js keeps the runtime cache in memory
// only (isrFlushToDisk: false), so app servers hold no state.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";

process.env.NODE_ENV = "production";

function option(flags, fallback) {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => flags.includes(a));
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
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

for (const dir of [".next/server/route-cache", ".next/cache/fetch-cache"]) rmSync(dir, { recursive: true, force: true });

const tokenBytes = Buffer.from(token, "latin1");

/** Length of the longest tail of `buf` that is a proper prefix of the token (kept for the next chunk). */
function partialTokenTail(buf) {
  for (let n = Math.min(tokenBytes.length - 1, buf.length); n > 0; n--) {
    if (buf.subarray(buf.length - n).equals(tokenBytes.subarray(0, n))) return n;
  }
  return 0;
}

/**
 * Replaces the build token by a fresh nonce in this response's policy header and in the body of
 * a page or RSC payload.
 * The nonce has the token's length, so Content-Length stays valid; chunks are scanned with the
 * few bytes that could start a token carried over to the next one.
 */
function swapNonce(req, res) {
  const nonce = Buffer.from(randomBytes(18).toString("base64"), "latin1");
  let html = null;
  let swapBody = false;
  let carry = Buffer.alloc(0);

  const decide = () => {
    if (html !== null) return swapBody;
    const type = String(res.getHeader("content-type") ?? "");
    html = type.startsWith("text/html");
    // Pages and their RSC payloads (client navigations) carry the nonce; nothing else can.
    swapBody = html || type.startsWith("text/x-component");
    const policy = res.getHeader("content-security-policy");
    if (typeof policy === "string") res.setHeader("content-security-policy", policy.replaceAll(token, nonce.toString("latin1")));
    if (html) {
      // A validator would let a browser reuse a body whose nonce no longer matches the policy,
      // and a shared cache would hand one nonce to every reader: this server is the page cache.
      res.removeHeader("etag");
      if (/s-maxage|public/.test(String(res.getHeader("cache-control") ?? ""))) res.setHeader("cache-control", "private, no-cache");
    }
    return swapBody;
  };
  const transform = (chunk, encoding, final) => {
    const bytes =
      chunk instanceof Uint8Array
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.from(chunk ?? "", typeof encoding === "string" ? encoding : "utf8");
    // Always a copy: the chunk may be the page cache's own buffer.
    const buf = Buffer.concat([carry, bytes]);
    for (let at = buf.indexOf(tokenBytes); at >= 0; at = buf.indexOf(tokenBytes, at + nonce.length)) nonce.copy(buf, at);
    const keep = final ? 0 : partialTokenTail(buf);
    carry = Buffer.from(buf.subarray(buf.length - keep));
    return buf.subarray(0, buf.length - keep);
  };

  const { writeHead, write, end } = res;
  res.writeHead = function (status, ...rest) {
    // Headers given to writeHead itself (an object, or a flat list of names and values) are
    // moved onto the response first, so the policy and content type are seen before sending.
    const headers = rest.find((r) => r && typeof r === "object");
    if (headers) {
      const pairs = Array.isArray(headers)
        ? Array.isArray(headers[0])
          ? headers
          : headers.flatMap((v, i) => (i % 2 === 0 ? [[v, headers[i + 1]]] : []))
        : Object.entries(headers);
      for (const [k, v] of pairs) if (v !== undefined) res.setHeader(k, v);
      rest = rest.filter((r) => r !== headers);
    }
    decide();
    return writeHead.call(this, status, ...rest);
  };
  res.write = function (chunk, encoding, cb) {
    if (!decide()) return write.call(this, chunk, encoding, cb);
    const callback = typeof encoding === "function" ? encoding : cb;
    return write.call(this, transform(chunk, encoding, false), callback);
  };
  res.end = function (chunk, encoding, cb) {
    if (typeof chunk === "function") return res.end(undefined, undefined, chunk);
    if (typeof encoding === "function") return res.end(chunk, undefined, encoding);
    if (!decide()) return end.call(this, chunk, encoding, cb);
    const out = transform(chunk, encoding, true);
    return end.call(this, out.length ? out : undefined, cb);
  };
  // Validators from an earlier response refer to a body with another nonce (build assets
  // never carry one and keep their 304s).
  if (!req.url?.startsWith("/_next/static/")) delete req.headers["if-none-match"];
}

const { default: next } = await import("next");
// Next.js's own compression is off (next.config.js): it would run before the swap and hand it
// gzip bytes. The same middleware runs here, after the swap.
const compression = createRequire(import.meta.url)("next/dist/compiled/compression");
const compress = compression();

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  compress(req, res, () => {});
  swapNonce(req, res);
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
// Idle keep-alive connections outlive a load balancer's own idle timeout (commonly 60 s), so the
// balancer never sends a request down a socket this server is just closing (a spurious 502).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`ClaimLedger ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
// SIGUSR2 prints the server's memory as one JSON line (after a full collection when node runs
// with --expose-gc): how operators and `npm run bench:soak` tell a leak from a lazy collector.
process.on("SIGUSR2", () => {
  globalThis.gc?.();
  console.log(JSON.stringify({ memory: process.memoryUsage(), collected: typeof globalThis.gc === "function" }));
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
