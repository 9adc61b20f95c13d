import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addAppearance } from "@/lib/appearances/service";
import { appearanceInputSchema } from "@/lib/appearances/validation";
import { countIndependentChains } from "@/lib/claims/corroboration";
import { prisma } from "@/lib/db";
import { acceptCandidate } from "@/lib/ingest/service";
import { acceptCandidateSchema } from "@/lib/ingest/validation";
import { createSpeaker } from "@/lib/speakers/service";
import { speakerInputSchema } from "@/lib/speakers/validation";
import { normalizeArticleText } from "@/lib/text/normalize";
import { appliedDirectly } from "../helpers/answers";
import { storeTestArticle } from "../helpers/articles";
import { testDatabaseKinds } from "../helpers/databases";
import { demoActors, openSeededAppDatabase } from "../helpers/app-db";

/**
 * One representation for attribution-chain nodes (lib/appearances/chain-references.ts): a chain
 * saved by ingestion ("TTXVN ← Bùi Thanh Sơn", labels only as the review page sends them) and one
 * built by hand with references ("Dân trí ← TTXVN ← Bùi Thanh Sơn") share their origin, so the
 * claim has one independent chain, not two. And the migration that gave older chains their
 * references.
 */
const STATEMENT = "Việt Nam ủng hộ mọi nỗ lực nhằm sớm chấm dứt xung đột tại Ukraine";

describe.each(testDatabaseKinds())("attribution chains on $name", (kind) => {
  let close: () => Promise<void>;
  let actors: Awaited<ReturnType<typeof demoActors>>;
  let ttxvn: { id: string; name: string };
  let danTri: { id: string; name: string };
  let son: { id: string; name: string };

  const storeArticle = (outletId: string, title: string, text: string) =>
    storeTestArticle({
      outletId,
      title,
      text: normalizeArticleText(text),
      publishedAt: new Date("2025-12-21"),
    });
  function span(text: string, words: string) {
    const at = text.indexOf(words);
    expect(at).toBeGreaterThanOrEqual(0);
    const start = Array.from(text.slice(0, at)).length;
    return { start, end: start + Array.from(words).length, exact: words };
  }

  /**
   * Accepts STATEMENT of a TTXVN article as a new claim of Sơn, as the review page sends it: the
   * chain as the extractor wrote it, labels only (the outlet, then the words the article used).
   */
  const acceptStatement = async (article: { id: string; text: string }, personAsWritten: string) =>
    appliedDirectly(
      await acceptCandidate(
        actors.owner,
        acceptCandidateSchema.parse({
          articleId: article.id,
          mode: "new",
          speakerId: son.id,
          content: { quote: STATEMENT, kind: "INDIRECT" },
          appearance: {
            ...span(article.text, STATEMENT),
            chain: [
              { kind: "OUTLET", label: ttxvn.name },
              { kind: "PERSON", label: personAsWritten },
            ],
          },
        }),
      ),
    );

  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
    actors = await demoActors();
    ttxvn = await prisma.outlet.findFirstOrThrow({
      where: { name: { startsWith: "TTXVN" } },
      select: { id: true, name: true },
    });
    danTri = await prisma.outlet.findFirstOrThrow({
      where: { name: "Dân trí" },
      select: { id: true, name: true },
    });
    son = await createSpeaker(
      actors.owner,
      speakerInputSchema.parse({ name: "Bùi Thanh Sơn", kind: "PERSON", variants: ["Bộ trưởng Sơn"] }),
    );
  });
  afterAll(async () => close?.());

  it("a chain from ingestion and a hand-built chain with the same origin count once", async () => {
    const fromTtxvn = await storeArticle(
      ttxvn.id,
      "Bộ trưởng Bùi Thanh Sơn: Việt Nam ủng hộ hòa bình",
      `Chiều 20/12, Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết ${STATEMENT}.`,
    );
    const fromDanTri = await storeArticle(
      danTri.id,
      "Việt Nam ủng hộ hòa bình cho Ukraine",
      `Theo TTXVN, Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết ${STATEMENT}.`,
    );

    const accepted = await acceptStatement(fromTtxvn, "Bùi Thanh Sơn");
    // Built by hand in the sources panel: every node picked from the lists.
    appliedDirectly(
      await addAppearance(
        actors.owner,
        accepted.claimId,
        appearanceInputSchema.parse({
          articleId: fromDanTri.id,
          ...span(fromDanTri.text, STATEMENT),
          chain: [
            { kind: "OUTLET", label: danTri.name, outletId: danTri.id },
            { kind: "OUTLET", label: "TTXVN", outletId: ttxvn.id },
            { kind: "PERSON", label: son.name, speakerId: son.id },
          ],
        }),
      ),
    );

    const appearances = await prisma.appearance.findMany({
      where: { claimId: accepted.claimId, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        chain: {
          orderBy: { position: "asc" },
          select: { position: true, kind: true, label: true, outletId: true, speakerId: true },
        },
      },
    });
    expect(appearances.map((a) => a.chain.map((n) => n.outletId ?? n.speakerId))).toEqual([
      [ttxvn.id, son.id],
      [danTri.id, ttxvn.id, son.id],
    ]);
    expect(countIndependentChains(appearances.map((a) => a.chain))).toBe(1);
  });

  it("the origin of an accepted suggestion is the claim's speaker, whatever words the article used", async () => {
    const article = await storeArticle(
      ttxvn.id,
      "Ông Sơn nói thêm",
      `Ông Sơn nói thêm rằng ${STATEMENT} và kêu gọi đối thoại.`,
    );
    const answer = await acceptStatement(article, "Ông Sơn");
    const nodes = await prisma.attributionNode.findMany({
      where: { appearanceId: answer.appearanceId },
      orderBy: { position: "asc" },
      select: { label: true, outletId: true, speakerId: true },
    });
    expect(nodes).toEqual([
      { label: ttxvn.name, outletId: ttxvn.id, speakerId: null },
      { label: "Bùi Thanh Sơn", outletId: null, speakerId: son.id },
    ]);
  });

  it("a name written without diacritics or in another case still resolves; an unknown or ambiguous one stays a label", async () => {
    await createSpeaker(
      actors.owner,
      speakerInputSchema.parse({ name: "Nguyễn Văn A", kind: "PERSON", variants: [] }),
    );
    await createSpeaker(
      actors.owner,
      speakerInputSchema.parse({ name: "Nguyen Van A", kind: "PERSON", variants: [] }),
    );
    const claimId = (
      await prisma.claim.findFirstOrThrow({
        where: { deletedAt: null, status: "DRAFT" },
        select: { id: true },
      })
    ).id;
    const article = await storeArticle(
      danTri.id,
      "Nhiều nguồn",
      `Bài báo này trích dẫn nhiều nguồn khác nhau về cùng một sự kiện.`,
    );
    const added = appliedDirectly(
      await addAppearance(
        actors.owner,
        claimId,
        appearanceInputSchema.parse({
          articleId: article.id,
          ...span(article.text, "nhiều nguồn khác nhau"),
          chain: [
            { kind: "OUTLET", label: "dan tri" },
            { kind: "OUTLET", label: "Báo Không Có Thật" },
            { kind: "PERSON", label: "nguyễn văn a" },
            { kind: "PERSON", label: "BỘ TRƯỞNG SƠN" },
          ],
        }),
      ),
    );
    const nodes = await prisma.attributionNode.findMany({
      where: { appearanceId: added.id! },
      orderBy: { position: "asc" },
      select: { outletId: true, speakerId: true },
    });
    expect(nodes).toEqual([
      { outletId: danTri.id, speakerId: null },
      { outletId: null, speakerId: null },
      { outletId: null, speakerId: null }, // two speakers fold to this name: not guessed
      { outletId: null, speakerId: son.id }, // a variant
    ]);
  });

  it("the migration gives chains saved with labels only the references of the outlets and speakers they name", async () => {
    const claim = await prisma.claim.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true } });
    const article = await storeArticle(
      ttxvn.id,
      "Chuỗi cũ",
      "Một chuỗi dẫn nguồn được lưu trước khi có tham chiếu.",
    );
    // As ingestion saved chains before: no outletId, no speakerId.
    const old = await prisma.appearance.create({
      data: {
        claimId: claim.id,
        articleId: article.id,
        exact: "chuỗi dẫn nguồn",
        chain: {
          create: [
            { position: 0, kind: "OUTLET", label: ttxvn.name },
            { position: 1, kind: "OUTLET", label: "DÂN TRÍ" },
            { position: 2, kind: "OUTLET", label: "Một tờ báo lạ" },
            { position: 3, kind: "PERSON", label: "Bùi Thanh Sơn" },
          ],
        },
      },
      select: { id: true },
    });
    const sql = readFileSync(
      path.resolve("prisma/migrations/20261130221300_chain_node_references/migration.sql"),
      "utf8",
    );
    const statements = sql
      .split(/;\s*\n/)
      .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
      .filter(Boolean);
    expect(statements).toHaveLength(2);
    for (const statement of statements) await prisma.$executeRawUnsafe(statement);
    const nodes = await prisma.attributionNode.findMany({
      where: { appearanceId: old.id },
      orderBy: { position: "asc" },
      select: { outletId: true, speakerId: true },
    });
    expect(nodes).toEqual([
      { outletId: ttxvn.id, speakerId: null },
      { outletId: danTri.id, speakerId: null },
      { outletId: null, speakerId: null },
      { outletId: null, speakerId: son.id },
    ]);
    // Running it again changes nothing (it only fills references still missing).
    for (const statement of statements) await prisma.$executeRawUnsafe(statement);
    expect(
      await prisma.attributionNode.findMany({
        where: { appearanceId: old.id },
        orderBy: { position: "asc" },
        select: { outletId: true, speakerId: true },
      }),
    ).toEqual(nodes);
  });
});
