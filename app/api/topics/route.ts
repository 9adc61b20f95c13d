import { mutationRoute } from "@/lib/api/route";
import { revalidatePublicTags } from "@/lib/claims/revalidate";
import { createTopic } from "@/lib/speakers/service";
import { topicInputSchema } from "@/lib/speakers/validation";

export const POST = mutationRoute({
  action: "topic.manage",
  input: topicInputSchema,
  status: 201,
  run: ({ actor, input }) => createTopic(actor, input),
  after: (r) => revalidatePublicTags(r.publicTags),
});
