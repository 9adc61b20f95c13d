import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTokenSwap } from "@/lib/security/token-swap.mjs";

const token = Buffer.from("TOKEN-abcdefghijklmnop", "latin1");
const nonce = Buffer.from("NONCE-0123456789ABCDEF", "latin1");

/** Sends `body` through a fresh swap in pieces cut at `cuts`, and joins what comes out. */
function swapInPieces(body: Buffer, cuts: number[]): Buffer {
  const swap = createTokenSwap(token, nonce);
  const points = [...new Set(cuts.map((c) => c % (body.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const at of points) {
    out.push(Buffer.from(swap.push(body.subarray(from, at), false)));
    from = at;
  }
  out.push(Buffer.from(swap.push(body.subarray(from), true)));
  return Buffer.concat(out);
}

describe("the CSP token swap of streamed staff pages (lib/security/token-swap.mjs)", () => {
  it("replaces every token wherever the chunks are cut, and nothing else", () => {
    const piece = fc.constantFrom(
      "TOKEN-abcdefghijklmnop",
      "TOKEN-abc",
      "TOK",
      "T",
      "-",
      '<script nonce="',
      '">',
      "đàm phán",
      "x".repeat(30),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.array(fc.nat(2000), { maxLength: 12 }),
        (pieces, cuts) => {
          const body = Buffer.from(pieces.join(""), "utf8");
          const expected = Buffer.from(
            body.toString("latin1").replaceAll(token.toString("latin1"), nonce.toString("latin1")),
            "latin1",
          );
          const out = swapInPieces(body, cuts);
          expect(out.length).toBe(body.length);
          expect(out.equals(expected)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("holds back only what could start a token, and sends it with the last chunk", () => {
    const swap = createTokenSwap(token, nonce);
    expect(swap.push(Buffer.from("abc TOKEN-ab"), false).toString()).toBe("abc ");
    expect(swap.push(Buffer.from("cdefghijklmnop!"), false).toString()).toBe(`${nonce.toString()}!`);
    expect(swap.push(Buffer.from(" TOK"), true).toString()).toBe(" TOK");
  });

  it("never changes the caller's buffer (it may be the page cache's own)", () => {
    const cached = Buffer.from(`<p>${token.toString()}</p>`);
    const copy = Buffer.from(cached);
    createTokenSwap(token, nonce).push(cached, true);
    expect(cached.equals(copy)).toBe(true);
  });

  it("refuses a nonce whose length differs from the token's (Content-Length would lie)", () => {
    expect(() => createTokenSwap(token, Buffer.from("short"))).toThrow(/as long as/);
  });
});
