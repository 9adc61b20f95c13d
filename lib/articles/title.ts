/** Longest title suggested from the text; the stored limit is 300 (lib/articles/validation.ts). */
export const SUGGESTED_TITLE_MAX = 200;

/**
 * A title suggested from pasted article text: its headline, taken to be the first line that reads
 * like one (more than 10 characters: a lone dateline or section name is skipped). A first
 * "line" that is a whole paragraph gives its first sentence, and is cut at a word if still long.
 * The editor sees the suggestion in the title field and can change it.
 */
export function suggestTitle(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const line = lines.find((l) => l.length > 10) ?? lines[0] ?? "";
  if (line.length <= SUGGESTED_TITLE_MAX) return line;
  const sentence = /^.+?[.!?…](?=\s)/u.exec(line)?.[0];
  if (sentence && sentence.length <= SUGGESTED_TITLE_MAX) return sentence;
  const cut = line.slice(0, SUGGESTED_TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > SUGGESTED_TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}
