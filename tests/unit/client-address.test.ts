import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, PEER_HEADER, trustedProxyHopsFrom } from "@/lib/api/client-address";

/** Headers as a route handler sees them; the peer as scripts/serve.ts sets it. */
function request(xff: string | undefined, peer: string | null = "127.0.0.1"): Headers {
  const h = new Headers();
  if (xff !== undefined) h.set("x-forwarded-for", xff);
  if (peer !== null) h.set(PEER_HEADER, peer);
  return h;
}

describe("client address", () => {
  it("with 0 hops ignores X-Forwarded-For entirely: the client is the socket peer", () => {
    expect(clientAddress(request("1.2.3.4", "203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientAddress(request("1.2.3.4, 5.6.7.8", "203.0.113.9"), 0)).toBe("203.0.113.9");
    // Spoofing a fresh address per request gets no fresh limit.
    const spoofed = new Set(
      Array.from({ length: 20 }, (_, i) => clientAddress(request(`10.0.0.${i}`, "198.51.100.7"), 0)),
    );
    expect([...spoofed]).toEqual(["198.51.100.7"]);
  });

  it("falls back to 'local' without a peer header (next dev)", () => {
    expect(clientAddress(request("1.2.3.4", null), 0)).toBe("local");
    expect(clientAddress(new Headers(), 0)).toBe("local");
    expect(clientAddress(undefined, 0)).toBe("local");
    expect(clientAddress(null, 2)).toBe("local");
    expect(clientAddress(request(undefined, "  "), 0)).toBe("local");
  });

  it("with 1 hop takes the address the proxy appended, not what the client wrote", () => {
    // The client sends "X-Forwarded-For: 1.2.3.4"; Varnish appends the address it saw.
    expect(clientAddress(request("1.2.3.4, 9.9.9.9", "127.0.0.1"), 1)).toBe("9.9.9.9");
    expect(clientAddress(request("9.9.9.9", "127.0.0.1"), 1)).toBe("9.9.9.9");
    expect(clientAddress(request("a, b, c, 9.9.9.9", "127.0.0.1"), 1)).toBe("9.9.9.9");
  });

  it("with 2 hops counts two proxies in from the right", () => {
    // client → CDN (appends client) → Varnish (appends CDN) → app (peer: Varnish)
    expect(clientAddress(request("6.6.6.6, 9.9.9.9, 198.51.100.1", "127.0.0.1"), 2)).toBe("9.9.9.9");
    expect(clientAddress(request("9.9.9.9, 198.51.100.1", "127.0.0.1"), 2)).toBe("9.9.9.9");
  });

  it("uses the leftmost entry when the list is shorter than hops + 1", () => {
    expect(clientAddress(request("9.9.9.9", "127.0.0.1"), 2)).toBe("9.9.9.9");
    expect(clientAddress(request(undefined, "127.0.0.1"), 1)).toBe("127.0.0.1");
    expect(clientAddress(request("", "127.0.0.1"), 3)).toBe("127.0.0.1");
    expect(clientAddress(request("9.9.9.9", null), 5)).toBe("9.9.9.9");
  });

  it("handles IPv6, ports, IPv4-mapped peers and stray whitespace", () => {
    expect(clientAddress(request("1.2.3.4,2001:DB8::1", "::1"), 1)).toBe("2001:db8::1");
    expect(clientAddress(request("  1.2.3.4 ,\t 2001:db8::2  ", "::1"), 1)).toBe("2001:db8::2");
    expect(clientAddress(request("[2001:db8::3]:4711", "::1"), 1)).toBe("2001:db8::3");
    expect(clientAddress(request("9.9.9.9:51234", "::1"), 1)).toBe("9.9.9.9");
    expect(clientAddress(request(undefined, "::ffff:203.0.113.5"), 0)).toBe("203.0.113.5");
    expect(clientAddress(request(undefined, "2001:DB8::7"), 0)).toBe("2001:db8::7");
    // Empty entries (a client's ", ,") are not addresses and do not shift the count.
    expect(clientAddress(request(" , ,9.9.9.9, ", "127.0.0.1"), 1)).toBe("9.9.9.9");
    expect(normalizeAddress("x".repeat(5000))).toHaveLength(100);
  });

  it("reads Node-style header records (next-auth's req.headers) alike", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 9.9.9.9", [PEER_HEADER]: "127.0.0.1" }, 1)).toBe(
      "9.9.9.9",
    );
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4", [PEER_HEADER]: "127.0.0.1" }, 0)).toBe("127.0.0.1");
    expect(
      clientAddress({ "X-Forwarded-For": "1.2.3.4, 9.9.9.9", "X-ClaimLedger-Peer": "127.0.0.1" }, 1),
    ).toBe("9.9.9.9");
    // Repeated header lines, in the order received.
    expect(clientAddress({ "x-forwarded-for": ["1.2.3.4", "9.9.9.9"], [PEER_HEADER]: "127.0.0.1" }, 1)).toBe(
      "9.9.9.9",
    );
    expect(clientAddress({}, 1)).toBe("local");
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  it("defaults to 0 and accepts whole numbers", () => {
    expect(trustedProxyHopsFrom({})).toBe(0);
    expect(trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: "" })).toBe(0);
    expect(trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: "0" })).toBe(0);
    expect(trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: " 2 " })).toBe(2);
  });

  it.each(["-1", "abc", "1.5", "1e2", "one"])("rejects %j with an error naming the variable", (value) => {
    expect(() => trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: value })).toThrow(
      /Invalid environment configuration:\n {2}TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS must be a whole number ≥ 0/,
    );
    expect(() => trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: value })).toThrow(JSON.stringify(value));
  });
});
