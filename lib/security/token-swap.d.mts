export interface TokenSwap {
  push(bytes: Uint8Array, final: boolean): Buffer;
}
export declare function createTokenSwap(token: Buffer, nonce: Buffer): TokenSwap;
