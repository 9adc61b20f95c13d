// Replaces every occurrence of the build's CSP token by this response's nonce in a body that
// arrives in chunks (scripts/serve.ts, staff pages and their RSC payloads). The nonce has the
// token's length, so Content-Length stays valid. A token may be split across chunks: the few
// bytes at a chunk's end that could start one are held back and scanned with the next chunk.
// Plain JavaScript (with token-swap.d.mts) because the production server runs it without a build.

/**
 * @param {Buffer} token
 * @param {Buffer} nonce same length as the token
 */
export function createTokenSwap(token, nonce) {
  if (token.length === 0 || nonce.length !== token.length)
    throw new Error("token-swap: the nonce must be as long as a non-empty token");
  let carry = Buffer.alloc(0);

  /** Length of the longest tail of `buf` that is a proper prefix of the token. */
  const partialTokenTail = (buf) => {
    for (let n = Math.min(token.length - 1, buf.length); n > 0; n--) {
      if (buf.subarray(buf.length - n).equals(token.subarray(0, n))) return n;
    }
    return 0;
  };

  return {
    /**
     * The bytes that can be sent now for `bytes` (held-back bytes of earlier chunks first);
     * `final` sends everything. Always a copy: the chunk may be the page cache's own buffer.
     * @param {Uint8Array} bytes
     * @param {boolean} final
     */
    push(bytes, final) {
      const buf = Buffer.concat([carry, bytes]);
      for (let at = buf.indexOf(token); at >= 0; at = buf.indexOf(token, at + nonce.length))
        nonce.copy(buf, at);
      const keep = final ? 0 : partialTokenTail(buf);
      carry = Buffer.from(buf.subarray(buf.length - keep));
      return buf.subarray(0, buf.length - keep);
    },
  };
}
