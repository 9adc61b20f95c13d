import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { publicTranslator } from "@/i18n/public";

// Any address no route answers: without this, Next.js renders the root not-found page, outside
// the site's layout (no header, no way on). Here the 404 is rendered inside it, by
// app/(public)/not-found.tsx. Cached like other 404s (a short s-maxage, scripts/serve.ts).
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export function generateMetadata(): Metadata {
  return { title: publicTranslator("public.notFound")("page.title") };
}

export default function MissingPage(): never {
  notFound();
}
