import { env } from "./env";
import {
  createAdapterFactory,
  resolveDatabaseTarget,
  type DatabaseTarget,
  type ListenSource,
  type OpenedAdapter,
} from "./db/adapter";
import { PrismaClient } from "./generated/prisma/client";

/**
 * The only PrismaClient of the app. PGlite by default (in-process, data in a folder),
 * PostgreSQL when DATABASE_URL is a postgres URL. Cached on globalThis so dev-server
 * reloads do not open a second PGlite on the same folder.
 */
interface DbHolder {
  prisma: PrismaClient;
  adapter: OpenedAdapter;
}

const globalForDb = globalThis as typeof globalThis & { __claimledgerDb?: DbHolder };

/** A client on an explicit target: used for the app's own client, and by tests and benches. */
export function createPrismaClient(target: DatabaseTarget): {
  prisma: PrismaClient;
  close: () => Promise<void>;
} {
  const adapter = createAdapterFactory(target);
  const prisma = new PrismaClient({ adapter: adapter.factory });
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await adapter.close();
    },
  };
}

function createDb(): DbHolder {
  const adapter = createAdapterFactory(resolveDatabaseTarget(env));
  return { prisma: new PrismaClient({ adapter: adapter.factory }), adapter };
}

function holder(): DbHolder {
  globalForDb.__claimledgerDb ??= createDb();
  return globalForDb.__claimledgerDb;
}

// Lazy: importing this module does not open the database (next build imports pages).
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = holder().prisma;
    const value = Reflect.get(client, prop, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

/**
 * Points the app's client at another database (tests and benches run the same services
 * against PGlite and PostgreSQL in one process). Closes the previous connection.
 */
export async function useDatabase(target: DatabaseTarget): Promise<void> {
  await closeDb();
  const adapter = createAdapterFactory(target);
  globalForDb.__claimledgerDb = { prisma: new PrismaClient({ adapter: adapter.factory }), adapter };
}

/**
 * Where the app's database can be LISTENed to (lib/live/bus.ts), opening the database if need
 * be. A new value after useDatabase/closeDb: the bus compares it to know it must listen again.
 */
export function appListenSource(): ListenSource {
  return holder().adapter.listenSource;
}

/** Flushes and closes the database (scripts and tests call this before exiting). */
export async function closeDb(): Promise<void> {
  const h = globalForDb.__claimledgerDb;
  if (!h) return;
  globalForDb.__claimledgerDb = undefined;
  await h.prisma.$disconnect();
  await h.adapter.close();
}

export type { ListenSource, PrismaClient };
