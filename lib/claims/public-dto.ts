import type {
  ClaimKind,
  DatePrecision,
  LinkType,
  SpeakerKind,
  VerificationStatus,
} from "../generated/prisma/enums";

/**
 * The public JSON shape of a claim: what pages, feeds and GET /api/v1/claims return.
 * Plain JSON (dates as ISO strings) so it can be cached and served as-is. Stable: fields
 * are only ever added, never renamed or removed (see docs/public-api.md).
 */
export interface PublicSpeakerRef {
  slug: string;
  name: string;
  kind: SpeakerKind;
  affiliation: string | null;
  country: string | null;
}

export interface PublicTopicRef {
  slug: string;
  nameVi: string;
  nameEn: string;
}

export interface PublicClaimSummary {
  slug: string;
  url: string; // path of the public page
  quote: string;
  translation: string | null;
  language: string;
  kind: ClaimKind;
  saidAt: string | null; // YYYY-MM-DD (first day of the month/year for coarser precision)
  saidAtPrecision: DatePrecision;
  venue: string | null;
  status: "APPROVED" | "RETRACTED";
  verification: VerificationStatus;
  rating: { value: number | null; label: string; labelEn: string; explanation: string | null } | null;
  speaker: PublicSpeakerRef & { roleHeld: string | null };
  topics: PublicTopicRef[];
  publishedAt: string | null; // ISO timestamp of approval
  updatedAt: string;
}

export interface PublicAppearance {
  outlet: { slug: string; name: string; url: string | null };
  article: {
    slug: string;
    title: string;
    url: string | null;
    byline: string | null;
    publishedAt: string | null;
    language: string;
  };
  excerpt: { prefix: string; exact: string; suffix: string };
  position: { start: number; end: number } | null; // code points into the article text
  chain: { kind: "OUTLET" | "PERSON" | "ORGANISATION" | "UNNAMED_SOURCE"; label: string }[];
}

export interface PublicRelatedClaim {
  type: LinkType;
  direction: "outgoing" | "incoming";
  note: string | null;
  claim: {
    slug: string;
    quote: string;
    kind: ClaimKind;
    speakerName: string;
    speakerSlug: string;
    saidAt: string | null;
    status: "APPROVED" | "RETRACTED";
  };
}

export interface PublicAnnotation {
  id: string;
  body: string; // markdown, rendered through a sanitiser
  createdAt: string;
  anchor: { target: "QUOTE" | "ARTICLE"; exact: string } | null;
  replies: { id: string; body: string; createdAt: string }[];
}

/**
 * How the claim's sources corroborate it (lib/claims/laundering.ts): publishing outlets, independent
 * chains among them, and the kind of origin every chain starts with ("mixed" when they differ).
 */
export interface PublicSourcing {
  outlets: number;
  chains: number;
  origin: "named_person" | "named_body" | "unnamed" | "wire" | "own_reporting" | "mixed" | null;
}

export interface PublicClaim extends PublicClaimSummary {
  appearances: PublicAppearance[];
  corroboration: number; // independent attribution chains
  sourcing: PublicSourcing;
  related: PublicRelatedClaim[];
  annotations: PublicAnnotation[];
  retraction: { reason: string | null; retractedAt: string | null } | null;
  firstAppearance: PublicAppearance | null;
}
