import { prisma } from "../db";

export interface AuditHead {
  /** The newest event's id. */
  id: string;
  /** Its hash: it depends on every event before it. */
  hash: string;
  /** Events in the chain (the head's seq). */
  count: number;
  /** When the newest event was written (ISO 8601). */
  at: string;
}

/**
 * The head of the audit chain: the last sealed event. Public (GET /api/v1/audit/head): it says
 * nothing of what happened, only commits to it; anyone who keeps heads over time can later ask
 * the newsroom to show that the chain still leads to them (`npm run audit:verify`).
 */
export async function auditHead(): Promise<AuditHead | null> {
  const head = await prisma.auditEvent.findFirst({
    where: { seq: { not: null } },
    orderBy: { seq: "desc" },
    select: { id: true, seq: true, hash: true, createdAt: true },
  });
  if (!head?.hash || head.seq === null) return null;
  return { id: String(head.id), hash: head.hash, count: Number(head.seq), at: head.createdAt.toISOString() };
}
