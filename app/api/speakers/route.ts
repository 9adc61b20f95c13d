import { mutationRoute, queryRoute } from "@/lib/api/route";
import { claimFormOptions } from "@/lib/claims/dashboard-queries";
import { createSpeaker } from "@/lib/speakers/service";
import { speakerInputSchema } from "@/lib/speakers/validation";

/** Staff-only list of speakers (id, name, kind) for pickers and API clients. */
export const GET = queryRoute({
  action: "claim.read_internal",
  run: async ({ actor }) => ({ speakers: (await claimFormOptions(actor)).speakers }),
});

export const POST = mutationRoute({
  action: "speaker.manage",
  input: speakerInputSchema,
  status: 201,
  run: ({ actor, input }) => createSpeaker(actor, input),
});
