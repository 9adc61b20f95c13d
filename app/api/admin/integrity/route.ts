import { errorResponse } from "@/lib/api/route";
import { getActor } from "@/lib/auth/actor";
import { tableDigests } from "@/lib/backup/integrity";

/** Admins only: row count and digest of every table (to verify a restore, or that nothing changed). */
export async function GET(): Promise<Response> {
  try {
    return Response.json({ tables: await tableDigests(await getActor()) }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
