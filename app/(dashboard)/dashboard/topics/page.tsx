import type { Metadata } from "next";
import Link from "next/link";
import { TopicForm } from "@/components/dashboard/ManageForms";
import { requireActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { assertRole, roleAllows } from "@/lib/permissions";

export const metadata: Metadata = { title: "Topics", robots: { index: false } };

export default async function TopicsPage() {
  const actor = await requireActor();
  assertRole(actor, "claim.read_internal");
  const topics = await prisma.topic.findMany({ orderBy: { nameEn: "asc" }, select: { id: true, slug: true, nameVi: true, nameEn: true, _count: { select: { claims: true } } } });
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold tracking-tight">Topics</h1>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {topics.map((t) => (
          <li key={t.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <p className="font-medium">{t.nameEn}</p>
            <p className="text-muted" lang="vi">
              {t.nameVi}
            </p>
            <p className="mt-2 text-xs text-muted">
              {t._count.claims} claims ·{" "}
              <Link href={`/topics/${t.slug}`} className="text-accent hover:underline">
                public page
              </Link>
            </p>
          </li>
        ))}
      </ul>
      {roleAllows(actor.role, "topic.manage") && (
        <section aria-labelledby="new-topic" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="new-topic" className="text-lg font-semibold">
            New topic
          </h2>
          <div className="mt-4">
            <TopicForm />
          </div>
        </section>
      )}
    </div>
  );
}
