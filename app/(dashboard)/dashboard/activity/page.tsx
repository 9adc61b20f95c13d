import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { listRecentActivity } from "@/lib/audit/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("activity"), robots: { index: false } };
}

const query = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { page } = query.parse(await searchParams);
  const { events, hasMore } = await listRecentActivity(actor, page);
  const [t, tc] = await Promise.all([getTranslations("activity"), getTranslations("common")]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <p className="text-sm text-muted">{t("intro")}</p>
      <ol className="mt-6 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {events.map((e) => (
          <li key={e.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3 text-sm">
            <time dateTime={e.createdAt} className="w-36 shrink-0 text-xs text-muted">
              {e.createdAt.slice(0, 16).replace("T", " ")} UTC
            </time>
            <span className="font-medium">{e.actor}</span>
            <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{e.action}</span>
            {e.href ? (
              <Link href={e.href} className="min-w-0 flex-1 truncate text-accent hover:underline" lang="vi">
                {e.label}
              </Link>
            ) : (
              <span className="min-w-0 flex-1 truncate text-muted">{e.label}</span>
            )}
          </li>
        ))}
      </ol>
      <nav aria-label={tc("pagination")} className="mt-4 flex justify-between text-sm">
        {page > 1 ? <Link href={`?page=${page - 1}`}>{t("newer")}</Link> : <span />}
        {hasMore ? <Link href={`?page=${page + 1}`}>{t("older")}</Link> : <span />}
      </nav>
    </>
  );
}
