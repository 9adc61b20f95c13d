import type { ClaimSnapshot } from "../claims/snapshot";
import { PUBLIC_STATUSES } from "../claims/public-tags";

/**
 * What readers see of a claim, in the groups a correction names: a reader is told "the date was
 * corrected", not "saidAtPrecision changed". Internal fields (the evidence URL and note, the
 * slug, assignment) are in no group, so changing them is never a public correction. The SQL
 * backfill of migration 20261201043118_revision_public_changes uses the same groups.
 */
export const PUBLIC_FIELD_GROUPS = {
  speaker: ["speakerId"],
  roleHeld: ["roleHeld"],
  quote: ["quote", "language"],
  translation: ["translation"],
  kind: ["kind"],
  saidAt: ["saidAt", "saidAtPrecision"],
  venue: ["venue"],
  topics: ["topics"],
  verification: ["verification"],
  rating: ["rating", "ratingExplanation"],
  retraction: ["status", "retractionReason"],
} as const satisfies Record<string, readonly (keyof ClaimSnapshot)[]>;

export type PublicField = keyof typeof PUBLIC_FIELD_GROUPS;
export const PUBLIC_FIELDS = Object.keys(PUBLIC_FIELD_GROUPS) as PublicField[];

export function isPublicField(value: string): value is PublicField {
  return (PUBLIC_FIELDS as string[]).includes(value);
}

export function isPublicSnapshot(snapshot: Pick<ClaimSnapshot, "status"> | null | undefined): boolean {
  return !!snapshot && PUBLIC_STATUSES.includes(snapshot.status);
}

// Stored snapshots are JSON: a field missing from an old one reads as null, as does a JSON null;
// dates compare by day (what the page shows), topics as a set.
function comparable(snapshot: ClaimSnapshot, field: keyof ClaimSnapshot): string {
  const value = (snapshot as unknown as Record<string, unknown>)[field];
  if (value === null || value === undefined) return "";
  if (field === "saidAt") return String(value).slice(0, 10);
  if (Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  return String(value);
}

/**
 * The public fields in which `after` differs from `before`, when `before` was already public
 * (approved or retracted): a change to a published claim that readers saw. Empty when `before`
 * was not public (drafts, reviews, the approval itself) or nothing public changed.
 */
export function publicChangesBetween(before: ClaimSnapshot | null, after: ClaimSnapshot): PublicField[] {
  if (!before || !isPublicSnapshot(before)) return [];
  return PUBLIC_FIELDS.filter((group) =>
    PUBLIC_FIELD_GROUPS[group].some((field) => comparable(before, field) !== comparable(after, field)),
  );
}
