import { NextResponse, type NextRequest } from "next/server";
import { isFramablePath, isPublicPath } from "@/lib/edge/public-paths.mjs";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { contentSecurityPolicy, freshNonce } from "@/lib/security/csp";

// Staff pages: puts the nonce on the request (Next.js reads it from the request's policy and
// stamps it on every script it renders) and the policy on the response. In production the
// "nonce" is the per-build token that scripts/serve.ts replaces per response.
//
// Public pages in production get no nonce: they are the same bytes for every reader (a shared
// cache keeps them), and scripts/serve.ts gives each one a policy with the hashes of its own
// inline scripts. `next dev` renders every request afresh, so there a nonce is fine everywhere.
export function proxy(request: NextRequest) {
  const production = process.env.NODE_ENV === "production";
  if (production && isPublicPath(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = process.env.CSP_NONCE_TOKEN || freshNonce();
  // Embeds may be framed by any site in development too, so they can be tried in a test page.
  const policy = contentSecurityPolicy(nonce, {
    dev: !production,
    frameAncestors: isFramablePath(request.nextUrl.pathname) ? "*" : undefined,
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  // Where a signed-out visitor was going, so sign-in can bring them back (lib/auth/actor.ts).
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Static build assets are files, not documents: they need no policy and no proxy hop.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
