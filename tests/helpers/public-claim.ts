import type { PublicClaim, PublicClaimSummary } from "@/lib/claims/public-dto";

/** A published claim as the public site lists it, for tests of what readers are shown. */
export function publicSummary(overrides: Partial<PublicClaimSummary> = {}): PublicClaimSummary {
  return {
    slug: "x",
    url: "/claims/x",
    quote: "Mỹ trông đợi một thỏa thuận",
    translation: null,
    language: "vi",
    kind: "DIRECT",
    saidAt: "2025-12-20",
    saidAtPrecision: "DAY",
    venue: null,
    status: "APPROVED",
    verification: "UNVERIFIED",
    rating: null,
    speaker: {
      slug: "s",
      name: "Người nói",
      kind: "PERSON",
      affiliation: null,
      country: null,
      roleHeld: null,
    },
    topics: [],
    publishedAt: "2025-12-21T00:00:00.000Z",
    updatedAt: "2025-12-21T00:00:00.000Z",
    ...overrides,
  };
}

/** A published claim's whole public page, with nothing attached unless the test says so. */
export function publicClaim(overrides: Partial<PublicClaim> = {}): PublicClaim {
  return {
    ...publicSummary(),
    appearances: [],
    firstAppearance: null,
    corroboration: 0,
    sourcing: { outlets: 0, chains: 0, origin: null },
    related: [],
    annotations: [],
    retraction: null,
    ...overrides,
  };
}
