import { mutationRoute } from "@/lib/api/route";
import { articleFetchSchema } from "@/lib/articles/validation";
import { fetchArticleForIngest } from "@/lib/ingest/url/fetch-article";

/** Fetches an article page on the server, keeps an archived copy, answers the fields read from it. */
export const POST = mutationRoute({
  action: "article.manage",
  input: articleFetchSchema,
  run: ({ actor, input }) => fetchArticleForIngest(actor, input.url),
});
