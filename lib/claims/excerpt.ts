import { CONTEXT_LENGTH } from "../text/selectors";

/**
 * A source excerpt as a reader sees it. The stored context (W3C TextQuoteSelector prefix and
 * suffix) is a fixed number of code points, so it usually starts and ends in the middle of a
 * word ("…ng Nga cho biết"). For display it is trimmed to whole words and stops at a paragraph
 * break; an ellipsis marks only text that was really left out.
 */
export interface ReadableExcerpt {
  before: string;
  exact: string;
  after: string;
  /** Text of the article precedes `before` / follows `after` (show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

const codePointLength = (s: string) => [...s].length;

export function readableExcerpt(
  { prefix, exact, suffix }: { prefix: string; exact: string; suffix: string },
  context = CONTEXT_LENGTH,
): ReadableExcerpt {
  let before = prefix;
  // Shorter than the context: the prefix reaches the start of the article, nothing was cut.
  let cutBefore = codePointLength(prefix) >= context;
  const lastBreak = before.lastIndexOf("\n");
  if (lastBreak >= 0) {
    // The span opens a paragraph: the previous one is another story.
    before = before.slice(lastBreak + 1);
    cutBefore = false;
  } else if (cutBefore && !/^\s/u.test(before)) {
    // Starts inside a word: drop up to the first blank (all of it, if it is one long word).
    const blank = /\s/u.exec(before);
    before = blank ? before.slice(blank.index) : "";
  }

  let after = suffix;
  let cutAfter = codePointLength(suffix) >= context;
  const firstBreak = after.indexOf("\n");
  if (firstBreak >= 0) {
    after = after.slice(0, firstBreak);
    cutAfter = false;
  } else if (cutAfter && !/\s$/u.test(after)) {
    const blanks = [...after.matchAll(/\s/gu)];
    const last = blanks.at(-1);
    after = last?.index !== undefined ? after.slice(0, last.index) : "";
  }
  return {
    before: before.replace(/^\s+/u, ""),
    exact,
    after: after.replace(/\s+$/u, ""),
    cutBefore,
    cutAfter,
  };
}
