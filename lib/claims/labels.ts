import vi from "../../messages/vi.json";
import {
  LinkType,
  type ChainNodeKind,
  type ClaimKind,
  type EditorialStatus,
  type SpeakerKind,
  type VerificationStatus,
} from "../generated/prisma/enums";

// The Vietnamese words for the database's values come from the one catalogue the dashboard
// translates with (messages/vi.json), and so do the public site's own (namespace "public"). Public
// pages are Vietnamese and read no cookies, so they take the catalogue itself rather than
// next-intl's request-scoped translator (their sentences go through i18n/public.ts).
export const claimKindLabel: Record<ClaimKind, string> = vi.enums.claimKind;
export const editorialStatusLabel: Record<EditorialStatus, string> = vi.enums.editorialStatus;
export const verificationLabel: Record<VerificationStatus, string> = vi.enums.verificationStatus;
export const speakerKindLabel: Record<SpeakerKind, string> = vi.enums.speakerKind;

/** Label of a link seen from its source claim, and from its target (the inverse), as a heading. */
export const linkLabel = Object.fromEntries(
  Object.values(LinkType).map((type) => [
    type,
    {
      outgoing: sentenceCase(vi.enums.linkOutgoing[type]),
      incoming: sentenceCase(vi.enums.linkIncoming[type]),
    },
  ]),
) as Record<LinkType, { outgoing: string; incoming: string }>;

/**
 * What readers see. Two separate questions are answered about a claim, and a reader must be
 * able to tell them apart ("Rating: True" beside "Unverified" read as a contradiction):
 * - the quote's verification: was it really said, in these words, by this speaker? (checked
 *   against the source it came from);
 * - the rating, only for factual assertions: is what was said true?
 * The editorial workflow ("approved", "in review") is the newsroom's business and never shown;
 * a retraction is public information and always is. The words are the catalogue's (namespace
 * public.labels).
 */
export const publicStatusLabel: Record<"APPROVED" | "RETRACTED", string> = vi.public.labels.status;

export const VERIFICATION_AXIS = vi.public.labels.verificationAxis;
export const RATING_AXIS = vi.public.labels.ratingAxis;

export const publicVerificationLabel: Record<VerificationStatus, string> = vi.public.labels.verification;

/** One sentence per verification state, for the claim page and the methods page. */
export const publicVerificationMeaning: Record<VerificationStatus, string> =
  vi.public.labels.verificationMeaning;

/** What each link of an attribution chain is (a tooltip on the chain). */
export const chainNodeLabel: Record<ChainNodeKind, string> = vi.public.labels.chainNode;

/** A label that starts a sentence: its first letter in capitals ("chưa …" → "Chưa …"). */
export function sentenceCase(label: string): string {
  return label.charAt(0).toLocaleUpperCase("vi") + label.slice(1);
}
