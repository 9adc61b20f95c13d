import type { ReactNode } from "react";

/**
 * The document itself: every area renders its own (app/layout.tsx only passes through), so each
 * page states its own language — the public site in Vietnamese or English by its address, the
 * dashboard in the signed-in person's language — instead of one `lang` for every page.
 */
export function HtmlDocument({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <html lang={lang}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
