import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { z } from "zod";
import { ClaimSummaryCard } from "@/components/claims/ClaimSummaryCard";
import { listPublishedClaims } from "@/lib/claims/public-queries";

export const metadata: Metadata = {
  title: "Phát ngôn đã kiểm chứng",
  alternates: { canonical: "/claims" },
};

const searchParamsSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { page } = searchParamsSchema.parse(await searchParams);
  const { claims, total, pages } = await listPublishedClaims(page);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Phát ngôn đã kiểm chứng</h1>
      <p className="mt-2 text-muted">
        {total} phát ngôn về tiến trình đàm phán hòa bình Nga – Ukraine, mỗi phát ngôn kèm nguồn, chuỗi dẫn nguồn và mức độ kiểm chứng.
      </p>
      {claims.length === 0 ? (
        <p className="mt-10 rounded-lg border border-dashed border-slate-300 p-8 text-center text-muted">Chưa có phát ngôn nào được công bố.</p>
      ) : (
        <ul className="mt-8 space-y-4">
          {claims.map((claim) => (
            <li key={claim.slug}>
              <ClaimSummaryCard claim={claim} />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label="Phân trang" className="mt-8 flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link href={`/claims?page=${page - 1}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:border-accent" rel="prev">
              ← Trang trước
            </Link>
          ) : (
            <span />
          )}
          <span className="text-muted">
            Trang {Math.min(page, pages)} / {pages}
          </span>
          {page < pages ? (
            <Link href={`/claims?page=${page + 1}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:border-accent" rel="next">
              Trang sau →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
