import { describe, expect, it } from "vitest";
import { addAppearance } from "@/lib/appearances/service";
import { appearanceInputSchema } from "@/lib/appearances/validation";
import { PUBLIC_STATUSES, publicTag } from "@/lib/claims/public-tags";
import { createClaim, transitionClaim } from "@/lib/claims/service";
import { createClaimSchema, transitionSchema } from "@/lib/claims/validation";
import { prisma } from "@/lib/db";
import { searchPublishedClaims } from "@/lib/search/public-search";
import { publicSearchSchema } from "@/lib/search/validation";
import { createSpeaker, mergeSpeakers, updateSpeaker } from "@/lib/speakers/service";
import { mergeSpeakersSchema, speakerInputSchema, updateSpeakerSchema } from "@/lib/speakers/validation";
import { sliceCodePoints } from "@/lib/text/selectors";
import { expectAppError } from "../helpers/app-error";
import { testDatabaseKinds } from "../helpers/databases";
import { seededNewsroom } from "../helpers/app-db";

/**
 * Speaker rename and merge (lib/speakers/service.ts). Claims carry their speaker's names in a
 * folded search text, so both must refresh every claim of the speaker. The admin applies these
 * directly; an editor's change to a published speaker waits (tested in pending-changes.test.ts).
 */
describe.each(testDatabaseKinds())("speakers on $name", (kind) => {
  const newsroom = seededNewsroom(kind);

  const search = async (q: string) =>
    (await searchPublishedClaims(publicSearchSchema.parse({ q }))).results.map((r) => r.slug).sort();

  /** Slugs of the speaker's claims readers can find. */
  async function publicSlugs(speakerId: string) {
    const rows = await prisma.claim.findMany({
      where: { speakerId, status: { in: PUBLIC_STATUSES }, deletedAt: null },
      select: { slug: true },
    });
    return rows.map((r) => r.slug).sort();
  }

  /** The first `length` code points of a seeded article that has text: a span a source can cite. */
  async function articleSpan(length = 40) {
    const article = await prisma.article.findFirstOrThrow({
      where: { text: { not: "" } },
      orderBy: { slug: "asc" },
      select: { id: true, text: true },
    });
    return { articleId: article.id, start: 0, end: length, exact: sliceCodePoints(article.text, 0, length) };
  }

  it("rename: every claim's search text takes the new name, so readers find the claims by it without diacritics", async () => {
    const { admin } = newsroom.actors;
    const speaker = await prisma.speaker.findUniqueOrThrow({ where: { slug: "yuri-ushakov" } });
    const expected = await publicSlugs(speaker.id);
    expect(expected.length).toBeGreaterThan(0);
    // Control: nothing answers to the new name before the rename.
    expect(await search("quynh thuong xedo")).toEqual([]);

    const edit = (name: string, version: number) =>
      updateSpeakerSchema.parse({
        name,
        kind: speaker.kind,
        variants: speaker.variants,
        affiliation: speaker.affiliation,
        country: speaker.country,
        description: speaker.description,
        version,
      });
    const renamed = await updateSpeaker(admin, speaker.id, edit("Quỳnh Thưởng Xêđô", speaker.version));
    expect("pendingChange" in renamed).toBe(false);
    expect(renamed.publicTags).toEqual(
      expect.arrayContaining([publicTag.speaker(speaker.slug), publicTag.claim(expected[0]!)]),
    );

    expect(await search("quynh thuong xedo")).toEqual(expected);
    expect(await search("Quỳnh Thưởng Xêđô")).toEqual(expected);
    const claims = await prisma.claim.findMany({
      where: { speakerId: speaker.id },
      select: { searchText: true },
    });
    for (const c of claims) expect(c.searchText).toContain(" quynh thuong xedo ");
    expect((await prisma.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).searchText).toContain(
      " quynh thuong xedo ",
    );
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: speaker.id, action: "speaker.update" },
      orderBy: { id: "desc" },
    });
    expect([
      audit.actorId,
      (audit.before as { name: string }).name,
      (audit.after as { name: string }).name,
    ]).toEqual([admin.id, "Yuri Ushakov", "Quỳnh Thưởng Xêđô"]);

    // An edit based on the version before the rename is refused and changes nothing.
    await expectAppError(updateSpeaker(admin, speaker.id, edit("Tên cũ hơn", speaker.version)), "CONFLICT");
    expect((await prisma.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).name).toBe(
      "Quỳnh Thưởng Xêđô",
    );
  });

  it("merge: claims and chain nodes move to the target, names become its variants, the duplicate is soft-deleted with a pointer", async () => {
    const { owner, reviewer, admin } = newsroom.actors;
    const target = await prisma.speaker.findUniqueOrThrow({ where: { slug: "rustem-umerov" } });
    const targetPublic = await publicSlugs(target.id);
    expect(targetPublic.length).toBeGreaterThan(0);
    // The duplicate's variants repeat the target's name and one of its variants in another case.
    const dup = await createSpeaker(
      admin,
      speakerInputSchema.parse({
        name: "Rustem Ưmêrốp",
        kind: "PERSON",
        variants: ["R. Umerop", "UMEROV", "Rustem Umerov"],
      }),
    );

    // Two claims of the duplicate (one published), and chain nodes naming it: on its own claim and on another speaker's.
    const span = await articleSpan();
    const outlet = await prisma.outlet.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const chain = [
      { kind: "OUTLET", label: outlet.name, outletId: outlet.id },
      { kind: "PERSON", label: "Rustem Ưmêrốp", speakerId: dup.id },
    ];
    const draft = await createClaim(
      owner,
      createClaimSchema.parse({ speakerId: dup.id, quote: "Bản nháp của người trùng tên.", kind: "DIRECT" }),
    );
    const toPublish = await createClaim(
      owner,
      createClaimSchema.parse({
        speakerId: dup.id,
        quote: "Phát biểu đã xuất bản của người trùng tên.",
        kind: "DIRECT",
      }),
    );
    await addAppearance(owner, toPublish.id, appearanceInputSchema.parse({ ...span, chain }));
    const submitted = await transitionClaim(
      owner,
      toPublish.id,
      transitionSchema.parse({ transition: "submit", version: toPublish.version }),
    );
    await transitionClaim(
      reviewer,
      toPublish.id,
      transitionSchema.parse({ transition: "approve", version: submitted.version }),
    );
    const other = await prisma.claim.findFirstOrThrow({
      where: { speakerId: { notIn: [dup.id, target.id] }, status: "DRAFT" },
    });
    await addAppearance(admin, other.id, appearanceInputSchema.parse({ ...span, chain }));
    const nodeIds = (
      await prisma.attributionNode.findMany({ where: { speakerId: dup.id }, select: { id: true } })
    ).map((n) => n.id);
    expect(nodeIds).toHaveLength(2);
    // Before: the duplicate's folded name finds only its own published claim.
    expect(await search("umerop")).toEqual([toPublish.slug]);

    const merged = await mergeSpeakers(
      admin,
      mergeSpeakersSchema.parse({ sourceId: dup.id, targetId: target.id }),
    );
    expect("pendingChange" in merged).toBe(false);
    expect(merged).toMatchObject({ targetId: target.id, claimsMoved: 2 });
    expect(merged.publicTags).toEqual(
      expect.arrayContaining([publicTag.speaker(dup.slug), publicTag.speaker(target.slug)]),
    );

    expect(await prisma.claim.count({ where: { speakerId: dup.id } })).toBe(0);
    expect(
      (
        await prisma.claim.findMany({
          where: { id: { in: [draft.id, toPublish.id] } },
          select: { speakerId: true },
        })
      ).map((c) => c.speakerId),
    ).toEqual([target.id, target.id]);
    const nodes = await prisma.attributionNode.findMany({
      where: { id: { in: nodeIds } },
      select: { speakerId: true },
    });
    expect(nodes.map((n) => n.speakerId)).toEqual([target.id, target.id]);

    const after = await prisma.speaker.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.name).toBe(target.name);
    // The target's variants, then the duplicate's names not already there (case-insensitively).
    expect(after.variants).toEqual([...target.variants, "Rustem Ưmêrốp", "R. Umerop"]);
    expect(after.version).toBe(target.version + 1);
    const source = await prisma.speaker.findUniqueOrThrow({ where: { id: dup.id } });
    expect(source.mergedIntoId).toBe(target.id);
    expect(source.deletedAt).not.toBeNull();

    // Every claim of the target now carries the merged names: readers find all of them by the duplicate's name.
    for (const c of await prisma.claim.findMany({
      where: { speakerId: target.id },
      select: { searchText: true },
    })) {
      expect(c.searchText).toContain(" rustem umerov ");
      expect(c.searchText).toContain(" rustem umerop ");
    }
    expect(await search("umerop")).toEqual([...targetPublic, toPublish.slug].sort());

    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: target.id, action: "speaker.merge" },
    });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.after).toMatchObject({ mergedInto: target.id, claimsMoved: 2 });

    // The merged speaker is gone for every later use.
    await expectAppError(mergeSpeakers(admin, { sourceId: dup.id, targetId: target.id }), "NOT_FOUND");
    await expectAppError(
      updateSpeaker(
        admin,
        dup.id,
        updateSpeakerSchema.parse({ name: "Sửa bản đã gộp", kind: "PERSON", version: source.version }),
      ),
      "NOT_FOUND",
    );
    await expectAppError(
      createClaim(
        owner,
        createClaimSchema.parse({ speakerId: dup.id, quote: "Lời của người đã gộp.", kind: "DIRECT" }),
      ),
      "VALIDATION",
    );
  });

  it("refuses a merge of a speaker into itself (schema) or with a speaker that does not exist", async () => {
    const { admin } = newsroom.actors;
    const speaker = await prisma.speaker.findFirstOrThrow({ where: { deletedAt: null } });
    const self = mergeSpeakersSchema.safeParse({ sourceId: speaker.id, targetId: speaker.id });
    expect(self.success).toBe(false);
    expect(self.error?.issues.map((i) => i.path.join("."))).toEqual(["targetId"]);
    const auditBefore = await prisma.auditEvent.count();
    await expectAppError(
      mergeSpeakers(admin, { sourceId: "cxxxxxxxxxxxxxxxxxxxxxxxx", targetId: speaker.id }),
      "NOT_FOUND",
    );
    await expectAppError(
      mergeSpeakers(admin, { sourceId: speaker.id, targetId: "cxxxxxxxxxxxxxxxxxxxxxxxx" }),
      "NOT_FOUND",
    );
    expect(await prisma.auditEvent.count()).toBe(auditBefore);
    expect((await prisma.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).deletedAt).toBeNull();
  });
});
