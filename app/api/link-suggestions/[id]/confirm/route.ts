import { mutationRoute } from "@/lib/api/route";
import { confirmSuggestion } from "@/lib/suggestions/service";
import { confirmSuggestionSchema, suggestionIdParams } from "@/lib/suggestions/validation";

export const POST = mutationRoute({
  action: "suggestion.decide",
  input: confirmSuggestionSchema,
  params: suggestionIdParams,
  run: ({ actor, input, params }) => confirmSuggestion(actor, params.id, input),
});
