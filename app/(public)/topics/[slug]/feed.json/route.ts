import { scopedFeedRoute } from "@/lib/feeds/scoped-response";

// Served from cached data (tag "topic:<slug>"); dynamic so `next build` never needs the database.
export const dynamic = "force-dynamic";

export const GET = scopedFeedRoute("topics", "json");
