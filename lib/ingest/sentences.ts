/**
 * Sentence splitting for Vietnamese news text that survives abbreviations ("TP.", "St.",
 * "v.v.") and full stops inside quotations. Offsets are UTF-16 indices into the input.
 * Linear in the length of the segment: no character is looked at more than a bounded number of
 * times per full stop.
 */
export interface Segment {
  start: number;
  end: number; // exclusive, before trailing whitespace
}

const ABBREVIATIONS = new Set([
  "tp",
  "st",
  "mr",
  "mrs",
  "ms",
  "dr",
  "ths",
  "ts",
  // Doctors' titles: "BS. Đặng Hoàng Điệp", "TS.BS. …", "BSCKII. …", "ThS.BS. …".
  "bs",
  "ts.bs",
  "ths.bs",
  "bsckii",
  "bscki",
  "pgs.ts",
  "gs.ts",
  "pgs.ts.bs",
  "ds",
  "pgs",
  "gs",
  "ubnd",
  "tt",
  "q",
  "p",
  "v.v",
  "tr",
  "no",
  "vs",
  "jr",
  "sr",
  "inc",
  "ltd",
  "co",
  "corp",
]);
// Longer than this (UTF-16 units), the word before a full stop is neither an abbreviation above
// nor a single initial, so it is never read in full.
const MAX_ABBREVIATION_UNITS = 16;
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

/**
 * "… điều gì! * HLV Kwon Oh Soon (U.23 Brunei): Tôi …": a page that lost its line breaks keeps
 * its items apart with a star between spaces; each item is a paragraph of its own.
 */
function starredItems(text: string, segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segs) {
    let start = seg.start;
    // (Matched in the paragraph's own text: a search from its start through the whole text would
    // read the rest of the text again for every paragraph.)
    const own = text.slice(seg.start, seg.end);
    if (own.includes("*"))
      for (const m of own.matchAll(/\s\*\s+(?=\p{Lu})/gu)) {
        const at = seg.start + m.index;
        if (at > start) out.push({ start, end: at });
        // The item starts at its star, as a bullet does ("* Nhưng …?" is a reporter's question).
        start = at + 1;
      }
    out.push({ start, end: seg.end });
  }
  return out;
}

/**
 * Paragraphs as the extractor reads them: a line that opens with a lower-case letter after a line
 * that ends without a sentence's closing punctuation continues it ("… cho hay Ngoại\ntrưởng Mỹ …"):
 * a page or an e-mail wrapped the text by hand. No paragraph of news opens in lower case.
 */
export function readingParagraphs(text: string): Segment[] {
  const out: Segment[] = [];
  for (const seg of starredItems(text, paragraphs(text))) {
    const prev = out.at(-1);
    if (
      prev &&
      /^\p{Ll}/u.test(text[seg.start]!) &&
      !/[.!?…:;"”»)]$/u.test(text.slice(prev.start, prev.end)) &&
      !/\n\s*\n/.test(text.slice(prev.end, seg.start))
    )
      prev.end = seg.end;
    else out.push({ ...seg });
  }
  return out;
}

/**
 * Is the first character after `i` that is not a space, quote mark or bracket a capital or a
 * digit? Characters from `seg.end` on are read from `rest` (the caller's text beyond the segment).
 */
function isUpperStart(text: string, i: number, segEnd: number, rest: string): boolean {
  const at = (k: number) => (k < segEnd ? text[k] : rest[k]);
  let j = i;
  while (j < rest.length && /[\s"“«([]/.test(at(j)!)) j++;
  const ch = at(j);
  // A quotation masked by the extractor (░) right after its opening mark starts a new sentence.
  if (ch === "\u2591" && j > i && /["“«]/.test(at(j - 1)!)) return true;
  return ch !== undefined && (/\p{Lu}/u.test(ch) || /\d/.test(ch));
}

const wordChar = /^[\p{L}.]$/u;

/** Nouns that name things with a letter: "bảng B", "nhóm C", "khu A", "phụ lục D". */
const LETTER_LABEL_NOUNS = new Set([
  "bảng",
  "nhóm",
  "khu",
  "lớp",
  "loại",
  "hạng",
  "mục",
  "phần",
  "điều",
  "khoản",
  "lục",
  "đoạn",
  "tập",
  "số",
  "vòng",
  "dãy",
  "tòa",
  "tầng",
  "cấp",
  "khối",
  "tổ",
  "đội",
]);

/** Is the single capital `letter` before text[end] a numeral or a label rather than an initial? */
function endsWithLetterLabel(text: string, from: number, end: number, letter: string): boolean {
  const before = text.slice(from, end);
  const previous = /(\p{L}+)\s$/u.exec(before)?.[1];
  if (!previous || !/^\p{Ll}/u.test(previous)) return false;
  return /^[IVX]$/.test(letter) || LETTER_LABEL_NOUNS.has(previous.normalize("NFC"));
}

/**
 * The run of letters and full stops that ends at `end` and starts at or after `start` (what
 * `/([\p{L}.]+)$/u` finds in `text.slice(start, end)`), or null when it is longer than `max` units.
 */
function wordBefore(text: string, start: number, end: number, max: number): string | null {
  let i = end;
  while (i > start) {
    const pair =
      i - 2 >= start && /[\uDC00-\uDFFF]/.test(text[i - 1]!) && /[\uD800-\uDBFF]/.test(text[i - 2]!);
    const ch = pair ? text.slice(i - 2, i) : text[i - 1]!;
    if (!wordChar.test(ch)) break;
    i -= ch.length;
    if (end - i > max) return null;
  }
  return text.slice(i, end);
}

/**
 * Sentences of `seg` in `text`. `rest` is what the text looks like beyond the segment, if it
 * differs from `text` there (the extractor splits a copy with quotations masked per paragraph).
 */
export function splitSentences(text: string, seg: Segment, rest: string = text): Segment[] {
  const out: Segment[] = [];
  let start = seg.start;
  let depth = 0; // inside “…”
  let straight = false; // inside "…"
  let runEnd = -1; // end of the run of closing punctuation after the last full stop looked at
  for (let i = seg.start; i < seg.end; i++) {
    const ch = text[i]!;
    if (OPEN_QUOTES.has(ch)) depth++;
    else if (CLOSE_QUOTES.has(ch)) {
      depth = Math.max(0, depth - 1);
      // “… làm.” Sau đó …: a closing quote followed by a capitalised word ends the sentence.
      if (
        depth === 0 &&
        !straight &&
        i + 1 < seg.end &&
        /\s/.test(text[i + 1]!) &&
        isUpperStart(text, i + 1, seg.end, rest) &&
        /[.!?…\u2591]/u.test(text[i - 1] ?? "") &&
        // ("“…,” Thứ trưởng X cho hay.": a comma inside the closing mark leads on to the attribution.)
        !/[,;:]/u.test(rest[i - 1] ?? "")
      ) {
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
    let word: string | null = null;
    // Abbreviation or initial before a full stop: not a boundary.
    if (ch === ".") {
      // "1. Phó Thủ tướng X: …": the number of a list item opening the paragraph ends nothing.
      if (/^\s*\d{1,2}$/u.test(rest.slice(seg.start, i))) continue;
      word = wordBefore(text, start, i, MAX_ABBREVIATION_UNITS);
      if (word !== null && ABBREVIATIONS.has(word.toLowerCase())) continue;
      // A single capital is an initial ("Donald J. Trump", "Tổng thống D. Trump"), unless it is a
      // numeral or a label ending the sentence: I, V or X after a lower-case word ("trong quý I.
      // So với …"), or any letter after a noun that labels with letters ("đứng đầu bảng B. Đội …").
      if (
        word !== null &&
        /^\p{Lu}$/u.test(word) &&
        !endsWithLetterLabel(text, Math.max(start, i - 24), i - 1, word)
      )
        continue;
      if (/\d$/.test(text.slice(i - 1, i)) && /^\d/.test(text.slice(i + 1, i + 2))) continue; // 1.000
    }
    // The closing punctuation after it ("…”", "?!"): the same run for every mark inside it.
    let j: number;
    if (i < runEnd) j = runEnd;
    else {
      j = i + 1;
      while (j < seg.end && /[.!?…"”»)]/.test(text[j]!)) j++;
      runEnd = j;
    }
    // "… cơ quan điều tra."Sức khỏe …" (the space lost before an opening straight mark): outside
    // a quotation a straight mark after the full stop opens the next sentence's.
    if (
      ch === "." &&
      text.slice(i + 1, j) === '"' &&
      j < seg.end &&
      /[\p{Lu}\u2591]/u.test(text[j] ?? "") &&
      ((word !== null && word.length >= 2 && /^\p{Ll}+$/u.test(word)) || /\d/.test(text[i - 1] ?? ""))
    ) {
      out.push({ start, end: i + 1 });
      start = i + 1;
      runEnd = -1;
      continue;
    }
    // "… để tính tỷ lệ.“Người ta …” (the space lost before an opening curly mark): the mark opens
    // the next sentence.
    if (
      ch === "." &&
      j === i + 1 &&
      text[j] === "“" &&
      /[\p{Lu}\u2591]/u.test(text[j + 1] ?? "") &&
      ((word !== null && word.length >= 2 && /^\p{Ll}+$/u.test(word)) || /\d/.test(text[i - 1] ?? ""))
    ) {
      out.push({ start, end: j });
      start = j;
      runEnd = -1;
      continue;
    }
    // "… quan điểm.Như nhiều …" (a space lost when the page was copied): a lower-case word of
    // two letters or more ("đầu tư.Tuy nhiên"), a full stop, then a capitalised word. Not "Tp.Hồ Chí Minh", "TP.HCM".
    // Also after a date, a number or a percentage ("sáng 19/12.Gia đình …", "hơn 56%.Trả lời") and after an ellipsis ("bị đuổi
    // học...Liên quan …").
    const dots = text.slice(i, j);
    const glued =
      j < seg.end &&
      /\p{Lu}/u.test(text[j]!) &&
      /\p{Ll}/u.test(text[j + 1] ?? "") &&
      ((ch === "." &&
        j === i + 1 &&
        ((word !== null && word.length >= 2 && /^\p{Ll}+$/u.test(word)) ||
          (word === "" && /[\d%]/.test(text[i - 1] ?? "")))) ||
        (/^(?:\.{3}|…)$/u.test(dots) && /[\p{L}\d]/u.test(text[i - 1] ?? "")));
    if (j >= seg.end || glued || (/\s/.test(text[j]!) && isUpperStart(text, j, seg.end, rest))) {
      out.push({ start, end: j });
      while (j < seg.end && /\s/.test(text[j]!)) j++;
      start = j;
      i = j - 1;
    }
  }
  if (start < seg.end) out.push({ start, end: seg.end });
  return out;
}
