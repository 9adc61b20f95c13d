import { idMutationRoute } from "@/lib/api/route";
import { dismissSuggestion } from "@/lib/suggestions/service";
import { dismissSuggestionSchema } from "@/lib/suggestions/validation";

export const POST = idMutationRoute({
  action: "suggestion.decide",
  input: dismissSuggestionSchema,
  run: dismissSuggestion,
});
