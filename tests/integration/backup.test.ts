import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { exportArchive, importArchive, type Archive } from "@/lib/backup/archive";
import { createPrismaClient, prisma, useDatabase } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/schema-engine";
import { DEMO_PASSWORD, demoUsers } from "@/lib/demo/seed";
import { testDatabaseKinds, type TestDatabase } from "../helpers/databases";
import { openSeededAppDatabase } from "../helpers/app-db";

describe.each(testDatabaseKinds())("backup and restore on $name", (kind) => {
  let source: TestDatabase;
  let closeSource: () => Promise<void>;
  const targets: TestDatabase[] = [];

  // Each test restores into its own empty database, so no test depends on another's state.
  async function emptyMigratedTarget(): Promise<TestDatabase> {
    const target = await kind.create();
    targets.push(target);
    await migrateDatabase(target.target);
    return target;
  }

  beforeAll(async () => {
    ({ db: source, close: closeSource } = await openSeededAppDatabase(kind));
  });
  afterAll(async () => {
    await closeSource?.();
    for (const t of targets) await t.drop();
  });

  it("round-trips: the export of the restored database equals the original export", async () => {
    // A change waiting for a reviewer is part of the newsroom's record too (one without a "before").
    const proposer = await prisma.user.findUniqueOrThrow({ where: { email: "editor2@claimledger.test" } });
    const published = await prisma.claim.findFirstOrThrow({ where: { status: "APPROVED" } });
    await prisma.pendingChange.create({
      data: {
        kind: "LINK_DELETE",
        claimId: published.id,
        payload: { id: "cxxxxxxxxxxxxxxx" },
        proposedById: proposer.id,
      },
    });
    // So are who follows what and what they were told (with its dates), and the claim's assignment.
    const reviewer = await prisma.user.findUniqueOrThrow({ where: { email: "reviewer@claimledger.test" } });
    await prisma.watch.create({ data: { userId: reviewer.id, claimId: published.id } });
    await prisma.notification.create({
      data: {
        userId: reviewer.id,
        kind: "APPROVED",
        claimId: published.id,
        actorId: proposer.id,
        readAt: new Date(),
      },
    });
    await prisma.claim.update({
      where: { id: published.id },
      data: { assignedReviewerId: reviewer.id, dueAt: new Date("2026-12-24T16:59:59Z") },
    });
    // Self-references, set after their table is loaded: a reply in a thread, a merged speaker.
    const note = await prisma.annotation.create({
      data: { claimId: published.id, authorId: reviewer.id, body: "Nguồn nào?" },
    });
    await prisma.annotation.create({
      data: { claimId: published.id, authorId: proposer.id, body: "Bản ghi âm", parentId: note.id },
    });
    const into = await prisma.speaker.findUniqueOrThrow({ where: { id: published.speakerId } });
    await prisma.speaker.create({
      data: { slug: "ban-sao-da-gop", name: "Bản sao đã gộp", kind: "PERSON", mergedIntoId: into.id },
    });
    const archive = await exportArchive(prisma);
    expect(archive.tables.annotation.filter((a) => a.parentId === note.id)).toHaveLength(1);
    expect(archive.tables.speaker.filter((s) => s.mergedIntoId === into.id).length).toBeGreaterThanOrEqual(1);
    expect(archive.tables.pendingChange).toHaveLength(1);
    expect(archive.tables.watch).toHaveLength(1);
    expect(archive.tables.notification).toHaveLength(1);
    expect(archive.tables.claim.length).toBeGreaterThanOrEqual(40);
    expect(archive.tables.auditEvent.length).toBeGreaterThan(archive.tables.claim.length);
    expect(JSON.stringify(archive.tables.user)).not.toContain("argon2");
    // Through the on-disk form (gzip'd JSON), as `npm run backup` / `npm run restore` do.
    const bytes = gzipSync(Buffer.from(JSON.stringify(archive)));
    const loaded = JSON.parse(gunzipSync(bytes).toString("utf8")) as Archive;
    const target = await emptyMigratedTarget();
    const { prisma: restored, close } = createPrismaClient(target.target);
    try {
      const counts = await importArchive(restored, loaded);
      expect(counts.claim).toBe(archive.tables.claim.length);
      const again = await exportArchive(restored);
      expect(again.tables).toEqual(archive.tables);
      // Search still works on restored claims (the tsvector trigger filled them).
      const [hit] = await restored.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "Claim" WHERE "searchVector" @@ to_tsquery('simple', 'donbass:*')`,
      );
      expect(hit!.n).toBeGreaterThan(0);
      // New audit events continue after the restored ones.
      const event = await restored.auditEvent.create({
        data: { action: "test.after_restore", entityType: "Test", entityId: "1" },
      });
      expect(event.id > BigInt(archive.tables.auditEvent.at(-1)!.id as string)).toBe(true);
      // Restoring twice is refused: the target is no longer empty.
      await expect(importArchive(restored, loaded)).rejects.toThrow(/not empty/);
    } finally {
      await close();
    }
  });

  it("keeps accounts but no reusable secret: restored users cannot sign in with their old password", async () => {
    const archive = await exportArchive(prisma);
    expect(archive.tables.user.map((u) => u.email)).toEqual(
      expect.arrayContaining(demoUsers.map((u) => u.email)),
    );
    expect(archive.tables.user.every((u) => u.passwordHash === null)).toBe(true);
    const target = await emptyMigratedTarget();
    const { prisma: restored, close } = createPrismaClient(target.target);
    try {
      await importArchive(restored, archive);
      // A control: one restored account given a new password must be able to sign in, which shows
      // the sign-ins below really ran against the restored database (the source knows no such password).
      await restored.user.update({
        where: { email: "reviewer@claimledger.test" },
        data: { passwordHash: await hashPassword("a-fresh-password-1") },
      });
    } finally {
      await close();
    }

    // authenticate() reads the app's client: point it at the restored database, then back at the source.
    await useDatabase(target.target);
    try {
      for (const [i, u] of demoUsers.entries()) {
        expect(
          await authenticate({ email: u.email, password: DEMO_PASSWORD }, `10.9.1.${i}`),
          u.email,
        ).toEqual({ ok: false, error: WRONG_CREDENTIALS, reason: "wrong_credentials" });
      }
      const control = await authenticate(
        { email: "reviewer@claimledger.test", password: "a-fresh-password-1" },
        "10.9.2.1",
      );
      expect(control.ok && control.user.email).toBe("reviewer@claimledger.test");
    } finally {
      await useDatabase(source.target);
    }
    // The source is untouched by the backup, and the app is back on it.
    expect(
      (await authenticate({ email: "editor@claimledger.test", password: DEMO_PASSWORD }, "10.9.0.1")).ok,
    ).toBe(true);
    expect(
      (await authenticate({ email: "reviewer@claimledger.test", password: "a-fresh-password-1" }, "10.9.0.2"))
        .ok,
    ).toBe(false);
  });
});
