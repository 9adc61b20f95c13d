import { latestCorrections } from "@/lib/corrections/queries";
import { env } from "@/lib/env";
import { correctionsAtomFeed } from "@/lib/feeds/corrections";

// Served from cached data (tag "claims-list"); dynamic so `next build` never needs the database.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return new Response(correctionsAtomFeed(await latestCorrections(), env.SITE_URL, env.SITE_NAME), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
