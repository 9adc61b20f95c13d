// Starts the production server (`next start`) with an empty runtime cache. Cached public pages
// and data belong to the database they were rendered from: a page cached before a restart —
// possibly against another database — must never be served after it. next.config.js also
// keeps the runtime cache in memory only (isrFlushToDisk: false), so app servers hold no state.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

for (const dir of [".next/server/route-cache", ".next/cache/fetch-cache"]) rmSync(dir, { recursive: true, force: true });

const server = spawn("npx", ["next", "start", ...process.argv.slice(2)], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
