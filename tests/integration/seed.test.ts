import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimsToCsv, exportClaims } from "@/lib/claims/export";
import { migrateDatabase } from "@/lib/db/schema-engine";
import { createPrismaClient } from "@/lib/db";
import { readSeedArticle, seedDemoNewsroom } from "@/lib/demo/seed";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { sliceCodePoints } from "@/lib/text/selectors";
import { articles, claims as seedClaims } from "@/prisma/seed/data";
import { testDatabaseKinds, type TestDatabase } from "../helpers/databases";

const seedsDir = path.resolve(process.env.SEED_ARTICLES_DIR ?? "../shared/seeds");

describe.each(testDatabaseKinds())("demo newsroom seed on $name", (kind) => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let close: () => Promise<void>;

  beforeAll(async () => {
    db = await kind.create();
    await migrateDatabase(db.target);
    ({ prisma, close } = createPrismaClient(db.target));
    await seedDemoNewsroom(prisma, seedsDir);
  });
  afterAll(async () => {
    await close?.();
    await db?.drop();
  });

  it("creates every seed claim with speaker, appearance, chain, revisions and audit events", async () => {
    expect(await prisma.claim.count()).toBe(seedClaims.length);
    expect(seedClaims.length).toBeGreaterThanOrEqual(40);
    expect(await prisma.user.groupBy({ by: ["role"], _count: true })).toHaveLength(3);
    const statuses = await prisma.claim.groupBy({ by: ["status"], _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual([
      "APPROVED",
      "CHANGES_REQUESTED",
      "DRAFT",
      "IN_REVIEW",
      "REJECTED",
      "RETRACTED",
    ]);

    const withoutAppearance = await prisma.claim.count({ where: { appearances: { none: {} } } });
    expect(withoutAppearance).toBe(0);
    const withoutChain = await prisma.appearance.count({ where: { chain: { none: {} } } });
    expect(withoutChain).toBe(0);

    // Every version has a revision, and each workflow step an audit event.
    const approved = await prisma.claim.findUniqueOrThrow({
      where: { slug: "ushakov-no-trilateral-format-being-built" },
      select: {
        id: true,
        status: true,
        version: true,
        revisions: { select: { version: true, action: true }, orderBy: { version: "asc" } },
      },
    });
    expect(approved.status).toBe("APPROVED");
    expect(approved.revisions.map((r) => r.action)).toEqual([
      "claim.create",
      "claim.submit",
      "claim.approve",
    ]);
    expect(approved.version).toBe(3);
    expect(await prisma.auditEvent.count({ where: { entityId: approved.id } })).toBe(3);
  });

  it("anchors every appearance on the article text with code-point offsets", async () => {
    const rows = await prisma.appearance.findMany({
      include: { article: { select: { slug: true, text: true } } },
    });
    const texts = new Map(articles.map((a) => [a.key, readSeedArticle(seedsDir, a.seedFile)]));
    for (const row of rows) {
      // The seed articles are this test's input: a missing one is a failure, not a skipped row.
      const text = texts.get(row.article.slug);
      expect(text, `seed article text for ${row.article.slug} (SEED_ARTICLES_DIR=${seedsDir})`).toBeTruthy();
      if (!text) continue;
      expect(row.article.text).toBe(text);
      expect(row.start).not.toBeNull();
      expect(sliceCodePoints(text, row.start!, row.end!)).toBe(row.exact);
      expect(text.includes(`${row.prefix}${row.exact}${row.suffix}`)).toBe(true);
    }
  });

  it("is idempotent: seeding twice adds nothing", async () => {
    const count = async () => ({
      claims: await prisma.claim.count(),
      speakers: await prisma.speaker.count(),
      articles: await prisma.article.count(),
      appearances: await prisma.appearance.count(),
      links: await prisma.claimLink.count(),
      users: await prisma.user.count(),
      audit: await prisma.auditEvent.count(),
    });
    const before = await count();
    const report = await seedDemoNewsroom(prisma, seedsDir);
    expect(report.claimsCreated).toBe(0);
    expect(report.linksCreated).toBe(0);
    expect(await count()).toEqual(before);
  });

  it("holds the trilateral-talks contradiction between Moscow's aide and Kyiv's president", async () => {
    const link = await prisma.claimLink.findFirst({
      where: {
        type: "CONTRADICTS",
        OR: [
          {
            fromClaim: { speaker: { slug: "yuri-ushakov" } },
            toClaim: { speaker: { slug: "volodymyr-zelensky" } },
          },
          {
            fromClaim: { speaker: { slug: "volodymyr-zelensky" } },
            toClaim: { speaker: { slug: "yuri-ushakov" } },
          },
        ],
        fromClaim: { topics: { some: { topic: { slug: "trilateral-talks" } } } },
      },
    });
    expect(link).not.toBeNull();
  });

  it("exports at least 40 statements, each with speaker, quote, date and source", async () => {
    const exported = await exportClaims(prisma);
    expect(exported.length).toBeGreaterThanOrEqual(40);
    for (const c of exported) {
      expect(c.speaker.name.length).toBeGreaterThan(0);
      expect(c.quote.length).toBeGreaterThan(0);
      expect(c.saidAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.appearances.length).toBeGreaterThan(0);
      expect(c.appearances[0]!.chain.length).toBeGreaterThan(0);
    }
    const csv = claimsToCsv(exported);
    expect(csv.split("\r\n").filter(Boolean).length).toBeGreaterThan(exported.length);
  });
});
