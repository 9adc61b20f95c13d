import { mutationRoute } from "@/lib/api/route";
import { updateSpeaker } from "@/lib/speakers/service";
import { speakerIdParams, updateSpeakerSchema } from "@/lib/speakers/validation";

export const PATCH = mutationRoute({
  action: "speaker.manage",
  input: updateSpeakerSchema,
  params: speakerIdParams,
  run: ({ actor, input, params }) => updateSpeaker(actor, params.id, input),
});
