/**
 * The text of an HTML page from its bytes. The charset is taken, in order, from a byte-order mark,
 * the Content-Type header, and a <meta charset> / http-equiv in the first 4 KB (the HTML standard's
 * prescan, simplified); without any, UTF-8, and if the bytes are not valid UTF-8, windows-1258 (the
 * Vietnamese legacy code page older CMSs still send undeclared).
 */
export interface DecodedPage {
  html: string;
  charset: string;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*"?([A-Za-z0-9._:-]+)"?/i.exec(contentType ?? "");
  return m ? m[1]!.toLowerCase() : null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null; // an unknown label: the next source decides
  }
}

export function decodePage(bytes: Uint8Array, contentType: string | null): DecodedPage {
  const declared = [
    bomCharset(bytes),
    charsetFromContentType(contentType),
    META_CHARSET.exec(Buffer.from(bytes.subarray(0, 4096)).toString("latin1"))?.[1]?.toLowerCase() ?? null,
  ];
  for (const label of declared) {
    const decoder = label ? decoderFor(label) : null;
    if (decoder) return { html: decoder.decode(bytes), charset: decoder.encoding };
  }
  try {
    return { html: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8" };
  } catch {
    return { html: new TextDecoder("windows-1258").decode(bytes), charset: "windows-1258" };
  }
}
