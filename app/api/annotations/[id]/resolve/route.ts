import { idMutationRoute } from "@/lib/api/route";
import { setAnnotationResolved } from "@/lib/annotations/service";
import { resolveAnnotationSchema } from "@/lib/annotations/validation";

export const POST = idMutationRoute({
  action: "annotation.resolve",
  input: resolveAnnotationSchema,
  run: setAnnotationResolved,
});
