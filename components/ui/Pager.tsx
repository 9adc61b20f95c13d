import Link from "next/link";
import { publicTranslator } from "@/i18n/public";

export interface PagerLabels {
  nav: string;
  previous: string;
  next: string;
  position: (page: number, pages: number) => string;
}

/** The public site's words (it is Vietnamese only and reads no cookies to choose a language). */
const publicWords = publicTranslator("public.pager");
const PUBLIC_LABELS: PagerLabels = {
  nav: publicWords("nav"),
  previous: publicWords("previous"),
  next: publicWords("next"),
  position: (page, pages) => publicWords("position", { page, pages }),
};

/**
 * Previous / next links between the pages of a long list. Public pages are plain paths
 * (…/page/2), not query strings, so each page is cached on its own; the dashboard passes its
 * own `href` and its translated `labels`.
 */
export function Pager({
  page,
  pages,
  href,
  labels = PUBLIC_LABELS,
  className = "mt-8",
}: {
  page: number;
  pages: number;
  href: (n: number) => string;
  labels?: PagerLabels;
  className?: string;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.nav} className={`${className} flex items-center justify-between text-sm`}>
      {page > 1 ? (
        <Link
          href={href(page - 1)}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:border-accent"
          rel="prev"
        >
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">{labels.position(page, pages)}</span>
      {page < pages ? (
        <Link
          href={href(page + 1)}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:border-accent"
          rel="next"
        >
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** A page number from a URL segment ("2"), or null for anything else (a 404). */
export function parsePageNumber(raw: string | undefined): number | null {
  return raw !== undefined && /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : null;
}
