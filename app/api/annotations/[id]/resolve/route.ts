import { mutationRoute } from "@/lib/api/route";
import { setAnnotationResolved } from "@/lib/annotations/service";
import { annotationIdParams, resolveAnnotationSchema } from "@/lib/annotations/validation";

export const POST = mutationRoute({
  action: "annotation.resolve",
  input: resolveAnnotationSchema,
  params: annotationIdParams,
  run: ({ actor, input, params }) => setAnnotationResolved(actor, params.id, input),
});
