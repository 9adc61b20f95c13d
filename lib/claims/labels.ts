import en from "../../messages/en.json";
import vi from "../../messages/vi.json";
import { publicLocale } from "@/i18n/public";
import type { AppLocale } from "@/i18n/locales";
import {
  LinkType,
  type ChainNodeKind,
  type ClaimKind,
  type EditorialStatus,
  type SpeakerKind,
  type VerificationStatus,
} from "../generated/prisma/enums";

// The words for the database's values come from the one catalogue the dashboard translates with
// (messages/*.json), and so do the public site's own (namespace "public"). Public pages read no
// cookies: they take the catalogue of the language their address is in (i18n/public.ts) rather
// than next-intl's request-scoped translator.
type Catalogue = typeof vi;

function labelsOf(catalogue: Catalogue, locale: AppLocale) {
  const { enums, public: site } = catalogue;
  const upper = (label: string) => sentenceCase(label, locale);
  return {
    claimKindLabel: enums.claimKind as Record<ClaimKind, string>,
    editorialStatusLabel: enums.editorialStatus as Record<EditorialStatus, string>,
    verificationLabel: enums.verificationStatus as Record<VerificationStatus, string>,
    speakerKindLabel: enums.speakerKind as Record<SpeakerKind, string>,
    /** Label of a link seen from its source claim, and from its target (the inverse), as a heading. */
    linkLabel: Object.fromEntries(
      Object.values(LinkType).map((type) => [
        type,
        { outgoing: upper(enums.linkOutgoing[type]), incoming: upper(enums.linkIncoming[type]) },
      ]),
    ) as Record<LinkType, { outgoing: string; incoming: string }>,
    /**
     * What readers see. Two separate questions are answered about a claim, and a reader must be
     * able to tell them apart ("Rating: True" beside "Unverified" read as a contradiction):
     * - the quote's verification: was it really said, in these words, by this speaker? (checked
     *   against the source it came from);
     * - the rating, only for factual assertions: is what was said true?
     * The editorial workflow ("approved", "in review") is the newsroom's business and never shown;
     * a retraction is public information and always is.
     */
    publicStatusLabel: site.labels.status as Record<"APPROVED" | "RETRACTED", string>,
    VERIFICATION_AXIS: site.labels.verificationAxis,
    RATING_AXIS: site.labels.ratingAxis,
    publicVerificationLabel: site.labels.verification as Record<VerificationStatus, string>,
    /** One sentence per verification state, for the claim page and the methods page. */
    publicVerificationMeaning: site.labels.verificationMeaning as Record<VerificationStatus, string>,
    /** What each link of an attribution chain is (a tooltip on the chain). */
    chainNodeLabel: site.labels.chainNode as Record<ChainNodeKind, string>,
  };
}

const byLocale: Record<AppLocale, ReturnType<typeof labelsOf>> = {
  vi: labelsOf(vi, "vi"),
  en: labelsOf(en, "en"),
};

/** The labels in the language of the public page being rendered (Vietnamese elsewhere). */
export function publicLabels(locale: AppLocale = publicLocale()): ReturnType<typeof labelsOf> {
  return byLocale[locale];
}

/** A label that starts a sentence: its first letter in capitals ("chưa …" → "Chưa …"). */
export function sentenceCase(label: string, locale: AppLocale = "vi"): string {
  return label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);
}
