import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { exportArchive, importArchive, type Archive } from "@/lib/backup/archive";
import { createPrismaClient, prisma } from "@/lib/db";
import { createAdapterFactory } from "@/lib/db/adapter";
import { applyPendingMigrations } from "@/lib/db/schema-engine";
import { DEMO_PASSWORD } from "@/lib/demo/seed";
import { testDatabaseKinds, type TestDatabase } from "../helpers/databases";
import { openSeededAppDatabase } from "../helpers/app-db";

describe.each(testDatabaseKinds())("backup and restore on $name", (kind) => {
  let closeSource: () => Promise<void>;
  let target: TestDatabase;
  let archive: Archive;

  beforeAll(async () => {
    ({ close: closeSource } = await openSeededAppDatabase(kind));
    target = await kind.create();
    const adapter = createAdapterFactory(target.target);
    await applyPendingMigrations(adapter.factory);
    await adapter.close();
  });
  afterAll(async () => {
    await closeSource?.();
    await target?.drop();
  });

  it("round-trips: the export of the restored database equals the original export", async () => {
    // A change waiting for a reviewer is part of the newsroom's record too (one without a "before").
    const proposer = await prisma.user.findUniqueOrThrow({ where: { email: "editor2@claimledger.test" } });
    const published = await prisma.claim.findFirstOrThrow({ where: { status: "APPROVED" } });
    await prisma.pendingChange.create({ data: { kind: "LINK_DELETE", claimId: published.id, payload: { id: "cxxxxxxxxxxxxxxx" }, proposedById: proposer.id } });
    archive = await exportArchive(prisma);
    expect(archive.tables.pendingChange).toHaveLength(1);
    expect(archive.tables.claim.length).toBeGreaterThanOrEqual(40);
    expect(archive.tables.auditEvent.length).toBeGreaterThan(archive.tables.claim.length);
    expect(JSON.stringify(archive.tables.user)).not.toContain("argon2");
    // Through the on-disk form (gzip'd JSON), as `npm run backup` / `npm run restore` do.
    const bytes = gzipSync(Buffer.from(JSON.stringify(archive)));
    const loaded = JSON.parse(gunzipSync(bytes).toString("utf8")) as Archive;
    const { prisma: restored, close } = createPrismaClient(target.target);
    try {
      const counts = await importArchive(restored, loaded);
      expect(counts.claim).toBe(archive.tables.claim.length);
      const again = await exportArchive(restored);
      expect(again.tables).toEqual(archive.tables);
      // Search still works on restored claims (the tsvector trigger filled them).
      const [hit] = await restored.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Claim" WHERE "searchVector" @@ to_tsquery('simple', 'donbass:*')`);
      expect(hit!.n).toBeGreaterThan(0);
      // New audit events continue after the restored ones.
      const event = await restored.auditEvent.create({ data: { action: "test.after_restore", entityType: "Test", entityId: "1" } });
      expect(event.id > BigInt(archive.tables.auditEvent.at(-1)!.id as string)).toBe(true);
      // Restoring twice is refused: the target is no longer empty.
      await expect(importArchive(restored, loaded)).rejects.toThrow(/not empty/);
    } finally {
      await close();
    }
  });

  it("keeps accounts but no reusable secret: restored users cannot sign in with their old password", async () => {
    expect(archive.tables.user.every((u) => u.passwordHash === null)).toBe(true);
    expect((await authenticate({ email: "editor@claimledger.test", password: DEMO_PASSWORD }, "10.9.0.1")).ok).toBe(true); // source still works
  });
});
