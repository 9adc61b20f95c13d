// The servers Playwright tests run against: a fresh embedded database with the demo data and
// a production build (`next build` + `next start`), never the developer's own data folder.
// When E2E_POSTGRES_URL names a local PostgreSQL database, a second server on E2E_PORT + 1 runs
// the same build on that database (recreated and seeded here), for the suites that must hold on
// both databases (playwright.config.ts, project "postgres").
import { spawnSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";

const dataDir = process.env.PGLITE_DATA_DIR;
if (!dataDir?.includes("e2e")) {
  console.error("e2e-server: PGLITE_DATA_DIR must be set to a dedicated e2e folder");
  process.exit(2);
}
const port = Number(process.env.E2E_PORT ?? "3100");
rmSync(dataDir, { recursive: true, force: true });

function npm(script, env) {
  const r = spawnSync("npm", ["run", "-s", script], { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Drops and recreates the named database: every run starts from the demo data alone. */
async function recreate(url) {
  const target = new URL(url);
  // Tests create and drop databases: never anything but a local server.
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(target.hostname))
    throw new Error(`E2E_POSTGRES_URL must be local, not ${target.hostname}`);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes("e2e"))
    throw new Error(`E2E_POSTGRES_URL must name a dedicated e2e database, not "${name}"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

async function answering(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`e2e-server: ${url} did not answer in time`);
}

npm("db:migrate", process.env);
npm("db:seed", process.env);
const servers = [];
const postgresUrl = process.env.E2E_POSTGRES_URL;
if (postgresUrl) {
  await recreate(postgresUrl);
  const env = { ...process.env, DATABASE_URL: postgresUrl };
  npm("db:migrate", env);
  npm("db:seed", env);
}
npm("build", process.env);
if (postgresUrl) {
  // Started and answering before the PGlite server, whose address Playwright waits for.
  servers.push(
    spawn("node", [".next/serve.mjs", "-p", String(port + 1)], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: postgresUrl },
    }),
  );
  await answering(`http://127.0.0.1:${port + 1}/claims`, Date.now() + 120_000);
}
servers.push(spawn("node", [".next/serve.mjs", "-p", String(port)], { stdio: "inherit", env: process.env }));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const s of servers) s.kill(signal);
  });
}
for (const s of servers) {
  s.on("exit", (code) => {
    for (const other of servers) if (other !== s) other.kill("SIGTERM");
    process.exit(code ?? 0);
  });
}
