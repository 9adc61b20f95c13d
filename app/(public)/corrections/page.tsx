import type { Metadata } from "next";
import { CORRECTIONS_FEED_PATH, CorrectionsLog } from "@/components/claims/CorrectionsLog";
import { languageAlternates, publicTranslator } from "@/i18n/public";

export function generateMetadata(): Metadata {
  return {
    title: publicTranslator("publicCorrections")("title"),
    alternates: {
      ...languageAlternates("/corrections"),
      types: { "application/atom+xml": CORRECTIONS_FEED_PATH },
    },
  };
}

// Rendered per request from cached data (tag "claims-list"), so `next build` never needs the database.
export const dynamic = "force-dynamic";

export default function CorrectionsPage() {
  return <CorrectionsLog page={1} />;
}
