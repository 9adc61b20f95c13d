import Link from "next/link";
import type { ReactNode } from "react";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Bỏ qua đến nội dung chính
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl items-center justify-between gap-4 px-4 py-4">
          <Link href="/claims" className="text-xl font-bold tracking-tight text-ink">
            Claim<span className="text-accent">Ledger</span>
          </Link>
          <nav aria-label="Điều hướng chính">
            <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium text-muted">
              <li>
                <Link href="/claims" className="hover:text-accent">
                  Phát ngôn
                </Link>
              </li>
              <li>
                <Link href="/speakers" className="hover:text-accent">
                  Người phát ngôn
                </Link>
              </li>
              <li>
                <Link href="/search" className="hover:text-accent">
                  Tìm kiếm
                </Link>
              </li>
              <li>
                <Link href="/about" className="hover:text-accent">
                  Giới thiệu
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto flex max-w-4xl flex-wrap justify-between gap-2 px-4 pb-10 pt-4 text-xs text-muted">
        <p>ClaimLedger — chỉ những phát ngôn đã được biên tập viên thẩm định mới được công bố tại đây.</p>
        <p className="flex gap-3">
          <a href="/feed.xml" className="hover:text-accent">
            Atom
          </a>
          <a href="/rss.xml" className="hover:text-accent">
            RSS
          </a>
          <a href="/feed.json" className="hover:text-accent">
            JSON Feed
          </a>
          <Link href="/signin" className="hover:text-accent">
            Đăng nhập ban biên tập
          </Link>
        </p>
      </footer>
    </>
  );
}
