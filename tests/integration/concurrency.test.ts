import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createClaim, updateClaim } from "@/lib/claims/service";
import type { ClaimSnapshot } from "@/lib/claims/snapshot";
import { createClaimSchema, updateClaimSchema } from "@/lib/claims/validation";
import { AppError } from "@/lib/errors";
import { testDatabaseKinds } from "../helpers/databases";
import { demoActors, openSeededAppDatabase } from "../helpers/app-db";

const CLAIMS = 8;
const ROUNDS = 5;
const FRESH_PER_CLAIM = 4; // racing edits based on the current version: exactly one may win
const STALE_PER_CLAIM = 2; // edits based on an older version: all must get 409

describe.each(testDatabaseKinds())("concurrent edits on $name", (kind) => {
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ close } = await openSeededAppDatabase(kind));
  });
  afterAll(async () => close?.());

  it(`fires ${CLAIMS * ROUNDS * (FRESH_PER_CLAIM + STALE_PER_CLAIM)} concurrent stale/fresh edits and loses none`, async () => {
    const { owner, editor, admin } = await demoActors();
    const editors = [owner, editor, admin];
    const speakerId = (await prisma.speaker.findUniqueOrThrow({ where: { slug: "volodymyr-zelensky" } })).id;
    const raw = (quote: string) => ({
      speakerId,
      quote,
      kind: "INDIRECT",
      saidAt: "2025-12-20",
      topics: ["territory-donbass"],
    });

    const ids: string[] = [];
    for (let i = 0; i < CLAIMS; i++) {
      const c = await createClaim(owner, createClaimSchema.parse(raw(`claim ${i} v1`)));
      // One edit first, so a stale edit (version − 1) exists from round 0.
      await updateClaim(owner, c.id, updateClaimSchema.parse({ ...raw(`claim ${i} v2`), version: 1 }));
      ids.push(c.id);
    }

    const accepted: { claimId: string; round: number; version: number; quote: string }[] = [];
    let rejected = 0;
    let fired = 0;
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      const current = new Map(
        (
          await prisma.claim.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } })
        ).map((c) => [c.id, c.version]),
      );
      const attempts = ids.flatMap((claimId, ci) =>
        Array.from({ length: FRESH_PER_CLAIM + STALE_PER_CLAIM }, (_, ei) => {
          const stale = ei >= FRESH_PER_CLAIM;
          const version = current.get(claimId)! - (stale ? 1 : 0);
          const quote = `r${round} c${ci} e${ei} ${stale ? "stale" : "fresh"} — đàm phán`;
          return { claimId, version, quote, stale, actor: editors[ei % editors.length]! };
        }),
      );
      fired += attempts.length;
      const results = await Promise.allSettled(
        attempts.map((a) =>
          updateClaim(a.actor, a.claimId, updateClaimSchema.parse({ ...raw(a.quote), version: a.version })),
        ),
      );
      results.forEach((r, i) => {
        const a = attempts[i]!;
        if (r.status === "fulfilled") {
          expect(a.stale, "a stale edit was accepted").toBe(false);
          accepted.push({ claimId: a.claimId, round, version: r.value.version, quote: a.quote });
        } else {
          expect(r.reason).toBeInstanceOf(AppError);
          expect((r.reason as AppError).status).toBe(409);
          rejected++;
        }
      });
      // Exactly one racing edit per claim wins each round.
      for (const id of ids)
        expect(accepted.filter((x) => x.claimId === id && x.round === round)).toHaveLength(1);
    }
    const elapsedMs = performance.now() - started;

    expect(accepted.length + rejected).toBe(fired);
    for (const id of ids) {
      const mine = accepted.filter((a) => a.claimId === id).sort((a, b) => a.version - b.version);
      const revisions = await prisma.revision.findMany({
        where: { claimId: id },
        orderBy: { version: "asc" },
        select: { version: true, snapshot: true },
      });
      // Versions are contiguous: created (1), first edit (2), then one per accepted edit.
      expect(revisions.map((r) => r.version)).toEqual(
        Array.from({ length: 2 + mine.length }, (_, i) => i + 1),
      );
      for (const a of mine) {
        const rev = revisions.find((r) => r.version === a.version);
        expect((rev!.snapshot as unknown as ClaimSnapshot).quote).toBe(a.quote);
      }
      const audits = await prisma.auditEvent.count({ where: { entityId: id, action: "claim.update" } });
      expect(audits).toBe(1 + mine.length);
      const final = await prisma.claim.findUniqueOrThrow({
        where: { id },
        select: { quote: true, version: true },
      });
      expect(final.quote).toBe(mine.at(-1)!.quote);
      expect(final.version).toBe(mine.at(-1)!.version);
    }
    console.log(
      `[concurrency:${kind.name}] ${fired} concurrent edits on ${CLAIMS} claims in ${ROUNDS} rounds: ` +
        `${accepted.length} accepted, ${rejected} rejected with 409, 0 lost; ${(fired / (elapsedMs / 1000)).toFixed(0)} edits/s`,
    );
  });
});
