import { queryRoute } from "@/lib/api/route";
import { findArticleForStaff } from "@/lib/articles/queries";
import { idParams } from "@/lib/validation/common";

/** Staff read of an article with its full text, for selecting a span. */
export const GET = queryRoute({
  action: "claim.read_internal",
  params: idParams,
  notFound: "Article not found.",
  run: async ({ actor, params }) => {
    const article = await findArticleForStaff(actor, params.id);
    return article && { article };
  },
});
