import type { ClaimSnapshot } from "./snapshot";

/**
 * A claim's content, as opposed to its status: what the editor edits, what restoring a version
 * brings back (lib/claims/service.ts restoreClaimVersion) and what a conflict compares.
 */
export const CONTENT_FIELDS = [
  "speakerId",
  "roleHeld",
  "quote",
  "translation",
  "kind",
  "saidAt",
  "saidAtPrecision",
  "venue",
  "topics",
] as const satisfies readonly (keyof ClaimSnapshot & keyof ClaimFormValues)[];

/** The claim editor's field values (strings, as form controls hold them). */
export interface ClaimFormValues {
  speakerId: string;
  roleHeld: string;
  quote: string;
  translation: string;
  kind: "DIRECT" | "INDIRECT" | "REPORTED";
  saidAt: string;
  saidAtPrecision: "DAY" | "MONTH" | "YEAR" | "APPROXIMATE";
  venue: string;
  topics: string[];
}

export function snapshotToFormValues(s: ClaimSnapshot): ClaimFormValues {
  return {
    speakerId: s.speakerId,
    roleHeld: s.roleHeld ?? "",
    quote: s.quote,
    translation: s.translation ?? "",
    kind: s.kind,
    saidAt: s.saidAt ? s.saidAt.slice(0, 10) : "",
    saidAtPrecision: s.saidAtPrecision,
    venue: s.venue ?? "",
    topics: s.topics,
  };
}
