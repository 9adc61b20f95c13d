import type { Metadata } from "next";
import { PublishedClaimList } from "@/components/claims/PublishedClaimList";
import { publicTranslator } from "@/i18n/public";

export const metadata: Metadata = {
  title: publicTranslator("public.claimList")("title"),
  alternates: {
    canonical: "/claims",
    types: { "application/atom+xml": "/feed.xml", "application/feed+json": "/feed.json" },
  },
};

// Rendered per request from cached data (tag "claims-list"), so `next build` never needs the database.
export const dynamic = "force-dynamic";

export default function ClaimsPage() {
  return <PublishedClaimList page={1} />;
}
