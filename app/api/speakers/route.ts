import { getActor } from "@/lib/auth/actor";
import { errorResponse } from "@/lib/api/route";
import { claimFormOptions } from "@/lib/claims/dashboard-queries";

/** Staff-only list of speakers (id, name, kind) for pickers and API clients. */
export async function GET(): Promise<Response> {
  try {
    const { speakers } = await claimFormOptions(await getActor());
    return Response.json({ speakers });
  } catch (error) {
    return errorResponse(error);
  }
}
