import { corsPreflight, publicRead } from "@/lib/api/public-read";
import { auditHead } from "@/lib/audit/head";

/**
 * The head of the audit log's hash chain: { id, hash, count, at }. It moves with every audited
 * change, internal ones too, which purge no public cache key: so it is cached for 5 s only
 * (SHORT_LIVED_PATHS in lib/edge/public-paths.mjs, applied by scripts/serve.ts at the edge).
 */
export const GET = publicRead(async () => {
  const head = await auditHead();
  return Response.json(head ?? { id: null, hash: null, count: 0, at: null }, {
    headers: { "Cache-Control": "public, max-age=5" },
  });
});

export const OPTIONS = corsPreflight;
