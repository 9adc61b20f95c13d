import { revalidatePath } from "next/cache";

/** Public pages that show a claim are refreshed whenever it changes. */
export function revalidatePublicClaim(slug: string): void {
  try {
    revalidatePath(`/claims/${slug}`);
    revalidatePath("/claims");
  } catch {
    // Outside a Next request (scripts, tests) there is no cache to refresh.
  }
}
