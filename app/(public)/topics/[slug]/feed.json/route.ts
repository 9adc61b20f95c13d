import { scopedFeedResponse } from "@/lib/feeds/scoped-response";

// Served from cached data (tag "topic:<slug>"); dynamic so `next build` never needs the database.
export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  return scopedFeedResponse("topics", (await params).slug, "json");
}
