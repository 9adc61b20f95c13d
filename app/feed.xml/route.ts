import { latestApprovedClaims } from "@/lib/claims/public-queries";
import { env } from "@/lib/env";
import { atomFeed } from "@/lib/feeds/build";

// Served from cached data (tag "claims-list"); dynamic so `next build` never needs the database.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return new Response(atomFeed(await latestApprovedClaims(), env.SITE_URL), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
