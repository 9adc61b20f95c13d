import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, freshNonce } from "@/lib/security/csp";

// Puts the nonce on the request (Next.js reads it from the request's policy and stamps it on
// every script it renders) and the policy on the response. In production the "nonce" here is
// the per-build token that scripts/serve.mjs replaces per response; see lib/security/csp.ts.
export function proxy(request: NextRequest) {
  const nonce = process.env.CSP_NONCE_TOKEN || freshNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Static build assets are files, not documents: they need no policy and no proxy hop.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
