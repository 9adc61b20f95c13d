import type { ChildProcess, StdioOptions } from "node:child_process";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { Agent, request } from "node:http";
import { resolve } from "node:path";
import { Redis } from "ioredis";
import { childPids, rssMb, tailOf, watchServer, type SoakServer } from "./soak-servers";

/** scripts/edge/processes.mjs (plain JavaScript, no declaration file), as this bench uses it. */
interface EdgeProcesses {
  startApp(options: { port: number; env: NodeJS.ProcessEnv; stdio?: StdioOptions }): Promise<ChildProcess>;
  startVarnish(options: {
    port: number;
    backends: { host: string; port: number }[];
    workDir: string;
    memory?: string;
    stdio?: StdioOptions;
  }): Promise<ChildProcess>;
  stopAll(children: ChildProcess[], graceMs?: number): Promise<void>;
  varnishAvailable(): boolean;
}

/**
 * Loaded by a computed specifier: with allowJs off, a static import of an .mjs without a
 * declaration file does not type-check, and this stays right if one is added later.
 */
export async function edgeProcesses(): Promise<EdgeProcesses> {
  const specifier = new URL("../edge/processes.mjs", import.meta.url).href;
  return (await import(specifier)) as EdgeProcesses;
}

/**
 * Empties the soak's Redis: the whole database when the URL names one other than 0 (the
 * default, redis://127.0.0.1:6379/3, is the soak's own), else only the app's keys
 * (`claimledger:*`), so tag expiry times and rate-limit counts from earlier runs do not carry over.
 */
export async function resetRedis(url: string): Promise<string> {
  const db = Number(new URL(url).pathname.slice(1) || 0);
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000 });
  try {
    await redis.connect();
    if (db !== 0) {
      await redis.flushdb();
      return `flushed Redis database ${db}`;
    }
    let deleted = 0;
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", "claimledger:*", "COUNT", 500);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== "0");
    return `deleted ${deleted} claimledger:* key(s) from Redis database 0`;
  } finally {
    redis.disconnect();
  }
}

export interface Cluster {
  servers: SoakServer[];
  edge: ChildProcess;
  /** RSS of Varnish's worker process (the cache lives there), MB. */
  edgeRss(): number;
  /** Varnish counters (varnishstat -j), or null if varnishstat is unavailable. */
  edgeCounters(): Map<string, number> | null;
  /** When Varnish's health probe (/healthz) took an app server out of rotation or back. */
  healthChanges: { at: number; backend: string; change: "went sick" | "back healthy" }[];
}

/**
 * Starts `servers` app servers on ports basePort… and Varnish on edgePort in front of them, as
 * `npm run cluster` does. Every child is handed to `track` as soon as it exists, so the caller
 * can stop it whatever happens next.
 */
export async function startCluster(options: {
  servers: number;
  basePort: number;
  edgePort: number;
  workDir: string;
  memory?: string;
  env: NodeJS.ProcessEnv;
  track: (child: ChildProcess) => void;
}): Promise<Cluster> {
  const edge = await edgeProcesses();
  if (!edge.varnishAvailable())
    throw new Error("varnishd not found: apt-get install -y varnish varnish-modules");
  const ports = Array.from({ length: options.servers }, (_, i) => options.basePort + i);
  // Each process's stderr goes to a file in workDir (stdout too for Varnish): what it said is
  // kept even if it fails to start, and is followed from there while it runs.
  mkdirSync(options.workDir, { recursive: true });
  const logOf = (what: string) => resolve(options.workDir, `${what}.log`);
  const started = await Promise.allSettled(
    ports.map((port) =>
      edge.startApp({
        port,
        env: { ...options.env, PORT: String(port) },
        stdio: ["ignore", "pipe", openSync(logOf(`app-${port}`), "w")],
      }),
    ),
  );
  const servers: SoakServer[] = [];
  started.forEach((r, i) => {
    if (r.status === "fulfilled") {
      options.track(r.value);
      servers.push(watchServer(r.value, `:${ports[i]}`, { echo: true, logFile: logOf(`app-${ports[i]}`) }));
    }
  });
  const failed = started.findIndex((r) => r.status === "rejected");
  if (failed >= 0) {
    const reason = (started[failed] as PromiseRejectedResult).reason as Error;
    throw new Error(
      `${reason.message}; its log (${logOf(`app-${ports[failed]}`)}) ends:\n${tailOf(logOf(`app-${ports[failed]}`))}`,
    );
  }
  const edgeLog = openSync(logOf("varnishd"), "w");
  let varnish: ChildProcess;
  try {
    varnish = await edge.startVarnish({
      port: options.edgePort,
      backends: ports.map((port) => ({ host: "127.0.0.1", port })),
      workDir: options.workDir,
      memory: options.memory ?? "256m",
      stdio: ["ignore", edgeLog, edgeLog],
    });
  } catch (error) {
    throw new Error(
      `${(error as Error).message}; its log (${logOf("varnishd")}) ends:\n${tailOf(logOf("varnishd"))}`,
    );
  }
  options.track(varnish);
  const instance = resolve(options.workDir, "instance");
  // Probe results as Varnish logs them: an app server too busy to answer /healthz within the
  // probe's timeout is taken out of rotation, and with none left Varnish answers 503 itself.
  const healthChanges: Cluster["healthChanges"] = [];
  const probeLog = spawn("varnishlog", ["-n", instance, "-g", "raw", "-i", "Backend_health"], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  options.track(probeLog);
  let pending = "";
  probeLog.stdout.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      // "boot.app1 Went sick …" (Varnish 7; "Back healthy" in older versions).
      const m = /Backend_health\s+-\s+(?:\S+\.)?(\S+)\s+(?:Went|Back)\s+(sick|healthy)/.exec(line);
      if (m)
        healthChanges.push({
          at: Date.now(),
          backend: m[1]!,
          change: m[2] === "sick" ? "went sick" : "back healthy",
        });
    }
  });
  return {
    healthChanges,
    servers,
    edge: varnish,
    edgeRss: () => childPids(varnish.pid!).reduce((sum, pid) => sum + rssMb(pid), 0),
    edgeCounters: () => {
      const r = spawnSync("varnishstat", ["-n", instance, "-1", "-j", "-t", "5"], {
        encoding: "utf8",
        timeout: 10_000,
      });
      if (r.status !== 0 || !r.stdout) return null;
      try {
        const parsed = JSON.parse(r.stdout) as { counters?: Record<string, { value: number }> } & Record<
          string,
          unknown
        >;
        // Varnish 6.5+ nests the counters; older versions list them at the top level.
        const counters = (parsed.counters ?? parsed) as Record<string, { value?: number }>;
        return new Map(
          Object.entries(counters).flatMap(([k, v]) =>
            typeof v?.value === "number" ? [[k, v.value] as [string, number]] : [],
          ),
        );
      } catch {
        return null;
      }
    },
  };
}

/**
 * Readers for a cluster: each request leaves from one of `addresses` loopback addresses
 * (127.0.1.1, 127.0.1.2, …), so Varnish sees many clients and appends each one's own address
 * to X-Forwarded-For, as for readers on the internet; the app servers (TRUSTED_PROXY_HOPS=1)
 * then count the public API's rate limit per reader, not for one address.
 */
export function loopbackReaders(base: string, addresses: number) {
  const origin = new URL(base);
  // Idle sockets are dropped after 2 s, before Varnish's own idle timeout (timeout_idle, 5 s)
  // can close one under a request just being sent on it.
  const agent = new Agent({ keepAlive: true, timeout: 2000 });
  const local = (i: number) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
  const once = (
    path: string,
  ): Promise<{
    status: number;
    cache: string;
    retryAfter: string | undefined;
    location: string | undefined;
  }> => {
    const localAddress = local(Math.floor(Math.random() * addresses));
    return new Promise((done, fail) => {
      // As a browser asks: Varnish keeps the compressed object and sends it as it is.
      const headers = { accept: "*/*", "accept-encoding": "gzip" };
      const req = request(
        { host: origin.hostname, port: origin.port, path, method: "GET", headers, agent, localAddress },
        (res) => {
          res.resume();
          res.on("error", fail);
          res.on("end", () =>
            done({
              status: res.statusCode ?? 0,
              cache: String(res.headers["x-cache"] ?? "none"),
              retryAfter: res.headers["retry-after"],
              location: res.headers.location,
            }),
          );
        },
      );
      req.on("error", fail);
      req.end();
    });
  };
  return {
    /** GET, following redirects as fetch() does for the single-server soak. */
    async get(path: string): Promise<{ status: number; cache: string; retryAfter: string | undefined }> {
      for (let hops = 0; ; hops++) {
        const r = await once(path);
        if (![301, 302, 303, 307, 308].includes(r.status) || !r.location || hops >= 5) return r;
        const next = new URL(r.location, base);
        path = `${next.pathname}${next.search}`;
      }
    },
    close: () => agent.destroy(),
  };
}
