import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { articles, claims, links, outlets, speakers, topics } from "../../prisma/seed/data";
import type { EditorialStatusKey, SeedClaim } from "../../prisma/seed/types";
import { contentHash } from "../articles/service";
import { recordAudit, type DbWriter } from "../audit/record";
import { hashPassword } from "../auth/password";
import { recordClaimCreated, writeRevision } from "../claims/snapshot";
import type { PrismaClient } from "../generated/prisma/client";
import type { EditorialStatus, Role } from "../generated/prisma/enums";
import { locateQuote } from "../text/selectors";
import { normalizeArticleText, normalizeLine, normalizeText } from "../text/normalize";
import { claimSearchText, speakerSearchText } from "../search/search-text";

export const DEMO_PASSWORD = "claimledger-demo";

export const demoUsers: { email: string; name: string; role: Role }[] = [
  { email: "admin@claimledger.test", name: "An Quản Trị", role: "ADMIN" },
  { email: "editor@claimledger.test", name: "Bình Biên Tập", role: "EDITOR" },
  { email: "editor2@claimledger.test", name: "Chi Biên Tập", role: "EDITOR" },
  { email: "reviewer@claimledger.test", name: "Dũng Thẩm Định", role: "REVIEWER" },
];

/** The workflow steps a seed claim goes through to reach its status, so history looks real. */
const submitted = { action: "claim.submit", to: "IN_REVIEW", by: "editor" } as const;
const approved = { action: "claim.approve", to: "APPROVED", by: "reviewer" } as const;
const pathToStatus: Record<
  EditorialStatusKey,
  { action: string; to: EditorialStatus; by: "editor" | "reviewer" }[]
> = {
  DRAFT: [],
  IN_REVIEW: [submitted],
  CHANGES_REQUESTED: [
    submitted,
    { action: "claim.request_changes", to: "CHANGES_REQUESTED", by: "reviewer" },
  ],
  APPROVED: [submitted, approved],
  REJECTED: [submitted, { action: "claim.reject", to: "REJECTED", by: "reviewer" }],
  RETRACTED: [submitted, approved, { action: "claim.retract", to: "RETRACTED", by: "reviewer" }],
};

export interface SeedReport {
  users: number;
  articlesWithText: number;
  articlesWithoutText: number;
  claimsCreated: number;
  claimsExisting: number;
  linksCreated: number;
}

/** Article text from the seeds folder, normalised as ingestion would; null when absent. */
export function readSeedArticle(articlesDir: string, seedFile: string): string | null {
  const file = path.join(articlesDir, seedFile);
  if (!existsSync(file)) return null;
  return normalizeArticleText(readFileSync(file, "utf8"));
}

function parseSaidAt(claim: SeedClaim): Date | null {
  if (!claim.saidAt) return null;
  const iso = claim.saidAt.length === 7 ? `${claim.saidAt}-01` : claim.saidAt;
  return new Date(`${iso}T00:00:00.000Z`);
}

/**
 * Creates the demo newsroom from prisma/seed/data.ts. Idempotent: rows are matched by
 * e-mail or slug, and an existing claim is left as it is (editors may have changed it).
 */
export async function seedDemoNewsroom(db: PrismaClient, articlesDir: string): Promise<SeedReport> {
  const report: SeedReport = {
    users: 0,
    articlesWithText: 0,
    articlesWithoutText: 0,
    claimsCreated: 0,
    claimsExisting: 0,
    linksCreated: 0,
  };

  const userIds = new Map<string, string>();
  for (const u of demoUsers) {
    const existing = await db.user.findUnique({ where: { email: u.email }, select: { id: true } });
    const user =
      existing ??
      (await db.user.create({
        data: { email: u.email, name: u.name, role: u.role, passwordHash: await hashPassword(DEMO_PASSWORD) },
        select: { id: true },
      }));
    userIds.set(u.email, user.id);
    report.users++;
  }
  const editorId = userIds.get("editor@claimledger.test");
  const reviewerId = userIds.get("reviewer@claimledger.test");
  const adminId = userIds.get("admin@claimledger.test");
  if (!editorId || !reviewerId || !adminId) throw new Error("demo users missing");

  const topicIds = new Map<string, string>();
  for (const t of topics) {
    const row = await db.topic.upsert({
      where: { slug: t.key },
      create: { slug: t.key, nameVi: normalizeLine(t.nameVi), nameEn: normalizeLine(t.nameEn) },
      update: {},
      select: { id: true },
    });
    topicIds.set(t.key, row.id);
  }

  const speakerIds = new Map<string, string>();
  for (const s of speakers) {
    const name = normalizeLine(s.name);
    const variants = s.variants.map(normalizeLine);
    const row = await db.speaker.upsert({
      where: { slug: s.key },
      create: {
        slug: s.key,
        kind: s.kind,
        name,
        variants,
        affiliation: s.affiliation ? normalizeLine(s.affiliation) : null,
        country: s.country ?? null,
        description: s.description ? normalizeLine(s.description) : null,
        searchText: speakerSearchText({ name, variants }),
      },
      update: {},
      select: { id: true },
    });
    speakerIds.set(s.key, row.id);
  }

  const outletIds = new Map<string, string>();
  for (const o of outlets) {
    const row = await db.outlet.upsert({
      where: { slug: o.key },
      create: {
        slug: o.key,
        name: normalizeLine(o.name),
        country: o.country ?? null,
        url: o.url ?? null,
        language: o.language,
      },
      update: {},
      select: { id: true },
    });
    outletIds.set(o.key, row.id);
  }

  const articleRows = new Map<string, { id: string; text: string | null }>();
  for (const a of articles) {
    const outletId = outletIds.get(a.outlet);
    if (!outletId) throw new Error(`article ${a.key}: unknown outlet ${a.outlet}`);
    const text = readSeedArticle(articlesDir, a.seedFile);
    if (text) report.articlesWithText++;
    else report.articlesWithoutText++;
    const hash = text ? contentHash(text) : `unavailable:${a.key}`;
    const existing = await db.article.findUnique({
      where: { slug: a.key },
      select: { id: true, text: true },
    });
    if (existing) {
      // A database seeded without the seeds folder gets the text once it is there.
      if (text && !existing.text)
        await db.article.update({ where: { id: existing.id }, data: { text, contentHash: hash } });
      articleRows.set(a.key, { id: existing.id, text: text ?? (existing.text || null) });
      continue;
    }
    const row = await db.article.create({
      data: {
        slug: a.key,
        outletId,
        title: normalizeLine(a.title),
        byline: a.byline ? normalizeLine(a.byline) : null,
        url: a.url ?? null,
        language: a.language,
        publishedAt: new Date(`${a.publishedAt}T00:00:00.000Z`),
        text: text ?? "",
        contentHash: hash,
        createdById: editorId,
      },
      select: { id: true },
    });
    articleRows.set(a.key, { id: row.id, text });
  }

  for (const c of claims) {
    const existing = await db.claim.findUnique({ where: { slug: c.key }, select: { id: true } });
    if (existing) {
      report.claimsExisting++;
      continue;
    }
    const speakerId = speakerIds.get(c.speaker);
    if (!speakerId) throw new Error(`claim ${c.key}: unknown speaker ${c.speaker}`);
    await db.$transaction(async (tx) => {
      await createSeedClaim(tx, c, {
        speakerId,
        editorId,
        reviewerId,
        topicIds,
        speakerIds,
        outletIds,
        articleRows,
      });
    });
    report.claimsCreated++;
  }

  const claimIds = new Map<string, string>();
  for (const row of await db.claim.findMany({ select: { id: true, slug: true } }))
    claimIds.set(row.slug, row.id);
  for (const l of links) {
    const fromClaimId = claimIds.get(l.from);
    const toClaimId = claimIds.get(l.to);
    if (!fromClaimId || !toClaimId) throw new Error(`link ${l.from} -> ${l.to}: unknown claim`);
    const existing = await db.claimLink.findUnique({
      where: { fromClaimId_toClaimId_type: { fromClaimId, toClaimId, type: l.type } },
      select: { id: true },
    });
    if (existing) continue;
    await db.$transaction(async (tx) => {
      const link = await tx.claimLink.create({
        data: { fromClaimId, toClaimId, type: l.type, note: normalizeLine(l.note), createdById: reviewerId },
      });
      await recordAudit(tx, {
        actorId: reviewerId,
        action: "link.create",
        entityType: "ClaimLink",
        entityId: link.id,
        after: link,
      });
    });
    report.linksCreated++;
  }
  return report;
}

interface SeedContext {
  speakerId: string;
  editorId: string;
  reviewerId: string;
  topicIds: Map<string, string>;
  speakerIds: Map<string, string>;
  outletIds: Map<string, string>;
  articleRows: Map<string, { id: string; text: string | null }>;
}

async function createSeedClaim(tx: DbWriter, c: SeedClaim, ctx: SeedContext): Promise<void> {
  // Approval needs a source (lib/checklists/service.ts): the demo's published claims have one.
  if (pathToStatus[c.status].some((step) => step.to === "APPROVED") && c.appearances.length === 0)
    throw new Error(`claim ${c.key}: an approved claim needs at least one source`);
  const quote = normalizeText(c.quote).trim();
  const translation = c.translation ? normalizeText(c.translation).trim() : null;
  const speaker = await tx.speaker.findUniqueOrThrow({
    where: { id: ctx.speakerId },
    select: { name: true, variants: true },
  });
  const claim = await tx.claim.create({
    data: {
      slug: c.key,
      speakerId: ctx.speakerId,
      roleHeld: normalizeLine(c.roleHeld),
      quote,
      translation,
      language: "vi",
      kind: c.kind,
      saidAt: parseSaidAt(c),
      saidAtPrecision: c.saidAtPrecision,
      venue: c.venue ? normalizeLine(c.venue) : null,
      verification: c.verification,
      rating: c.rating ?? null,
      ratingExplanation: c.ratingExplanation ? normalizeLine(c.ratingExplanation) : null,
      searchText: claimSearchText({ quote, translation }, speaker),
      createdById: ctx.editorId,
      updatedById: ctx.editorId,
      lastEditedById: ctx.editorId,
      assignedEditorId: ctx.editorId,
      topics: {
        create: c.topics.map((key) => {
          const topicId = ctx.topicIds.get(key);
          if (!topicId) throw new Error(`claim ${c.key}: unknown topic ${key}`);
          return { topicId };
        }),
      },
    },
    select: { id: true },
  });

  for (const a of c.appearances) {
    const article = ctx.articleRows.get(a.article);
    if (!article) throw new Error(`claim ${c.key}: unknown article ${a.article}`);
    const exact = normalizeText(a.exact);
    const span = article.text ? locateQuote(article.text, exact, a.occurrence ?? 0) : null;
    if (article.text && !span) throw new Error(`claim ${c.key}: quote not found in article ${a.article}`);
    await tx.appearance.create({
      data: {
        claimId: claim.id,
        articleId: article.id,
        exact,
        prefix: span?.prefix ?? "",
        suffix: span?.suffix ?? "",
        start: span?.start ?? null,
        end: span?.end ?? null,
        createdById: ctx.editorId,
        chain: {
          create: a.chain.map((node, position) => ({
            position,
            kind: node.kind,
            label: normalizeLine(node.label),
            outletId: node.outlet ? (ctx.outletIds.get(node.outlet) ?? null) : null,
            speakerId: node.speaker ? (ctx.speakerIds.get(node.speaker) ?? null) : null,
          })),
        },
      },
    });
  }

  const created = await recordClaimCreated(tx, claim.id, ctx.editorId);

  let before = created;
  for (const step of pathToStatus[c.status]) {
    const actorId = step.by === "editor" ? ctx.editorId : ctx.reviewerId;
    const now = new Date();
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        status: step.to,
        version: { increment: 1 },
        updatedById: actorId,
        ...(step.to === "APPROVED" ? { publishedAt: now } : {}),
        ...(step.to === "RETRACTED"
          ? { retractedAt: now, retractionReason: normalizeLine(c.retractionReason ?? "") || null }
          : {}),
      },
    });
    const after = await writeRevision(tx, claim.id, actorId, step.action);
    await recordAudit(tx, {
      actorId,
      action: step.action,
      entityType: "Claim",
      entityId: claim.id,
      before,
      after,
    });
    before = after;
  }
}
