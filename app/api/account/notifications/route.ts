import { mutationRoute } from "@/lib/api/route";
import { setEmailFrequency } from "@/lib/notifications/service";
import { emailPreferencesSchema } from "@/lib/notifications/validation";

export const PUT = mutationRoute({
  action: "account.notification_settings",
  input: emailPreferencesSchema,
  run: ({ actor, input }) => setEmailFrequency(actor, input),
});
