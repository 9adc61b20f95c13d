import { queryRoute } from "@/lib/api/route";
import { mentionableUsers } from "@/lib/users/queries";
import { mentionableQuerySchema } from "@/lib/users/validation";

/** Active staff matching ?q= (diacritics-insensitive), at most 8: the @mention autocomplete. */
export const GET = queryRoute({
  action: "annotation.create",
  query: mentionableQuerySchema,
  run: ({ actor, query }) => mentionableUsers(actor, query.q),
});
