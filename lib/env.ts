import { z } from "zod";

/**
 * Every environment variable the app reads, validated once. Nothing here is required:
 * with no configuration the app runs on an embedded PGlite database in `.data/pglite`.
 */
const envFields = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // postgres://… selects PostgreSQL; anything else (or unset) selects embedded PGlite.
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for embedded PGlite)",
    }),
  // Folder of the embedded PGlite database, or "memory://" for a throw-away in-memory one.
  PGLITE_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
  // Session signing secret. Unset: one is generated once and kept in the database, so every
  // app server sharing the database signs sessions alike with no setup.
  NEXTAUTH_SECRET: z
    .string()
    .min(32, { message: "NEXTAUTH_SECRET must be at least 32 characters" })
    .optional(),
  // Public origin of the site, for canonical URLs, feeds and JSON-LD (pages are cached, so
  // they cannot read it from the request).
  SITE_URL: z
    .string()
    .trim()
    .default("http://localhost:3000")
    .refine((v) => /^https?:\/\/[^/]+$/.test(v.replace(/\/$/, "")), {
      message: "SITE_URL must be an origin like https://claims.example.org",
    })
    .transform((v) => v.replace(/\/$/, "")),
  // The publishing organisation readers and search engines see: the site's name in page titles,
  // OpenGraph and feeds, and the author/publisher of ClaimReview JSON-LD.
  SITE_NAME: z
    .string()
    .trim()
    .default("ClaimLedger")
    .refine((v) => v.length >= 1 && v.length <= 100, {
      message: "SITE_NAME must be 1 to 100 characters (the newsroom's name, e.g. SITE_NAME=Báo Ví Dụ)",
    })
    .transform((v) => v.normalize("NFC")),
  // The organisation's logo for ClaimReview JSON-LD: an absolute http(s) URL, or a path on this
  // site (resolved against SITE_URL). Default: the site's own icon.
  SITE_LOGO_URL: z
    .string()
    .trim()
    .default("/icon.svg")
    .refine((v) => /^https?:\/\/[^/\s]+(\/\S*)?$/.test(v) || /^\/[^/\s]\S*$/.test(v), {
      message: "SITE_LOGO_URL must be an absolute http(s) URL or a path on this site like /logo.png",
    }),
  // Where the seed articles live (read at seed time; not part of the project).
  SEED_ARTICLES_DIR: z.string().trim().min(1).default("../shared/seeds"),
  // Redis shared by the app servers (cache tag state, rate limits). Unset: one server, all in memory.
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^rediss?:\/\//.test(v), {
      message: "REDIS_URL must be a redis:// or rediss:// URL",
    }),
  // Edge caches (Varnish) to purge by surrogate key after every change, comma-separated base URLs.
  EDGE_PURGE_URLS: z
    .string()
    .trim()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .refine((urls) => urls.every((u) => /^https?:\/\/[^/\s]+\/?$/.test(u)), {
      message: "EDGE_PURGE_URLS must be comma-separated origins like http://127.0.0.1:6081",
    }),
  // How many proxies in front of the app append to X-Forwarded-For (lib/api/client-address.ts).
  TRUSTED_PROXY_HOPS: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d+$/.test(v), {
      error: (issue) =>
        `TRUSTED_PROXY_HOPS must be a whole number ≥ 0: how many proxies in front of the app append to X-Forwarded-For (0, the default, ignores the header) (got ${JSON.stringify(issue.input)})`,
    })
    .transform((v) => (v ? Number(v) : 0)),
  // Mail server for notification e-mails (lib/mail/), e.g. smtp://user:pass@mail.example.org:587 or
  // smtps://…:465. Unset: notifications stay in the app and nothing is e-mailed.
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^smtps?:\/\/[^/\s]+/.test(v), {
      message: "SMTP_URL must be an smtp:// or smtps:// URL (leave it unset to send no e-mail)",
    }),
  // The sender of notification e-mails.
  MAIL_FROM: z.string().trim().min(3).default("ClaimLedger <no-reply@claimledger.invalid>"),
  // Requests per minute per client on /api/v1 (lib/api/rate-limit.ts).
  PUBLIC_API_RATE_LIMIT: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d+$/.test(v) && Number(v) >= 1), {
      message: "PUBLIC_API_RATE_LIMIT must be a whole number ≥ 1 (requests per minute per client)",
    })
    .transform((v) => (v ? Number(v) : 300)),
  // Webhook endpoints (lib/webhooks/) must be public addresses (lib/net/public-address.ts). "1"
  // also allows private and loopback receivers outside production (tests, a local partner);
  // "always" allows them in production too — only for a closed test network, like the e2e server.
  WEBHOOK_ALLOW_PRIVATE: z
    .string()
    .trim()
    .default("")
    .refine((v) => ["", "0", "1", "always"].includes(v), {
      message: 'WEBHOOK_ALLOW_PRIVATE must be "1" (not in production), "always" or unset',
    }),
  // Article URLs fetched for ingestion (lib/ingest/url/) must be public addresses; hosts listed
  // here (names or IP literals, comma-separated, e.g. an intranet CMS, or 127.0.0.1 for tests)
  // may be private or loopback.
  INGEST_ALLOWED_HOSTS: z
    .string()
    .trim()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((h) =>
          h
            .trim()
            .toLowerCase()
            .replace(/^\[|\]$/g, ""),
        )
        .filter(Boolean),
    ),
};
const envSchema = z.object(envFields);

export type Env = z.infer<typeof envSchema>;

function parseWith<S extends z.ZodObject>(
  schema: S,
  source: Record<string, string | undefined>,
): z.output<S> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${details}`);
  }
  return parsed.data;
}

/** One variable validated from another source (tests; modules that take their setting as a parameter). */
export function envVariableFrom<K extends keyof typeof envFields>(
  name: K,
  source: Record<string, string | undefined>,
): Env[K] {
  return (parseWith(z.object({ [name]: envFields[name] }), source) as Record<K, Env[K]>)[name];
}

export const env: Env = parseWith(envSchema, process.env);

if (env.NODE_ENV === "production" && env.WEBHOOK_ALLOW_PRIVATE === "1") {
  throw new Error(
    'Invalid environment configuration:\n  WEBHOOK_ALLOW_PRIVATE: "1" is refused in production (webhooks could then reach the servers\' own network); say "always" if that is really meant',
  );
}
