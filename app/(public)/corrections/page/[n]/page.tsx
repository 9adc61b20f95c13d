import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CORRECTIONS_FEED_PATH, CorrectionsLog } from "@/components/claims/CorrectionsLog";
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
      ? publicTranslator("publicCorrections")("titlePage", { page: n })
      : publicTranslator("public.notFound")("short"),
    alternates: n
      ? {
          ...languageAlternates(`/corrections/page/${n}`),
          types: { "application/atom+xml": CORRECTIONS_FEED_PATH },
        }
      : undefined,
  };
}

export default async function CorrectionsPageN({ params }: Props) {
  const n = parsePageNumber((await params).n);
  if (!n) notFound();
  return <CorrectionsLog page={n} />;
}
