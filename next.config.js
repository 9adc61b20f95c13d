import createNextIntlPlugin from "next-intl/plugin";

// Sign-in works on whatever host and port the app is served from unless NEXTAUTH_URL pins
// the public URL (set it in production behind a proxy).
if (!process.env.NEXTAUTH_URL && !process.env.AUTH_TRUST_HOST) process.env.AUTH_TRUST_HOST = "1";

// The staff dashboard's messages (locale from the `locale` cookie, see i18n/request.ts). The public
// site does not use next-intl: its pages are cached and must never read cookies.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and extension bundles from its own package folder at run time;
  // bundled by Turbopack it cannot find them. Argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  experimental: {
    // Cached pages and data stay in memory: nothing rendered from one database outlives the
    // process (app servers are stateless and may be restarted against another database).
    isrFlushToDisk: false,
  },
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
