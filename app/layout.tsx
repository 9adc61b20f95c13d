import type { Metadata } from "next";
import type { ReactNode } from "react";
import { publicTranslator } from "@/i18n/public";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  // The newsroom's name (SITE_NAME), not the software's: readers see whose site this is.
  title: { default: env.SITE_NAME, template: `%s · ${env.SITE_NAME}` },
  description: publicTranslator("public.site")("description"),
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
