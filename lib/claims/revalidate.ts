import { revalidateTag } from "next/cache";

/**
 * Expires cached public pages and API responses at once ({ expire: 0 }): a retracted or
 * unpublished claim must never be served from a stale page, not even once.
 */
export function revalidatePublicTags(tags: readonly string[]): void {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch {
      // Outside a Next request (scripts, tests) there is no cache to expire.
    }
  }
}
