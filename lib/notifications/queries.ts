import { prisma } from "../db";
import type { NotificationKind } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { roleAllows, type Actor } from "../permissions";
import { quoteExcerpt } from "./sentences";
import type { NotificationListQuery } from "./validation";

/**
 * One person's notifications, newest first. Only the recipient's own rows are ever read; a
 * notification about a claim that has since been deleted — or that the reader's role may not
 * read — is left out of the list and the count alike, so neither leaks that it exists.
 */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  createdAt: string;
  readAt: string | null;
  claim: { id: string; quote: string; status: string } | null;
  actor: { name: string } | null;
  /** The reason typed with a decision (changes requested, rejection, retraction). */
  note: string | null;
  /** Where it leads: the claim's dashboard page. */
  href: string | null;
  /** For next-intl: `t(\`notifications.kinds.${sentence.key}\`, sentence.values)`. */
  sentence: { key: NotificationKind; values: { actor: string | null; claim: string | null } };
}

export interface NotificationPage {
  unread: number;
  data: NotificationItem[];
}

function visibleTo(actor: Actor): Prisma.NotificationWhereInput {
  const claims: Prisma.NotificationWhereInput = roleAllows(actor.role, "claim.read_internal")
    ? { OR: [{ claimId: null }, { claim: { deletedAt: null } }] }
    : { claimId: null };
  return { userId: actor.id, ...claims };
}

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  return prisma.notification.count({ where: { ...visibleTo(actor), readAt: null } });
}

export async function listNotifications(
  actor: Actor,
  query: NotificationListQuery,
): Promise<NotificationPage> {
  const where: Prisma.NotificationWhereInput[] = [visibleTo(actor)];
  if (query.cursor) {
    // Keyset paging from the last one the reader saw (theirs only: another's id pages nothing).
    const from = await prisma.notification.findFirst({
      where: { id: query.cursor, userId: actor.id },
      select: { id: true, createdAt: true },
    });
    if (!from) return { unread: await countUnreadNotifications(actor), data: [] };
    where.push({
      OR: [{ createdAt: { lt: from.createdAt } }, { createdAt: from.createdAt, id: { lt: from.id } }],
    });
  }
  const [unread, rows] = await Promise.all([
    countUnreadNotifications(actor),
    prisma.notification.findMany({
      where: { AND: where },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit,
      select: {
        id: true,
        kind: true,
        createdAt: true,
        readAt: true,
        note: true,
        claim: { select: { id: true, quote: true, status: true } },
        actor: { select: { name: true } },
        annotation: { select: { deletedAt: true } },
      },
    }),
  ]);
  return {
    unread,
    data: rows.map((r) => {
      const claim = r.claim
        ? { id: r.claim.id, quote: quoteExcerpt(r.claim.quote), status: r.claim.status }
        : null;
      return {
        id: r.id,
        kind: r.kind,
        createdAt: r.createdAt.toISOString(),
        readAt: r.readAt?.toISOString() ?? null,
        claim,
        actor: r.actor ? { name: r.actor.name } : null,
        // A reason stays; nothing of a note that has been deleted since is shown.
        note: r.annotation?.deletedAt ? null : r.note,
        href: claim ? `/dashboard/claims/${claim.id}` : null,
        sentence: { key: r.kind, values: { actor: r.actor?.name ?? null, claim: claim?.quote ?? null } },
      };
    }),
  };
}
