/**
 * The numbered pages of a public list (/claims/page/2, /corrections/page/3): the page number in the
 * address (anything but 1, 2, 3… is a 404), their title and language alternates, and none rendered
 * at build time (each is rendered and cached the first time a reader asks for it). Route settings
 * (`revalidate`…) stay in each route file: Next.js reads them from the file's source.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { parsePageNumber } from "@/components/ui/Pager";
import { languageAlternates, publicTranslator } from "@/i18n/public";

type NumberedPageProps = { params: Promise<{ n: string }> };

/** `generateStaticParams` of a numbered page: none at build (with `dynamicParams = true`). */
export function noPagesAtBuild(): { n: string }[] {
  return [];
}

/** `generateMetadata` of the numbered pages of the list at `path` ("/claims" for /claims/page/2). */
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

/** The page: `List` at the page whose number is in the address (its own 404 past the last page). */
export function numberedPage(List: (props: { page: number }) => ReactNode | Promise<ReactNode>) {
  return async function NumberedPage({ params }: NumberedPageProps) {
    const page = parsePageNumber((await params).n);
    if (!page) notFound();
    return <List page={page} />;
  };
}
