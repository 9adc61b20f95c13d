/**
 * A claim's stored snapshot (what a revision keeps, lib/claims/snapshot.ts) for tests of what is
 * derived from snapshots (history diffs, partner events): a published direct quote with every
 * optional field empty; a test names only what it is about.
 */
import type { ClaimSnapshot } from "@/lib/claims/snapshot";

export function claimSnapshot(overrides: Partial<ClaimSnapshot> = {}): ClaimSnapshot {
  return {
    speakerId: "s1",
    roleHeld: null,
    quote: "Câu nói",
    translation: null,
    language: "vi",
    kind: "DIRECT",
    saidAt: null,
    saidAtPrecision: "DAY",
    venue: null,
    status: "APPROVED",
    verification: "UNVERIFIED",
    verificationNote: null,
    verificationUrl: null,
    rating: null,
    ratingExplanation: null,
    retractionReason: null,
    topics: [],
    ...overrides,
  };
}
