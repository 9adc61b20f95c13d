import type { Metadata } from "next";
import type { ReactNode } from "react";
import { publicTranslator } from "@/i18n/public";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  // The newsroom's name (SITE_NAME), not the software's: readers see whose site this is.
  title: { default: env.SITE_NAME, template: `%s · ${env.SITE_NAME}` },
  description: publicTranslator("public.site", "vi")("description"),
};

/**
 * Only passes through: each area's layout renders the document with its own language (the public
 * site in Vietnamese, app/(en)/en in English, the dashboard and sign-in in the person's language;
 * components/ui/HtmlDocument.tsx). The root not-found and forbidden pages, which only this layout
 * wraps, bring their own document too.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
