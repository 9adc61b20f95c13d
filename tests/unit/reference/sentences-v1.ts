// Sentence splitting before it was made linear (commit 8d26cfb), verbatim: the oracle for tests.
/**
 * Sentence splitting for Vietnamese news text that survives abbreviations ("TP.", "St.",
 * "v.v.") and full stops inside quotations. Offsets are UTF-16 indices into the input.
 */
export interface Segment {
  start: number;
  end: number; // exclusive, before trailing whitespace
}

const ABBREVIATIONS = new Set(["tp", "st", "mr", "mrs", "ms", "dr", "ths", "ts", "pgs", "gs", "ubnd", "tt", "q", "p", "v.v", "tr", "no", "vs", "jr", "sr", "inc", "ltd", "co", "corp"]);
const OPEN_QUOTES = new Set(["“", "«"]);
const CLOSE_QUOTES = new Set(["”", "»"]);

/** Paragraphs: runs of text between blank lines or single line breaks (news text is one paragraph per line). */
export function paragraphs(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

function isUpperStart(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && /[\s"“«(\[]/.test(text[j]!)) j++;
  const ch = text[j];
  return ch !== undefined && (/\p{Lu}/u.test(ch) || /\d/.test(ch));
}

export function splitSentences(text: string, seg: Segment): Segment[] {
  const out: Segment[] = [];
  let start = seg.start;
  let depth = 0; // inside “…”
  let straight = false; // inside "…"
  for (let i = seg.start; i < seg.end; i++) {
    const ch = text[i]!;
    if (OPEN_QUOTES.has(ch)) depth++;
    else if (CLOSE_QUOTES.has(ch)) {
      depth = Math.max(0, depth - 1);
      // “… làm.” Sau đó …: a closing quote followed by a capitalised word ends the sentence.
      if (depth === 0 && !straight && i + 1 < seg.end && /\s/.test(text[i + 1]!) && isUpperStart(text, i + 1) && /[.!?…\u2591]/u.test(text[i - 1] ?? "")) {
        out.push({ start, end: i + 1 });
        let j = i + 1;
        while (j < seg.end && /\s/.test(text[j]!)) j++;
        start = j;
        i = j - 1;
        continue;
      }
    } else if (ch === '"') straight = !straight;
    if (depth > 0 || straight) continue;
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    // Abbreviation or initial before a full stop: not a boundary.
    if (ch === ".") {
      const word = /([\p{L}.]+)$/u.exec(text.slice(start, i))?.[1] ?? "";
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
      if (/\d$/.test(text.slice(i - 1, i)) && /^\d/.test(text.slice(i + 1, i + 2))) continue; // 1.000
    }
    let j = i + 1;
    while (j < seg.end && /[.!?…"”»)]/.test(text[j]!)) j++;
    if (j >= seg.end || (/\s/.test(text[j]!) && isUpperStart(text, j))) {
      out.push({ start, end: j });
      while (j < seg.end && /\s/.test(text[j]!)) j++;
      start = j;
      i = j - 1;
    }
  }
  if (start < seg.end) out.push({ start, end: seg.end });
  return out;
}
