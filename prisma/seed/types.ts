/**
 * Shapes of the demo newsroom data. The seed articles' full text is NOT part of the project:
 * it is read from ../shared/seeds at seed time; appearances carry only the exact quoted span,
 * from which the seeder computes code-point offsets and prefix/suffix context.
 */
export type SpeakerKindKey = "PERSON" | "ORGANISATION" | "UNNAMED_SOURCE";
export type ClaimKindKey = "DIRECT" | "INDIRECT" | "REPORTED";
export type DatePrecisionKey = "DAY" | "MONTH" | "YEAR" | "APPROXIMATE";
export type EditorialStatusKey =
  | "DRAFT"
  | "IN_REVIEW"
  | "CHANGES_REQUESTED"
  | "APPROVED"
  | "REJECTED"
  | "RETRACTED";
export type VerificationStatusKey =
  | "UNVERIFIED"
  | "VERIFIED_PRIMARY"
  | "VERIFIED_SECONDARY"
  | "MISQUOTED"
  | "MISATTRIBUTED"
  | "UNVERIFIABLE";
export type LinkTypeKey = "CONTRADICTS" | "SUPPORTS" | "SAME_STATEMENT" | "RESPONDS_TO" | "UPDATES";

export interface SeedTopic {
  key: string; // slug, e.g. "trilateral-talks"
  nameVi: string;
  nameEn: string;
}

export interface SeedSpeaker {
  key: string; // slug, e.g. "yuri-ushakov"
  kind: SpeakerKindKey;
  name: string; // display name as used in Vietnamese press
  variants: string[]; // other spellings / languages (Юрий Ушаков, Yuri Ushakov, Iu. Ushakov, ...)
  affiliation?: string; // e.g. "Điện Kremlin"
  country?: string; // ISO 3166-1 alpha-2, e.g. "RU"
  description?: string;
}

export interface SeedOutlet {
  key: string;
  name: string;
  country?: string;
  url?: string;
  language: string; // BCP 47
}

export interface SeedArticle {
  key: string;
  seedFile: string; // file name in ../shared/seeds
  outlet: string; // SeedOutlet.key
  title: string;
  publishedAt: string; // YYYY-MM-DD
  byline?: string;
  language: string;
  url?: string;
}

/** One hop in an attribution chain, ordered from the publishing outlet towards the origin. */
export interface SeedChainNode {
  kind: "OUTLET" | "PERSON" | "ORGANISATION" | "UNNAMED_SOURCE";
  label: string; // as named in the text, e.g. "The Kyiv Independent", "hai nguồn thạo tin giấu tên"
  outlet?: string; // SeedOutlet.key when the node is an outlet we know
  speaker?: string; // SeedSpeaker.key when the node is a speaker we know
}

export interface SeedAppearance {
  article: string; // SeedArticle.key
  /** Exact substring of the seed article text (after NFC) that carries the claim. */
  exact: string;
  /** 0-based index when `exact` occurs more than once in the article. */
  occurrence?: number;
  chain: SeedChainNode[];
}

export interface SeedClaim {
  key: string; // unique slug, kebab-case ASCII, e.g. "ushakov-no-trilateral-format"
  speaker: string; // SeedSpeaker.key
  roleHeld: string; // role at the time, in Vietnamese as reported, e.g. "Trợ lý Tổng thống Nga"
  quote: string; // the words as reported, Vietnamese
  translation: string; // English translation
  kind: ClaimKindKey;
  saidAt?: string; // YYYY-MM-DD (or YYYY-MM for MONTH precision)
  saidAtPrecision: DatePrecisionKey;
  venue?: string; // e.g. "Telegram", "mạng xã hội X", "họp báo tại Miami"
  topics: string[]; // SeedTopic.key
  status: EditorialStatusKey;
  verification: VerificationStatusKey;
  retractionReason?: string; // required when status is RETRACTED
  // For factual assertions the newsroom has rated (maps to ClaimReview reviewRating).
  rating?: "TRUE" | "MOSTLY_TRUE" | "HALF_TRUE" | "MOSTLY_FALSE" | "FALSE" | "MISLEADING" | "UNPROVEN";
  ratingExplanation?: string;
  appearances: SeedAppearance[];
}

export interface SeedLink {
  from: string; // SeedClaim.key
  to: string; // SeedClaim.key
  type: LinkTypeKey;
  note: string;
}
