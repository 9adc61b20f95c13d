import { getActor } from "@/lib/auth/actor";
import { errorResponse, mutationRoute } from "@/lib/api/route";
import { claimFormOptions } from "@/lib/claims/dashboard-queries";
import { createSpeaker } from "@/lib/speakers/service";
import { speakerInputSchema } from "@/lib/speakers/validation";

/** Staff-only list of speakers (id, name, kind) for pickers and API clients. */
export async function GET(): Promise<Response> {
  try {
    const { speakers } = await claimFormOptions(await getActor());
    return Response.json({ speakers });
  } catch (error) {
    return errorResponse(error);
  }
}

export const POST = mutationRoute({
  action: "speaker.manage",
  input: speakerInputSchema,
  status: 201,
  run: ({ actor, input }) => createSpeaker(actor, input),
});
