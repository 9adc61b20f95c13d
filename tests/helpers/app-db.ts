import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { closeDb, prisma, useDatabase } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/schema-engine";
import { seedDemoNewsroom } from "@/lib/demo/seed";
import type { Actor } from "@/lib/permissions";
import type { TestDatabase, TestDatabaseKind } from "./databases";

export const seedsDir = path.resolve(process.env.SEED_ARTICLES_DIR ?? "../shared/seeds");

/** A migrated, seeded database of the given kind, wired as the app's database. */
export async function openSeededAppDatabase(
  kind: TestDatabaseKind,
): Promise<{ db: TestDatabase; close: () => Promise<void> }> {
  const db = await kind.create();
  await migrateDatabase(db.target);
  await useDatabase(db.target);
  await seedDemoNewsroom(prisma, seedsDir);
  return {
    db,
    close: async () => {
      await closeDb();
      await db.drop();
    },
  };
}

export async function actorByEmail(email: string): Promise<Actor> {
  const u = await prisma.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, role: true, name: true, email: true },
  });
  return u;
}

export async function demoActors() {
  return {
    owner: await actorByEmail("editor@claimledger.test"),
    editor: await actorByEmail("editor2@claimledger.test"),
    reviewer: await actorByEmail("reviewer@claimledger.test"),
    admin: await actorByEmail("admin@claimledger.test"),
  };
}

export type DemoActors = Awaited<ReturnType<typeof demoActors>>;

/**
 * For a `describe` block: a seeded database of the given kind, opened before its tests and
 * dropped after them, with the demo newsroom's people (and, when named, a speaker's id) ready.
 */
export function seededNewsroom(kind: TestDatabaseKind, options: { speakerSlug?: string } = {}) {
  const ready = {} as { actors: DemoActors; speakerId: string; db: TestDatabase };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const opened = await openSeededAppDatabase(kind);
    close = opened.close;
    ready.db = opened.db;
    ready.actors = await demoActors();
    if (options.speakerSlug)
      ready.speakerId = (await prisma.speaker.findUniqueOrThrow({ where: { slug: options.speakerSlug } })).id;
  });
  afterAll(async () => close?.());
  return ready;
}
