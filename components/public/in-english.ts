import type { Metadata } from "next";
import type { ReactNode } from "react";
import { setPublicLocale } from "@/i18n/public";

/**
 * The English site (app/(en)/en) is the Vietnamese site's pages rendered in English: each English
 * route file wraps its Vietnamese counterpart, so there is one page and one set of components per
 * address, and the English words come from the catalogue (i18n/public.ts). Route settings
 * (`revalidate`, `dynamic`…) must be written in each route file itself: Next.js reads them from
 * the file's source.
 */
export function inEnglish<P extends object>(
  Page: (props: P) => ReactNode | Promise<ReactNode>,
): (props: P) => ReactNode | Promise<ReactNode> {
  return function EnglishPage(props: P) {
    setPublicLocale("en");
    return Page(props);
  };
}

/** The Vietnamese page's metadata, in English. */
export function inEnglishMetadata<P extends object>(
  metadata: (props: P) => Metadata | Promise<Metadata>,
): (props: P) => Metadata | Promise<Metadata> {
  return (props: P) => {
    setPublicLocale("en");
    return metadata(props);
  };
}
