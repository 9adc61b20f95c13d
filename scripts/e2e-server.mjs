// The server Playwright tests run against: a fresh embedded database with the demo data and
// a production build (`next build` + `next start`), never the developer's own data folder.
import { spawnSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";

const dataDir = process.env.PGLITE_DATA_DIR;
if (!dataDir || !dataDir.includes("e2e")) {
  console.error("e2e-server: PGLITE_DATA_DIR must be set to a dedicated e2e folder");
  process.exit(2);
}
rmSync(dataDir, { recursive: true, force: true });

for (const script of ["db:migrate", "db:seed", "build"]) {
  const r = spawnSync("npm", ["run", "-s", script], { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const server = spawn("node", ["scripts/serve.mjs", "-p", process.env.E2E_PORT ?? "3100"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
