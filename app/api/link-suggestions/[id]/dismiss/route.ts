import { mutationRoute } from "@/lib/api/route";
import { dismissSuggestion } from "@/lib/suggestions/service";
import { dismissSuggestionSchema, suggestionIdParams } from "@/lib/suggestions/validation";

export const POST = mutationRoute({
  action: "suggestion.decide",
  input: dismissSuggestionSchema,
  params: suggestionIdParams,
  run: ({ actor, params }) => dismissSuggestion(actor, params.id),
});
