/**
 * Suggestions for an article, computed once per content: the extractor's result (run in a worker
 * with a time limit, extract-runner.ts) kept in a bounded in-memory LRU keyed by the SHA-256 of
 * the text and of the options (article date, outlet, speaker lexicon). Opening the review page of
 * the same article again, or by a second editor, costs a hash instead of an extraction; concurrent
 * requests for the same key share one run. Complete results stay until evicted; a result cut by
 * the time limit is kept for INCOMPLETE_TTL_MS, so that reloading a pathological article does not
 * burn another worker-time-limit of CPU each time; "busy" and "failed" answers are not kept.
 */
import { createHash } from "node:crypto";
import { extractionPool, type ExtractionOutcome } from "./extract-runner";
import type { ExtractOptions, KnownSpeaker } from "./types";

export const CACHE_MAX_ENTRIES = 200;
export const CACHE_MAX_BYTES = 8 * 1024 * 1024; // estimated as UTF-16 JSON of the candidates
export const INCOMPLETE_TTL_MS = 5 * 60_000;

interface Entry {
  outcome: ExtractionOutcome;
  bytes: number;
  expires: number; // Infinity for complete results
}

/** A least-recently-used map bounded by entry count and estimated bytes, with optional expiry. */
export class BoundedCache {
  private readonly map = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    readonly maxEntries = CACHE_MAX_ENTRIES,
    readonly maxBytes = CACHE_MAX_BYTES,
  ) {}

  get(key: string, now = Date.now()): ExtractionOutcome | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    this.map.delete(key);
    if (entry.expires <= now) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    this.map.set(key, entry); // most recently used last
    return entry.outcome;
  }

  set(key: string, outcome: ExtractionOutcome, ttlMs = Number.POSITIVE_INFINITY, now = Date.now()): void {
    const bytes = 2 * JSON.stringify(outcome.candidates).length + 256;
    if (bytes > this.maxBytes / 2) return; // one article may not take over the cache
    const old = this.map.get(key);
    if (old) {
      this.map.delete(key);
      this.bytes -= old.bytes;
    }
    this.map.set(key, { outcome, bytes, expires: now + ttlMs });
    this.bytes += bytes;
    for (const [k, e] of this.map) {
      if (this.map.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= e.bytes;
    }
  }

  stats() {
    return { entries: this.map.size, bytes: this.bytes };
  }

  clear(): void {
    this.map.clear();
    this.bytes = 0;
  }
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Speakers in a fixed order, so the same lexicon read in another order is the same key and result. */
function orderedSpeakers(speakers: KnownSpeaker[] | undefined): KnownSpeaker[] | undefined {
  return speakers && [...speakers].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Cache key: the content hash of the text and a hash of everything else the result depends on. */
export function extractionKey(text: string, opts: ExtractOptions): string {
  const options = JSON.stringify([
    opts.articleDate ?? null,
    opts.outlet ?? null,
    (opts.speakers ?? []).map((s) => [s.key, s.name, s.variants, s.kind]),
  ]);
  return `${sha256(text)}:${sha256(options)}`;
}

const cache = new BoundedCache();
const inFlight = new Map<string, Promise<ExtractionOutcome & { cached: boolean }>>();

/**
 * Suggested statements for `text` (an article's stored, normalised text: offsets are code points
 * into it), off the request thread, with a time limit, cached by content. Never rejects: an
 * incomplete result says why in `reason` and `message`.
 */
export function extractSuggestions(
  text: string,
  opts: ExtractOptions = {},
  timeoutMs?: number,
): Promise<ExtractionOutcome & { cached: boolean }> {
  const options: ExtractOptions = { ...opts, speakers: orderedSpeakers(opts.speakers) };
  const key = extractionKey(text, options);
  const hit = cache.get(key);
  if (hit) return Promise.resolve({ ...hit, cached: true });
  const running = inFlight.get(key);
  if (running) return running;
  const run = extractionPool()
    .run(text, options, timeoutMs)
    .then((outcome) => {
      if (outcome.complete) cache.set(key, outcome);
      else if (outcome.reason === "timeout") cache.set(key, outcome, INCOMPLETE_TTL_MS);
      if (!outcome.complete)
        console.warn(
          `[extract] ${outcome.reason} after ${Math.round(outcome.ms)} ms (${text.length} characters): ${outcome.message}`,
        );
      return { ...outcome, cached: false };
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, run);
  return run;
}

/** For tests: the shared cache. */
export const extractionCache = cache;
