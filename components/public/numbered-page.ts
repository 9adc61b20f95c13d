/**
 * What the numbered pages of a public list (/claims/page/2, /corrections/page/3) share: the page
 * number in the address, their title and language alternates, and none rendered at build time
 * (each is rendered and cached the first time a reader asks for it).
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parsePageNumber } from "@/components/ui/Pager";
import { languageAlternates, publicTranslator } from "@/i18n/public";

export type NumberedPageProps = { params: Promise<{ n: string }> };

/** `generateStaticParams` for a numbered page: no pages at build (with `dynamicParams = true`). */
export function noPagesAtBuild(): { n: string }[] {
  return [];
}

/** The page number in the address; anything but 1, 2, 3… is a 404. */
export async function pageNumberOr404(params: NumberedPageProps["params"]): Promise<number> {
  const n = parsePageNumber((await params).n);
  if (!n) notFound();
  return n;
}

/** `generateMetadata` for a numbered page of the list at `path` ("/claims" for /claims/page/2). */
export function numberedPageMetadata({
  path,
  title,
  types,
}: {
  path: string;
  title: (page: number) => string;
  /** The list's feeds, by media type. */
  types?: Record<string, string>;
}): (props: NumberedPageProps) => Promise<Metadata> {
  return async ({ params }) => {
    const n = parsePageNumber((await params).n);
    if (!n) return { title: publicTranslator("public.notFound")("short") };
    const alternates = languageAlternates(`${path}/page/${n}`);
    return { title: title(n), alternates: types ? { ...alternates, types } : alternates };
  };
}
