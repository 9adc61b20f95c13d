import { idMutationRoute } from "@/lib/api/route";
import { confirmSuggestion } from "@/lib/suggestions/service";
import { confirmSuggestionSchema } from "@/lib/suggestions/validation";

export const POST = idMutationRoute({
  action: "suggestion.decide",
  input: confirmSuggestionSchema,
  run: confirmSuggestion,
});
