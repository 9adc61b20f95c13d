import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * May the server send a request to this URL on someone's behalf? Webhook endpoints (and article
 * fetching from a URL) name hosts chosen by people outside the server's network: without this
 * check a URL could make the server call itself, its database, the cloud metadata service
 * (169.254.169.254) or anything else on the private network (server-side request forgery).
 *
 * Only http(s), no credentials in the URL, and every address the host resolves to must be public
 * unicast: loopback, private (RFC 1918), carrier-grade NAT, link-local (the metadata service),
 * unique-local IPv6, multicast, unspecified, documentation/benchmarking/reserved ranges and the
 * IPv6 forms that embed an IPv4 address (IPv4-mapped ::ffff:a.b.c.d, NAT64, 6to4, Teredo) are
 * refused. A name is checked after DNS resolution, and a request must connect to the address that
 * was checked (`publicLookup` as its `lookup`), so a name that resolves to a public address when
 * checked and to a private one when used (DNS rebinding) cannot get through.
 */
export type PublicAddressProblem =
  | "invalid_url"
  | "scheme"
  | "credentials"
  | "private_address"
  | "unresolvable";

export class PublicAddressError extends Error {
  constructor(
    readonly problem: PublicAddressProblem,
    message: string,
  ) {
    super(message);
    this.name = "PublicAddressError";
  }
}

export interface AddressPolicy {
  /** Tests and local partners: loopback/private receivers allowed (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate?: boolean;
}

/** True when `address` (an IPv4 or IPv6 literal) is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return false;
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    // ::ffff:127.0.0.1 reaches 127.0.0.1: judge the IPv4 address it carries.
    if (v6.isIPv4MappedAddress()) return isPublicAddress(v6.toIPv4Address().toString());
    // Only global unicast (2000::/3) minus the special ranges ipaddr.js names (NAT64, 6to4,
    // Teredo, documentation, ORCHID, …); ::a.b.c.d (IPv4-compatible, deprecated) is outside 2000::/3.
    if ((v6.parts[0]! & 0xe000) !== 0x2000) return false;
  }
  return parsed.range() === "unicast";
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PublicAddressError("invalid_url", "This is not a valid URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new PublicAddressError("scheme", "Only http:// and https:// URLs are allowed.");
  if (url.username || url.password)
    throw new PublicAddressError("credentials", "The URL must not contain a user name or password.");
  if (!url.hostname) throw new PublicAddressError("invalid_url", "The URL has no host.");
  return url;
}

const refused = (host: string) =>
  new PublicAddressError(
    "private_address",
    `${host} is not a public address (loopback, private, link-local and similar networks are refused).`,
  );

/** The URL's host with IPv6 brackets removed. */
const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, "");

/** Every address `host` resolves to, refused unless all are public (or the policy allows private ones). */
export async function resolvePublicAddresses(host: string, policy: AddressPolicy = {}): Promise<string[]> {
  const addresses: string[] = isIP(host)
    ? [host]
    : await new Promise<string[]>((resolve, reject) =>
        dnsLookup(host, { all: true, verbatim: true }, (error, found: LookupAddress[]) =>
          error || found.length === 0
            ? reject(new PublicAddressError("unresolvable", `${host} could not be resolved.`))
            : resolve(found.map((a) => a.address)),
        ),
      );
  if (!policy.allowPrivate && !addresses.every(isPublicAddress)) throw refused(host);
  return addresses;
}

/** Checks a URL entered by someone (syntax, scheme, credentials, resolved addresses); returns it parsed. */
export async function assertPublicUrl(raw: string, policy: AddressPolicy = {}): Promise<URL> {
  const url = parseUrl(raw);
  await resolvePublicAddresses(hostOf(url), policy);
  return url;
}

/** The same checks without DNS (form validation, before the slow part). */
export function assertPublicUrlSyntax(raw: string, policy: AddressPolicy = {}): URL {
  const url = parseUrl(raw);
  const host = hostOf(url);
  if (isIP(host) && !policy.allowPrivate && !isPublicAddress(host)) throw refused(host);
  if (!policy.allowPrivate && /^(localhost|.*\.localhost)$/i.test(host)) throw refused(host);
  return url;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request/https.request: resolves the name and lets the socket connect only
 * to an address that passed the check — the request uses exactly what was checked.
 */
export function publicLookup(policy: AddressPolicy = {}) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolvePublicAddresses(hostname, policy).then(
      (addresses) => {
        const entries = addresses.map((address) => ({ address, family: isIP(address) }));
        if (options.all) callback(null, entries);
        else callback(null, entries[0]!.address, entries[0]!.family);
      },
      (error: Error) => callback(Object.assign(error, { code: "EPUBLICADDRESS" }), "", 0),
    );
  };
}
