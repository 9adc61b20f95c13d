// npm run cluster: several app servers and Varnish in front of them, on this machine, in the
// foreground (Ctrl-C or SIGTERM stops them all). Needs DATABASE_URL (PostgreSQL: every app
// server must see the same data) and REDIS_URL (the cache tag state, rate limits).
//
//   CLUSTER_SERVERS   app servers (default 2), on ports CLUSTER_BASE_PORT (3101), 3102, …
//   EDGE_PORT         where Varnish listens (default 6081), on EDGE_HOST (default 0.0.0.0)
//   EDGE_MEMORY       Varnish cache size (default 256m)
//   --build           rebuild even if a production build exists
//   --seed            load the demo newsroom (idempotent) after migrating
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { startApp, startVarnish, stopAll, varnishAvailable } from "./edge/processes.mjs";

const argv = process.argv.slice(2);
const fail = (message) => {
  console.error(`cluster: ${message}`);
  process.exit(2);
};

const { DATABASE_URL, REDIS_URL } = process.env;
if (!DATABASE_URL || !/^postgres(ql)?:\/\//.test(DATABASE_URL)) {
  fail(
    "set DATABASE_URL to a PostgreSQL database (e.g. postgres://postgres@127.0.0.1:5432/claimledger): every app server must share it; PGlite is one process only.",
  );
}
if (!REDIS_URL || !/^rediss?:\/\//.test(REDIS_URL))
  fail("set REDIS_URL (e.g. redis://127.0.0.1:6379): the app servers share their cache state through it.");
if (!varnishAvailable()) fail("varnishd not found: apt-get install -y varnish varnish-modules");

const servers = Number(process.env.CLUSTER_SERVERS ?? 2);
const basePort = Number(process.env.CLUSTER_BASE_PORT ?? 3101);
const edgePort = Number(process.env.EDGE_PORT ?? 6081);
const edgeHost = process.env.EDGE_HOST ?? "0.0.0.0";
if (!Number.isInteger(servers) || servers < 1 || servers > 32)
  fail("CLUSTER_SERVERS must be a whole number from 1 to 32");

function npm(script) {
  console.log(`cluster: npm run ${script}`);
  const r = spawnSync("npm", ["run", "-s", script], { stdio: "inherit", env: process.env });
  if (r.status !== 0) fail(`npm run ${script} failed`);
}

if (argv.includes("--build") || !existsSync(".next/BUILD_ID") || !existsSync(".next/csp-nonce-token"))
  npm("build");
npm("db:migrate");
if (argv.includes("--seed")) npm("db:seed");

const edgeOrigin = `http://127.0.0.1:${edgePort}`;
const appEnv = {
  ...process.env,
  // Every server purges this edge (and any the operator listed) after each change.
  EDGE_PURGE_URLS: [
    ...new Set([
      edgeOrigin,
      ...(process.env.EDGE_PURGE_URLS ?? "")
        .split(",")
        .map((u) => u.trim())
        .filter(Boolean),
    ]),
  ].join(","),
  // Readers reach the servers through Varnish, which appends their address to X-Forwarded-For.
  TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS ?? "1",
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${edgePort}`,
};

const children = [];
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log("cluster: stopping");
  await stopAll(children);
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void shutdown(0));

try {
  const ports = Array.from({ length: servers }, (_, i) => basePort + i);
  const apps = await Promise.all(
    ports.map((port) => startApp({ port, env: { ...appEnv, PORT: String(port) } })),
  );
  children.push(...apps);
  const varnish = await startVarnish({
    port: edgePort,
    host: edgeHost,
    backends: ports.map((port) => ({ host: "127.0.0.1", port })),
    workDir: `.data/cluster-edge-${edgePort}`,
    memory: process.env.EDGE_MEMORY ?? "256m",
  });
  children.push(varnish);
  for (const child of children) {
    child.on("exit", (code, signal) => {
      if (!stopping) console.error(`cluster: a process exited (${code ?? signal}); the others keep running`);
    });
  }
  console.log(
    `cluster: ${servers} app server(s) on ${ports.map((p) => `127.0.0.1:${p}`).join(", ")}; Varnish on ${edgeHost}:${edgePort}`,
  );
  console.log(`cluster: readers → http://localhost:${edgePort}/   (Ctrl-C stops everything)`);
} catch (error) {
  console.error(`cluster: ${error.message}`);
  await shutdown(1);
}
