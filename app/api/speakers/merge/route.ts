import { mutationRoute } from "@/lib/api/route";
import { mergeSpeakers } from "@/lib/speakers/service";
import { mergeSpeakersSchema } from "@/lib/speakers/validation";

export const POST = mutationRoute({
  action: "speaker.merge",
  input: mergeSpeakersSchema,
  run: ({ actor, input }) => mergeSpeakers(actor, input),
});
