import { prisma } from "../db";
import { quotedExcerpt } from "../claims/quote-text";
import { assertRole, type Actor } from "../permissions";

export const ACTIVITY_PAGE_SIZE = 50;

/** The newsroom's recent changes, from the append-only audit log. */
export async function listRecentActivity(actor: Actor | null, page: number) {
  assertRole(actor, "activity.read");
  const events = await prisma.auditEvent.findMany({
    orderBy: { id: "desc" },
    skip: (page - 1) * ACTIVITY_PAGE_SIZE,
    take: ACTIVITY_PAGE_SIZE + 1,
    select: { id: true, action: true, entityType: true, entityId: true, createdAt: true, after: true, actor: { select: { name: true } } },
  });
  const claimIds = [...new Set(events.filter((e) => e.entityType === "Claim").map((e) => e.entityId))];
  const claims = await prisma.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, quote: true, kind: true, speaker: { select: { name: true } } } });
  const byId = new Map(claims.map((c) => [c.id, c]));
  return {
    hasMore: events.length > ACTIVITY_PAGE_SIZE,
    events: events.slice(0, ACTIVITY_PAGE_SIZE).map((e) => {
      const claim = e.entityType === "Claim" ? byId.get(e.entityId) : undefined;
      const after = (e.after ?? {}) as Record<string, unknown>;
      const label = claim
        ? `${claim.speaker.name}: ${quotedExcerpt(claim.kind, claim.quote, 80)}`
        : typeof after.name === "string"
          ? after.name
          : typeof after.title === "string"
            ? after.title
            : typeof after.email === "string"
              ? after.email
              : e.entityType;
      return {
        id: String(e.id),
        action: e.action,
        entityType: e.entityType,
        href: claim ? `/dashboard/claims/${e.entityId}` : null,
        label,
        actor: e.actor?.name ?? "system",
        createdAt: e.createdAt.toISOString(),
      };
    }),
  };
}
