import { randomBytes } from "node:crypto";
import { recordAudit, type DbWriter } from "../audit/record";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import {
  assertRole,
  canDecideOnClaim,
  canDeleteClaim,
  canWithdrawSubmission,
  type Action,
  type Actor,
} from "../permissions";
import { claimSearchText } from "../search/search-text";
import { slugify } from "../text/normalize";
import { publicTagsForClaim } from "./public-tags";
import {
  claimSnapshotSelect,
  recordClaimCreated,
  toClaimSnapshot,
  writeRevision,
  type ClaimSnapshot,
} from "./snapshot";
import type {
  ClaimContentInput,
  ClaimCorrectionInput,
  TransitionInput,
  UpdateClaimInput,
  VerificationInput,
} from "./validation";
import { assertEditable, nextStatus, transitions, type Transition } from "./workflow";
import { publicChangeTransaction, type PublicChange } from "../edge/outbox";
import { assertApprovableInTx } from "../checklists/service";
import { assertSourcingAcknowledgedInTx } from "./laundering-service";
import { claimTopic, publishLiveInTx, QUEUE_TOPIC } from "../live/publish";
import { notifyTransitionInTx } from "../notifications/workflow";
import { queueClaimChangeInTx } from "../webhooks/events";
import { proposeChange, type PendingAnswer } from "../pending/propose";
import { contentDiffers } from "./history";
import { deadlineData, type DeadlineInput } from "../deadlines/validation";

import { suggestLinksInTx } from "../suggestions/service";

/**
 * Every change to a claim goes through here: role and ownership checked against the row
 * being changed, the edit applied only if the caller saw the current version (optimistic
 * locking), and the new revision + audit event written in the same transaction.
 */
export interface ClaimRef {
  id: string;
  slug: string;
  version: number;
  status: string;
}

/** A changed claim and the public cache tags to expire (pages that showed it before or show it now). */
export type ClaimChange = ClaimRef & { publicTags: string[] };

async function changeResult(tx: Tx, id: string, tagsBefore: string[]): Promise<ClaimChange> {
  const ref = await tx.claim.findUniqueOrThrow({ where: { id }, select: refSelect });
  const tagsAfter = await publicTagsForClaim(tx, id);
  return { ...ref, publicTags: [...new Set([...tagsBefore, ...tagsAfter])] };
}

const refSelect = { id: true, slug: true, version: true, status: true } satisfies Prisma.ClaimSelect;

type Tx = DbWriter;

async function loadForChange(tx: Tx, id: string, options: { includeDeleted?: boolean } = {}) {
  const claim = await tx.claim.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      version: true,
      status: true,
      createdById: true,
      lastEditedById: true,
      deletedAt: true,
    },
  });
  if (!claim || (claim.deletedAt && !options.includeDeleted))
    throw new AppError("NOT_FOUND", "Claim not found.");
  return claim;
}

async function conflict(tx: Tx, id: string, yourVersion: number, yours?: unknown): Promise<never> {
  const current = await tx.claim.findUnique({ where: { id }, select: claimSnapshotSelect });
  throw new AppError(
    "CONFLICT",
    "Someone else changed this claim after you opened it. Your changes were not saved; compare both versions below.",
    {
      yourVersion,
      currentVersion: current?.version ?? null,
      current: current ? toClaimSnapshot(current) : null,
      yours: yours ?? null,
    },
    "stale_version",
  );
}

/** Versioned update: applies only if the row is still at `version`; otherwise 409. */
async function updateAtVersion(
  tx: Tx,
  id: string,
  version: number,
  data: Prisma.ClaimUncheckedUpdateManyInput,
  yours?: unknown,
): Promise<void> {
  const { count } = await tx.claim.updateMany({
    where: { id, version, deletedAt: data.deletedAt === null ? { not: null } : null },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) await conflict(tx, id, version, yours);
}

async function revisionSnapshot(tx: Tx, claimId: string, version: number): Promise<ClaimSnapshot | null> {
  const rev = await tx.revision.findUnique({
    where: { claimId_version: { claimId, version } },
    select: { snapshot: true },
  });
  return rev ? (rev.snapshot as unknown as ClaimSnapshot) : null;
}

async function resolveContent(tx: Tx, input: ClaimContentInput) {
  const speaker = await tx.speaker.findFirst({
    where: { id: input.speakerId, deletedAt: null },
    select: { id: true, name: true, variants: true },
  });
  if (!speaker)
    throw new AppError(
      "VALIDATION",
      "Unknown speaker.",
      { fields: { speakerId: ["Unknown speaker."] } },
      "unknown_speaker",
    );
  const topics = input.topics.length
    ? await tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true, slug: true } })
    : [];
  const missing = input.topics.filter((s) => !topics.some((t) => t.slug === s));
  if (missing.length)
    throw new AppError(
      "VALIDATION",
      `Unknown topic: ${missing.join(", ")}.`,
      { fields: { topics: ["Unknown topic."] } },
      "unknown_topic",
    );
  return { speaker, topicIds: [...new Set(topics.map((t) => t.id))] };
}

function contentData(input: ClaimContentInput, speaker: { name: string; variants: string[] }) {
  return {
    speakerId: input.speakerId,
    roleHeld: input.roleHeld,
    quote: input.quote,
    translation: input.translation,
    kind: input.kind,
    saidAt: input.saidAt,
    saidAtPrecision: input.saidAtPrecision,
    venue: input.venue,
    searchText: claimSearchText(input, speaker),
  };
}

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const clash = await tx.claim.findUnique({ where: { slug: base }, select: { id: true } });
  return clash ? `${base}-${randomBytes(3).toString("hex")}` : base;
}

export async function createClaim(
  actor: Actor | null,
  input: ClaimContentInput & DeadlineInput,
): Promise<ClaimChange & PublicChange> {
  assertRole(actor, "claim.create");
  return publicChangeTransaction((tx) => createClaimInTx(tx, actor, input));
}

/** createClaim inside a caller's transaction (ingestion creates the claim and its source at once). */
export async function createClaimInTx(
  tx: Tx,
  actor: Actor,
  input: ClaimContentInput & DeadlineInput,
): Promise<ClaimChange> {
  assertRole(actor, "claim.create");
  {
    const { speaker, topicIds } = await resolveContent(tx, input);
    const slug = await uniqueSlug(
      tx,
      slugify(`${speaker.name} ${input.quote.split(/\s+/).slice(0, 8).join(" ")}`, 90),
    );
    const claim = await tx.claim.create({
      data: {
        ...contentData(input, speaker),
        ...deadlineData(input),
        slug,
        createdById: actor.id,
        updatedById: actor.id,
        lastEditedById: actor.id,
        assignedEditorId: actor.id,
        topics: { create: topicIds.map((topicId) => ({ topicId })) },
      },
      select: refSelect,
    });
    await recordClaimCreated(tx, claim.id, actor.id);
    await suggestLinksInTx(tx, claim.id);
    await publishLiveInTx(tx, [QUEUE_TOPIC], { type: "claim", claimId: claim.id });
    return changeResult(tx, claim.id, []);
  }
}

type LoadedClaim = Awaited<ReturnType<typeof loadForChange>>;

/**
 * One change to an existing claim, as every mutation below describes it; `mutateClaim` does
 * the rest the same way each time: role, transaction, row, public pages shown before, the
 * version the caller saw, the versioned update, revision, audit event and public pages after.
 */
interface ClaimMutation {
  action: Action;
  /** The version the caller based the change on (optimistic locking: otherwise 409). */
  version: number;
  /** What the caller sent, returned in the conflict details so nothing typed is lost. */
  yours?: unknown;
  includeDeleted?: boolean;
  /** Refusals that do not depend on the version (ownership, deleted or not): checked first. */
  authorize?: (claim: LoadedClaim, actor: Actor) => void;
  /** The new values (state and input checks may throw here, after the version check). */
  changes: (tx: Tx, claim: LoadedClaim, actor: Actor) => Promise<Prisma.ClaimUncheckedUpdateManyInput>;
  /** Writes that go with the update (the claim's topics). */
  alsoWrite?: (tx: Tx) => Promise<void>;
  /** The audit event's before/after, when not the two snapshots. */
  audit?: (before: ClaimSnapshot | null, after: ClaimSnapshot) => { before?: unknown; after?: unknown };
  /** Telling the people concerned (lib/notifications/), once the change is written. */
  notify?: (tx: Tx, actor: Actor) => Promise<unknown>;
  /** Why, for readers, when the change corrects a published claim (required then: writeRevision). */
  publicReason?: string | null;
}

async function mutateClaim(
  actor: Actor | null,
  id: string,
  m: ClaimMutation,
): Promise<ClaimChange & PublicChange> {
  assertRole(actor, m.action);
  return publicChangeTransaction(async (tx) => {
    const claim = await loadForChange(tx, id, { includeDeleted: m.includeDeleted });
    const tagsBefore = await publicTagsForClaim(tx, id);
    m.authorize?.(claim, actor);
    if (claim.version !== m.version) await conflict(tx, id, m.version, m.yours);
    const data = await m.changes(tx, claim, actor);
    await updateAtVersion(tx, id, m.version, { ...data, updatedById: actor.id }, m.yours);
    await m.alsoWrite?.(tx);
    const before = await revisionSnapshot(tx, id, m.version);
    const after = await writeRevision(tx, id, actor.id, m.action, { publicReason: m.publicReason });
    const audit = m.audit ? m.audit(before, after) : { before, after };
    await recordAudit(tx, {
      actorId: actor.id,
      action: m.action,
      entityType: "Claim",
      entityId: id,
      ...audit,
    });
    await m.notify?.(tx, actor);
    await publishLiveInTx(tx, [claimTopic(id), QUEUE_TOPIC], { type: "claim", claimId: id });
    // Partners' webhooks (lib/webhooks/events.ts): the event this change means, if any.
    const deletedAfter = "deletedAt" in data ? data.deletedAt !== null : claim.deletedAt !== null;
    await queueClaimChangeInTx(
      tx,
      id,
      { status: claim.status, deleted: claim.deletedAt !== null, snapshot: before },
      { status: after.status, deleted: deletedAfter, snapshot: after },
    );
    return changeResult(tx, id, tagsBefore);
  });
}

/**
 * The claim's topics become exactly these. Every content change writes them, so this is also
 * where the claim's suggested links (lib/suggestions/) are recomputed, in the same transaction.
 */
const replaceTopics = (id: string, topicIds: string[]) => async (tx: Tx) => {
  await tx.claimTopic.deleteMany({ where: { claimId: id } });
  if (topicIds.length)
    await tx.claimTopic.createMany({ data: topicIds.map((topicId) => ({ claimId: id, topicId })) });
  await suggestLinksInTx(tx, id);
};

export async function updateClaim(
  actor: Actor | null,
  id: string,
  input: UpdateClaimInput,
): Promise<ClaimChange & PublicChange> {
  let topicIds: string[] = [];
  return mutateClaim(actor, id, {
    action: "claim.update",
    version: input.version,
    yours: input,
    changes: async (tx, claim, by) => {
      assertEditable(claim.status);
      const resolved = await resolveContent(tx, input);
      topicIds = resolved.topicIds;
      return { ...contentData(input, resolved.speaker), ...deadlineData(input), lastEditedById: by.id };
    },
    alsoWrite: (tx) => replaceTopics(id, topicIds)(tx),
  });
}

export async function transitionClaim(
  actor: Actor | null,
  id: string,
  input: TransitionInput,
): Promise<ClaimChange & PublicChange> {
  const transition = input.transition as Transition;
  const rule = transitions[transition];
  return mutateClaim(actor, id, {
    action: rule.action,
    version: input.version,
    changes: async (tx, claim, by) => {
      const to = nextStatus(claim.status, transition);
      if ((transition === "approve" || transition === "reject") && !canDecideOnClaim(by, claim)) {
        throw new AppError(
          "FORBIDDEN",
          "You cannot approve or reject a claim you created or last edited: a second person must review it.",
          undefined,
          "self_review",
        );
      }
      // The approval rules (a live source, every required checklist item) hold at approval time.
      if (transition === "approve") await assertApprovableInTx(tx, claim.id);
      // A source-laundering alert on the sources as they are now must have been acknowledged.
      if (transition === "approve") await assertSourcingAcknowledgedInTx(tx, claim.id);
      if (transition === "withdraw" && !canWithdrawSubmission(actor!, claim)) {
        throw new AppError(
          "FORBIDDEN",
          "Only the claim's author or an admin can withdraw it from review.",
          undefined,
          "not_owner",
        );
      }
      const now = new Date();
      const data: Prisma.ClaimUncheckedUpdateManyInput = { status: to };
      if (to === "APPROVED") data.publishedAt = now;
      if (to === "RETRACTED") {
        data.retractedAt = now;
        data.retractionReason = input.reason;
      }
      return data;
    },
    audit: (before, after) => ({
      before,
      after: { ...after, ...(input.reason ? { transitionReason: input.reason } : {}) },
    }),
    notify: (tx, by) =>
      notifyTransitionInTx(tx, { transition, claimId: id, actorId: by.id, reason: input.reason }),
    // Only a retraction changes what readers see; its reason is the public retraction reason.
    publicReason: transition === "retract" ? input.reason : null,
  });
}

export async function setClaimVerification(
  actor: Actor | null,
  id: string,
  input: Omit<VerificationInput, "reason"> & { reason?: string | null },
): Promise<ClaimChange & PublicChange> {
  return mutateClaim(actor, id, {
    action: "claim.verify",
    version: input.version,
    yours: input,
    // A published claim's verification status is public: changing it is a correction, and
    // readers are told why (the corrections log and the claim's own page).
    publicReason: input.reason,
    changes: async () => {
      if (input.verification !== "UNVERIFIED" && !input.evidenceUrl && !input.note) {
        throw new AppError(
          "VALIDATION",
          "Give the evidence for this verification status: a URL or a note.",
          {
            fields: { evidenceUrl: ["Evidence URL or note required."] },
          },
          "evidence_required",
        );
      }
      return {
        verification: input.verification,
        verificationUrl: input.evidenceUrl,
        verificationNote: input.note,
      };
    },
  });
}

/** The stored form of a correction's content: JSON, the date as the day the form sent. */
function storedContent(content: ClaimContentInput) {
  return { ...content, saidAt: content.saidAt ? content.saidAt.toISOString().slice(0, 10) : null };
}

function notCorrectable(status: string): AppError {
  return new AppError(
    "INVALID_STATE",
    `Only a published (approved) claim is corrected this way; this one is ${status.toLowerCase().replace("_", " ")}. Edit drafts directly.`,
    { status },
    "not_correctable",
  );
}

/**
 * A correction of a published claim's content (quote, translation, speaker and role, kind, date,
 * venue, topics) is proposed, never applied by its author: it waits as a pending change
 * (lib/pending/) with the content, the version it was based on and the reason readers will be
 * given, until another person approves it (correctClaimInTx). The claim does not change; one
 * correction per claim waits at a time.
 */
export async function proposeClaimCorrection(
  actor: Actor | null,
  id: string,
  input: ClaimCorrectionInput,
): Promise<PendingAnswer & PublicChange> {
  assertRole(actor, "claim.correct");
  return publicChangeTransaction(async (tx) => {
    // Concurrent proposals for the same claim queue here, so only one of them finds none open.
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${id} FOR UPDATE`;
    const claim = await loadForChange(tx, id);
    if (claim.status !== "APPROVED") throw notCorrectable(claim.status);
    const { version, reason, ...content } = input;
    if (claim.version !== version) await conflict(tx, id, version, input);
    const open = await tx.pendingChange.findFirst({
      where: { claimId: id, kind: "CLAIM_CORRECT", status: "PENDING" },
      select: { id: true },
    });
    if (open)
      throw new AppError(
        "CONFLICT",
        "A correction of this claim already waits for a reviewer. It must be decided or withdrawn before another is proposed.",
        { pendingChangeId: open.id },
        "correction_pending",
      );
    // Checked now, so an impossible correction is refused at once rather than waiting for review.
    await resolveContent(tx, content);
    const current = toClaimSnapshot(
      await tx.claim.findUniqueOrThrow({ where: { id }, select: claimSnapshotSelect }),
    );
    const stored = storedContent(content);
    if (!contentDiffers({ ...current, ...stored }, current))
      throw new AppError(
        "VALIDATION",
        "This correction changes nothing: the content is the same as the published claim's.",
        undefined,
        "nothing_to_correct",
      );
    return proposeChange(tx, actor, {
      kind: "CLAIM_CORRECT",
      claimId: id,
      payload: { claimId: id, version, reason, ...stored },
      before: current,
    });
  });
}

/**
 * Applies an approved correction (lib/pending/service.ts), authored by its proposer: only if the
 * claim is still published and at the version the correction was based on (otherwise 409 and
 * nothing is written); the content, topics and search text change as a new version whose revision
 * carries the public reason, so the corrections log, the claim's public change history and the
 * feeds list it; the public pages that showed the claim before and show it now are expired.
 */
export async function correctClaimInTx(
  tx: Tx,
  proposerId: string,
  input: ClaimCorrectionInput & { claimId: string },
): Promise<ClaimChange> {
  const { claimId: id, version, reason, ...content } = input;
  const claim = await loadForChange(tx, id);
  if (claim.status !== "APPROVED") throw notCorrectable(claim.status);
  if (claim.version !== version)
    throw new AppError(
      "CONFLICT",
      `The claim was changed after this correction was proposed (it was version ${version}; it is now version ${claim.version}).`,
      { yourVersion: version, currentVersion: claim.version },
      "stale_version",
    );
  const tagsBefore = await publicTagsForClaim(tx, id);
  const { speaker, topicIds } = await resolveContent(tx, content);
  await updateAtVersion(tx, id, version, {
    ...contentData(content, speaker),
    lastEditedById: proposerId,
    updatedById: proposerId,
  });
  await replaceTopics(id, topicIds)(tx);
  const before = await revisionSnapshot(tx, id, version);
  const after = await writeRevision(tx, id, proposerId, "claim.correct", { publicReason: reason });
  await recordAudit(tx, {
    actorId: proposerId,
    action: "claim.correct",
    entityType: "Claim",
    entityId: id,
    before,
    after: { ...after, publicReason: reason },
  });
  await publishLiveInTx(tx, [claimTopic(id), QUEUE_TOPIC], { type: "claim", claimId: id });
  // Partners hear of it like any change to a published claim (claim.updated, with what changed).
  await queueClaimChangeInTx(
    tx,
    id,
    { status: claim.status, deleted: false, snapshot: before },
    { status: after.status, deleted: false, snapshot: after },
  );
  return changeResult(tx, id, tagsBefore);
}

/**
 * The speaker an old version names, as they are now: merged speakers are followed to the one
 * they were merged into (their claims live there); a speaker deleted without a merge cannot be
 * restored with the version, which is said plainly instead of failing on a missing row.
 */
async function currentSpeakerOf(tx: Tx, speakerId: string, fromVersion: number) {
  let id: string | null = speakerId;
  for (let hop = 0; id && hop < 20; hop++) {
    const speaker: {
      id: string;
      name: string;
      variants: string[];
      deletedAt: Date | null;
      mergedIntoId: string | null;
    } | null = await tx.speaker.findUnique({
      where: { id },
      select: { id: true, name: true, variants: true, deletedAt: true, mergedIntoId: true },
    });
    if (!speaker) break;
    if (!speaker.deletedAt) return speaker;
    if (!speaker.mergedIntoId) {
      throw new AppError(
        "INVALID_STATE",
        `Version ${fromVersion} names the speaker “${speaker.name}”, who has since been deleted, so it cannot be restored as it was. Edit the claim instead.`,
        undefined,
        "version_speaker_gone",
      );
    }
    id = speaker.mergedIntoId;
  }
  throw new AppError(
    "INVALID_STATE",
    `The speaker of version ${fromVersion} no longer exists, so it cannot be restored as it was. Edit the claim instead.`,
    undefined,
    "version_speaker_gone",
  );
}

/** Brings back the content of an older version as a new version (history is never rewritten). */
export async function restoreClaimVersion(
  actor: Actor | null,
  id: string,
  input: { fromVersion: number; version: number },
): Promise<ClaimChange & PublicChange> {
  let topicIds: string[] = [];
  return mutateClaim(actor, id, {
    action: "claim.restore_version",
    version: input.version,
    changes: async (tx, claim, by) => {
      assertEditable(claim.status);
      const old = await revisionSnapshot(tx, id, input.fromVersion);
      if (!old) throw new AppError("NOT_FOUND", `Version ${input.fromVersion} of this claim does not exist.`);
      const speaker = await currentSpeakerOf(tx, old.speakerId, input.fromVersion);
      const content: ClaimContentInput = {
        speakerId: speaker.id,
        roleHeld: old.roleHeld,
        quote: old.quote,
        translation: old.translation,
        kind: old.kind,
        saidAt: old.saidAt ? new Date(old.saidAt) : null,
        saidAtPrecision: old.saidAtPrecision,
        venue: old.venue,
        topics: old.topics,
      };
      // Topics deleted since are left out (the restored version names what still exists).
      topicIds = (
        await tx.topic.findMany({ where: { slug: { in: content.topics } }, select: { id: true } })
      ).map((t) => t.id);
      return { ...contentData(content, speaker), lastEditedById: by.id };
    },
    alsoWrite: (tx) => replaceTopics(id, topicIds)(tx),
    audit: (before, after) => ({ before, after: { ...after, restoredFromVersion: input.fromVersion } }),
  });
}

/**
 * A claim moves to another speaker because its speaker was merged into that one: a new version
 * with its revision and audit event like any other change, so history shows the move (and the
 * next edit's diff does not blame its author for it). Not a content edit: the claim's last
 * editor, who may not approve it, stays who they were. Runs inside the merge's transaction.
 */
export async function reassignSpeakerInTx(
  tx: Tx,
  actorId: string,
  claimId: string,
  speaker: { id: string; name: string; variants: string[] },
): Promise<void> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { version: true, speakerId: true, quote: true, translation: true, deletedAt: true },
  });
  if (claim.speakerId === speaker.id) return;
  await tx.claim.update({
    where: { id: claimId },
    data: {
      speakerId: speaker.id,
      searchText: claimSearchText(claim, speaker),
      updatedById: actorId,
      version: { increment: 1 },
    },
  });
  const before = await revisionSnapshot(tx, claimId, claim.version);
  const after = await writeRevision(tx, claimId, actorId, "claim.reassign_speaker");
  await recordAudit(tx, {
    actorId,
    action: "claim.reassign_speaker",
    entityType: "Claim",
    entityId: claimId,
    before,
    after,
  });
  const state = { status: after.status, deleted: claim.deletedAt !== null };
  await queueClaimChangeInTx(tx, claimId, { ...state, snapshot: before }, { ...state, snapshot: after });
}

/** Soft delete: the claim disappears from every list but stays restorable by admins. */
export async function deleteClaim(
  actor: Actor | null,
  id: string,
  input: { version: number },
): Promise<ClaimChange & PublicChange> {
  return mutateClaim(actor, id, {
    action: "claim.delete",
    version: input.version,
    authorize: (claim, by) => {
      if (!canDeleteClaim(by, claim))
        throw new AppError("FORBIDDEN", "Editors can delete only their own drafts.", undefined, "not_owner");
    },
    changes: async () => ({ deletedAt: new Date() }),
    audit: () => ({ before: { deletedAt: null }, after: { deleted: true } }),
  });
}

export async function undeleteClaim(
  actor: Actor | null,
  id: string,
  input: { version: number },
): Promise<ClaimChange & PublicChange> {
  return mutateClaim(actor, id, {
    action: "claim.undelete",
    version: input.version,
    includeDeleted: true,
    authorize: (claim) => {
      if (!claim.deletedAt)
        throw new AppError("INVALID_STATE", "This claim is not deleted.", undefined, "not_deleted");
    },
    changes: async () => ({ deletedAt: null }),
    audit: () => ({ before: { deleted: true }, after: { deletedAt: null } }),
  });
}
