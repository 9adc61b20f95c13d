import { mutationRoute } from "@/lib/api/route";
import { reviseArticleText } from "@/lib/articles/revise-text";
import { articleIdParams, articleTextRevisionSchema } from "@/lib/articles/validation";

/** Corrects a stored article's text; its sources are placed again on it, or flagged. */
export const PUT = mutationRoute({
  action: "article.manage",
  input: articleTextRevisionSchema,
  params: articleIdParams,
  run: ({ actor, input, params }) => reviseArticleText(actor, params.id, input),
});
