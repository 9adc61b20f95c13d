// The Content-Security-Policy's directives, shared by the dashboard's nonce policy
// (lib/security/csp.ts, proxy.ts) and the public pages' hash policy (scripts/serve.ts).
import { createHash } from "node:crypto";

/** @param {string[]} scriptSources @param {{ frameAncestors?: string }} [options] */
export function buildPolicy(scriptSources, { frameAncestors = "'none'" } = {}) {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    // Style attributes (the link graph positions its nodes with them) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * sha256 sources of every inline script of a page (scripts with `src` are covered by 'self').
 * Browsers hash the script text exactly as it appears between the tags, as UTF-8.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${m[1]}`)) continue;
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(m[2] ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...hashes];
}

/**
 * Policy of a public page: the same for every reader, so a shared cache can keep it. Scripts run
 * if they come from this site or are exactly one of the page's own inline scripts; no nonce, no
 * 'unsafe-inline', and no 'strict-dynamic' (which would make browsers ignore 'self').
 * Embeds (lib/edge/public-paths.mjs isFramablePath) pass `frameAncestors: "*"`: any site may
 * frame them; every other page keeps 'none'.
 * @param {string} html @param {{ frameAncestors?: string }} [options]
 */
export function publicPagePolicy(html, options) {
  return buildPolicy(["'self'", ...inlineScriptHashes(html)], options);
}
