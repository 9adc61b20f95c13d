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
g[STORE] ??= {
  entries: new LRUCache({ maxSize: MAX_BYTES, sizeCalculation: (e) => Math.max(1, e.size) }),
  // When the renders (or data loads) of a key now under way began: each lookup that misses, or
  // finds an entry due for background revalidation, starts one; each write ends the oldest.
  begun: new Map(),
};
/** @type {{ entries: LRUCache<string, Entry>; begun: Map<string, { at: number; epoch: number }[]> }} */
const store = g[STORE];
// No render takes longer; a write with no recorded beginning counts as begun this long ago.
const LONGEST_RENDER_MS = 10_000;

function beginRender(key, shared) {
  let list = store.begun.get(key);
  if (!list) {
    if (store.begun.size > 20_000) store.begun.clear(); // bounded; a lost beginning is replaced by LONGEST_RENDER_MS
    list = [];
    store.begun.set(key, list);
  }
  if (list.length < 16) list.push({ at: shared.now(), epoch: shared.epoch() });
}

/** The beginning a write is stamped with: the oldest render of the key still under way (conservative). */
function endRender(key, shared) {
  const now = Date.now();
  const list = (store.begun.get(key) ?? []).filter((b) => now - b.at < 6 * LONGEST_RENDER_MS);
  const oldest = list.shift();
  if (list.length) store.begun.set(key, list);
  else store.begun.delete(key);
  return oldest ?? { at: shared.now() - LONGEST_RENDER_MS, epoch: shared.epoch() };
}

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
  async get(key, ctx) {
    const shared = sharedTags();
    const entry = store.entries.get(key);
    const miss = () => {
      beginRender(key, shared);
      return null;
    };
    if (!entry) return miss();
    if (entry.epoch !== shared.epoch() || Date.now() - entry.lastModified > MAX_ENTRY_AGE_MS) {
      store.entries.delete(key);
      return miss();
    }
    let expired;
    try {
      expired = await shared.lastExpiry([
        ...new Set([...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]),
      ]);
    } catch {
      return miss(); // Redis unreachable: cannot know what others changed, so render afresh
    }
    if (expired >= entry.lastModified) {
      store.entries.delete(key);
      return miss();
    }
    // A fresh hit starts no render; one past its revalidate time is re-rendered in the background
    // (stale-while-revalidate), and that render begins now.
    const revalidate = entry.cacheControl?.revalidate ?? entry.value?.revalidate;
    if (typeof revalidate === "number" && Date.now() - entry.lastModified > revalidate * 1000)
      beginRender(key, shared);
    return {
      value: entry.value,
      lastModified: entry.lastModified,
      ...(entry.cacheControl ? { cacheControl: entry.cacheControl } : {}),
    };
  }

  async set(key, data, ctx) {
    const shared = sharedTags();
    const begun = endRender(key, shared);
    // Not kept, and — when it cannot be known to be fresh — requests that joined this render are
    // answered again from a fresh one (scripts/serve.ts).
    const discard = (maybeStale) => {
      store.entries.delete(key);
      const pathname = pathnameOfKey(key);
      if (maybeStale && pathname) shared.noteStaleRender(pathname);
    };
    if (!data) return discard(false);
    // Redis unreachable now, or lost since the render began: what others changed meanwhile is unknown.
    if (!shared.healthy() || begun.epoch !== shared.epoch()) return discard(true);
    const lastModified = begun.at;
    const tags = tagsOf(data, ctx);
    let expired;
    try {
      expired = await shared.lastExpiry(tags);
    } catch {
      return discard(true);
    }
    // Born stale: something it shows changed while it was being rendered.
    if (expired >= lastModified) return discard(true);
    store.entries.set(key, {
      value: data,
      tags,
      lastModified,
      epoch: shared.epoch(),
      size: sizeOf(data),
      cacheControl: ctx?.cacheControl,
    });
  }

  async revalidateTag(tags) {
    sharedTags().expireLocal(Array.isArray(tags) ? tags : [tags]);
  }

  resetRequestCache() {}
}
