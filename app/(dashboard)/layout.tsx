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
import { type Action, roleAllows } from "@/lib/permissions";
import { HeaderNav } from "@/components/ui/HeaderNav";
import { SkipLink } from "@/components/ui/SkipLink";
import { Wordmark } from "@/components/ui/Wordmark";
import { HtmlDocument } from "@/components/ui/HtmlDocument";

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

  // The sections, in order; those gated by an action appear only to roles that may do it.
  const sections: { href: string; label: string; action?: Action }[] = [
    { href: "/dashboard", label: t("claims") },
    { href: "/dashboard/claims/new", label: t("newClaim"), action: "claim.create" },
    { href: "/dashboard/speakers", label: t("speakers") },
    { href: "/dashboard/articles", label: t("articles") },
    { href: "/dashboard/topics", label: t("topics") },
    { href: "/dashboard/pending", label: t("pending") },
    { href: "/dashboard/activity", label: t("activity") },
    { href: "/dashboard/ingest", label: t("ingest"), action: "article.manage" },
    { href: "/admin/checklists", label: tChecklists("navLabel"), action: "checklist.manage" },
    { href: "/admin/users", label: t("users"), action: "user.manage" },
  ];
  return (
    // Messages and locale come from i18n/request.ts (the `locale` cookie) for client components.
    <HtmlDocument lang={locale}>
      <NextIntlClientProvider>
        <SkipLink label={t("skipToMain")} />
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto max-w-6xl px-4">
            <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 pt-3">
              <Wordmark href="/dashboard" className="text-lg font-bold tracking-tight" />
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
            <HeaderNav
              label={t("label")}
              testId="dashboard-nav"
              variant="dashboard"
              items={sections
                .filter((section) => !section.action || roleAllows(actor.role, section.action))
                .map((section) => ({
                  href: section.href,
                  label: (
                    <>
                      {section.label}
                      {section.href === "/dashboard/pending" && pendingCount > 0 && (
                        <span className="ml-1 rounded-full bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                          {pendingCount}
                        </span>
                      )}
                    </>
                  ),
                }))}
            />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </NextIntlClientProvider>
    </HtmlDocument>
  );
}
