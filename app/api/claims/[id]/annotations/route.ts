import { mutationRoute } from "@/lib/api/route";
import { createAnnotation } from "@/lib/annotations/service";
import { annotationInputSchema } from "@/lib/annotations/validation";
import { claimIdParams } from "@/lib/claims/validation";

export const POST = mutationRoute({
  action: "annotation.create",
  input: annotationInputSchema,
  params: claimIdParams,
  status: 201,
  run: ({ actor, input, params }) => createAnnotation(actor, params.id, input),
});
