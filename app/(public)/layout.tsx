import Link from "next/link";
import type { ReactNode } from "react";
import { warnAboutSiteUrlOnce } from "@/lib/feeds/site-origin";

// Public pages print absolute links from SITE_URL; a server without it says so once (see there).
warnAboutSiteUrlOnce();

const nav = [
  { href: "/claims", label: "Phát ngôn" },
  { href: "/topics", label: "Chủ đề" },
  { href: "/speakers", label: "Người phát ngôn" },
  { href: "/search", label: "Tìm kiếm" },
  { href: "/about", label: "Giới thiệu" },
];

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Bỏ qua đến nội dung chính
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4 sm:py-4">
          <Link href="/claims" className="text-xl font-bold tracking-tight text-ink">
            Claim<span className="text-accent">Ledger</span>
          </Link>
          <nav aria-label="Điều hướng chính">
            {/* Five entries do not fit one row of a phone: three columns as wide as their words wrap evenly, not raggedly. */}
            <ul className="grid grid-cols-[repeat(3,max-content)] gap-x-6 gap-y-0.5 text-sm font-medium text-muted sm:flex sm:flex-wrap sm:gap-x-5">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="inline-block py-1 hover:text-accent">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-4xl space-y-2 border-t border-slate-200 px-4 pb-10 pt-4 text-xs text-muted">
        <p>ClaimLedger — chỉ những phát ngôn đã được biên tập viên thẩm định mới được công bố tại đây.</p>
        <p data-testid="feed-links">
          {/* A feed opened in a browser tab is raw XML: say what these addresses are for before anyone clicks. */}
          Theo dõi phát ngôn mới bằng ứng dụng đọc tin (dán địa chỉ vào Feedly, Thunderbird…):{" "}
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
          <Link href="/about#theo-doi" className="underline hover:text-accent">
            cách dùng
          </Link>
        </p>
        <p>
          <Link href="/signin" className="hover:text-accent">
            Đăng nhập ban biên tập
          </Link>
        </p>
      </footer>
    </>
  );
}
