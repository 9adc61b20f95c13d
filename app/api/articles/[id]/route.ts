import { queryRoute } from "@/lib/api/route";
import { findArticleForStaff } from "@/lib/articles/queries";
import { articleIdParams } from "@/lib/articles/validation";

/** Staff read of an article with its full text, for selecting a span. */
export const GET = queryRoute({
  action: "claim.read_internal",
  params: articleIdParams,
  notFound: "Article not found.",
  run: async ({ actor, params }) => {
    const article = await findArticleForStaff(actor, params.id);
    return article && { article };
  },
});
