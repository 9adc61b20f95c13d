import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublishedClaimList } from "@/components/claims/PublishedClaimList";
import { parsePageNumber } from "@/components/ui/Pager";
import { languageAlternates, publicTranslator } from "@/i18n/public";

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = parsePageNumber((await params).n);
  return {
    title: n
      ? publicTranslator("public.claimList")("titlePage", { page: n })
      : publicTranslator("public.notFound")("short"),
    alternates: n ? languageAlternates(`/claims/page/${n}`) : undefined,
  };
}

export default async function ClaimsPageN({ params }: Props) {
  const n = parsePageNumber((await params).n);
  if (!n) notFound();
  return <PublishedClaimList page={n} />;
}
