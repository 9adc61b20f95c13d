import { idMutationRoute } from "@/lib/api/route";
import { updateSpeaker } from "@/lib/speakers/service";
import { updateSpeakerSchema } from "@/lib/speakers/validation";

export const PATCH = idMutationRoute({
  action: "speaker.manage",
  input: updateSpeakerSchema,
  run: updateSpeaker,
});
