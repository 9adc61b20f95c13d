import { errorResponse } from "@/lib/api/route";
import { findArticleForStaff } from "@/lib/articles/queries";
import { getActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { idField } from "@/lib/validation/common";

/** Staff read of an article with its full text, for selecting a span. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const id = idField.safeParse((await context.params).id);
    if (!id.success) throw new AppError("NOT_FOUND", "Article not found.");
    const article = await findArticleForStaff(await getActor(), id.data);
    if (!article) throw new AppError("NOT_FOUND", "Article not found.");
    return Response.json({ article });
  } catch (error) {
    return errorResponse(error);
  }
}
