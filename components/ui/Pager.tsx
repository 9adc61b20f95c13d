import Link from "next/link";

/**
 * Previous / next links between the pages of a long public list. Pages are plain paths
 * (…/page/2), not query strings, so each page is cached on its own.
 */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (n: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Phân trang" className="mt-8 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:border-accent" rel="prev">
          ← Trang trước
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Trang {page} / {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:border-accent" rel="next">
          Trang sau →
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
