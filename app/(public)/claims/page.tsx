import type { Metadata } from "next";
import { PublishedClaimList } from "@/components/claims/PublishedClaimList";
import { languageAlternates, publicTranslator } from "@/i18n/public";

export function generateMetadata(): Metadata {
  return {
    title: publicTranslator("public.claimList")("title"),
    alternates: {
      ...languageAlternates("/claims"),
      types: { "application/atom+xml": "/feed.xml", "application/feed+json": "/feed.json" },
    },
  };
}

// Rendered per request from cached data (tag "claims-list"), so `next build` never needs the database.
export const dynamic = "force-dynamic";

export default function ClaimsPage() {
  return <PublishedClaimList page={1} />;
}
