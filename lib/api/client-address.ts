import { env, envVariableFrom } from "../env";

/**
 * The address of the client a request came from, for rate limiting and sign-in throttling.
 *
 * X-Forwarded-For is only as trustworthy as the proxies that appended to it: a client may send
 * any list it likes, and each proxy appends the address it received the request from. So the
 * client is found by counting TRUSTED_PROXY_HOPS proxies in from the right, never by taking the
 * leftmost (client-written) entry:
 *
 *   TRUSTED_PROXY_HOPS=0 (default)  X-Forwarded-For is ignored: the client is the socket peer.
 *   TRUSTED_PROXY_HOPS=1            behind one proxy (e.g. Varnish): the entry it appended.
 *   TRUSTED_PROXY_HOPS=N            the N-th address from the right of `X-Forwarded-For + peer`.
 *
 * Route handlers cannot see the socket, so the peer comes from the `x-claimledger-peer` header,
 * which the production server (scripts/serve.ts) overwrites on every request with the
 * connection's remote address; without it (e.g. `next dev`) the peer is "local".
 */
export const PEER_HEADER = "x-claimledger-peer";
const FORWARDED_FOR = "x-forwarded-for";
/** Longer than any IPv6 address with a zone; a forged entry cannot make a huge limiter key. */
const MAX_ADDRESS_LENGTH = 100;

/** TRUSTED_PROXY_HOPS from an environment (validated by lib/env.ts); throws an error naming the variable when invalid. */
export function trustedProxyHopsFrom(source: Record<string, string | undefined>): number {
  return envVariableFrom("TRUSTED_PROXY_HOPS", source);
}

export const TRUSTED_PROXY_HOPS = env.TRUSTED_PROXY_HOPS;

/** Request headers as route handlers (Headers) or next-auth / Node (a plain record) give them. */
export type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined | null;

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  let raw = headers[name];
  if (raw === undefined) {
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
    raw = key === undefined ? undefined : headers[key];
  }
  // Repeated headers: in the order received, as Headers and Node join them.
  return Array.isArray(raw) ? raw.join(",") : raw;
}

/**
 * One address as written by a proxy or a socket: "1.2.3.4:5678" → "1.2.3.4",
 * "[2001:db8::1]:443" → "2001:db8::1", "::ffff:1.2.3.4" → "1.2.3.4", IPv6 lower-cased.
 */
export function normalizeAddress(raw: string): string {
  let a = raw
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .trim();
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1] ?? "";
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(a);
  if (v4WithPort) a = v4WithPort[1] ?? "";
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(a);
  if (mapped) a = mapped[1] ?? "";
  if (a.includes(":")) a = a.toLowerCase();
  return a.slice(0, MAX_ADDRESS_LENGTH);
}

/** The client's address (see above); `hops` defaults to TRUSTED_PROXY_HOPS. */
export function clientAddress(headers: HeaderSource, hops: number = TRUSTED_PROXY_HOPS): string {
  const peer = normalizeAddress(headerValue(headers, PEER_HEADER) ?? "") || "local";
  if (!(hops >= 1)) return peer;
  const forwarded = (headerValue(headers, FORWARDED_FOR) ?? "")
    .split(",")
    .map(normalizeAddress)
    .filter((a) => a !== "");
  const chain = [...forwarded, peer];
  // Shorter than hops + 1 (fewer proxies than configured, e.g. a direct request): the leftmost.
  return chain[Math.max(0, chain.length - 1 - hops)] ?? peer;
}
