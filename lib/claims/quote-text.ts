import type { ClaimKind } from "../generated/prisma/enums";

/**
 * How a claim's words are printed. Only a DIRECT claim's words are verbatim, so only they go in
 * quotation marks; an INDIRECT (paraphrase) or REPORTED (via an intermediary) claim is reported
 * speech and is printed without them — its kind is named beside it — or a newsroom would be
 * presenting its own paraphrase as somebody's exact words.
 */
export function quotedText(kind: ClaimKind, words: string): string {
  return kind === "DIRECT" ? `“${words}”` : words;
}

/** The words shortened to `max` characters (with an ellipsis), then printed as above. */
export function quotedExcerpt(kind: ClaimKind, words: string, max: number): string {
  return quotedText(kind, words.length > max ? `${words.slice(0, max)}…` : words);
}
