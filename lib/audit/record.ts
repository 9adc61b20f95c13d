import type { Prisma } from "../generated/prisma/client";

/** Anything that can write: the client or an interactive transaction. */
export type DbWriter = Prisma.TransactionClient;

export interface AuditInput {
  actorId: string | null;
  action: string; // "claim.create", "claim.approve", "user.disable", ...
  entityType: string; // "Claim", "Speaker", ...
  entityId: string;
  before?: unknown;
  after?: unknown;
}

function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates and other non-JSON values become their JSON form, as a reader would see them.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Appends one audit event. Call it inside the same transaction as the change it records. */
export async function recordAudit(tx: DbWriter, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: asJson(event.before),
      after: asJson(event.after),
    },
  });
}
