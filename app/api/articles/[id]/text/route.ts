import { idMutationRoute } from "@/lib/api/route";
import { reviseArticleText } from "@/lib/articles/revise-text";
import { articleTextRevisionSchema } from "@/lib/articles/validation";

/** Corrects a stored article's text; its sources are placed again on it, or flagged. */
export const PUT = idMutationRoute({
  action: "article.manage",
  input: articleTextRevisionSchema,
  run: reviseArticleText,
});
