import type { ReactNode } from "react";
import type { Metadata } from "next";
import { publicTranslator, setPublicLocale } from "@/i18n/public";
import { PublicChrome } from "@/components/public/PublicChrome";
import { HtmlDocument } from "@/components/ui/HtmlDocument";

/**
 * The public site in English: the same pages as the Vietnamese ones (each page here renders its
 * Vietnamese counterpart after setting the language), the interface translated, each claim in
 * its original words with its translation. Cached like the Vietnamese pages, under the same
 * surrogate keys (lib/edge/public-paths.mjs), so one change purges both languages.
 */
export default function EnglishLayout({ children }: { children: ReactNode }) {
  setPublicLocale("en");
  return (
    <HtmlDocument lang="en">
      <PublicChrome>{children}</PublicChrome>
    </HtmlDocument>
  );
}

export function generateMetadata(): Metadata {
  return { description: publicTranslator("public.site", "en")("description") };
}
