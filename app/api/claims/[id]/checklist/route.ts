import { queryRoute } from "@/lib/api/route";
import { approvalBlockersForStaff, claimChecklist } from "@/lib/checklists/queries";
import { findClaimForStaff } from "@/lib/claims/dashboard-queries";
import { idParams } from "@/lib/validation/common";

/** The claim's checklist and what still blocks its approval (staff only; never public). */
export const GET = queryRoute({
  action: "claim.read_internal",
  params: idParams,
  notFound: "Claim not found.",
  run: async ({ actor, params }) => {
    if (!(await findClaimForStaff(actor, params.id))) return null;
    const [items, blockers] = await Promise.all([
      claimChecklist(actor, params.id),
      approvalBlockersForStaff(actor, params.id),
    ]);
    return { items, blockers };
  },
});
