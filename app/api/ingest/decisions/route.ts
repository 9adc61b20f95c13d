import { mutationRoute } from "@/lib/api/route";
import { decideCandidate } from "@/lib/ingest/decisions";
import { decideCandidateSchema } from "@/lib/ingest/validation";

// Rejects a suggested statement of an ingested article, or takes the rejection back, for every
// editor who opens the article's review (accepting goes through /api/ingest/accept).
export const POST = mutationRoute({
  action: "appearance.manage",
  input: decideCandidateSchema,
  run: ({ actor, input }) => decideCandidate(actor, input),
});
