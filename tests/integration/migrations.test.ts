import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapterFactory, type OpenedAdapter } from "@/lib/db/adapter";
import {
  applyPendingMigrations,
  diffMigrationsToSchema,
  isEmptyMigration,
  loadMigrationsList,
  readSchema,
} from "@/lib/db/schema-engine";
import { createPrismaClient } from "@/lib/db";
import { testDatabaseKinds, type TestDatabase } from "../helpers/databases";

describe("schema and migrations", () => {
  it("have no drift: replaying prisma/migrations gives exactly schema.prisma", async () => {
    const adapter = createAdapterFactory({ kind: "pglite", dataDir: "memory://" });
    try {
      const sql = await diffMigrationsToSchema(adapter.factory);
      expect(sql.trim() === "" || isEmptyMigration(sql), `pending SQL:\n${sql}`).toBe(true);
    } finally {
      await adapter.close();
    }
  });

  it("detect drift when schema.prisma changes without a migration", async () => {
    const adapter = createAdapterFactory({ kind: "pglite", dataDir: "memory://" });
    try {
      const changed = readSchema().replace("model Topic {", "model Topic {\n  colour String?");
      const sql = await diffMigrationsToSchema(adapter.factory, changed);
      expect(sql).toMatch(/ALTER TABLE "Topic" ADD COLUMN\s+"colour" TEXT/);
    } finally {
      await adapter.close();
    }
  });
});

describe.each(testDatabaseKinds())("db:migrate on $name", (kind) => {
  let db: TestDatabase;
  let adapter: OpenedAdapter;

  beforeAll(async () => {
    db = await kind.create();
    adapter = createAdapterFactory(db.target);
  });
  afterAll(async () => {
    await adapter?.close();
    await db?.drop();
  });

  it("applies every migration once and records it in _prisma_migrations", async () => {
    const expected = loadMigrationsList().migrationDirectories.map((m) => m.path);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(await applyPendingMigrations(adapter.factory)).toEqual(expected);
    expect(await applyPendingMigrations(adapter.factory)).toEqual([]);

    const { prisma, close } = createPrismaClient(db.target);
    try {
      const rows = await prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
        SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
      expect(rows.map((r) => r.migration_name)).toEqual(expected);
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);

      const ext = await prisma.$queryRaw<
        { extname: string }[]
      >`SELECT extname FROM pg_extension ORDER BY extname`;
      expect(ext.map((e) => e.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));

      const [folded] = await prisma.$queryRaw<
        { f: string }[]
      >`SELECT fold_text('Đàm phán BA BÊN, hoà và hòa') AS f`;
      expect(folded?.f).toBe("dam phan ba ben, hoa va hoa");
    } finally {
      await close();
    }
  });

  it("keeps the audit log append-only at the database level", async () => {
    const { prisma, close } = createPrismaClient(db.target);
    try {
      const event = await prisma.auditEvent.create({
        data: { action: "test.event", entityType: "Test", entityId: "1" },
      });
      await expect(
        prisma.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } }),
      ).rejects.toThrow();
      await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
      expect((await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe(
        "test.event",
      );
    } finally {
      await close();
    }
  });
});
