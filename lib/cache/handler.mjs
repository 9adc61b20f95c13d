// Next.js's cache handler (next.config.js `cacheHandler`): rendered pages and cached data live in
// this process's memory (an LRU bounded in bytes), while which tags have expired is shared by all
// app servers (lib/cache/shared-tags.mjs, Redis). An entry is served only if none of its tags
// expired after the entry's render *began*: a render that read the database before a change and
// finished after it is never served to anyone who asked after the change was answered.
import { LRUCache } from "lru-cache";
import { MAX_ENTRY_AGE_MS, sharedTags } from "./shared-tags.mjs";

const MAX_BYTES = Number(process.env.CACHE_MAX_BYTES ?? 16 * 1024 * 1024);
const TAGS_HEADER = "x-next-cache-tags";

/** @typedef {{ value: any; tags: string[]; lastModified: number; epoch: number; size: number; cacheControl?: unknown }} Entry */

const STORE = Symbol.for("claimledger.cacheStore");
const g = /** @type {Record<symbol, any>} */ (/** @type {unknown} */ (globalThis));
/** @type {{ entries: LRUCache<string, Entry>; begun: Map<string, { at: number; epoch: number }> }} */
const store = (g[STORE] ??= {
  entries: new LRUCache({ maxSize: MAX_BYTES, sizeCalculation: (e) => Math.max(1, e.size) }),
  // When a render or data load for a key began (its first cache lookup since the last write).
  begun: new Map(),
});

function sizeOf(value) {
  if (!value) return 1;
  switch (value.kind) {
    case "APP_PAGE": {
      let n = (value.html?.length ?? 0) + (value.rscData?.length ?? 0);
      if (value.segmentData) for (const seg of value.segmentData.values()) n += seg.length ?? 0;
      return n;
    }
    case "APP_ROUTE":
      return value.body?.length ?? 0;
    case "FETCH":
      return JSON.stringify(value.data ?? null).length;
    default:
      return JSON.stringify(value).length;
  }
}

function tagsOf(value, ctx) {
  const tags = [...(ctx?.tags ?? [])];
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === "string" && header) tags.push(...header.split(","));
  return [...new Set(tags)];
}

/** Storage keys of pages end with `$<pathname>` (next/dist/server/lib/route-cache-key). */
export function pathnameOfKey(key) {
  const at = key.lastIndexOf("/$");
  return at >= 0 ? key.slice(at + 2) : null;
}

export default class ClaimLedgerCacheHandler {
  constructor(_options) {}

  async get(key, ctx) {
    const shared = sharedTags();
    if (!store.begun.has(key)) {
      if (store.begun.size > 20_000) store.begun.clear(); // bounded; a lost stamp only makes an entry count as older
      store.begun.set(key, { at: shared.now(), epoch: shared.epoch() });
    }
    const entry = store.entries.get(key);
    if (!entry) return null;
    if (entry.epoch !== shared.epoch() || Date.now() - entry.lastModified > MAX_ENTRY_AGE_MS) {
      store.entries.delete(key);
      return null;
    }
    let expired;
    try {
      expired = await shared.lastExpiry([...new Set([...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])]);
    } catch {
      return null; // Redis unreachable: cannot know what others changed, so render afresh
    }
    if (expired >= entry.lastModified) {
      store.entries.delete(key);
      return null;
    }
    // A fresh hit starts no render; one past its revalidate time is re-rendered in the background
    // (stale-while-revalidate), and that render began now.
    const revalidate = entry.cacheControl?.revalidate ?? entry.value?.revalidate;
    if (!(typeof revalidate === "number" && Date.now() - entry.lastModified > revalidate * 1000)) store.begun.delete(key);
    return { value: entry.value, lastModified: entry.lastModified, ...(entry.cacheControl ? { cacheControl: entry.cacheControl } : {}) };
  }

  async set(key, data, ctx) {
    const shared = sharedTags();
    const begun = store.begun.get(key);
    store.begun.delete(key);
    if (!data || !shared.healthy() || (begun && begun.epoch !== shared.epoch())) {
      store.entries.delete(key);
      return;
    }
    const lastModified = begun?.at ?? shared.now();
    const tags = tagsOf(data, ctx);
    let expired;
    try {
      expired = await shared.lastExpiry(tags);
    } catch {
      store.entries.delete(key);
      return;
    }
    if (expired >= lastModified) {
      // Born stale: something it shows changed while it was being rendered. Not kept; requests
      // that joined this render are answered again (scripts/serve.mjs).
      store.entries.delete(key);
      const pathname = pathnameOfKey(key);
      if (pathname) shared.noteStaleRender(pathname);
      return;
    }
    store.entries.set(key, { value: data, tags, lastModified, epoch: shared.epoch(), size: sizeOf(data), cacheControl: ctx?.cacheControl });
  }

  async revalidateTag(tags) {
    sharedTags().expireLocal(Array.isArray(tags) ? tags : [tags]);
  }

  resetRequestCache() {}
}
