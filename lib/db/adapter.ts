import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** Which database a process talks to: embedded PGlite (default) or a PostgreSQL server. */
export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export function resolveDatabaseTarget(vars: {
  DATABASE_URL?: string;
  PGLITE_DATA_DIR: string;
}): DatabaseTarget {
  if (vars.DATABASE_URL) return { kind: "postgres", url: vars.DATABASE_URL };
  const dir = vars.PGLITE_DATA_DIR;
  if (dir.startsWith("memory://")) return { kind: "pglite", dataDir: dir };
  return { kind: "pglite", dataDir: path.resolve(dir) };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `PGlite at ${target.dataDir}`;
  const u = new URL(target.url);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** A PGlite instance with the extensions the schema needs (search folds text with unaccent, indexes with pg_trgm). */
export function openPGlite(dataDir: string): PGlite {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  return new PGlite({ dataDir, extensions: { unaccent, pg_trgm } });
}

/**
 * PGlite's Prisma adapter opens its shadow database without extensions, so replaying our
 * migrations (which create unaccent and pg_trgm) would fail there. This factory gives the
 * shadow database the same extensions.
 */
class PGliteFactoryWithExtensions implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName: string;
  private readonly inner: PrismaPGlite;

  constructor(readonly client: PGlite) {
    this.inner = new PrismaPGlite(client);
    this.adapterName = this.inner.adapterName;
  }

  connect(): Promise<SqlDriverAdapter> {
    return this.inner.connect();
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return new PrismaPGlite(openPGlite("memory://")).connect();
  }
}

/**
 * Two fixes to @prisma/adapter-pg:
 * - it runs migration scripts by splitting them on every ";" — including the ones inside
 *   comments and function bodies. PostgreSQL's simple query protocol accepts a whole
 *   multi-statement script (run as one implicit transaction), so we hand it over unsplit;
 * - Prisma's query interpreter sends the parts of one query (a write with an include) side by
 *   side, which inside a transaction means several queries at once on one pg client: pg 8
 *   queues them with a deprecation warning, pg 9 refuses. Transactions here send their queries
 *   one at a time (prisma/orm#29468).
 */
class PgFactoryWithWholeScripts implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName: string;
  private readonly inner: PrismaPg;

  constructor(private readonly pool: pg.Pool) {
    this.inner = new PrismaPg(pool);
    this.adapterName = this.inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.withWholeScripts(await this.inner.connect(), this.pool);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.inner.connectToShadowDb();
  }

  private withWholeScripts(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) =>
      oneQueryAtATime(await startTransaction(isolationLevel));
    return adapter;
  }
}

function oneQueryAtATime(tx: Transaction): Transaction {
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = tail.then(run, run);
    tail = result.catch(() => undefined);
    return result;
  };
  // Everything else (options, provider, adapterName) is read through to the real transaction.
  return Object.assign(Object.create(tx) as Transaction, {
    queryRaw: (query: Parameters<Transaction["queryRaw"]>[0]) => inTurn(() => tx.queryRaw(query)),
    executeRaw: (query: Parameters<Transaction["executeRaw"]>[0]) => inTurn(() => tx.executeRaw(query)),
    commit: () => inTurn(() => tx.commit()),
    rollback: () => inTurn(() => tx.rollback()),
  });
}

/**
 * Where LISTEN can be done on the same database (lib/live/bus.ts): PGlite is one in-process
 * connection, so the listener shares the app's instance; on PostgreSQL it opens a connection of its
 * own (a pooled one may be handed to a query at any moment, and LISTEN belongs to a session).
 */
export type ListenSource = { kind: "pglite"; client: PGlite } | { kind: "postgres"; url: string };

export interface OpenedAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
  listenSource: ListenSource;
}

/**
 * Settings of every PostgreSQL session the app opens. Parallel query is off unless
 * DATABASE_PARALLEL_WORKERS says otherwise: the app runs many short statements side by side, and
 * starting worker processes cost more than they saved. On the 1M bench archive (2 cores) the
 * dashboard's outlet filter took 96–147 ms with two workers and 9–22 ms without.
 */
export function sessionOptions(): string {
  const workers = Number(process.env.DATABASE_PARALLEL_WORKERS ?? 0);
  return `-c max_parallel_workers_per_gather=${Number.isInteger(workers) && workers >= 0 ? workers : 0}`;
}

export function createAdapterFactory(target: DatabaseTarget): OpenedAdapter {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      options: sessionOptions(),
    });
    let closing = false;
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on next use.
    pool.on("error", (error: Error & { code?: string }) => {
      if (!closing)
        console.warn(`PostgreSQL connection lost (${error.code ?? error.message}); it will be replaced.`);
    });
    return {
      factory: new PgFactoryWithWholeScripts(pool),
      listenSource: { kind: "postgres", url: target.url },
      close: async () => {
        closing = true;
        await pool.end();
      },
    };
  }
  const client = openPGlite(target.dataDir);
  return {
    factory: new PGliteFactoryWithExtensions(client),
    listenSource: { kind: "pglite", client },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}
