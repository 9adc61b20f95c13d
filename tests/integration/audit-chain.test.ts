import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditHead } from "@/lib/audit/head";
import { checkPublicHistory, loadPublicHistory, publicEntryHash } from "@/lib/audit/public-history";
import { verifyAuditChain } from "@/lib/audit/verify";
import { exportArchive, importArchive } from "@/lib/backup/archive";
import { setClaimVerification, updateClaim } from "@/lib/claims/service";
import { updateClaimSchema, verificationSchema } from "@/lib/claims/validation";
import { closeDb, createPrismaClient, prisma, useDatabase } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/schema-engine";
import type { AppError } from "@/lib/errors";
import { testDatabaseKinds, type TestDatabase } from "../helpers/databases";
import { demoActors, openSeededAppDatabase } from "../helpers/app-db";
import { runNpmScript } from "../helpers/npm-script";

/**
 * The audit log's hash chain (lib/audit/chain.ts, sealed by the trigger of migration
 * audit_hash_chain) on a seeded newsroom: it verifies, it survives concurrent writers, an
 * upgrade and a backup/restore, and `npm run audit:verify` names the event changed behind the
 * app's back.
 *
 * Changing a row means going around the append-only trigger: the test, connected as the
 * database owner (the superuser "postgres" on both PGlite and the test server), disables that
 * trigger with ALTER TABLE … DISABLE TRIGGER for one UPDATE, as an intruder with the owner's
 * rights could. The chain is what still shows the change.
 */
const MIGRATIONS = path.resolve("prisma/migrations");
const CHAIN_MIGRATION = readdirSync(MIGRATIONS).find((d) => d.endsWith("_audit_hash_chain"));
const MIGRATION = readFileSync(path.join(MIGRATIONS, CHAIN_MIGRATION ?? "missing", "migration.sql"), "utf8");

/** The migration's backfill of existing events (its last statement, a DO block). */
const BACKFILL = MIGRATION.slice(MIGRATION.lastIndexOf("DO $$"));

async function asIntruder(sql: string): Promise<void> {
  await prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
  try {
    await prisma.$executeRawUnsafe(sql);
  } finally {
    await prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
  }
}

describe.each(testDatabaseKinds())("audit hash chain on $name", (kind) => {
  let db: TestDatabase;
  let close: () => Promise<void>;
  const extra: TestDatabase[] = [];
  let seeded = 0;

  beforeAll(async () => {
    ({ db, close } = await openSeededAppDatabase(kind));
  });
  afterAll(async () => {
    await close?.();
    for (const d of extra) await d.drop();
  });

  it("verifies on the seeded demo: every event sealed, seq 1..n, head = the last event", async () => {
    const verdict = await verifyAuditChain(prisma);
    expect(verdict).toMatchObject({ ok: true });
    const events = await prisma.auditEvent.count();
    expect(events).toBeGreaterThan(10);
    seeded = events;
    expect(verdict.count).toBe(events);
    const head = await auditHead();
    expect(head).not.toBeNull();
    expect(verdict.ok && verdict.head?.hash).toBe(head?.hash);
    expect(head?.count).toBe(events);
    console.info(`[audit-chain ${kind.name}] demo chain: ${events} events, head ${head?.hash}`);
  });

  it("stays linear under concurrent audited mutations (and the append itself stays cheap)", async () => {
    const { owner, editor, admin } = await demoActors();
    const actors = [owner, editor, admin];
    const drafts = await prisma.claim.findMany({
      where: { status: "DRAFT", deletedAt: null },
      select: { id: true, version: true, speakerId: true, kind: true, quote: true },
      take: 6,
    });
    expect(drafts.length).toBeGreaterThan(1);
    const before = await prisma.auditEvent.count();
    const round = async (label: string) => {
      const current = await prisma.claim.findMany({
        where: { id: { in: drafts.map((d) => d.id) } },
        select: { id: true, version: true, speakerId: true, kind: true },
      });
      const attempts = current.flatMap((c, ci) =>
        Array.from({ length: 4 }, (_, i) => ({
          actor: actors[i % actors.length]!,
          id: c.id,
          input: updateClaimSchema.parse({
            speakerId: c.speakerId,
            kind: c.kind,
            quote: `${label} c${ci} e${i} — đàm phán`,
            version: c.version,
          }),
        })),
      );
      const started = performance.now();
      const results = await Promise.allSettled(attempts.map((a) => updateClaim(a.actor, a.id, a.input)));
      const ms = performance.now() - started;
      for (const r of results)
        if (r.status === "rejected") expect((r.reason as AppError).status, String(r.reason)).toBe(409);
      return { ms, ok: results.filter((r) => r.status === "fulfilled").length, fired: attempts.length };
    };
    let ok = 0;
    for (let i = 0; i < 3; i++) ok += (await round(`round ${i}`)).ok;
    expect(ok).toBeGreaterThanOrEqual(3);
    expect(await prisma.auditEvent.count()).toBeGreaterThanOrEqual(before + ok);
    const verdict = await verifyAuditChain(prisma);
    expect(verdict).toMatchObject({ ok: true });
    // seq is a gapless 1..n: no two committers took the same head.
    const [{ max, n } = { max: 0n, n: 0n }] = await prisma.$queryRawUnsafe<{ max: bigint; n: bigint }[]>(
      `SELECT max(seq) AS max, count(*) AS n FROM "AuditEvent"`,
    );
    expect(BigInt(max)).toBe(BigInt(n));
  });

  it("gives every public claim a public history chained by hashes, linked to its audit events", async () => {
    const claims = await prisma.claim.findMany({
      where: { status: { in: ["APPROVED", "RETRACTED"] }, deletedAt: null },
      select: { slug: true, status: true },
    });
    expect(claims.length).toBeGreaterThan(3);
    const audited = new Map(
      (await prisma.auditEvent.findMany({ select: { seq: true, hash: true } })).map((a) => [
        String(a.seq),
        a.hash,
      ]),
    );
    for (const c of claims) {
      const entries = await loadPublicHistory(c.slug);
      expect(entries?.[0]?.event, c.slug).toBe("publication");
      expect(checkPublicHistory(entries ?? []), c.slug).toBeNull();
      for (const e of entries ?? []) {
        expect(e.audit, `${c.slug} v${e.version}: no audit event found`).not.toBeNull();
        expect(audited.get(e.audit?.seq ?? "")).toBe(e.audit?.hash);
        // Only public fields: no internal ids, notes or evidence links.
        expect(JSON.stringify(e)).not.toMatch(/verificationNote|verificationUrl|speakerId|actorId/);
      }
      if (c.status === "RETRACTED") expect(entries?.at(-1)?.event).toBe("retraction");
    }
    // A correction appends an entry; what was published before keeps its hash.
    const { reviewer } = await demoActors();
    const target = await prisma.claim.findFirstOrThrow({
      where: { status: "APPROVED", deletedAt: null, verification: { not: "MISQUOTED" } },
      select: { id: true, slug: true, version: true },
    });
    const before = (await loadPublicHistory(target.slug)) ?? [];
    await setClaimVerification(
      reviewer,
      target.id,
      verificationSchema.parse({
        version: target.version,
        verification: "MISQUOTED",
        note: "Bản ghi âm cho thấy câu nói khác.",
        reason: "Đối chiếu với bản ghi âm.",
      }),
    );
    const after = (await loadPublicHistory(target.slug)) ?? [];
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    const last = after.at(-1)!;
    expect(last).toMatchObject({
      event: "correction",
      fields: ["verification"],
      reason: "Đối chiếu với bản ghi âm.",
      prevHash: before.at(-1)?.hash,
    });
    expect(last.content.verification).toBe("MISQUOTED");
    expect(JSON.stringify(last)).not.toContain("Bản ghi âm cho thấy");
    // A reader recomputes the hash from the entry's own members.
    expect(publicEntryHash(last)).toBe(last.hash);
    expect(checkPublicHistory(after)).toBeNull();
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true });
  });

  it("reproduces the same chain on an upgraded database (the migration's backfill)", async () => {
    const sealed = await prisma.auditEvent.findMany({
      orderBy: { id: "asc" },
      select: { id: true, hash: true },
    });
    // As before the migration: no chain columns filled in.
    await asIntruder(`UPDATE "AuditEvent" SET seq = NULL, "prevHash" = NULL, hash = NULL`);
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: false });
    await prisma.$executeRawUnsafe(BACKFILL);
    const verdict = await verifyAuditChain(prisma);
    expect(verdict).toMatchObject({ ok: true, count: sealed.length });
    // The seed wrote its events one at a time, so they were sealed in id order and the backfill
    // gives them the same hashes. (Concurrent writers commit out of id order: the backfill's
    // chain differs from the one sealed at commit there, and verifies all the same.)
    const again = await prisma.auditEvent.findMany({
      orderBy: { id: "asc" },
      select: { id: true, hash: true },
    });
    expect(seeded).toBeGreaterThan(10);
    expect(again.slice(0, seeded)).toEqual(sealed.slice(0, seeded));
  });

  it("backup and restore keep the chain: same ids, times and hashes, and it verifies", async () => {
    const archive = await exportArchive(prisma);
    const target = await kind.create();
    extra.push(target);
    await migrateDatabase(target.target);
    const restored = createPrismaClient(target.target);
    try {
      await importArchive(restored.prisma, archive);
      const verdict = await verifyAuditChain(restored.prisma);
      const original = await verifyAuditChain(prisma);
      expect(verdict).toMatchObject({ ok: true });
      expect(original.ok && verdict.ok && verdict.head).toEqual(original.ok && original.head);
      // The next event continues the restored chain.
      const before = await restored.prisma.auditEvent.count();
      await restored.prisma.auditEvent.create({
        data: { actorId: null, action: "test.after_restore", entityType: "Test", entityId: "x" },
      });
      const next = await verifyAuditChain(restored.prisma);
      expect(next).toMatchObject({ ok: true, count: before + 1 });
    } finally {
      await restored.close();
    }
  });

  it("refuses to rewrite an event through the app's connection (append-only trigger)", async () => {
    await expect(
      prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'x' WHERE seq = 2`),
    ).rejects.toThrow(/append-only/);
    // Nor may an event be sealed twice with another hash.
    await expect(
      prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET hash = repeat('f', 64) WHERE seq = 2`),
    ).rejects.toThrow(/append-only/);
  });

  it("names the first event changed in place, and the event after one removed", async () => {
    const victim = await prisma.auditEvent.findFirstOrThrow({
      where: { seq: 5 },
      select: { id: true, action: true },
    });
    await asIntruder(`UPDATE "AuditEvent" SET action = 'claim.quietly_changed' WHERE seq = 5`);
    const verdict = await verifyAuditChain(prisma);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.broken.id).toBe(String(victim.id));
    expect(verdict.broken.problem).toMatch(/content does not match its hash/);
    expect(verdict.count).toBe(4);

    // The command says the same, and exits non-zero.
    await closeDb();
    try {
      const run = runNpmScript("audit:verify", [], db);
      expect(run.status, run.stdout + run.stderr).toBe(1);
      expect(run.stderr).toContain(`BROKEN at event id ${victim.id} (seq 5)`);
      expect(run.stderr).toMatch(/content does not match its hash/);
    } finally {
      await useDatabase(db.target);
    }

    // Put back, then remove one: the gap is named at the event after it.
    await asIntruder(`UPDATE "AuditEvent" SET action = '${victim.action}' WHERE seq = 5`);
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true });
    const after = await prisma.auditEvent.findFirstOrThrow({ where: { seq: 8 }, select: { id: true } });
    await asIntruder(`DELETE FROM "AuditEvent" WHERE seq = 7`);
    const gap = await verifyAuditChain(prisma);
    expect(gap).toMatchObject({ ok: false, broken: { id: String(after.id), seq: "8" } });
    if (!gap.ok) expect(gap.broken.problem).toMatch(/sequence gap/);
  });

  it("npm run audit:verify passes on an intact database and prints the count and head", async () => {
    const fresh = await kind.create();
    extra.push(fresh);
    await migrateDatabase(fresh.target);
    const client = createPrismaClient(fresh.target);
    let head: string | undefined;
    try {
      await client.prisma.$transaction(async (tx) => {
        for (let i = 0; i < 3; i++)
          await tx.auditEvent.create({
            data: {
              actorId: null,
              action: "test.event",
              entityType: "Test",
              entityId: String(i),
              // Values whose JSON text differs between writers: the trigger (SQL) and the
              // verifier (TypeScript) must still write them the same.
              before: { big: 1e21, tiny: 1e-7, neg: -2.5, dec: 0.1, list: [3, [], {}, null, true] },
              after: { i, s: 'nói "không"\n\u0001\u2028 😀', "😀": 1, "～": 2, Z: { b: [1], a: "Đ" } },
            },
          });
      });
      const verdict = await verifyAuditChain(client.prisma);
      head = verdict.ok ? verdict.head?.hash : undefined;
    } finally {
      await client.close();
    }
    const run = runNpmScript("audit:verify", [], fresh);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`OK, 3 events; head seq 3`);
    expect(run.stdout).toContain(`hash ${head}`);
  });
});
