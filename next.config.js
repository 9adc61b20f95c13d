import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

// Sign-in works on whatever host and port the app is served from unless NEXTAUTH_URL pins
// the public URL (set it in production behind a proxy).
if (!process.env.NEXTAUTH_URL && !process.env.AUTH_TRUST_HOST) process.env.AUTH_TRUST_HOST = "1";

// The staff dashboard's messages (locale from the `locale` cookie, see i18n/request.ts). The public
// site's pages are cached and must never read cookies: they translate with i18n/public.ts, which
// does not go through this request configuration.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Security headers on every response. The Content-Security-Policy is set by proxy.ts and
// scripts/serve.ts (staff pages: a nonce per response; public pages: inline-script hashes).
// X-Frame-Options is set apart: embeds (app/embed) are the one path other sites may frame.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  // HSTS only where the site is really served over HTTPS.
  ...(process.env.NODE_ENV === "production" && (process.env.SITE_URL ?? "").startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Every path but /embed/… refuses to be framed (lib/edge/public-paths.mjs isFramablePath;
      // their CSP says frame-ancestors 'none' too, and * on embeds).
      { source: "/:path((?!embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    ];
  },
  // PGlite loads its WASM and extension bundles from its own package folder at run time;
  // bundled by Turbopack it cannot find them. Argon2 is a native addon. The Redis client, the
  // job queue and the cache modules are shared with the (unbundled) server and cache handler.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pg",
    "ioredis",
    "graphile-worker",
    "lru-cache",
    "rate-limiter-flexible",
  ],
  poweredByHeader: false,
  // Rendered pages and cached data: each app server keeps them in memory (an LRU of CACHE_MAX_BYTES,
  // 16 MB by default), and which tags expired is shared by all servers through Redis, so a change
  // answered by one server is never served stale by another (lib/cache/handler.mjs).
  cacheHandler: fileURLToPath(new URL("./lib/cache/handler.mjs", import.meta.url)),
  // No validator on HTML: staff pages carry a nonce per response, and hashing every public page
  // body per request to make one costs more than the rest of a cache hit.
  generateEtags: false,
  // scripts/serve.ts compresses after it has put each response's nonce or hashes in; compressing
  // here would hand it gzip bytes.
  compress: false,
  experimental: {
    // Cached pages and data stay in memory: nothing rendered from one database outlives the
    // process (app servers are stateless and may be restarted against another database).
    isrFlushToDisk: false,
    // forbidden() for dashboard pages a role may not open: the styled 403 page app/forbidden.tsx
    // (lib/auth/actor.ts requirePageAction) instead of an unstyled 500 or an ad-hoc alert.
    authInterrupts: true,
  },
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
