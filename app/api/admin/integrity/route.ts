import { queryRoute } from "@/lib/api/route";
import { tableDigests } from "@/lib/backup/integrity";

/** Admins only: row count and digest of every table (to verify a restore, or that nothing changed). */
export const GET = queryRoute({
  action: "user.manage",
  run: async ({ actor }) => ({ tables: await tableDigests(actor) }),
});
