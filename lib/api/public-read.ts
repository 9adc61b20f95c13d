import { AppError } from "../errors";
import { clientAddress } from "./client-address";
import { errorResponse } from "./route";
import { rateLimitHeaders, takeToken } from "./rate-limit";

/** Any site may read the public API from a browser: reads only, no credentials. */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
};

export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/**
 * Wraps a public GET handler: rate limit per client, CORS, errors as JSON 4xx. An answered read
 * is the same for every reader and kept by shared caches, so it carries no per-client counters;
 * only a refusal (never cached) says how long to wait.
 */
export function publicRead(handler: (request: Request, params: Record<string, string>) => Promise<Response>) {
  return async (
    request: Request,
    context: { params: Promise<Record<string, string>> },
  ): Promise<Response> => {
    const decision = await takeToken(clientAddress(request.headers));
    const extra = decision.allowed ? CORS_HEADERS : { ...CORS_HEADERS, ...rateLimitHeaders(decision) };
    let response: Response;
    if (!decision.allowed) {
      response = errorResponse(
        new AppError(
          "TOO_MANY_REQUESTS",
          `Rate limit exceeded: at most ${decision.limit} requests per minute. Retry in ${decision.resetSeconds} s.`,
        ),
      );
    } else {
      try {
        response = await handler(request, context?.params ? await context.params : {});
      } catch (error) {
        response = errorResponse(error);
      }
    }
    for (const [k, v] of Object.entries(extra)) response.headers.set(k, v);
    return response;
  };
}
