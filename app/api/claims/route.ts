import { mutationRoute, queryRoute } from "@/lib/api/route";
import { listClaimsForStaff } from "@/lib/claims/dashboard-queries";
import { createClaim } from "@/lib/claims/service";
import { createClaimSchema, staffClaimSearchSchema } from "@/lib/claims/validation";

export const POST = mutationRoute({
  action: "claim.create",
  input: createClaimSchema,
  status: 201,
  run: ({ actor, input }) => createClaim(actor, input),
});

/** Staff search over every claim (any status): the link picker and API clients use it. */
export const GET = queryRoute({
  action: "claim.read_internal",
  query: staffClaimSearchSchema,
  run: async ({ actor, query }) => {
    const { claims, total, approximate } = await listClaimsForStaff(actor, query);
    return {
      total,
      /** `total` is the planner's estimate: more claims match than are counted. */
      approximate,
      claims: claims.map((c) => ({
        id: c.id,
        slug: c.slug,
        quote: c.quote,
        status: c.status,
        speaker: c.speaker.name,
        saidAt: c.saidAt,
      })),
    };
  },
});
