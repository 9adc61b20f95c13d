// The Content-Security-Policy of every page: scripts run only when they carry the response's
// nonce (or were loaded by one that did: 'strict-dynamic'), so an injected <script> or event
// handler attribute is inert even if some escaping were ever wrong.
//
// Cached public pages are rendered once and served many times, yet each response needs its own
// nonce. Pages are therefore rendered with a per-build secret token in place of the nonce
// (CSP_NONCE_TOKEN, see scripts/csp-token.mjs), and the production server (scripts/serve.mjs)
// swaps that token for a fresh random nonce in every HTML response it sends. The token never
// reaches a browser. Without a token (`next dev`) each request simply gets a fresh nonce.

/** Same length as the token (18 random bytes in base64), so Content-Length stays right. */
export const NONCE_BYTES = 18;

export function freshNonce(): string {
  const bytes = new Uint8Array(NONCE_BYTES);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React in development evaluates code to rebuild server stacks; production never needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (the link graph positions its nodes with them) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
