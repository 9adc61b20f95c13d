import { mutationRoute } from "@/lib/api/route";
import { createTopic } from "@/lib/topics/service";
import { topicInputSchema } from "@/lib/topics/validation";

export const POST = mutationRoute({
  action: "topic.manage",
  input: topicInputSchema,
  status: 201,
  run: ({ actor, input }) => createTopic(actor, input),
});
