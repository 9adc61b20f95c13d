import { idMutationRoute } from "@/lib/api/route";
import { createAnnotation } from "@/lib/annotations/service";
import { annotationInputSchema } from "@/lib/annotations/validation";

export const POST = idMutationRoute({
  action: "annotation.create",
  input: annotationInputSchema,
  status: 201,
  run: createAnnotation,
});
