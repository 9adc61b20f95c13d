/**
 * The one way a versioned record other than a claim (claims: `mutateClaim` in lib/claims/service.ts)
 * is changed or deleted, inside the caller's transaction: read it (404 when it is gone), refuse an
 * edit based on an older version (409 stale_version), write at that version only (someone who saved
 * in between makes it a 409 too), and audit before and after.
 */
import { AppError } from "../errors";
import { recordAudit, type DbWriter } from "./record";

export interface VersionedChange<T extends { version: number }> {
  /** The audit's entity type and action: "WebhookEndpoint", "webhook.update". */
  entityType: string;
  action: string;
  id: string;
  /** The version the edit is based on. */
  version: number;
  /** The record as the audit holds it; null when it does not exist. */
  read: () => Promise<T | null>;
  notFound: string;
  /** The 409 for an edit based on an older version than `current`'s. */
  stale: (current: T) => AppError;
  /** Writes the change where the version is still `version`: how many rows it changed (0: stale). */
  write: (before: T) => Promise<{ count: number }>;
}

async function readCurrent<T extends { version: number }>(change: VersionedChange<T>): Promise<T> {
  const current = await change.read();
  if (!current) throw new AppError("NOT_FOUND", change.notFound);
  return current;
}

async function writeAtVersion<T extends { version: number }>(change: VersionedChange<T>): Promise<T> {
  const before = await readCurrent(change);
  if (before.version !== change.version) throw change.stale(before);
  const { count } = await change.write(before);
  // Someone saved in between: the 409 shows their version (or ours, had they deleted it).
  if (count === 0) throw change.stale((await change.read()) ?? before);
  return before;
}

function auditChange<T extends { version: number }>(
  tx: DbWriter,
  actorId: string,
  change: VersionedChange<T>,
  before: T,
  after?: unknown,
) {
  return recordAudit(tx, {
    actorId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.id,
    before,
    after,
  });
}

/** Changes the record at the given version; answers it before and after. */
export async function updateVersioned<T extends { version: number }>(
  tx: DbWriter,
  actorId: string,
  change: VersionedChange<T> & {
    /** What the audit holds after the change, when more than the record (default: the record). */
    audited?: (after: T) => unknown;
  },
): Promise<{ before: T; after: T }> {
  const before = await writeAtVersion(change);
  const after = await readCurrent(change);
  await auditChange(tx, actorId, change, before, change.audited ? change.audited(after) : after);
  return { before, after };
}

/** Deletes the record at the given version (`write` deletes it); answers it as it was. */
export async function deleteVersioned<T extends { version: number }>(
  tx: DbWriter,
  actorId: string,
  change: VersionedChange<T>,
): Promise<T> {
  const before = await writeAtVersion(change);
  await auditChange(tx, actorId, change, before);
  return before;
}
