import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import {
  exited,
  startApp,
  startVarnish,
  stopAll,
  varnishAvailable,
} from "../../../scripts/edge/processes.mjs";

/**
 * A multi-server setup on this machine for the cluster tests: a fresh PostgreSQL database with
 * the demo newsroom, a Redis of its own (so a test may stop and restart it), two app servers
 * (A and B) and Varnish in front of both. The app servers purge the edge through a relay the
 * test can make refuse purges (the "PURGE refused" fault).
 */
export interface ClusterNeeds {
  ok: boolean;
  missing: string[];
}

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;

export function clusterNeeds(): ClusterNeeds {
  const missing: string[] = [];
  if (!process.env.TEST_DATABASE_URL) missing.push("TEST_DATABASE_URL (a local PostgreSQL)");
  if (!has("redis-server", ["--version"])) missing.push("redis-server");
  if (!varnishAvailable()) missing.push("varnishd (apt-get install -y varnish varnish-modules)");
  return { ok: missing.length === 0, missing };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Several checkouts may run the cluster tests on one machine: CLUSTER_TEST_BASE_PORT moves them all.
const BASE_PORT = Number(process.env.CLUSTER_TEST_BASE_PORT ?? 3131);

export class Cluster {
  readonly ports = { a: BASE_PORT, b: BASE_PORT + 1, edge: BASE_PORT + 3000, redis: BASE_PORT + 3260 };
  dbUrl = "";
  private dbName = "";
  private redis: ChildProcess | null = null;
  private apps: Record<"a" | "b", ChildProcess | null> = { a: null, b: null };
  private varnish: ChildProcess | null = null;
  private relay: Server | null = null;
  private relayPort = 0;
  /** While true, the purge relay answers 403 instead of passing purges to Varnish. */
  refusePurges = false;
  purgesRefused = 0;

  get a() {
    return `http://127.0.0.1:${this.ports.a}`;
  }
  get b() {
    return `http://127.0.0.1:${this.ports.b}`;
  }
  get edge() {
    return `http://127.0.0.1:${this.ports.edge}`;
  }

  private appEnv(port: number): NodeJS.ProcessEnv {
    return {
      ...process.env,
      DATABASE_URL: this.dbUrl,
      REDIS_URL: `redis://127.0.0.1:${this.ports.redis}`,
      EDGE_PURGE_URLS: `http://127.0.0.1:${this.relayPort}`,
      TRUSTED_PROXY_HOPS: "1",
      SITE_URL: this.edge,
      PORT: String(port),
      // The race test reads as fast as it can: generous limits, so what is measured is freshness.
      PUBLIC_API_RATE_LIMIT: "1000000",
      MAX_INFLIGHT: "512",
    };
  }

  async start(): Promise<void> {
    const base = new URL(process.env.TEST_DATABASE_URL!);
    this.dbName = `claimledger_cluster_${process.pid}`;
    const admin = new pg.Client({ connectionString: base.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${this.dbName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${this.dbName}" TEMPLATE template0 ENCODING 'UTF8'`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${this.dbName}`;
    this.dbUrl = url.toString();
    for (const script of ["db:migrate", "db:seed"]) {
      const r = spawnSync("npm", ["run", "-s", script], {
        env: { ...process.env, DATABASE_URL: this.dbUrl },
        encoding: "utf8",
      });
      if (r.status !== 0) throw new Error(`${script}: ${r.stderr}`);
    }
    await this.startRedis();
    await this.startRelay();
    await Promise.all([this.startApp("a"), this.startApp("b")]);
    await this.startVarnish();
  }

  async startRedis(): Promise<void> {
    this.redis = spawn(
      "redis-server",
      ["--port", String(this.ports.redis), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: "ignore" },
    );
    for (let i = 0; i < 100; i++) {
      if (
        spawnSync("redis-cli", ["-p", String(this.ports.redis), "ping"], {
          encoding: "utf8",
        }).stdout.includes("PONG")
      )
        return;
      await sleep(100);
    }
    throw new Error("redis-server did not start");
  }

  async stopRedis(): Promise<void> {
    if (!this.redis) return;
    this.redis.kill("SIGKILL");
    await exited(this.redis);
    this.redis = null;
  }

  async startApp(which: "a" | "b"): Promise<void> {
    const port = this.ports[which];
    this.apps[which] = await startApp({
      port,
      env: this.appEnv(port),
      stdio: process.env.CLUSTER_TEST_LOGS ? "inherit" : "ignore",
    });
  }

  /** One more app server on the same database and Redis (not behind the edge). */
  async startExtraApp(port: number, env: Record<string, string>): Promise<ChildProcess> {
    return startApp({
      port,
      env: { ...this.appEnv(port), ...env },
      stdio: process.env.CLUSTER_TEST_LOGS ? "inherit" : "ignore",
    });
  }

  async killApp(which: "a" | "b"): Promise<void> {
    const child = this.apps[which];
    if (!child) return;
    child.kill("SIGKILL");
    await exited(child);
    this.apps[which] = null;
  }

  async startVarnish(): Promise<void> {
    this.varnish = await startVarnish({
      port: this.ports.edge,
      host: "0.0.0.0",
      backends: [
        { host: "127.0.0.1", port: this.ports.a },
        { host: "127.0.0.1", port: this.ports.b },
      ],
      workDir: `.data/cluster-test-edge-${this.ports.edge}`,
      memory: "128m",
      stdio: "ignore",
    });
    // Wait until Varnish's probes have seen both app servers healthy.
    await sleep(2500);
  }

  async restartVarnish(): Promise<void> {
    if (this.varnish) {
      this.varnish.kill("SIGTERM");
      await exited(this.varnish);
    }
    await this.startVarnish();
  }

  /** A relay in front of Varnish's purge endpoint, so a test can make purges fail. */
  private async startRelay(): Promise<void> {
    this.relay = createServer((req, res) => {
      if (this.refusePurges) {
        this.purgesRefused++;
        res.writeHead(403, { "content-type": "text/plain" });
        res.end("refused by the test\n");
        return;
      }
      const forward = httpRequest(
        { host: "127.0.0.1", port: this.ports.edge, method: req.method, path: req.url, headers: req.headers },
        (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        },
      );
      forward.on("error", () => {
        res.writeHead(502);
        res.end();
      });
      req.pipe(forward);
    });
    await new Promise<void>((r) => this.relay!.listen(0, "127.0.0.1", r));
    this.relayPort = (this.relay.address() as AddressInfo).port;
  }

  /** Outbox events not done yet. */
  async pendingOutbox(): Promise<{ id: string; attempts: number; lastError: string | null }[]> {
    const c = new pg.Client({ connectionString: this.dbUrl });
    await c.connect();
    try {
      const r = await c.query<{ id: string; attempts: number; lastError: string | null }>(
        `SELECT id::text, attempts, "lastError" FROM "OutboxEvent" WHERE "doneAt" IS NULL ORDER BY id`,
      );
      return r.rows;
    } finally {
      await c.end();
    }
  }

  async outboxStats(): Promise<{ total: number; retried: number }> {
    const c = new pg.Client({ connectionString: this.dbUrl });
    await c.connect();
    try {
      const r = await c.query<{ total: string; retried: string }>(
        `SELECT count(*)::text AS total, count(*) FILTER (WHERE attempts > 1)::text AS retried FROM "OutboxEvent"`,
      );
      return { total: Number(r.rows[0]!.total), retried: Number(r.rows[0]!.retried) };
    } finally {
      await c.end();
    }
  }

  async stop(): Promise<void> {
    await stopAll([this.varnish, this.apps.a, this.apps.b].filter(Boolean));
    await this.stopRedis();
    await new Promise<void>((r) => (this.relay ? this.relay.close(() => r()) : r()));
    if (this.dbName && process.env.TEST_DATABASE_URL) {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${this.dbName}" WITH (FORCE)`).catch(() => {});
      await admin.end();
    }
  }
}
