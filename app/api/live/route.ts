import { errorResponse, validationError } from "@/lib/api/route";
import { getActor } from "@/lib/auth/actor";
import { liveStream, resolveTopics } from "@/lib/live/stream";
import { liveQuerySchema } from "@/lib/live/validation";
import { assertRole } from "@/lib/permissions";

// A stream per request, read from the session: never prerendered or cached.
export const dynamic = "force-dynamic";

/**
 * Live updates for the dashboard (server-sent events): `?topics=queue,me,claim:<id>`. Staff only;
 * events carry ids (and, for presence, a colleague's name), pages read what changed again through
 * their own authorised queries. Not a queryRoute: the answer is a stream, not one JSON read.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await getActor();
    assertRole(actor, "claim.read_internal");
    const raw = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = liveQuerySchema.safeParse(raw);
    if (!parsed.success) throw validationError(parsed.error, "Query", raw);
    return liveStream(resolveTopics(actor, parsed.data.topics), request.signal);
  } catch (error) {
    return errorResponse(error);
  }
}
