import { PUBLIC_LOCALE } from "@/i18n/public";
import { env } from "@/lib/env";
import { newsEntries } from "@/lib/feeds/queries";
import { inNewsWindow, newsSitemap } from "@/lib/feeds/sitemap";

// Claims approved in the last 48 hours (Google News sitemap). Served from cached data (tag
// "claims-list"); dynamic so `next build` never needs the database.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const xml = newsSitemap(env.SITE_URL, inNewsWindow(await newsEntries(), new Date()), {
    name: env.SITE_NAME,
    language: PUBLIC_LOCALE,
  });
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
