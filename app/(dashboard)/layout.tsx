import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/dashboard/SignOutButton";
import { requireActor } from "@/lib/auth/actor";
import { roleAllows } from "@/lib/permissions";

const roleLabel = { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Reviewer" } as const;

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();

  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to main content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-6">
            <Link href="/dashboard" className="text-lg font-bold tracking-tight">
              Claim<span className="text-accent">Ledger</span>
            </Link>
            <nav aria-label="Dashboard">
              <ul className="flex flex-wrap gap-4 text-sm font-medium text-muted">
                <li>
                  <Link href="/dashboard" className="hover:text-accent">
                    Claims
                  </Link>
                </li>
                {roleAllows(actor.role, "claim.create") && (
                  <li>
                    <Link href="/dashboard/claims/new" className="hover:text-accent">
                      New claim
                    </Link>
                  </li>
                )}
                <li>
                  <Link href="/dashboard/speakers" className="hover:text-accent">
                    Speakers
                  </Link>
                </li>
                <li>
                  <Link href="/dashboard/articles" className="hover:text-accent">
                    Articles
                  </Link>
                </li>
                <li>
                  <Link href="/dashboard/topics" className="hover:text-accent">
                    Topics
                  </Link>
                </li>
                <li>
                  <Link href="/dashboard/activity" className="hover:text-accent">
                    Activity
                  </Link>
                </li>
                {roleAllows(actor.role, "user.manage") && (
                  <li>
                    <Link href="/admin/users" className="hover:text-accent">
                      Users
                    </Link>
                  </li>
                )}
                <li>
                  <Link href="/claims" className="hover:text-accent">
                    Public site
                  </Link>
                </li>
              </ul>
            </nav>
          </div>
          <div className="flex items-center gap-4 text-sm">
            <Link href="/account" className="text-muted hover:text-accent">
              {actor.name} <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{roleLabel[actor.role]}</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
