import { mutationRoute } from "@/lib/api/route";
import { markNotificationsRead } from "@/lib/notifications/service";
import { markReadSchema } from "@/lib/notifications/validation";

export const POST = mutationRoute({
  action: "notification.read",
  input: markReadSchema,
  run: ({ actor, input }) => markNotificationsRead(actor, input),
});
