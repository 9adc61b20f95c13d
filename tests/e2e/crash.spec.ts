// Crash safety: the production server is killed with SIGKILL in the middle of a burst of edits.
// After a restart every edit the server acknowledged is there, with its revision and its audit
// event, and no claim is half written (row, topics, revision and audit always agree). On PGlite
// the database engine dies with the process, so this is also PGlite's own crash recovery.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";
import { testDatabaseKinds } from "../helpers/databases";
import { apiAs, users } from "./support/session";

// The port is the operating system's choice, not a fixed number: a fixed one collided with the
// PostgreSQL e2e server on E2E_PORT + 1 in CI, and the test then edited that server's database.
let PORT = Number(process.env.CRASH_PORT ?? 0);
let BASE = "";
const CLAIMS = 8;
const KILL_AFTER_ACKS = 60;
const TOPIC_SETS = [["trilateral-talks"], ["peace-plan", "trilateral-talks"], []] as const;

interface ClaimState {
  id: string;
  version: number;
  venue: string | null;
  topics: string[];
  revisions: { version: number; venue: string | null; topics: string[] }[];
  audits: { action: string; venue: string | null }[];
}

function npm(script: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync("npm", ["run", "-s", script], { env, encoding: "utf8" });
  expect(r.status, `${script}: ${r.stderr}`).toBe(0);
}

function readState(env: NodeJS.ProcessEnv, ids: string[]): ClaimState[] {
  const r = spawnSync("npx", ["tsx", "tests/e2e/support/crash-state.ts", ...ids], {
    env,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as ClaimState[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  if (!PORT) PORT = await freePort();
  BASE = `http://127.0.0.1:${PORT}`;
  const server = spawn("node", [".next/serve.mjs", "-p", String(PORT), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  server.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  for (let i = 0; i < 120; i++) {
    // An answer from the port proves nothing if our own server has already died (port taken).
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(
        `crash-test server exited (${server.exitCode ?? server.signalCode}) before it served: ${stderr}`,
      );
    try {
      if ((await fetch(`${BASE}/claims`)).ok && server.exitCode === null) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill("SIGKILL");
  throw new Error("crash-test server did not start");
}

const exited = (p: ChildProcess) =>
  new Promise<void>((resolve) =>
    p.exitCode !== null || p.signalCode !== null ? resolve() : p.once("exit", () => resolve()),
  );

const venueOf = (claim: number, edit: number) => `crash-${claim}-${edit}`;
const topicsOf = (edit: number) => [...TOPIC_SETS[edit % TOPIC_SETS.length]!].sort();

for (const kind of testDatabaseKinds()) {
  test(`SIGKILL during a burst of edits on ${kind.name}: every acknowledged edit survives with its audit event`, async () => {
    test.setTimeout(240_000);
    const db = await kind.create();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: db.target.kind === "postgres" ? db.target.url : "",
      PGLITE_DATA_DIR: db.target.kind === "pglite" ? db.target.dataDir : ".data/unused",
    };
    let running: ChildProcess | null = null; // for the cleanup below
    try {
      npm("db:migrate", env);
      npm("db:seed", env);
      let server = await startServer(env);
      running = server;

      const api = await apiAs(users.owner, BASE);
      const { speakers } = (await (await api.get("/api/speakers")).json()) as { speakers: { id: string }[] };
      const base = {
        speakerId: speakers[0]!.id,
        quote: "Câu nói dùng cho bài kiểm tra sập máy chủ.",
        kind: "DIRECT",
        saidAtPrecision: "DAY",
      };
      const created: { id: string; version: number }[] = [];
      for (let c = 0; c < CLAIMS; c++) {
        const res = await api.post("/api/claims", {
          data: { ...base, venue: venueOf(c, 0), topics: topicsOf(0) },
        });
        expect(res.status(), await res.text()).toBe(201);
        created.push((await res.json()) as { id: string; version: number });
      }

      // Each claim gets a chain of edits, each based on the version the previous one returned;
      // the chains run side by side until the server is killed under them.
      const acknowledged: { claim: number; id: string; version: number; venue: string }[] = [];
      let killed = false;
      const chain = async (c: number) => {
        let { id, version } = created[c]!;
        for (let edit = 1; !killed; edit++) {
          const res = await api
            .patch(`/api/claims/${id}`, {
              data: { ...base, venue: venueOf(c, edit), topics: topicsOf(edit), version },
            })
            // Only the kill may end a chain: a failed request before it is a failure of the test.
            .catch((error: unknown) => {
              if (killed) return null;
              throw error;
            });
          if (!res) return; // the connection died with the server: not acknowledged
          expect(res.status(), `edit ${edit} of claim ${c}`).toBe(200);
          const body = (await res.json()) as { id: string; version: number };
          version = body.version;
          acknowledged.push({ claim: c, id, version, venue: venueOf(c, edit) });
          // Killed once every chain has at least one acknowledged edit, so each claim is checked below.
          if (
            acknowledged.length >= KILL_AFTER_ACKS &&
            !killed &&
            created.every((x) => acknowledged.some((a) => a.id === x.id))
          ) {
            killed = true;
            server.kill("SIGKILL");
          }
        }
      };
      await Promise.all(created.map((_, c) => chain(c)));
      await exited(server);
      await api.dispose();
      expect(server.signalCode).toBe("SIGKILL");
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

      // Restart on the same database: it comes up and serves the edits.
      server = await startServer(env);
      running = server;
      const reader = await apiAs(users.owner, BASE);
      for (const c of created) {
        const res = await reader.get(`/api/claims/${c.id}`);
        expect(res.status()).toBe(200);
        const last = acknowledged.filter((a) => a.id === c.id).at(-1);
        expect(last, `claim ${c.id} had an acknowledged edit before the kill`).toBeTruthy();
        expect(((await res.json()) as { version: number }).version).toBeGreaterThanOrEqual(last!.version);
      }
      await reader.dispose();
      server.kill("SIGTERM");
      await exited(server);

      const state = readState(
        env,
        created.map((c) => c.id),
      );
      expect(state).toHaveLength(CLAIMS);
      for (const claim of state) {
        const c = created.findIndex((x) => x.id === claim.id);
        // Whole versions only: revisions 1..version, the row equal to the last one, one audit
        // event per version carrying the same content.
        expect(claim.revisions.map((r) => r.version)).toEqual(
          Array.from({ length: claim.version }, (_, i) => i + 1),
        );
        const current = claim.revisions.at(-1)!;
        expect({ venue: claim.venue, topics: claim.topics }).toEqual({
          venue: current.venue,
          topics: current.topics,
        });
        expect(claim.audits.map((a) => a.action)).toEqual([
          "claim.create",
          ...Array(claim.version - 1).fill("claim.update"),
        ]);
        claim.revisions.forEach((r, i) => {
          // Version n is edit n-1 of this claim's chain, committed in full.
          expect(r.venue).toBe(venueOf(c, r.version - 1));
          expect(r.topics).toEqual(topicsOf(r.version - 1));
          expect(claim.audits[i]!.venue).toBe(r.venue);
        });
        // Every acknowledged edit is there.
        for (const a of acknowledged.filter((x) => x.id === claim.id)) {
          expect(claim.version).toBeGreaterThanOrEqual(a.version);
          expect(claim.revisions[a.version - 1]!.venue).toBe(a.venue);
        }
      }
      const unacknowledgedButCommitted = state.reduce((n, s) => n + s.version - 1, 0) - acknowledged.length;
      console.log(
        `crash (${kind.name}): ${acknowledged.length} edits acknowledged before SIGKILL, all present; ${unacknowledgedButCommitted} in-flight edit(s) committed whole, the rest rolled back`,
      );
    } finally {
      // A failed run must not leave its server on the port: the next run would talk to it.
      const left = running as ChildProcess | null;
      if (left && left.exitCode === null && left.signalCode === null) {
        left.kill("SIGKILL");
        await exited(left);
      }
      await db.drop();
    }
  });
}
