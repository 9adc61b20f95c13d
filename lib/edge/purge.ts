import { env } from "../env";

/**
 * Purges surrogate keys from every edge cache in EDGE_PURGE_URLS (Varnish with xkey: a `PURGE`
 * request whose `xkey-purge` header lists the keys). Throws if any edge did not confirm, so the
 * caller keeps the work in the outbox and retries it.
 */
const KEYS_PER_REQUEST = 64; // keeps the header well under Varnish's 8 KB request-header limit
const TIMEOUT_MS = 3000;

export async function purgeEdges(
  keys: readonly string[],
  edges: readonly string[] = env.EDGE_PURGE_URLS,
): Promise<void> {
  if (edges.length === 0 || keys.length === 0) return;
  const batches: string[][] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_REQUEST) batches.push(keys.slice(i, i + KEYS_PER_REQUEST));
  const failures: string[] = [];
  await Promise.all(
    edges.flatMap((edge) =>
      batches.map(async (batch) => {
        try {
          const res = await fetch(new URL("/", edge), {
            method: "PURGE",
            headers: { "xkey-purge": batch.join(" ") },
            signal: AbortSignal.timeout(TIMEOUT_MS),
          });
          await res.body?.cancel();
          if (!res.ok) failures.push(`${edge} answered ${res.status}`);
        } catch (error) {
          failures.push(`${edge}: ${(error as Error).message}`);
        }
      }),
    ),
  );
  if (failures.length) throw new Error(`edge purge failed: ${[...new Set(failures)].join("; ")}`);
}
