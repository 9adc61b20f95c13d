import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AssessmentLegend } from "@/components/claims/AssessmentLegend";
import { ClaimSummaryCard } from "@/components/claims/ClaimSummaryCard";
import { Pager, parsePageNumber } from "@/components/ui/Pager";
import { inPublicLocale, languageAlternates, localePath, publicTranslator, yesNo } from "@/i18n/public";
import { getTopicClaims } from "@/lib/claims/public-queries";
import { feedAlternates } from "@/lib/feeds/scoped";
import { isSlug } from "@/lib/validation/ids";

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

// /topics/t and /topics/t/page/2: plain paths, so each page is cached like any other.
type Props = { params: Promise<{ slug: string; view?: string[] }> };

const topicHref = (slug: string, page: number) =>
  localePath(`/topics/${slug}${page > 1 ? `/page/${page}` : ""}`);

function parsePage(view: string[] = []): number | null {
  if (view.length === 0) return 1;
  const page = view.length === 2 && view[0] === "page" ? parsePageNumber(view[1]) : null;
  return page && page > 1 ? page : null; // page 1 lives at /topics/t only
}

const load = cache(async (slug: string, view: string[] | undefined) => {
  const page = parsePage(view);
  return page && isSlug(slug) ? getTopicClaims(slug, page) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, view } = await params;
  const t = await load(slug, view);
  if (!t) return { title: publicTranslator("public.notFound")("topic.title") };
  const page = t.claims.page;
  const words = publicTranslator("public.topic");
  return {
    title:
      page > 1
        ? words("titlePage", { name: inPublicLocale(t.topic.nameVi, t.topic.nameEn), page })
        : words("title", { name: inPublicLocale(t.topic.nameVi, t.topic.nameEn) }),
    alternates: {
      ...languageAlternates(topicHref(t.topic.slug, page)),
      types: feedAlternates("topics", t.topic.slug, t.topic.nameVi),
    },
  };
}

export default async function TopicPage({ params }: Props) {
  const { slug, view } = await params;
  const data = await load(slug, view);
  if (!data) notFound();
  const { topic, claims, speakers } = data;
  const t = publicTranslator("public.topic");
  // The topic's name in the page's language first, the other language's beside it.
  const [name, otherName, otherLang] = inPublicLocale(
    [topic.nameVi, topic.nameEn, "en"],
    [topic.nameEn, topic.nameVi, "vi"],
  );
  return (
    <>
      <nav aria-label={publicTranslator("public.common")("breadcrumb")} className="text-sm text-muted">
        <Link href={localePath("/topics")} className="hover:text-accent">
          {publicTranslator("public.topics")("title")}
        </Link>{" "}
        · <span lang={otherLang}>{otherName}</span>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">{name}</h1>
      {topic.description && (
        <p className="mt-2 text-slate-700" lang="vi">
          {topic.description}
        </p>
      )}
      <p className="mt-2 text-muted">
        {t("summary", { claims: claims.total, speakers, approximate: yesNo(claims.approximate) })}
      </p>
      <AssessmentLegend className="mt-2" />
      {claims.items.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-8 text-center text-muted">
          {t("empty")}
        </p>
      ) : (
        <ol className="mt-8 space-y-4">
          {claims.items.map((c) => (
            <li key={c.slug}>
              <ClaimSummaryCard claim={c} />
            </li>
          ))}
        </ol>
      )}
      <Pager page={claims.page} pages={claims.pages} href={(n) => topicHref(topic.slug, n)} />
    </>
  );
}
