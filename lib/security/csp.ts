// The Content-Security-Policy of staff pages: scripts run only when they carry the response's
// nonce (or were loaded by one that did: 'strict-dynamic'), so an injected <script> or event
// handler attribute is inert even if some escaping were ever wrong.
//
// Public pages carry no nonce at all: a shared cache hands the same bytes to every reader, so
// they are allowed by the hash of each inline script instead (csp-policy.mjs, scripts/serve.ts).
// Staff pages are rendered with a per-build secret token in place of the nonce (CSP_NONCE_TOKEN,
// see scripts/csp-token.mjs; prerendered ones have no request to take a nonce from), and the
// production server (scripts/serve.ts)
// swaps that token for a fresh random nonce in every HTML response it sends. The token never
// reaches a browser. Without a token (`next dev`) each request simply gets a fresh nonce.

import { buildPolicy } from "./csp-policy.mjs";

/** Same length as the token (18 random bytes in base64), so Content-Length stays right. */
export const NONCE_BYTES = 18;

export function freshNonce(): string {
  const bytes = new Uint8Array(NONCE_BYTES);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(
  nonce: string,
  { dev = false, frameAncestors }: { dev?: boolean; frameAncestors?: string } = {},
): string {
  // React in development evaluates code to rebuild server stacks; production never needs eval.
  return buildPolicy(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])], {
    frameAncestors,
  });
}
