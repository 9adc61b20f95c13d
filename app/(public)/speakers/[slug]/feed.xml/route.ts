import { scopedFeedRoute } from "@/lib/feeds/scoped-response";

// Served from cached data (tag "speaker:<slug>"); dynamic so `next build` never needs the database.
export const dynamic = "force-dynamic";

export const GET = scopedFeedRoute("speakers", "atom");
