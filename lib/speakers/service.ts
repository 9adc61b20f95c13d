import { recordAudit, type DbWriter } from "../audit/record";
import { publicTag, publicTagsForClaims } from "../claims/public-tags";
import { reassignSpeakerInTx } from "../claims/service";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertRole, type Actor } from "../permissions";
import { claimSearchText, speakerSearchText } from "../search/search-text";
import { slugify } from "../text/normalize";
import { speakerSelect } from "./queries";
import type { SpeakerInput } from "./validation";
import { publicChangeTransaction } from "../edge/outbox";
import { anySpeakerPublic, changesPublishedPagesDirectly, proposeChange } from "../pending/propose";

/** Speakers (people, organisations, unnamed sources): create, edit, merge duplicates. */
type Tx = DbWriter;

function uniqueVariants(name: string, variants: string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  return variants.filter((v) => {
    const k = v.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Claims carry their speaker's names in searchText: refresh them after a rename or merge. Returns
 * the tags of every public page that shows one of those claims (their topics' pages and linked
 * claims' pages print the speaker's name too).
 */
async function refreshClaimSearchText(tx: Tx, speakerId: string): Promise<string[]> {
  const speaker = await tx.speaker.findUniqueOrThrow({
    where: { id: speakerId },
    select: { name: true, variants: true },
  });
  const claims = await tx.claim.findMany({
    where: { speakerId },
    select: { id: true, slug: true, quote: true, translation: true },
  });
  for (const c of claims)
    await tx.claim.update({ where: { id: c.id }, data: { searchText: claimSearchText(c, speaker) } });
  return publicTagsForClaims(tx, { speakerId });
}

export async function createSpeaker(actor: Actor | null, input: SpeakerInput) {
  assertRole(actor, "speaker.manage");
  return prisma.$transaction(async (tx) => ({
    ...(await createSpeakerInTx(tx, actor, input)),
    publicTags: [] as string[],
  }));
}

/** createSpeaker inside a caller's transaction (ingestion creates a speaker with its first claim). */
export async function createSpeakerInTx(tx: Tx, actor: Actor, input: SpeakerInput) {
  assertRole(actor, "speaker.manage");
  const base = slugify(input.name, 80);
  const slug = (await tx.speaker.findUnique({ where: { slug: base }, select: { id: true } }))
    ? `${base}-${Date.now().toString(36)}`
    : base;
  const variants = uniqueVariants(input.name, input.variants);
  const speaker = await tx.speaker.create({
    data: { ...input, variants, slug, searchText: speakerSearchText({ name: input.name, variants }) },
    select: speakerSelect,
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "speaker.create",
    entityType: "Speaker",
    entityId: speaker.id,
    after: speaker,
  });
  return speaker;
}

async function findLiveSpeaker(tx: Tx, id: string) {
  const speaker = await tx.speaker.findFirst({ where: { id, deletedAt: null }, select: speakerSelect });
  if (!speaker) throw new AppError("NOT_FOUND", "Speaker not found.");
  return speaker;
}

const staleSpeaker = (current: unknown) =>
  new AppError(
    "CONFLICT",
    "Someone else changed this speaker after you opened it. Reload to see their version.",
    { current },
    "stale_version",
  );

/** A published speaker's page shows its name and details: an editor's edit waits for a reviewer (lib/pending/). */
export async function updateSpeaker(
  actor: Actor | null,
  id: string,
  input: SpeakerInput & { version: number },
) {
  assertRole(actor, "speaker.manage");
  return publicChangeTransaction(async (tx) => {
    if (!changesPublishedPagesDirectly(actor) && (await anySpeakerPublic(tx, [id]))) {
      const before = await findLiveSpeaker(tx, id);
      if (before.version !== input.version) throw staleSpeaker(before);
      return proposeChange(tx, actor, {
        kind: "SPEAKER_UPDATE",
        speakerId: id,
        payload: { id, ...input },
        before,
      });
    }
    return updateSpeakerInTx(tx, actor.id, id, input);
  });
}

/** Applies a speaker edit made against `input.version` (directly, or when a reviewer approves it). */
export async function updateSpeakerInTx(
  tx: Tx,
  actorId: string,
  id: string,
  input: SpeakerInput & { version: number },
) {
  const before = await findLiveSpeaker(tx, id);
  const variants = uniqueVariants(input.name, input.variants);
  const { count } = await tx.speaker.updateMany({
    where: { id, version: input.version, deletedAt: null },
    data: {
      name: input.name,
      kind: input.kind,
      variants,
      affiliation: input.affiliation,
      country: input.country,
      description: input.description,
      searchText: speakerSearchText({ name: input.name, variants }),
      version: { increment: 1 },
    },
  });
  if (count === 0) throw staleSpeaker(before);
  const claimTags = await refreshClaimSearchText(tx, id);
  const after = await tx.speaker.findUniqueOrThrow({ where: { id }, select: speakerSelect });
  await recordAudit(tx, {
    actorId,
    action: "speaker.update",
    entityType: "Speaker",
    entityId: id,
    before,
    after,
  });
  return { ...after, publicTags: [publicTag.speaker(after.slug), publicTag.lists, ...claimTags] };
}

type MergeInput = { sourceId: string; targetId: string };

async function findMergePair(tx: Tx, input: MergeInput) {
  // One connection per transaction: its queries go one after another.
  const source = await tx.speaker.findFirst({
    where: { id: input.sourceId, deletedAt: null },
    select: speakerSelect,
  });
  const target = await tx.speaker.findFirst({
    where: { id: input.targetId, deletedAt: null },
    select: speakerSelect,
  });
  if (!source || !target)
    throw new AppError("NOT_FOUND", "Both speakers must exist and not be merged already.");
  return { source, target };
}

/**
 * Merges a duplicate into the speaker to keep: claims and attribution-chain nodes move over,
 * the duplicate's names become variants, and the duplicate is soft-deleted with a pointer.
 * When either speaker has a published page, an editor's merge waits for a reviewer.
 */
export async function mergeSpeakers(actor: Actor | null, input: MergeInput) {
  assertRole(actor, "speaker.merge");
  return publicChangeTransaction(async (tx) => {
    if (
      !changesPublishedPagesDirectly(actor) &&
      (await anySpeakerPublic(tx, [input.sourceId, input.targetId]))
    ) {
      const pair = await findMergePair(tx, input);
      return proposeChange(tx, actor, {
        kind: "SPEAKER_MERGE",
        speakerId: input.targetId,
        payload: input,
        before: pair,
      });
    }
    return mergeSpeakersInTx(tx, actor.id, input);
  });
}

export async function mergeSpeakersInTx(tx: Tx, actorId: string, input: MergeInput) {
  const { source, target } = await findMergePair(tx, input);
  const variants = uniqueVariants(target.name, [...target.variants, source.name, ...source.variants]);
  await tx.speaker.update({
    where: { id: target.id },
    data: {
      variants,
      searchText: speakerSearchText({ name: target.name, variants }),
      version: { increment: 1 },
    },
  });
  // Each claim moves through the claim service: a new version, revision and audit event.
  const claims = await tx.claim.findMany({
    where: { speakerId: source.id },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  for (const c of claims)
    await reassignSpeakerInTx(tx, actorId, c.id, { id: target.id, name: target.name, variants });
  const moved = { count: claims.length };
  await tx.attributionNode.updateMany({ where: { speakerId: source.id }, data: { speakerId: target.id } });
  await tx.speaker.update({
    where: { id: source.id },
    data: { mergedIntoId: target.id, deletedAt: new Date(), version: { increment: 1 } },
  });
  const claimTags = await refreshClaimSearchText(tx, target.id);
  await recordAudit(tx, {
    actorId,
    action: "speaker.merge",
    entityType: "Speaker",
    entityId: target.id,
    before: { source, target },
    after: { mergedInto: target.id, claimsMoved: moved.count, variants },
  });
  return {
    targetId: target.id,
    claimsMoved: moved.count,
    publicTags: [
      publicTag.speaker(source.slug),
      publicTag.speaker(target.slug),
      publicTag.lists,
      ...claimTags,
    ],
  };
}
