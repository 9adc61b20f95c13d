import { corsPreflight, publicRead } from "@/lib/api/public-read";
import { validationError } from "@/lib/api/route";
import { listClaimsForApi } from "@/lib/claims/public-api";
import { apiListSchema } from "@/lib/claims/validation";

export const GET = publicRead(async (request) => {
  const parsed = apiListSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw validationError(parsed.error, "Query");
  return Response.json(await listClaimsForApi(parsed.data), {
    headers: { "Cache-Control": "public, max-age=10" },
  });
});

export const OPTIONS = corsPreflight;
