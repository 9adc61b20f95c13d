import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// The e2e mail server's ports (SMTP, and HTTP for reading what arrived), beside the app servers'.
const mailSmtpPort = port + 20;
const mailHttpPort = port + 21;
const mailUrl = `http://127.0.0.1:${mailHttpPort}`;
process.env.E2E_MAIL_URL = mailUrl;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// With a PostgreSQL server for tests (CI sets TEST_DATABASE_URL), the suites that guard data —
// authorisation, fuzzing, cache freshness, XSS — also run against a server on PostgreSQL
// (scripts/e2e-server.mjs starts it on the next port, on a database of its own).
const postgres = process.env.TEST_DATABASE_URL ? new URL(process.env.TEST_DATABASE_URL) : null;
if (postgres)
  postgres.pathname = `/${decodeURIComponent(postgres.pathname.slice(1) || "claimledger")}_e2e`.replace(
    /[^a-z0-9_/]/g,
    "_",
  );

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser on these machines.
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "mobile", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /public-claims/ },
    ...(postgres
      ? [
          {
            name: "postgres",
            use: {
              ...devices["Desktop Chrome"],
              channel: undefined,
              baseURL: `http://127.0.0.1:${port + 1}`,
            },
            testMatch: /(authz-matrix|fuzz|public-cache|xss)\.spec/,
          },
        ]
      : []),
  ],
  webServer: [
    // The mail server the e2e app servers send notification e-mails to; tests read what arrived
    // at E2E_MAIL_URL (scripts/e2e-mail.mjs).
    {
      command: `node scripts/e2e-mail.mjs ${mailSmtpPort} ${mailHttpPort}`,
      url: `${mailUrl}/healthz`,
      timeout: 30_000,
      reuseExistingServer: false,
    },
    {
      command: "node scripts/e2e-server.mjs",
      url: `http://127.0.0.1:${port}/claims`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PGLITE_DATA_DIR: ".data/e2e-pglite",
        E2E_PORT: String(port),
        DATABASE_URL: "",
        E2E_POSTGRES_URL: postgres?.toString() ?? "",
        NEXT_TELEMETRY_DISABLED: "1",
        SMTP_URL: `smtp://127.0.0.1:${mailSmtpPort}`,
        // The webhook specs' receivers listen on 127.0.0.1 (a closed test network: lib/env.ts).
        WEBHOOK_ALLOW_PRIVATE: "always",
        // Article pages fetched for ingestion may be on this machine (fixture sites, the app itself).
        INGEST_ALLOWED_HOSTS: "127.0.0.1",
      },
    },
  ],
});
