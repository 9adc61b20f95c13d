// Starting and stopping the pieces of a multi-server setup on one machine: app servers
// (scripts/serve.ts) and Varnish with the project's VCL. Used by `npm run cluster`, by the
// cluster tests and by `npm run bench:edge`.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderVcl, VARNISH_PARAMS } from "./vcl.mjs";

const ROOT = resolve(new URL("../..", import.meta.url).pathname);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function exited(child) {
  return new Promise((r) =>
    child.exitCode !== null || child.signalCode !== null ? r() : child.once("exit", () => r()),
  );
}

async function waitFor(url, child, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}) while starting`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.body?.cancel();
      return;
    } catch {
      await sleep(150);
    }
  }
  child.kill("SIGKILL");
  throw new Error(`${what} did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/** Starts one app server (production build) on 127.0.0.1:port and waits until it answers. */
export async function startApp({ port, env, stdio = "inherit", host = "127.0.0.1" }) {
  const child = spawn(
    process.execPath,
    ["--max-old-space-size=512", ".next/serve.mjs", "-p", String(port), "-H", host],
    {
      cwd: ROOT,
      env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio,
    },
  );
  await waitFor(`http://127.0.0.1:${port}/healthz`, child, `app server :${port}`, 90_000);
  return child;
}

export function varnishAvailable() {
  return spawnSync("varnishd", ["-V"], { stdio: "ignore" }).status === 0;
}

/**
 * Starts Varnish in the foreground (a child process) on host:port in front of the given app
 * servers, with the project's VCL, and waits until it answers.
 */
export async function startVarnish({
  port,
  backends,
  purgers = [],
  workDir,
  host = "127.0.0.1",
  memory = "256m",
  stdio = "inherit",
}) {
  const dir = resolve(ROOT, workDir);
  mkdirSync(dir, { recursive: true });
  const vclFile = resolve(dir, "claimledger.vcl");
  writeFileSync(vclFile, renderVcl({ backends, purgers }));
  const args = [
    "-F",
    "-n",
    resolve(dir, "instance"),
    "-a",
    `${host}:${port}`,
    "-f",
    vclFile,
    "-s",
    `malloc,${memory}`,
    "-T",
    "none",
  ];
  for (const p of VARNISH_PARAMS) args.push("-p", p);
  const child = spawn("varnishd", args, { cwd: dir, stdio });
  await waitFor(`http://127.0.0.1:${port}/healthz`, child, `varnish :${port}`, 30_000);
  return child;
}

/** Stops children gracefully (SIGTERM), then forcefully after a grace period. */
export async function stopAll(children, graceMs = 8000) {
  const alive = children.filter((c) => c && c.exitCode === null && c.signalCode === null);
  for (const c of alive) c.kill("SIGTERM");
  const timer = setTimeout(() => {
    for (const c of alive) c.kill("SIGKILL");
  }, graceMs);
  await Promise.all(alive.map(exited));
  clearTimeout(timer);
}
