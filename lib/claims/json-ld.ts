import type { Claim, ClaimReview, CreativeWork, Organization, Person, WithContext } from "schema-dts";
import { siteOrganisation, type SiteOrganisation } from "../site";
import type { PublicAppearance, PublicClaim } from "./public-dto";

/**
 * schema.org structured data for a claim page: a ClaimReview when the newsroom has rated the
 * claim, otherwise a Claim (author, datePublished, appearance, firstAppearance).
 */
function authorOf(claim: PublicClaim): Person | Organization {
  const base = {
    name: claim.speaker.name,
    ...(claim.speaker.affiliation
      ? { affiliation: { "@type": "Organization" as const, name: claim.speaker.affiliation } }
      : {}),
  };
  return claim.speaker.kind === "PERSON"
    ? { "@type": "Person", ...base, ...(claim.speaker.roleHeld ? { jobTitle: claim.speaker.roleHeld } : {}) }
    : { "@type": "Organization", name: claim.speaker.name };
}

function creativeWorkOf(a: PublicAppearance): CreativeWork {
  return {
    "@type": "NewsArticle",
    headline: a.article.title,
    ...(a.article.url ? { url: a.article.url } : {}),
    ...(a.article.publishedAt ? { datePublished: a.article.publishedAt.slice(0, 10) } : {}),
    inLanguage: a.article.language,
    publisher: {
      "@type": "Organization",
      name: a.outlet.name,
      ...(a.outlet.url ? { url: a.outlet.url } : {}),
    },
  };
}

/** The newsroom that publishes the review (configured: SITE_NAME, SITE_LOGO_URL). */
function publisherOf(site: SiteOrganisation): Organization {
  return {
    "@type": "Organization",
    name: site.name,
    url: site.url,
    logo: { "@type": "ImageObject", url: site.logoUrl },
  };
}

export function claimJsonLd(
  claim: PublicClaim,
  siteUrl: string,
  site: SiteOrganisation = siteOrganisation(),
): WithContext<ClaimReview> | WithContext<Claim> {
  const pageUrl = `${siteUrl}${claim.url}`;
  const itemReviewed: Claim = {
    "@type": "Claim",
    text: claim.quote,
    inLanguage: claim.language,
    author: authorOf(claim),
    ...(claim.saidAt ? { datePublished: claim.saidAt } : {}),
    appearance: claim.appearances.map(creativeWorkOf),
    ...(claim.firstAppearance ? { firstAppearance: creativeWorkOf(claim.firstAppearance) } : {}),
  };
  if (claim.rating) {
    return {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: pageUrl,
      claimReviewed: claim.quote,
      itemReviewed,
      author: publisherOf(site),
      publisher: publisherOf(site),
      ...(claim.publishedAt ? { datePublished: claim.publishedAt.slice(0, 10) } : {}),
      reviewRating: {
        "@type": "Rating",
        ...(claim.rating.value !== null
          ? { ratingValue: claim.rating.value, bestRating: 5, worstRating: 1 }
          : {}),
        alternateName: claim.rating.label,
        ...(claim.rating.explanation ? { ratingExplanation: claim.rating.explanation } : {}),
      },
    };
  }
  return { "@context": "https://schema.org", ...itemReviewed, url: pageUrl };
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so that no text in a claim
 * ("</script>" in a quote) can end the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
