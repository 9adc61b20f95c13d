import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/dashboard/LanguageSwitcher";
import { NotificationBell } from "@/components/dashboard/NotificationBell";
import { SignOutButton } from "@/components/dashboard/SignOutButton";
import { requireActor } from "@/lib/auth/actor";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { countPendingChanges } from "@/lib/pending/queries";
import { roleAllows } from "@/lib/permissions";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const [locale, t, tRole, pendingCount, tChecklists, unreadNotifications] = await Promise.all([
    getLocale(),
    getTranslations("nav"),
    getTranslations("enums.role"),
    countPendingChanges(),
    getTranslations("checklists"),
    roleAllows(actor.role, "notification.read") ? countUnreadNotifications(actor) : Promise.resolve(0),
  ]);

  return (
    // Messages and locale come from i18n/request.ts (the `locale` cookie) for client components.
    <NextIntlClientProvider>
      <div lang={locale}>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {t("skipToMain")}
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto max-w-6xl px-4">
            <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 pt-3">
              <Link href="/dashboard" className="text-lg font-bold tracking-tight">
                Claim<span className="text-accent">Ledger</span>
              </Link>
              <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                <Link href="/claims" className="text-muted hover:text-accent" hrefLang="vi">
                  {t("publicSite")} <span aria-hidden="true">↗</span>
                </Link>
                <LanguageSwitcher />
                {roleAllows(actor.role, "notification.read") && (
                  <NotificationBell initialUnread={unreadNotifications} />
                )}
                <Link href="/account" className="text-muted hover:text-accent">
                  {actor.name}{" "}
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{tRole(actor.role)}</span>
                </Link>
                <SignOutButton />
              </div>
            </div>
            {/* The sections get a row of their own, the whole width: one line at 1280 px in either
                language. Narrower, the row scrolls sideways rather than wrapping into a second. */}
            <nav aria-label={t("label")} className="-mx-4 overflow-x-auto px-4" data-testid="dashboard-nav">
              <ul className="flex gap-x-5 whitespace-nowrap py-2.5 text-sm font-medium text-muted">
                <li>
                  <Link href="/dashboard" className="hover:text-accent">
                    {t("claims")}
                  </Link>
                </li>
                {roleAllows(actor.role, "claim.create") && (
                  <li>
                    <Link href="/dashboard/claims/new" className="hover:text-accent">
                      {t("newClaim")}
                    </Link>
                  </li>
                )}
                <li>
                  <Link href="/dashboard/speakers" className="hover:text-accent">
                    {t("speakers")}
                  </Link>
                </li>
                <li>
                  <Link href="/dashboard/articles" className="hover:text-accent">
                    {t("articles")}
                  </Link>
                </li>
                <li>
                  <Link href="/dashboard/topics" className="hover:text-accent">
                    {t("topics")}
                  </Link>
                </li>
                <li>
                  <Link href="/dashboard/pending" className="hover:text-accent">
                    {t("pending")}
                    {pendingCount > 0 && (
                      <span className="ml-1 rounded-full bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                        {pendingCount}
                      </span>
                    )}
                  </Link>
                </li>
                <li>
                  <Link href="/dashboard/activity" className="hover:text-accent">
                    {t("activity")}
                  </Link>
                </li>
                {roleAllows(actor.role, "article.manage") && (
                  <li>
                    <Link href="/dashboard/ingest" className="hover:text-accent">
                      {t("ingest")}
                    </Link>
                  </li>
                )}
                {roleAllows(actor.role, "checklist.manage") && (
                  <li>
                    <Link href="/admin/checklists" className="hover:text-accent">
                      {tChecklists("navLabel")}
                    </Link>
                  </li>
                )}
                {roleAllows(actor.role, "user.manage") && (
                  <li>
                    <Link href="/admin/users" className="hover:text-accent">
                      {t("users")}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </div>
    </NextIntlClientProvider>
  );
}
