import { z } from "zod";
import { errorResponse, mutationRoute, validationError } from "@/lib/api/route";
import { getActor } from "@/lib/auth/actor";
import { listClaimsForStaff } from "@/lib/claims/dashboard-queries";
import { createClaim } from "@/lib/claims/service";
import { createClaimSchema } from "@/lib/claims/validation";

export const POST = mutationRoute({
  action: "claim.create",
  input: createClaimSchema,
  status: 201,
  run: ({ actor, input }) => createClaim(actor, input),
});

const staffSearchSchema = z.object({ q: z.string().max(200).default(""), page: z.coerce.number().int().min(1).max(10_000).default(1) });

/** Staff search over every claim (any status): the link picker and API clients use it. */
export async function GET(request: Request): Promise<Response> {
  try {
    const parsed = staffSearchSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw validationError(parsed.error, "Query");
    const { claims, total } = await listClaimsForStaff(await getActor(), { q: parsed.data.q, page: parsed.data.page });
    return Response.json({
      total,
      claims: claims.map((c) => ({ id: c.id, slug: c.slug, quote: c.quote, status: c.status, speaker: c.speaker.name, saidAt: c.saidAt })),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
