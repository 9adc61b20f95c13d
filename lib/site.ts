import { env } from "./env";

/**
 * The publishing organisation, from configuration (SITE_NAME, SITE_LOGO_URL, SITE_URL): named in
 * page titles, OpenGraph and feeds, and the author/publisher of ClaimReview JSON-LD.
 */
export interface SiteOrganisation {
  name: string;
  url: string;
  logoUrl: string;
}

/** A logo given as a path is on this site: absolute against SITE_URL (JSON-LD needs absolute URLs). */
export function resolveLogoUrl(logo: string, siteUrl: string): string {
  return logo.startsWith("/") ? `${siteUrl}${logo}` : logo;
}

export function siteOrganisation(): SiteOrganisation {
  return { name: env.SITE_NAME, url: env.SITE_URL, logoUrl: resolveLogoUrl(env.SITE_LOGO_URL, env.SITE_URL) };
}
