import type { Metadata } from "next";
import { CORRECTIONS_FEED_PATH, CorrectionsLog } from "@/components/claims/CorrectionsLog";
import { publicTranslator } from "@/i18n/public";

export const metadata: Metadata = {
  title: publicTranslator("publicCorrections")("title"),
  alternates: {
    canonical: "/corrections",
    types: { "application/atom+xml": CORRECTIONS_FEED_PATH },
  },
};

// Rendered per request from cached data (tag "claims-list"), so `next build` never needs the database.
export const dynamic = "force-dynamic";

export default function CorrectionsPage() {
  return <CorrectionsLog page={1} />;
}
