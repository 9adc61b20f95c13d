import { env } from "@/lib/env";
import { robotsTxt } from "@/lib/feeds/sitemap";

// Names the sitemaps and keeps crawlers out of staff pages. Dynamic: SITE_URL is read at run time.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response(robotsTxt(env.SITE_URL), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
