import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { findPublishedClaimBySlug } from "../claims/public-queries";
import { isSlug } from "../validation/ids";
import { publicTranslator } from "../../i18n/public";
import type { AppLocale } from "../../i18n/locales";
import { publicLabels, sentenceCase } from "../claims/labels";
import type { PublicClaimSummary } from "../claims/public-dto";
import { quotedExcerpt } from "../claims/quote-text";
import { formatSaidAt } from "../format/dates";
import { SITE_NAME } from "../embed/oembed";
import { loadShareCardFonts, SHARE_CARD_FONT_FAMILY } from "./fonts";

/** Open Graph's recommended size (also Twitter's summary_large_image). */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

/** The quote's type size: long quotes get smaller type so the card never overflows. */
function quoteSize(chars: number): number {
  if (chars <= 90) return 54;
  if (chars <= 150) return 44;
  return 36;
}

/**
 * The share card of a claim page (app/(public)/claims/[slug]/opengraph-image.tsx and
 * twitter-image.tsx): the quote (in quotation marks only when DIRECT, as on the page), the
 * speaker, the verification and rating, a retraction if any, and the site's name; its words in
 * the language of the page it is the card of (the quote always in its own).
 */
export async function shareCardImage(
  claim: PublicClaimSummary,
  locale: AppLocale = "vi",
): Promise<ImageResponse> {
  const t = publicTranslator("publicEmbed", locale);
  const { publicVerificationLabel } = publicLabels(locale);
  const quote = quotedExcerpt(claim.kind, claim.quote, 200);
  const retracted = claim.status === "RETRACTED";
  const pill = { display: "flex", padding: "8px 20px", borderRadius: 999, fontSize: 26 } as const;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 64px",
        background: "#fbfaf7",
        color: "#18212f",
        fontFamily: SHARE_CARD_FONT_FAMILY,
        borderTop: "16px solid #0f5c8c",
      }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
        <div style={{ display: "flex", fontSize: 34, fontWeight: 700, color: "#0f5c8c" }}>{SITE_NAME}</div>
        {retracted && (
          <div style={{ ...pill, background: "#ffe4e6", color: "#881337", fontWeight: 700 }}>
            {t("retracted")}
          </div>
        )}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 32, fontWeight: 700, color: "#334155" }}>
          {claim.speaker.name}
          {claim.saidAt ? ` · ${formatSaidAt(claim.saidAt, claim.saidAtPrecision, locale)}` : ""}
        </div>
        <div
          style={{
            display: "flex",
            marginTop: 20,
            fontSize: quoteSize(quote.length),
            lineHeight: 1.3,
          }}
        >
          {quote}
        </div>
      </div>
      <div style={{ display: "flex", gap: 16, flexWrap: "wrap" }}>
        <div style={{ ...pill, background: "#e2e8f0" }}>
          {t("verification", { label: sentenceCase(publicVerificationLabel[claim.verification]) })}
        </div>
        <div style={{ ...pill, background: claim.rating ? "#ede9fe" : "#e2e8f0" }}>
          {claim.rating
            ? t("rating", { label: locale === "en" ? claim.rating.labelEn : claim.rating.label })
            : t("notRated")}
        </div>
      </div>
    </div>,
    { ...SHARE_CARD_SIZE, fonts: await loadShareCardFonts() },
  );
}

/** The share card of the claim page at `slug` (a 404 for a claim that is not public). */
export async function claimShareCard(slug: string, locale: AppLocale): Promise<ImageResponse> {
  const claim = isSlug(slug) ? await findPublishedClaimBySlug(slug) : null;
  if (!claim) notFound();
  return shareCardImage(claim, locale);
}

/** The card's alternative text, for the image files' `alt`. */
export function shareCardAlt(locale: AppLocale): string {
  return publicTranslator("publicEmbed", locale)("shareCardAlt", { site: SITE_NAME });
}
