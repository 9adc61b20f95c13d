import { mutationRoute } from "@/lib/api/route";
import { createArticle } from "@/lib/articles/service";
import { articleInputSchema } from "@/lib/articles/validation";

export const POST = mutationRoute({
  action: "article.manage",
  input: articleInputSchema,
  status: 201,
  run: ({ actor, input }) => createArticle(actor, input),
});
