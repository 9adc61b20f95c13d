import Link from "next/link";
import type { ReactNode } from "react";
import { localePath, publicLocale, publicTranslator } from "@/i18n/public";
import { HeaderNav } from "@/components/ui/HeaderNav";
import { SkipLink } from "@/components/ui/SkipLink";
import { Wordmark } from "@/components/ui/Wordmark";
import { LanguageLinks } from "./LanguageLinks";
import { env } from "@/lib/env";

const nav = [
  { href: "/claims", key: "claims" },
  { href: "/topics", key: "topics" },
  { href: "/speakers", key: "speakers" },
  { href: "/search", key: "search" },
  { href: "/about", key: "about" },
] as const;

/**
 * The public site's header, navigation and footer, in the language being rendered (Vietnamese at
 * `/…`, English at `/en/…`: app/(public)/layout.tsx and app/(en)/en/layout.tsx).
 */
export function PublicChrome({ children }: { children: ReactNode }) {
  const t = publicTranslator("public.site");
  const locale = publicLocale();
  return (
    <>
      <SkipLink label={t("skipToContent")} />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4 sm:py-4">
          <div className="flex items-center justify-between gap-4">
            <Wordmark href={localePath("/claims")} className="text-xl font-bold tracking-tight text-ink" />
            <LanguageLinks current={locale} label={t("languageLabel")} />
          </div>
          {/* On a phone the five entries are one row that scrolls sideways (the row runs to the
              screen's edges, so the cut-off entry shows there is more); wider, they simply fit. */}
          <HeaderNav
            label={t("navLabel")}
            testId="public-nav"
            variant="public"
            items={nav.map((item) => ({ href: localePath(item.href), label: t(`nav.${item.key}`) }))}
          />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-4xl space-y-2 border-t border-slate-200 px-4 pb-10 pt-4 text-xs text-muted">
        <p>{t("footer", { site: env.SITE_NAME })}</p>
        <p>
          <Link href={localePath("/corrections")} className="underline hover:text-accent">
            {publicTranslator("publicCorrections")("footerLink")}
          </Link>
        </p>
        <p data-testid="feed-links">
          {/* A feed opened in a browser tab is raw XML: say what these addresses are for before anyone clicks. */}
          {t("feeds")}{" "}
          <a href="/feed.xml" type="application/atom+xml" className="underline hover:text-accent">
            Atom
          </a>
          {" · "}
          <a href="/rss.xml" type="application/rss+xml" className="underline hover:text-accent">
            RSS
          </a>
          {" · "}
          <a href="/feed.json" type="application/feed+json" className="underline hover:text-accent">
            JSON Feed
          </a>
          {" — "}
          <Link href={localePath("/about#theo-doi")} className="underline hover:text-accent">
            {t("feedsHelp")}
          </Link>
        </p>
        <p>
          <Link href="/signin" className="hover:text-accent">
            {t("signIn")}
          </Link>
        </p>
      </footer>
    </>
  );
}
