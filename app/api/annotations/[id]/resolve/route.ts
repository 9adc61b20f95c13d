import { mutationRoute } from "@/lib/api/route";
import {
  annotationIdParams,
  resolveAnnotationSchema,
  setAnnotationResolved,
} from "@/lib/annotations/service";

export const POST = mutationRoute({
  action: "annotation.resolve",
  input: resolveAnnotationSchema,
  params: annotationIdParams,
  run: ({ actor, input, params }) => setAnnotationResolved(actor, params.id, input),
});
