/** Percentiles of a list of timings (ms), nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

/** One load run against one URL (wrk or autocannon), as the HTTP benches report it. */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** What the errors were (non-2xx answers, socket errors, timeouts), when there were any. */
  detail: string;
}
