import { prisma } from "../db";
import { assertRole, type Actor } from "../permissions";

/**
 * Row count and content digest of every table: proves that a request changed nothing (the
 * fuzz suite compares it before and after) and that a restore reproduced a database.
 */
const TABLES = [
  "User",
  "Speaker",
  "Outlet",
  "Article",
  "Topic",
  "Claim",
  "ClaimTopic",
  "Appearance",
  "AttributionNode",
  "ClaimLink",
  "Annotation",
  "PendingChange",
  "Revision",
  "AuditEvent",
  "AppSetting",
  // Collaboration (issue 14): a refused request must not tell, watch or mention anyone either.
  "Notification",
  "Watch",
  "AnnotationMention",
  // Webhooks (issue 15): a refused request registers or changes no endpoint. Their deliveries
  // are left out: the outbox worker updates them on its own schedule, between any two requests.
  "WebhookEndpoint",
  // Quote drift (issue 16): a refused confirmation stores nothing.
  "QuoteDrift",
];

export async function tableDigests(
  actor: Actor | null,
): Promise<Record<string, { rows: number; md5: string | null }>> {
  assertRole(actor, "user.manage");
  const out: Record<string, { rows: number; md5: string | null }> = {};
  for (const t of TABLES) {
    const [row] = await prisma.$queryRawUnsafe<{ rows: number; md5: string | null }[]>(
      `SELECT count(*)::int AS rows, md5(string_agg(x::text, '|' ORDER BY x::text)) AS md5 FROM "${t}" x`,
    );
    out[t] = { rows: row?.rows ?? 0, md5: row?.md5 ?? null };
  }
  return out;
}
