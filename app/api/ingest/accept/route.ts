import { mutationRoute } from "@/lib/api/route";
import { acceptCandidate } from "@/lib/ingest/service";
import { acceptCandidateSchema } from "@/lib/ingest/validation";

// Turns a suggested statement into a draft claim with its source, or into a new source of an
// existing claim, in one transaction.
export const POST = mutationRoute({
  action: "appearance.manage",
  input: acceptCandidateSchema,
  status: 201,
  run: ({ actor, input }) => acceptCandidate(actor, input),
});
