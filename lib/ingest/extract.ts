/**
 * Suggests attributed statements in a Vietnamese news text: direct quotes (“…”, "…") with the
 * speaker before or after, indirect speech with reporting verbs, "Theo X, …" clauses and
 * chains through intermediaries. Pure: no network, no model, no database.
 * All offsets in the result are code points into `normalizeText(input)`.
 *
 * Linear in the length of the text: quotations are masked once for the whole text, offsets are
 * converted to code points in one pass, quotes of a sentence are found by walking the sorted list,
 * and the work spent looking for the subject of a reporting verb is bounded per sentence
 * (SUBJECT_WINDOW characters before the verb, MAX_SUBJECT_LOOKUPS verbs or colon-introduced
 * quotes). The bounds are far beyond any real sentence; they only cut run-on pseudo-sentences
 * (text with no full stops) that would otherwise cost time proportional to their length squared.
 * Requests still run it off the request thread, with a time limit (extract-runner.ts).
 */

import { foldText, normalizeText } from "../text/normalize";
import { codePointIndex } from "../text/selectors";
import { buildNameIndex, findNames, type NameEntry } from "./lexicon";
import { officeHolder } from "./office-holders";
import {
  ALL_TITLES,
  isPlace,
  placeAtEnd,
  isVietnameseName,
  vietnameseSyllable,
  MIDDLE_NAMES,
  NAME_PARTICLE,
  ORG_HEADS,
  OFFICE_COMPOUND,
  personName,
  type RoleClass,
  shortForms,
  startsWithTitle,
  titleClass,
  titleHead,
  titleQualifier,
} from "./mentions";
import {
  CUES,
  KNOWN_OUTLETS,
  LEADING_ADVERBIAL,
  MORE_CUES,
  NOT_A_CLAUSE,
  NOUN_OBJECT_CUES,
  NOUN_OBJECT_START,
  ATTRIBUTION_ONLY_CUES,
  NOT_A_SPEAKER_START,
  OUTLET_WORDS,
  PRONOUN_RE,
  TITLES,
  TRAILING_NOISE_PHRASE,
  TRAILING_NOISE_PHRASE_MAX,
  UNNAMED_RE,
  VENUES,
} from "./patterns";
import { readingParagraphs, splitSentences, type Segment } from "./sentences";
import type { Candidate, ChainNode, ExtractOptions, KnownSpeaker } from "./types";

/** A subject is looked for in at most this many characters before its reporting verb. */
export const SUBJECT_WINDOW = 1000;
/** Per sentence, at most this many reporting verbs (and colon-introduced quotes) are tried for a subject. */
export const MAX_SUBJECT_LOOKUPS = 16;
/** People first met in one article that later mentions resolve to ("ông Thành"); beyond, still suggested, not remembered. */
export const MAX_LEARNED_PEOPLE = 500;

interface Quote {
  open: number; // index of the opening mark
  start: number; // content start
  end: number; // content end
  close: number; // index of the closing mark, or -1 when the quote is never closed
  /** A closing mark whose opening one the source left out: the quote runs from the paragraph's start. */
  orphan?: boolean;
}

interface SpeakerGuess {
  start: number; // UTF-16 in text
  end: number;
  resolved: KnownSpeaker | null;
  via: "name" | "pronoun" | "description";
  label: string;
  gender?: "m" | "f";
  /**
   * A title or epithet no person of the article has had yet ("Thứ trưởng Bộ GD-ĐT: …" in a
   * headline): resolved after the article is read to the first person named later with a
   * compatible title, else kept unresolved with a low confidence.
   */
  pending?: {
    cls: RoleClass | null;
    head: string | null;
    after: number;
    not?: string;
    of?: string | null;
    gender?: "m" | "f";
  };
}

/**
 * Did the entity hold the pending title for another body ("Người phát ngôn Bộ Ngoại giao Việt
 * Nam" for a pending "Người phát ngôn Quân giải phóng … Trung Quốc")? Only when both name a body
 * and the two names share no word: "Ngoại trưởng Mỹ" is the "Ngoại trưởng Rex Tillerson" met later.
 */
function otherBody(e: Entity, head: string | null, of: string | null | undefined): boolean {
  if (!of || !head) return false;
  const words = (q: string) => q.split(/[^a-z0-9]+/u).filter((w) => w && !GENERIC_BODY_WORD.has(w));
  const mine = new Set(words(of));
  const compact = words(of).join("");
  // ("Bộ Ngoại giao Việt Nam" and "Bộ Ngoại giao Trung Quốc": one body's name, two countries.)
  const country = placeAtEnd(of);
  const theirs = [...e.phrases]
    .filter((ph) => ph.startsWith(`${head} `))
    .map((ph) => ph.slice(head.length + 1).trim())
    .filter(Boolean);
  // ("Bộ trưởng GD-ĐT" is the "Bộ trưởng Bộ Giáo dục và Đào tạo": the initials of the words.)
  const same = (q: string) =>
    words(q).some((w) => mine.has(w)) ||
    words(q)
      .map((w) => w[0])
      .join("") === compact;
  if (country && theirs.some((q) => placeAtEnd(q) && placeAtEnd(q) !== country)) return true;
  return theirs.length > 0 && !theirs.some(same);
}

/** otherBody for a title phrase as written ("người phát ngôn Bộ Ngoại giao Việt Nam"). */
function titleOfOtherBody(e: Entity, phrase: string): boolean {
  return otherBody(e, titleHead(phrase), titleQualifier(phrase));
}
const GENERIC_BODY_WORD = new Set([
  "bo",
  "so",
  "cuc",
  "ban",
  "vien",
  "va",
  "cua",
  "quoc",
  "gia",
  "nha",
  "nuoc",
]);

/** A Vietnamese full name's gender when its middle name tells it: "Thị" a woman's, "Văn" a man's. */
function genderOfMiddleName(name: string): { gender?: "m" | "f" } {
  const parts = name.split(/\s+/);
  if (parts.length < 3) return {};
  return parts[1] === "Thị" ? { gender: "f" } : parts[1] === "Văn" ? { gender: "m" } : {};
}

/** "Cô Hạnh", "anh Dũng": a form of address and a given name alone, when the name is no place. */
function givenNameOnly(chunk: string): RegExpExecArray | null {
  // ("cụ Vinh nhớ lại": the elder's form of address.)
  const m = /^([aA]nh|[cC]hị|[tT]hầy|[cC]ô|[cC]ụ)\s+(\p{Lu}\p{Ll}+)$/u.exec(chunk);
  return m && !isPlace(m[2]!) ? m : null;
}

/** "ông …" is a man, "bà …" a woman: pronouns then point to the last speaker of that gender. */
function genderOf(mention: string): "m" | "f" | undefined {
  if (/(?:^|\s)(?:ông|anh)(?:\s|$)/iu.test(mention)) return "m";
  if (/(?:^|\s)(?:bà|chị|cô)(?:\s|$)/iu.test(mention)) return "f";
  return undefined;
}

const ALL_CUES = [...new Set([...CUES, ...MORE_CUES])].sort((a, b) => b.length - a.length);
const CUE_ALT = ALL_CUES.map((c) => c.replace(/ /g, "\\s+")).join("|");
const TITLE_ALT = [...new Set([...TITLES, ...ALL_TITLES])]
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/\./g, "\\.").replace(/ /g, "\\s+"))
  .join("|");
const L = "\\p{L}";

function findQuotes(text: string, seg: Segment): Quote[] {
  const out: Quote[] = [];
  const stack: number[] = [];
  let straightOpen = -1;
  // “…" (mixed marks, common in pasted news): a straight mark closes a curly opening when no
  // curly closing mark follows in the paragraph.
  let lastCurlyClose = seg.end - 1;
  while (lastCurlyClose >= seg.start && text[lastCurlyClose] !== "”" && text[lastCurlyClose] !== "»")
    lastCurlyClose--;
  // ‘…’ as the quotation marks of a whole statement (never an apostrophe inside a word).
  let singleOpen = -1;
  for (let i = seg.start; i < seg.end; i++) {
    // «…» are read as “…” (some outlets print guillemets).
    const ch = text[i] === "«" ? "“" : text[i] === "»" ? "”" : text[i];
    if (
      ch === "‘" &&
      !stack.length &&
      straightOpen < 0 &&
      singleOpen < 0 &&
      /^$|[\s:(–—-]/u.test(text[i - 1] ?? "")
    ) {
      singleOpen = i;
      continue;
    }
    if (ch === "’" && singleOpen >= 0 && !/\p{L}/u.test(text[i + 1] ?? "")) {
      if (!stack.length && straightOpen < 0)
        out.push({ open: singleOpen, start: singleOpen + 1, end: i, close: i });
      singleOpen = -1;
      continue;
    }
    // “…” where the source dropped the opening mark (or opened it paragraphs before): the
    // paragraph up to a first closing mark that an attribution follows ("…cao”, ông Hùng cho hay").
    if (
      ch === "”" &&
      out.length === 0 &&
      !stack.length &&
      straightOpen < 0 &&
      !/[“"]/u.test(text.slice(seg.start, i)) &&
      /^\s*[,–—-]\s*\S/u.test(text.slice(i + 1, i + 4))
    ) {
      out.push({ open: seg.start, start: seg.start, end: i, close: i, orphan: true });
      continue;
    }
    // ('…mạnh", HLV X đánh giá': the same with straight marks, when the paragraph holds an odd number
    // of them, so this first one can only close.)
    if (
      ch === '"' &&
      out.length === 0 &&
      !stack.length &&
      straightOpen < 0 &&
      !/[“"]/u.test(text.slice(seg.start, i)) &&
      /^\s*[,–—-]\s*\S/u.test(text.slice(i + 1, i + 4)) &&
      (text.slice(seg.start, seg.end).split('"').length - 1) % 2 === 1 &&
      words(text.slice(seg.start, i)) >= 3
    ) {
      out.push({ open: seg.start, start: seg.start, end: i, close: i, orphan: true });
      continue;
    }
    if (ch === "“") stack.push(i);
    else if (ch === "”" && stack.length) {
      const open = stack.pop()!;
      // (Inside a straight quotation a curly pair is nested: only the outer one is a quotation.)
      if (stack.length === 0 && straightOpen < 0) out.push({ open, start: open + 1, end: i, close: i });
    } else if (ch === "”" && straightOpen >= 0) {
      // "…” (the other mix): a curly closing mark closes a straight opening one.
      out.push({ open: straightOpen, start: straightOpen + 1, end: i, close: i });
      straightOpen = -1;
    } else if (ch === '"' && straightOpen >= 0 && stack.every((o) => o > straightOpen)) {
      // "… “nể cô giáo”, bị “chú ý. …": curly marks nested in a straight quotation (one left
      // open by the source) end with it.
      out.push({ open: straightOpen, start: straightOpen + 1, end: i, close: i });
      stack.length = 0;
      straightOpen = -1;
    } else if (ch === '"' && stack.length === 1 && lastCurlyClose < i) {
      const open = stack.pop()!;
      out.push({ open, start: open + 1, end: i, close: i });
    } else if (ch === '"' && stack.length === 0) {
      if (straightOpen < 0) straightOpen = i;
      else {
        out.push({ open: straightOpen, start: straightOpen + 1, end: i, close: i });
        straightOpen = -1;
      }
    }
  }
  // An opening mark never closed (a typo in the source): the quote runs to the paragraph end.
  const unclosed = stack[0] ?? (straightOpen >= 0 ? straightOpen : undefined);
  if (unclosed !== undefined) {
    let end = seg.end;
    while (end > unclosed + 1 && /[.?!”"\s]/.test(text[end - 1]!)) end--;
    out.push({ open: unclosed, start: unclosed + 1, end, close: -1 });
  }
  // An empty quotation (“”) says nothing.
  return out.filter((q) => /\S/u.test(text.slice(q.start, q.end))).sort((a, b) => a.open - b.open);
}

function words(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;:–—-]/.test(text[start]!)) start++;
  // "./." and "./" close a wire story ("… hơn nữa./."): the slash goes with the full stops.
  while (
    end > start &&
    (/[\s.,;:!?…]/.test(text[end - 1]!) || (text[end - 1] === "/" && text[end - 2] === "."))
  )
    end--;
  return [start, end];
}

/**
 * Blanks out quotation contents so that cue words inside quotes are not taken as cues. Called
 * once with the quotes of every paragraph (they never cross a paragraph's bounds).
 */
function maskQuotes(text: string, quotes: Quote[]): string {
  if (quotes.length === 0) return text;
  const chars = text.split("");
  let done = 0; // quotes overlap (curly ones inside straight ones): mask each unit once
  for (const q of quotes) {
    for (let i = Math.max(q.start, done); i < q.end; i++) if (chars[i] !== "\n") chars[i] = "\u2591";
    done = Math.max(done, q.end);
  }
  return chars.join("");
}

/** The first quote in `quotes` (sorted by opening mark) that opens after `index`, or undefined. */
function firstOpeningAfter(quotes: Quote[], index: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open > index) hi = mid;
    else lo = mid + 1;
  }
  return quotes[lo];
}

/** Index of the last "," in text[floor + 1, from], or -1 (bounded, unlike lastIndexOf). */
function lastCommaAbove(text: string, from: number, floor: number): number {
  // Not one inside brackets: "người dân ở xã Bình Phúc (huyện Văn Quan, tỉnh Lạng Sơn) cho biết".
  let depth = 0;
  for (let i = from; i > floor; i--) {
    const ch = text[i];
    if (ch === ")") depth++;
    else if (ch === "(") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) return i;
  }
  return -1;
}

/**
 * Where to start looking for the subject of a verb at `end` in a sentence starting at `start`:
 * the sentence start if it is at most SUBJECT_WINDOW characters back, else just after the first
 * comma (or failing that, space) in the last SUBJECT_WINDOW characters.
 */
function subjectWindowStart(text: string, start: number, end: number): number {
  if (end - start <= SUBJECT_WINDOW) return start;
  const floor = end - SUBJECT_WINDOW;
  for (let i = floor; i < end; i++) if (text[i] === ",") return i + 1;
  for (let i = floor; i < end; i++) if (/\s/.test(text[i]!)) return i + 1;
  return end;
}

const LEADING_ADVERBIAL_AT = new RegExp(
  LEADING_ADVERBIAL.source.replace(/^\^/, ""),
  `${LEADING_ADVERBIAL.flags}y`,
);
const NOISE_PHRASE_AT = new RegExp(`(?:${TRAILING_NOISE_PHRASE})`, "iuy");
const NOISE_PHRASE_EXACT = new RegExp(`^(?:${TRAILING_NOISE_PHRASE})$`, "iu");

/**
 * Length of the match of TRAILING_NOISE (`(?:\s+(?:phrase))+$`) in `s`, or 0: the same answer in
 * linear time. The match is the longest suffix made of white space + phrase pairs; it starts at
 * the start of a white-space run, and each phrase ends where a white-space run (or the text) does,
 * at most TRAILING_NOISE_PHRASE_MAX units after it starts.
 */
export function trailingNoiseLength(s: string): number {
  const n = s.length;
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  for (let i = 0; i < n; ) {
    if (!/\s/.test(s[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && /\s/.test(s[i]!)) i++;
    runStarts.push(start);
    runEnds.push(i);
  }
  // ok[k]: s from runStarts[k] to the end is one or more white space + phrase pairs.
  const ok = new Uint8Array(runStarts.length);
  let leftmost = -1;
  for (let k = runStarts.length - 1; k >= 0; k--) {
    const q = runEnds[k]!;
    if (q === n) continue;
    NOISE_PHRASE_AT.lastIndex = q;
    if (!NOISE_PHRASE_AT.test(s)) continue;
    for (let m = k + 1; m <= runStarts.length; m++) {
      const t = m < runStarts.length ? runStarts[m]! : n;
      if (t - q > TRAILING_NOISE_PHRASE_MAX) break;
      if ((t === n || ok[m]) && NOISE_PHRASE_EXACT.test(s.slice(q, t))) {
        ok[k] = 1;
        leftmost = runStarts[k]!;
        break;
      }
    }
  }
  return leftmost < 0 ? 0 : n - leftmost;
}

/** "thông tin … được tờ Politico đăng tải … trích dẫn lời hai nguồn …": a statement relayed through an outlet. */
const RELAY =
  /được\s+(?:tờ|báo|kênh|hãng)?\s*([\p{Lu}][\p{L}\s]{1,40}?)\s+đăng tải.*?(?:trích dẫn lời|dẫn lời|dẫn)\s+(.+)$/iu;
const RELAY_HEAD = /được\s+(?:tờ|báo|kênh|hãng)?\s*([\p{Lu}][\p{L}\s]{1,40}?)\s+đăng tải/iu;

/**
 * RELAY.exec(clause), without its quadratic failure: RELAY can only match if its head ("được …
 * đăng tải") ends before the last "dẫn", so it is only tried when that is so.
 */
function relayIn(clause: string): RegExpExecArray | null {
  let lastDan = -1;
  for (const m of clause.matchAll(/dẫn/giu)) lastDan = m.index;
  if (lastDan < 0 || !RELAY_HEAD.test(clause.slice(0, lastDan))) return null;
  return RELAY.exec(clause);
}

interface Entity {
  speaker: KnownSpeaker;
  heads: Set<string>; // folded head titles ("tien si", "pho hieu truong")
  phrases: Set<string>; // folded full title phrases ("pho hieu truong truong thpt yen my")
  classes: Set<RoleClass>; // kinds of office the titles name (an epithet picks a compatible entity)
  seen: number; // when last mentioned (a clock per article)
  created: number; // when first mentioned
  gender?: "m" | "f"; // when the article calls them "ông" or "bà"
}
/** School subjects, capitalised after "giáo viên" as names are. */
const SCHOOL_SUBJECT = /^(?:Toán|Văn|Lý|Hóa|Hoá|Sinh|Sử|Địa|Anh|Tin|Nhạc|Họa|Hoạ|Pháp|Nga|Trung|Nhật)$/u;
/** Words looked at after a title for the name it introduces. */
const MENTION_WORDS = 10;
const MENTION_TITLE = new RegExp(`(?<![${L}])(?:${TITLE_ALT})(?![${L}])`, "giu");
const NOT_MENTION_TITLE = /^(?:cô|em|cháu|thầy)$/iu;
/** Single words after a title that are not a name ("Thủ tướng Chính phủ", "Bộ trưởng Bộ …"). */
const VN_SYLLABLE_TITLE_BLOCK =
  /^(?:Chính|Bộ|Sở|Trường|Bệnh|Ban|Ủy|Uỷ|Quốc|Nhà|Đảng|Tổng|Phó|Thành|Tỉnh|Hội|Viện|Đại|Cục|Vụ|Nước|ĐT|CLB|Tuyển|Nhi|Nội|Ngoại|Sản|Mắt|Dược|Khoa|Phòng|Tiểu|Trung|Mầm|Mẫu|Học|Cao)$/u;

/**
 * A lone capitalised word that may be a Vietnamese syllable ("Văn", "Quốc", "Cường") rather than a
 * foreign name ("Park", "Trump"): after a title it is a name only when no fuller name follows.
 */
function weakName(name: string): boolean {
  return name.length <= 7 && !/\s/u.test(name) && vietnameseSyllable(name);
}

const ATTRIBUTION_AFTER = new RegExp(
  `^\\s*[,.]?\\s*(.{1,160}?)\\s+(${CUE_ALT})(\\s+thêm)?((?:\\s+[^\\s“”"]+){0,10}?)\\s*([.!,]?)\\s*$`,
  "iu",
);
/** “…”, ông X nhận định và cho rằng, B: group 1 the speaker, 2 and 3 the cues, 4 B. */
const ATTRIBUTION_THEN_SECOND = new RegExp(
  `^\\s*[,–—-]\\s*([^,.“”"]{2,80}?)\\s+(${CUE_ALT})\\s+(?:và|,\\s*đồng thời)\\s+(?:(?:cũng|còn)\\s+)?(${CUE_ALT})(?![${L}])(?:\\s+(?:rằng|là))?[,:]?\\s+(\\S.*)$`,
  "iu",
);
/** "Chia sẻ trên được X đưa ra", "Đó là câu trả lời của X": the words before are X's. */
const BACK_REFERENCE =
  /^(?:(?:Chia sẻ|Phát biểu|Nhận định|Nhận xét|Ý kiến|Khẳng định|Đánh giá|Những chia sẻ|Lời khẳng định|Lời nhắn nhủ)\s+(?:trên|này|nói trên|vừa nêu)\s+(?:được|là của|do|của)\s+|(?:Đó|Đây) là\s+(?:những\s+)?(?:chia sẻ|phát biểu|nhận định|khẳng định|ý kiến|câu trả lời|lời khẳng định|nhận xét|đánh giá|thông tin)\s+(?:của|được|do)\s+)/iu;

/** “…”, theo ông X(, chuyên gia …). — group 1 the source, up to its first appositive. */
const QUOTE_THEN_THEO = /^\s*,\s*theo\s+([^,.;:()“”"]{2,80}?)\s*(?:,[^“”"]*)?[.!]?\s*$/iu;
/** “…” (ông X, chuyên gia tài chính), “…” (lời của ông X); — group 1 the person, before the comma. */
const QUOTE_THEN_BRACKET = /^\s*\(\s*(?:lời\s+của\s+)?([^(),]{2,80}?)\s*(?:,[^()]*)?\)\s*[.!;]?\s*$/u;

/** “…”, ông Rubio phát biểu tại cuộc họp của Hội đồng Bảo an … vào ngày 23/9: a long venue or time after the cue. */
const ATTRIBUTION_AFTER_VENUE = new RegExp(
  `^\\s*,\\s*(\\S.{0,159}?)\\s+(${CUE_ALT})(?![${L}])(\\s+thêm)?()()(?:\\s+(?:phấn khích|xúc động|hào hứng|vui vẻ|thẳng thắn|ngắn gọn|nghẹn ngào))?(?:\\s+(?:các\\s+)?(?:phóng viên|báo chí|báo giới|PV|truyền thông|người hâm mộ|cử tri|đại biểu))?(?:\\s+(?:cảm xúc|niềm vui|suy nghĩ|quan điểm))?(?:\\s+(?:tại|trong|trên|khi|với|trước|sau|bên lề|hôm|ngày|vào|ở)|\\s*,\\s*(?:đề cập|nhắc|ám chỉ|ý chỉ|nói về))\\s`,
  "iu",
);
const ATTRIBUTION_AFTER_DASH = new RegExp(
  `^\\s*,?\\s*[–—-]\\s*(\\S.{0,159}?)\\s+(${CUE_ALT})(?![${L}])(\\s+thêm)?()()`,
  "iu",
);

/**
 * A person's residence closing a subject: "(phường Long Biên)", "(SN 1980, trú tại …)", "ở xã Đại
 * Đồng, huyện Thanh Chương", "trú tại …". Group 1 is what comes before it.
 */
// (After a comma the residence goes on only with another place: "tại Istanbul ngày 19/11, ông
// Peskov" ends the place before "ông Peskov", who is the subject.)
const RESIDENCE =
  /^(.*?\p{Lu}[\p{L}-]*)\s*(?:\([^()]*\)|(?:ở|tại|trú tại|trú ở|ngụ tại|ngụ ở|quê ở|đến từ)\s+(?:xã|phường|huyện|tỉnh|quận|thành phố|thị xã|thị trấn|TP\.?|ấp|thôn|bản|làng|xóm|khu phố|\p{Lu})[^(),]*?(?:,\s*(?:xã|phường|huyện|tỉnh|quận|thành phố|thị xã|thị trấn|TP|ấp|thôn|bản|làng|xóm|khu phố|\p{Lu})[^(),]*?)*(?:\([^()]*\))?)\s*$/u;

/** "Cục Y tế Dự phòng (Bộ Y tế)": a bracket closing the subject (the parent body, an acronym). */
const TRAILING_BRACKET = /^(.*?\S)\s*\([^()]*\)\s*$/u;

/** Subjects longer than this (UTF-16 units) are not searched for a residence, a dash or "của". */
const MAX_CUT_SUBJECT = 240;

/** A list point's marker: "- ", "• ", "1. ", "2) ", "a) ". */
const BULLET = /^\s*(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))\s+(?=\S)/u;

/** A cue's clause before a quotation's colon is looked for at most this many characters back. */
const COLON_REACH = 400;

/** What may stand between a cue and its colon without being a statement: a venue, an addressee, a topic. */
const CLAUSE_BEFORE_COLON_BLOCK =
  /^(?:với|trên|trong|qua|tại|sau|khi|về|trước|cùng|bên lề|cho|như sau|câu hỏi|thêm|rằng)(?:\s|$)/iu;

/** A name, then a dash between spaces and what the person is ("X – Phó Chủ tịch …"). Group 1: the name's side. */
// ("ông Nguyễn Đắc Quỳnh- Trưởng Đoàn …": the dash glued to the name, as some pages print it.)
const DASH_APPOSITIVE = /^([^–—]*?\p{Lu}[\p{L}-]*?\.?)(?:\s+[–—-]|[–—-](?=\s))\s+\S.*$/u;

/** "Cô giáo này dù nhận sai song (cho rằng …)": a concession between the subject and its cue. */
const CONCESSIVE = /^(.*?\S)\s+(?:dù|mặc dù|tuy)\s+.*?\s(?:song|nhưng|vẫn)$/u;
/**
 * "World Bank vẫn giữ nguyên dự báo (cho rằng …)", "Bộ Tài chính đưa ra nhận định (rằng …)": the
 * view the subject holds or states names no one; group 1 is the subject before it.
 */
const STATED_VIEW =
  /^(.*?\S)\s+(?:(?:vẫn|đã|cũng|tiếp tục|vừa|mới)\s+)*(?:giữ nguyên|đưa ra|nêu ra|duy trì|có)\s+(?:(?:một|những|các)\s+)?(?:dự báo|nhận định|quan điểm|ý kiến|đánh giá)$/u;
/** "HLV Clement Teo của Hougang United", "HLV X của ĐT Lào": group 1 is the person, before the body. */
const OF_BODY = /^(.*?\p{Lu}[\p{L}-]*)\s+của\s+(?:CLB\s+|ĐT\s+|đội\s+|tuyển\s+)?\p{Lu}.*$/u;

/** Text before a cue that ends a coordinated predicate: "…, ", "…, đồng thời ", "… và ". */
const COORDINATED_CUE =
  /(?:[,;]\s*(?:(?:đồng thời|và|rồi)(?:\s+cũng)?\s*)?|\s(?:đồng thời|và)(?:\s+cũng)?\s*)$/u;
/** A person named as the object of a visit or a meeting, not the subject: "Tiếp Đại sứ …". */
const OBJECT_BEFORE =
  /(?:^|\s)(?:tiếp|gặp|gặp gỡ|thăm|đón|mời|chúc mừng|với|của|cùng|và|hội đàm với|điện đàm với|tranh luận với|trả lời|đáp lại|phản hồi)\s+(?:\S+\s+){0,6}$/iu;

/** ", ngành, địa phương": more short lower-case items of a group's list. */
const GROUP_LIST_TAIL = /^(?:,\s*\p{Ll}[\p{Ll}\s]{0,30}){1,4}\s*$/u;

/** A body's name opening a sentence (after a time or place phrase), then its place in brackets and a tense word. */
const BODY_OPENING =
  /^(?:[^,]{0,40},\s*)?((?:Bộ|Sở|Cục|Tổng cục|Bệnh viện|Công ty|Tổng công ty|Ngân hàng|Ủy ban|Uỷ ban|UBND|Viện|Trường|Tập đoàn|Trung tâm|Hiệp hội|Liên đoàn|Văn phòng)\s+\p{Lu}[^,()]{0,120}?)\s*(?:\([^()]{0,60}\)\s*)?\s(?:vừa|đã|đang|sẽ|mới đây|hôm nay)\s/u;

/** A body's head word alone ("Bệnh viện", "Bộ", "Cục"): a short reference to a body met before. */
const BODY_HEAD_ONLY =
  /^(?:Bệnh viện|Bộ|Sở|Cục|Tổng cục|Công ty|Tổng công ty|Trường|Ngân hàng|Viện|Ủy ban|Uỷ ban|Tập đoàn|Trung tâm|Hiệp hội|Liên đoàn|Câu lạc bộ|CLB)$/u;

/**
 * Words of a clause that never stand inside a body's or a person's name: a capitalised run
 * holding one ("WHO bị …", "Trường THPT Lạc Long Quân tiếp tục gửi …") is a sentence's subject
 * and its verb, not a speaker. ("không" and "vừa" are left out: "Cục Hàng không", "doanh nghiệp
 * nhỏ và vừa".)
 */
const CLAUSE_WORD_IN_NAME =
  /\s(?:bị|được|đều|cũng|đã|sẽ|đang|vẫn|tiếp tục|gửi|song|dù|nhưng|thì|mà|lại|còn|luôn|từng|liền|có thể|cần|phải|không (?:cử|có|tham|dự|đến|trả|đồng|chấp|nắm|thể|cho|nói|biết))(?=\s|$)/u;

/** Heads of GROUP_RE that name one person ("Một bà mẹ trẻ", "nữ sinh"), never a group. */
const ONE_PERSON_HEAD =
  /^(?:bà mẹ|người mẹ|ông bố|người cha|người phụ nữ|nữ sinh|nam sinh|cô gái|chàng trai)$/iu;

/** A phrase of time or order only ("lần thứ 4", "chiều 30/7", "khóa XV", "năm 2024"). */
const WHEN_CHUNK =
  /^(?:(?:vào|trong|từ|ngày|hôm|sáng|trưa|chiều|tối|đêm|tuần|tháng|năm|quý|lần thứ|khóa|khoá|kỳ|phiên|nhiệm kỳ)(?:\s+(?:ngày|hôm|nay|qua|này|trước|tới|sau|thứ))*\s*[\p{L}\d/.-]*|\d[\d/.-]*)$/iu;

/**
 * A question put to someone ("Thưa Bộ trưởng, … đến ngày nào …?"): one sentence opening with the
 * address. (A rhetorical question, "… nhưng bao giờ trọng tài sai mới bị xử lý?", states a view.)
 */
const ONE_QUESTION = /^\s*Thưa\s[^.!?…]*\?[\s”"»’]*$/u;

/** A second verb of speaking after ", đồng thời" or a semicolon: where one statement ends. */
const STRONG_SECOND_CUE = new RegExp(
  `(?:,\\s*đồng thời|;)\\s+(?:(?:cũng|còn)\\s+)?(?:${CUE_ALT})(?![${L}])`,
  "iu",
);

/** A ministry, department or council that a unit named before it belongs to ("…, Bộ Y tế"). */
const PARENT_BODY = /^(?:Bộ|Sở|UBND|Ủy ban|Uỷ ban|Tổng cục|Đại học|Tập đoàn|Tổng công ty)\s/u;
/** A unit of a body ("Cục Quản lý dược", "Khoa Cấp cứu", "Viện …"): it speaks, not its parent. */
const UNIT_OF_BODY =
  /^(?:Cục|Vụ|Viện|Khoa|Phòng|Trung tâm|Bệnh viện|Trường|Ban|Văn phòng|Chi cục|Tổng cục|Thanh tra|Công ty)\s/u;

/** First-person words: a paragraph holding them may be a speaker's own, quoted on. */
const FIRST_PERSON = /(?:^|[\s,“"])(?:tôi|chúng tôi|chúng ta|mình|em|chúng em)(?=[\s,.!?]|$)/iu;

/** The head word of a body's name, then more of it ("Viện Dinh dưỡng …", "Ban chỉ huy …"). */
const BODY_NAME_HEAD =
  /^(?:Đoàn|Viện|Bộ|Sở|Cục|Chi cục|Ban|Trung tâm|Bệnh viện|Hội|Hiệp hội|Liên đoàn|Ủy ban|Uỷ ban|Tổng cục|Học viện|Đại học|Văn phòng|Tập đoàn|Công ty|Ngân hàng|Quỹ)\s+\S/u;

/** A person named by initials ("N.T.D", "em N.V.A"), or by one initial with its dot ("D."). */
const INITIALS =
  /^(?:(?:anh|chị|em|ông|bà|cô|thầy|cháu|bé|bạn|Anh|Chị|Em|Ông|Bà|Cô|Thầy|Cháu|Bé|Bạn)\s+)?(\p{Lu}(?:\.\p{Lu}){1,3}\.?|\p{Lu}\.?)$/u;

/** A local body named by its level in lower case: "UBND thành phố", "Sở Y tế tỉnh", "Công an huyện". */
const LOCAL_BODY =
  /^(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Chi cục|Công an|Tòa án nhân dân|Toà án nhân dân|Tòa án|Toà án|Viện kiểm sát nhân dân|Bệnh viện|Trung tâm Y tế|Phòng Giáo dục|Tỉnh ủy|Thành ủy|Huyện ủy)(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn|TP)(?:\s+\p{Lu}[\p{L}.-]*)*$/u;

/** Bodies named with two words, the first capitalised ("Tổng Công ty", "Ngân hàng Nhà nước"). */
const TWO_WORD_BODY =
  /^(?:Công ty|Ngân hàng|Tập đoàn|Câu lạc bộ|Hiệp hội|Liên đoàn|Trung tâm|Văn phòng|Tổng cục|Ủy ban|Uỷ ban|Đại học|Học viện|Bệnh viện|Công an|Quân đội|Hội đồng|Hạ viện|Thượng viện)$/u;

/** A capitalised run, then at most three lower-case words, ending the text before a colon. */
const NAMED_BEFORE_COLON =
  /(?:^|[,;]\s*|\s)(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})((?:\s+\p{Ll}[\p{L}]*){0,3})\s*$/u;

/** The first word of a body's name after "của" ("của Hougang United", "của CLB Hà Nội"). */
const OF_BODY_WORD = /của\s+(?:CLB\s+|ĐT\s+|đội\s+|tuyển\s+)?(\p{Lu}[\p{L}-]*)/gu;

/** An appositive naming a body or a place: "Bệnh viện đa khoa …", "huyện Nghi Lộc (tỉnh Nghệ An)". */
const SOURCE_APPOSITIVE =
  /^(?:Bệnh viện|Viện|Học viện|Sở|Bộ|Ban|Công ty|Ngân hàng|Tổng cục|Cục|UBND|HĐND|Trường|Đại học|Hội|Quỹ|Tập đoàn|Tổng công ty|Ủy ban|Uỷ ban|Trung tâm|Văn phòng|Liên đoàn|Hiệp hội|Câu lạc bộ|CLB|Khoa|Phòng|xã|phường|huyện|tỉnh|quận|thành phố|thị xã|thị trấn|TP\.?)\s/u;

/** Appositives after a name before its cue: at most this many ("X, title, body, district, city"). */
const MAX_APPOSITIVES = 5;
/** An appositive naming a body or a place (capitalised, or an administrative unit). */
const APPOSITIVE_PLACE =
  /^(?:\p{Lu}|(?:huyện|tỉnh|thành phố|phường|xã|quận|thị xã|thị trấn|TP\.?)\s)[^,]{0,80}$/u;
/**
 * A title, perhaps an office, then a capitalised name ending `chunk` ("Bộ trưởng Nguyễn Văn An",
 * "HLV Park Jae-won"): the title phrase up to the name's end, the title before the name, the name.
 */
function titledName(chunk: string): { phrase: string; title: string; name: string } | null {
  const titled = TITLED_NAME.exec(chunk);
  if (!titled || words(titled[1]!) > 16) return null;
  const title = titled[1]!.slice(0, titled[1]!.length - titled[2]!.length);
  // "Cô giáo chủ nhiệm của tân vô địch Olympia": the name after "của" is someone else's.
  if (/\scủa\s/u.test(title)) return null;
  const name = personName(titled[2]!.trim(), title);
  if (!name) return null;
  // ("Người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng": the country before the name is the
  // title's, so that a later "người phát ngôn Bộ Ngoại giao Việt Nam" finds her, not another's.)
  const full = titled[1]!.endsWith(name) ? titled[1]!.slice(0, titled[1]!.length - name.length) : title;
  return { phrase: titled[1]!, title: full, name };
}
/**
 * TITLE_ALT, and the spokesperson's titles in lower case as running text writes them ("người phát
 * ngôn Bộ Ngoại giao Mỹ Jen Psaki"); other titles in lower case are more often common nouns ("cô
 * giáo chủ nhiệm của tân vô địch Olympia").
 */
const TITLE_ALT_ANY_CASE = `${TITLE_ALT}|người\\s+phát\\s+ngôn|phát\\s+ngôn\\s+viên`;
const TITLED_NAME = new RegExp(
  `(?:^|\\s)((?:${TITLE_ALT_ANY_CASE})(?:\\s+(?:[${L}\\d.&\\-]+|\\([^()]{1,40}\\))){0,10}?\\s+((?:\\p{Lu}[${L}\\-]*\\s+(?:(?:${NAME_PARTICLE.source.slice(4, -2)})\\s+){0,2}){1,4}(?:\\p{Lu}[${L}\\-]*|\\p{Ll}{1,3}\\p{Lu}\\p{Ll}+)))\\s*$`,
  "u",
);

/** "chiến lược gia người Hàn Quốc", "nhà cầm quân 49 tuổi", "vị chuyên gia này": an epithet for a person met before. */
const EPITHET =
  /^(?:((?:vị\s+)?(?:chiến lược gia|nhà cầm quân)|tân binh|trung vệ|thủ thành|chân sút|thuyền trưởng|ông thầy|nhà chiến lược|(?:nữ|nam)\s+(?:VĐV|vận động viên|tuyển thủ|cầu thủ|võ sĩ|xạ thủ))|(nhà ngoại giao)|(ứng viên|ứng cử viên)|vị\s+(HLV|huấn luyện viên|chuyên gia|bác sĩ|bộ trưởng|thủ tướng|lãnh đạo|đại sứ|giáo sư|tiến sĩ|quan chức|tướng))(?:\s+[\p{L}\d-]+){0,5}$/iu;

/**
 * "“…”-chia sẻ của Thứ trưởng X với báo Dân trí.", "“…”, lời khẳng định của ông X.": group 1 is
 * what precedes the speaker (dash, "lời", the cue, "của"), 2 the cue, 3 the speaker.
 */
const ATTRIBUTION_NOMINAL = new RegExp(
  `^(\\s*[,.]?\\s*[–—-]?\\s*(?:(?:lời|ý kiến|những|các)\\s+)?(${CUE_ALT})(?:\\s+thêm)?\\s+của\\s+)(\\S.{0,159}?)(?:\\s+(?:với|tại|trên|trong|khi|sau|trước)\\s.{0,200})?\\s*[.!]?\\s*$`,
  "iu",
);

/** "“…”, Bộ trưởng X đã phát biểu như trên khi …": the cue points back at the quotation. */
const ATTRIBUTION_AS_ABOVE = new RegExp(
  `^\\s*[,.]?\\s*(\\S.{0,199}?)\\s+(${CUE_ALT})(?![${L}])(\\s+thêm)?()()\\s+như\\s+(?:trên|vậy)(?![${L}])`,
  "iu",
);
/** The clause after a cue that only points back at a quotation ("nói như trên khi …"). */
const AS_ABOVE = /^\s*như\s+(?:trên|vậy)(?![\p{L}])/iu;

const SECOND_CUE = new RegExp(
  `(?:[,;]\\s+(?:(?:đồng thời|song|nhưng|và|cũng|còn|qua đó|từ đó)\\s+)?|\\s+(?:và|đồng thời)\\s+(?:cũng\\s+)?|\\s+và\\s+(?:[^,;:“"]{0,60}?\\s)?(?:ông|bà)\\s+(?:(?:cũng|còn|đã|vẫn)\\s+)*)(${CUE_ALT})(?![${L}])(?:\\s+(?:rằng|là))?[,:]?\\s+(?!(?:này|đó|ấy|trên|kia|của)(?![${L}]))`,
  "iu",
);

const SECOND_CUE_ALL = new RegExp(SECOND_CUE.source, "giu");
/** A verb whose object the next verb shares: "Việt Nam luôn coi trọng và mong muốn phát triển …". */
const SHARED_OBJECT_VERB_END =
  /(?:^|\s)(?:coi trọng|ủng hộ|tôn trọng|trân trọng|hoan nghênh|thúc đẩy|tăng cường|mở rộng|đẩy mạnh|duy trì|củng cố|quan tâm)\s*$/iu;

/** SECOND_CUE's first match, past "và" + a verb sharing the object of the verb before it. */
function secondCue(clause: string): RegExpExecArray | null {
  SECOND_CUE_ALL.lastIndex = 0;
  for (let m = SECOND_CUE_ALL.exec(clause); m; m = SECOND_CUE_ALL.exec(clause))
    if (!(/^\s+và\s/u.test(m[0]) && SHARED_OBJECT_VERB_END.test(clause.slice(0, m.index)))) return m;
  return null;
}

/** After a noun that opens the reported words, a modal or "là": the noun is the clause's subject. */
const NOUN_AS_SUBJECT = /^\s+(?:cần|phải|nên|sẽ|đã|đang|là|không|chưa|có thể|vẫn)\s/u;
// ("yêu cầu mọi việc phải …": after a bare determiner, the noun's words, then the modal.)
const DETERMINER_NOUN_AS_SUBJECT =
  /^(?:\s+[^\s,;:]+){1,3}?\s+(?:cần|phải|nên|sẽ|đã|đang|là|không|chưa|có thể|vẫn)\s/u;
/** Do the reported words open with a noun phrase (NOUN_OBJECT_START) that is no clause's subject? */
function nounObject(words: string): boolean {
  const noun = NOUN_OBJECT_START.exec(words);
  if (!noun) return false;
  const after = words.slice(noun[0].length);
  return !(
    NOUN_AS_SUBJECT.test(after) ||
    (/^(?:một|những|mọi)$/iu.test(noun[0]) && DETERMINER_NOUN_AS_SUBJECT.test(after))
  );
}

/** "Ông Nguyễn Bích Lâm" → "Nguyễn Bích Lâm": a Vietnamese full name, after a form of address at most. */
function fullNameAfterAddress(s: string): string | null {
  const name = s.trim().replace(/^(?:Ông|Bà|Anh|Chị)\s+/u, "");
  return isVietnameseName(name) && personName(name, "") === name ? name : null;
}

/** "; và WHO đã khẳng định: …": a semicolon, the subject named again (group 1), its cue (group 2). */
const SAME_SUBJECT_AGAIN = new RegExp(
  `;\\s+(?:(?:và|đồng thời|còn)\\s+)?([^\\s;,:]+(?:\\s+[^\\s;,:]+){0,5}?)\\s+(?:(?:đã|cũng|còn|vẫn|tiếp tục)\\s+)*(${CUE_ALT})(?![${L}])(?:\\s+(?:rằng|là))?[,:]?\\s+`,
  "iu",
);

/** "Thứ 3, …", "Thứ nhất": an enumeration, never a speaker. */
const ORDINAL_START =
  /^(?:Thứ\s+(?:\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|Một là|Hai là|Ba là)(?:\s|,|$)/iu;
/** Documents as subjects: they speak for their issuer. */
const DOCUMENT_RE =
  /^(?:bản\s+)?(?:thông báo|văn bản|công văn|thông cáo(?: báo chí)?|tờ trình|kết luận|quyết định|thư ngỏ|báo cáo)(?:\s+(?:này|trên|nói trên|của trường|của sở|của bộ))?$/iu;
/**
 * Groups and identified unnamed people as speakers (GUIDE.md): a head noun with what identifies it.
 * Vague sources ("nhiều ý kiến", "các chuyên gia", "giới phân tích") are not speakers.
 */
const GROUP_RE =
  /^(?:(?:một trong số(?:\s+(?:các|những))?|vị|các vị|một|hai|ba|nhiều|một số|các|những)\s+)?(cơ quan chức năng|nhà phân tích|nhà nghiên cứu|nhà khoa học|nhà kinh tế|nhà đầu tư|chuyên gia|cử tri|phụ huynh|người dân|giáo viên|học sinh|sinh viên|bác sĩ|tài khoản|người|đại diện|lãnh đạo|nguồn tin|thành viên|cán bộ|nhân viên|kỹ sư|cư dân|bệnh nhân|người nhà|chủ|lực lượng|tiểu thương|nông dân|công nhân|người lao động|ngư dân|tài xế|hành khách|thí sinh|cổ đông|ban tổ chức|ban giám hiệu|ban quản lý|ban điều hành|ban huấn luyện|ban giám khảo|nhà tổ chức|nhà trường|bà mẹ|người mẹ|ông bố|người cha|người phụ nữ|nữ sinh|nam sinh|cô gái|chàng trai)(?:\s|$)/iu;

/**
 * An outlet's or a place's dateline opening a sentence: "HNP - ", "VOV.VN - ", "GiadinhNet – ",
 * "(Dân trí) - ", "MATXCƠVA (Sputnik) - ", "Hà Nội, 15/3 (TTXVN) - ", "TP.HCM - ", "Kinhtedothi – ".
 * Case-sensitive on purpose: under a case-insensitive flag "Hùng - Giám đốc …" would match. A
 * person's name before a dash is an appositive ("Ông Trần Thức - Hiệu trưởng"), never a dateline:
 * the first word is an outlet's (capitals, a capital inside, a dot, or one long word without
 * diacritics, which no Vietnamese syllable is), a bracketed source or a place.
 */
const DATELINE_OUTLET =
  /^(?=[\p{L}\d.&]*(?:\p{Lu}{2}|\p{Ll}\p{Lu}|\p{L}\.\p{L})|[A-Z][a-z]{6,}\s*[-–—]\s)[\p{Lu}\d][\p{L}\d.&]*(?:\s*\([^()]{2,30}\))?\s*[-–—]\s+/u;
const DATELINE_SOURCE =
  /^(?:[^()\n–—-]{0,30}\s)?\((?:[\p{Lu}\d][\p{L}\d.&]*)(?:\s+[\p{Lu}\d][\p{L}\d.&]*){0,3}\)\s*[-–—]\s+/u;
const DATELINE_PLACE =
  /^(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})(\s*[-–—]\s+)(\p{Lu}[\p{L}.]*)?(?:\s+(\p{Lu}[\p{L}.]*))?/u;
/** The length of the dateline opening `head` (0 when it has none). */
function datelineLength(head: string): number {
  // ("![]() Người phát ngôn …": an image's markup left in a copied page is no part of the subject.)
  const image = /^(?:\s*!\[[^\]]*\]\([^)]*\))+\s*/u.exec(head)?.[0].length ?? 0;
  if (image) return image + datelineLength(head.slice(image));
  const m = DATELINE_OUTLET.exec(head) ?? DATELINE_SOURCE.exec(head);
  if (m) return m[0].length;
  const p = DATELINE_PLACE.exec(head);
  if (!p || !isPlace(p[1]!)) return 0;
  // ("Mỹ - Trung …", "Việt - Mỹ": two places joined by a dash are a pair, not a dateline.)
  const [next, second] = [p[3], p[4]];
  if (next && (isPlace(next) || (second && isPlace(`${next} ${second}`)))) return 0;
  return p[1]!.length + p[2]!.length;
}
/** `head` with its dateline, if any, blanked (offsets kept). */
function withoutDateline(head: string): string {
  const n = datelineLength(head);
  return n ? " ".repeat(n) + head.slice(n) : head;
}

/** A topic opening a sentence ("Về …,", "Nói về …,", "Đối với …,"): what is spoken about. */
const TOPIC_OPENING =
  /^\s*(?:(?:nói|chia sẻ|bàn|trả lời|đề cập|nhắc|nhận xét|đánh giá)\s+(?:về|đến|tới)|về|đối với|liên quan (?:đến|tới))\s/iu;
/** A sentence opened by its cue: "Cho rằng <clause>, <subject> …" (section F of extract). */
const FRONTED_CUE =
  /^(\s*(?:\([^()]{1,30}\)\s*[-–—]\s*)?)(Cho rằng|Nhận định|Tin rằng|Tin tưởng rằng|Thừa nhận|Khẳng định|Nhấn mạnh|Đánh giá)\s+([^,;:“”"]{12,300}?),\s+/u;
/** The subject after a fronted cue, up to the main verb (a cue, or a tense or manner word). */
const FRONTED_MAIN_VERB =
  /^([^,;:“”"]+?)\s+(?:đã|đang|sẽ|vừa|mới|cũng|liền|lập tức|khẩn trương|thống nhất|cho rằng|cho biết|cho hay|khẳng định|nhấn mạnh|yêu cầu|đề nghị|kiến nghị|bày tỏ|nói|chia sẻ|nêu rõ|lưu ý|tin rằng|kêu gọi)(?![\p{L}])/iu;

/** A body named at the head of a headline ("Bộ Ngoại giao Trung Quốc: …"). */
const BODY_HEAD =
  /^(?:Bộ(?=\s+\p{Lu})|Sở|Cục(?=\s+\p{Lu})|Tổng cục|Ngân hàng|Ủy ban|Uỷ ban|UBND|Viện|Quỹ|Liên đoàn|Tòa án|Toà án|Công an|Văn phòng|Điện Kremlin|Nhà Trắng|Lầu Năm Góc)(?:\s+[\p{L}-]+){0,6}$/u;

/** A paragraph opening "<title> <Name>: …" (no reporting verb before the colon). */
const HEADLINE = /^((?:[^\s:,.“”"]+\s+){1,10}?\p{Lu}[^\s:,.“”"]*):\s+(?=\S)/u;

/** "Kinh tế sẽ tăng 6,5%, theo ông X, nguyên Tổng cục trưởng …." (the source closes the sentence). */
const THEO_AFTER =
  /^(\S.{14,}?)(,\s*theo\s+)(?!đó\b|đây\b|kế hoạch|dự kiến|quy định|luật|thỏa thuận|thoả thuận|hướng|tôi\b|chúng tôi|(?:các\s+)?(?:sắc lệnh|nghị định|nghị quyết|thông tư|chỉ thị|hiến pháp|điều lệ|hợp đồng|quyết định(?!\s+(?:của|từ)\s))(?![\p{L}]))(\S.{1,160}?)\s*[.!…]?\s*$/iu;
/** "… vừa có văn bản số 123/NHNN gửi các ngân hàng": a document issued, closing the subject. */
const ISSUED_DOCUMENT =
  /\s+(?:(?:vừa|đã|mới|cũng)\s+)*(?:(?:có|ban hành|gửi|phát đi|ra)\s+(?:văn bản|công văn|thông báo|chỉ thị|quyết định|công điện|thông cáo|thư)(?:\s+(?:số\s+)?\S*\d\S*)?(?:\s+gửi\s+[^,]{1,80})?|(?:đệ|gửi|nộp)\s+đơn(?:\s+(?:lên|tới|đến)\s+[^,]{1,60})?)$/u;
/** KNOWN_OUTLETS, folded once (isOutlet runs for every subject that is a description). */
const OUTLETS_FOLDED = new Set(KNOWN_OUTLETS.map((o) => foldText(o)));
/** Two sides or two office holders speaking together: no single speaker (GUIDE.md). */
const JOINT_SPEAKERS =
  /^(?:hai|ba|các)\s+(?:bên|phía|nước|đoàn|Thủ tướng|Bộ trưởng|Ngoại trưởng|Tổng thống|Chủ tịch|nhà lãnh đạo|lãnh đạo cấp cao|người đứng đầu)(?:\s+(?:cũng|đều|đã))?$/iu;
/** Sources no one can identify: not speakers (GUIDE.md). */
const VAGUE_SOURCE =
  /^(?:như\s+)?(?:người ta|(?:nhiều|các|những|một số)\s+(?:ý kiến|chuyên gia|dự báo|người|nhà phân tích|bác sĩ|nhà khoa học|nhà nghiên cứu)|giới\s+(?:phân tích|chuyên gia|quan sát))(?:\s|$)/iu;
/** Cues that, after a bare comma inside a clause, are more often its verb than a second statement. */
const AMBIGUOUS_SECOND_CUE =
  /^(?:phản ánh|thông tin|ghi nhận|đánh giá|chia sẻ|yêu cầu|đề nghị|trả lời|kể|viết|nêu|bổ sung|dự báo|ước tính|giải thích|phân tích|làm rõ|xác minh|chỉ rõ)$/iu;
/** A longer answer head: titles with full stops ("TS."), appositives after commas. */
const HEADLINE_LONG = /^([^:“”"()]{3,160}?):(?:\s+|(?=\p{Lu}))(?=\S)/u;
/** A reporter's question: "PV: …", "Phóng viên: …", or a paragraph ending in "?" (a reader's name after it). */
const REPORTER_LABEL = /^\s*(?:[*•\-–—]\s*)?(?:PV|P\.V|Phóng viên|Hỏi|Câu hỏi)\s*:/u;
const QUESTION = /^\s*(?:[*•\-–—]\s*)?(?:PV|P\.V|Phóng viên|Hỏi|Câu hỏi)\s*:|\?\s*(?:\([^()]{0,120}\))?\s*$/u;

/**
 * One or two Vietnamese words that open no family name ("Vụ Thể", "Ban Tuyên"): more likely the
 * capitalised start of an office or a body than a person when a full name follows.
 */
function officeWords(name: string): boolean {
  const parts = name.split(" ");
  return parts.length <= 2 && !isVietnameseName(name) && /[^\u0000-\u007f]/u.test(name);
}

/** Small words that never start a name: lower case in an all-caps line read as written. */
const CAPS_SMALL_WORDS =
  /^(?:và|của|về|với|tại|trong|cho|là|các|những|một|đã|sẽ|đang|không|có|được|bị|khi|sau|trước|từ|đến|tới|ở|thì|mà|này|đó)$/u;

/**
 * An all-caps line ("ĐẠI SỨ NGUYỄN QUỐC CƯỜNG TRẢ LỜI PHỎNG VẤN VIỆT WEEKLY") as it would be
 * written in sentence case, for finding the people it names: words capitalised up to the first
 * reporting verb, which with everything after it and the small words goes to lower case. The
 * same length, so offsets hold; any other text is returned as it is.
 */
function capsAsWritten(s: string): string {
  if (/\p{Ll}/u.test(s) || (s.match(/\p{Lu}{2,}/gu)?.length ?? 0) < 3) return s;
  const lower = s.toLowerCase();
  if (lower.length !== s.length) return s;
  const cue = CUE_ANYWHERE.exec(lower);
  const until = cue ? cue.index : s.length;
  const out = lower.replace(/[\p{L}\p{M}]+/gu, (w, at: number) =>
    at < until && !CAPS_SMALL_WORDS.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w,
  );
  return out.length === s.length ? out : s;
}

/** A reporting verb in lower case in `s` ("Bộ Thông tin và Truyền thông" names a ministry). */
function lowerCaseCueIn(s: string): boolean {
  for (const m of s.matchAll(CUE_EVERYWHERE)) if (/^\p{Ll}/u.test(m[0])) return true;
  return false;
}

/** A question put to the person interviewed: "…, thưa ông?", "Bà đánh giá thế nào về …?". */
const ADDRESSED_QUESTION =
  /(?:^|[\s,])thưa\s+\p{L}|^\s*(?:[*•\-–—]\s*)?(?:theo\s+)?(?:ông|bà|anh|chị|em|bạn)\s|[\s,](?:ông|bà|anh|chị|em|bạn)\s+(?:có|đánh giá|nhận định|nghĩ|thấy|nhìn|cho|dự báo|kỳ vọng|suy nghĩ|chia sẻ|muốn|lý giải|giải thích)\s/iu;
/**
 * A question put to the person interviewed: ADDRESSED_QUESTION, or a second-person pronoun in
 * lower case before a verb ("… em ấn tượng với tấm huy chương nào?"; case-sensitive on purpose:
 * "ông Trump có …" asks about someone else).
 */
function addressedQuestion(p: string): boolean {
  return (
    ADDRESSED_QUESTION.test(p) ||
    /[\s,](?:ông|bà|anh|chị|em|bạn)\s+\p{Ll}/u.test(p) ||
    // ("…. Theo ông, làm thế nào để …?": the interviewee's view asked for.)
    /(?:^|[\s.,])[tT]heo\s+(?:ông|bà|anh|chị|em|bạn)\s*,/u.test(p) ||
    // "xin Đại sứ cho biết …?": the interviewee addressed by a title.
    /(?:^|[\s,])[xX]in\s+(?:\p{Lu}\p{Ll}*|ông|bà|anh|chị)(?:\s+\p{L}+){0,3}?\s+(?:cho biết|chia sẻ|đánh giá|nói rõ|giải thích|nhận định)(?![\p{L}])/u.test(
      p,
    )
  );
}
/** "… có cuộc trao đổi với bà X", "phỏng vấn ông X": whom the interview is with (named next). */
const INTERVIEW_WITH =
  /(?<![\p{L}])(?:trao đổi|trò chuyện|phỏng vấn|tọa đàm|toạ đàm)(?:\s+(?:với|cùng))?\s+/giu;
/** A line that only names who answers next: "(Thanh Tùng, 42 tuổi, Bắc Giang)Trần Văn Sỹ:". */
const ANSWER_HEAD_LINE = /^\s*(?:\([^()]{0,160}\))?\s*([^():“”"]{3,100}?)\s*:\s*$/u;

/**
 * A paragraph opening with a new answerer's head ("Thứ trưởng X: …", "Ông Y, Vụ trưởng …: …",
 * "Nguyễn Thị Oanh: …"), not an answer that lists after a colon ("… ở tất cả các lĩnh vực: …").
 */
function answerHead(ptext: string): boolean {
  if (HEADLINE.test(ptext)) return true;
  const head = HEADLINE_LONG.exec(ptext)?.[1];
  return (
    head !== undefined && (startsWithTitle(head) || /^(?:ông|bà|anh|chị)\s/iu.test(head) || words(head) <= 6)
  );
}

/** A photo caption or credit line: breaks a quotation that runs over paragraphs. */
// ("… (ảnh TL)", "(Ảnh minh họa)": a photo's credit in brackets closing the caption.)
const CAPTION =
  /(?:^|\s|\()(?:Ảnh|ẢNH|Nguồn|Video|Clip)\s*:|\sảnh\s+\d{1,2}\s*$|\((?:ảnh|Ảnh)(?:\s+[^()]{1,30})?\)\s*\.?\s*$/u;

const cueAt = new RegExp(`(?<![${L}])(${CUE_ALT})(?![${L}])`, "giu");
/** Is there a reporting verb anywhere in a phrase? */
const CUE_ANYWHERE = new RegExp(`(?<![${L}])(?:${CUE_ALT})(?![${L}])`, "iu");
/** CUE_ANYWHERE, every match (matchAll). */
const CUE_EVERYWHERE = new RegExp(CUE_ANYWHERE.source, "giu");

export class Extractor {
  private index: NameEntry[];
  // People first met in this article ("Phó Chủ tịch … Nguyễn Hữu Thành"), so that a later
  // "ông Thành" or "HLV Park" resolves to them.
  private readonly local = new Map<string, KnownSpeaker>();
  // The article's entity table: people with the titles it gives them, by name and by short form.
  private readonly entities = new Map<string, Entity>();
  private readonly forms = new Map<string, Entity[]>();
  private readonly byHead = new Map<string, Entity>();
  private readonly byPhrase = new Map<string, Entity>();
  private clock = 0;
  // Organisations that spoke, most recent last ("Bộ này" → "Bộ Y tế").
  private orgs: string[] = [];
  // Speakers of the article so far, most recent first (for "ông này", "bà").
  private recent: SpeakerGuess[] = [];
  /**
   * The sentence before in this paragraph, when it gave no statement and opens in capitals: its
   * subject may be whom a bare "Ông" points to (openingPerson, read only when one does).
   */
  private openerOf: Segment | null = null;
  /** The last group (or member of it) named under each head noun ("cu tri" → "cử tri thành phố Hà Nội"). */
  private groupOf = new Map<string, SpeakerGuess>();
  /** namedInFull's answers, per word. */
  private fullNames = new Map<string, boolean>();
  private readonly outletNames: string[];

  constructor(private readonly opts: ExtractOptions = {}) {
    this.index = buildNameIndex(opts.speakers ?? []);
    this.outletNames = KNOWN_OUTLETS;
  }

  /**
   * The stored speaker a full name found in the text names: the same name or variant, or the same
   * unambiguous surname with the same first word ("Yury Ushakov" for "Yuri Ushakov" is not guessed).
   */
  private storedSpeaker(name: string): KnownSpeaker | null {
    const folded = foldText(name).trim();
    const exact = this.index.find((e) => e.folded === folded);
    if (exact) return exact.speaker;
    const words = folded.split(/\s+/);
    const bySurname = words.length > 1 ? this.index.find((e) => e.folded === words.at(-1)) : undefined;
    if (!bySurname) return null;
    const firstWords = [bySurname.speaker.name, ...bySurname.speaker.variants].map(
      (n) => foldText(n).split(/\s+/)[0],
    );
    return firstWords.includes(words[0]) ? bySurname.speaker : null;
  }

  /** A person met under a shorter or cut name takes the full one (every form of it finds them). */
  private rename(entity: Entity, name: string, title?: string): KnownSpeaker {
    entity.speaker.name = name;
    entity.speaker.key = `new:${name}`;
    entity.speaker.variants = shortForms(name);
    for (const form of [name, ...entity.speaker.variants])
      this.forms.set(foldText(form), [entity, ...(this.forms.get(foldText(form)) ?? [])].slice(0, 4));
    this.local.set(name, entity.speaker);
    this.entities.set(name, entity);
    if (title) this.addTitle(entity, title);
    return entity.speaker;
  }

  private learn(name: string, title?: string): KnownSpeaker {
    const existing = this.local.get(name);
    if (existing) {
      const entity = this.entities.get(name);
      if (entity && title) this.addTitle(entity, title);
      return existing;
    }
    // "Nguyễn Hạnh phúc" (a typo) met before "Nguyễn Hạnh Phúc": the shorter name was a cut of this one.
    const nameWords = foldText(name).split(" ");
    for (let k = nameWords.length - 1; k >= 2; k--) {
      const entity = this.forms
        .get(nameWords.slice(0, k).join(" "))
        ?.find((e) => foldText(e.speaker.name) === nameWords.slice(0, k).join(" "));
      if (entity?.speaker.key.startsWith("new:")) return this.rename(entity, name, title);
    }
    // "Ông Lavrov: …" (a headline) before "Ngoại trưởng Nga Sergey Lavrov", "Thùy Linh" before
    // "Nguyễn Thùy Linh": the short name met first was this person's; the entity takes the full name.
    const tokens = name.split(/\s+/);
    // ("cô Lan" before "Vũ Thị Lan": a given name alone, met first, was this person's too.)
    for (const k of isVietnameseName(name) ? [2, 1] : [1, 2]) {
      if (tokens.length <= k) continue;
      const tail = tokens.slice(-k).join(" ");
      const entity = this.entities.get(tail);
      if (entity && entity.speaker.name === tail && entity.speaker.key.startsWith("new:"))
        return this.rename(entity, name, title);
    }
    // Vietnamese names are shortened to the given name (one or two words), foreign ones to the first or last.
    const variants = shortForms(name);
    // Linking to the newsroom's speakers is the last step: a person met in the text who is a stored
    // speaker is that speaker (then "ông Ushakov" later in the article resolves to them too).
    const speaker: KnownSpeaker = this.storedSpeaker(name) ?? {
      key: `new:${name}`,
      name,
      variants,
      kind: "PERSON",
    };
    const remember = this.local.size < MAX_LEARNED_PEOPLE;
    this.local.set(name, speaker);
    if (!remember) return speaker;
    const entity: Entity = {
      speaker,
      heads: new Set(),
      phrases: new Set(),
      classes: new Set(),
      seen: ++this.clock,
      created: this.clock,
      // "Mai Thị Ánh Tuyết" is a woman, "Nguyễn Văn Nên" a man: a later "bà"/"ông" tells them apart.
      ...(isVietnameseName(name) ? genderOfMiddleName(name) : {}),
    };
    this.entities.set(name, entity);
    for (const form of [name, ...variants]) {
      const key = foldText(form);
      // At most a few people per short form: enough to pick the latest, bounded work per mention.
      this.forms.set(key, [entity, ...(this.forms.get(key) ?? []).filter((e) => e !== entity)].slice(0, 4));
    }
    if (title) this.addTitle(entity, title);
    const shortEntries = variants
      .map((v) => ({ folded: foldText(`ong ${v}`), speaker }))
      .concat(variants.map((v) => ({ folded: foldText(`ba ${v}`), speaker })));
    // The index stays sorted longest first, new entries after existing ones of the same length
    // (what a stable sort of [...index, ...added] gives), by merging rather than re-sorting.
    const added = [{ folded: foldText(name), speaker }, ...shortEntries].sort(
      (a, b) => b.folded.length - a.folded.length,
    );
    const merged: NameEntry[] = [];
    let j = 0;
    for (const entry of this.index) {
      while (j < added.length && added[j]!.folded.length > entry.folded.length) merged.push(added[j++]!);
      merged.push(entry);
    }
    while (j < added.length) merged.push(added[j++]!);
    this.index = merged;
    return speaker;
  }

  /** Records a title the article gives a person ("Phó Hiệu trưởng Trường THPT Yên Mỹ"), for a later bare title. */
  private addTitle(entity: Entity, phrase: string) {
    const clean = phrase.replace(/[,\s]+$/u, "").trim();
    const head = titleHead(clean);
    if (!head || /^(?:ong|ba|anh|chi|co|thay|em|chau|cu)$/.test(head)) return;
    entity.heads.add(head);
    const cls = titleClass(clean);
    if (cls) entity.classes.add(cls);
    const folded = foldText(clean).replace(/\s+/g, " ");
    entity.phrases.add(folded);
    entity.seen = ++this.clock;
    // Constant-time lookups, the latest holder of a title winning (bounded work per mention).
    this.byHead.set(head, entity);
    this.byPhrase.set(folded, entity);
  }

  /**
   * People named with a title anywhere in a sentence ("Phó Thủ tướng, Bộ trưởng Bùi Thanh Sơn hội
   * đàm …", "Tổng thống Hoa Kỳ Donald Trump"): the article's entity table, in order of mention, so
   * that a later "ông Sơn", a bare "Phó Thủ tướng" or "Tiến sĩ" resolves to them. Linear: one
   * pass over the sentence's titles, each looking at most MENTION_WORDS words ahead.
   */
  private noteMentions(text: string, start: number, end: number) {
    const sentence = capsAsWritten(text.slice(start, end));
    const pending: string[] = [];
    // "Dương Thuý Vi đã xuất sắc mang về …": a Vietnamese full name opening a sentence, no title,
    // is a person of this article (whom a question "Em nghĩ gì …?" is then put to).
    const opening =
      /^\s*(?:[^\s,]+(?:\s+[^\s,]+){0,4},\s+)?((?:\p{Lu}\p{Ll}*\s+){2,3}\p{Lu}\p{Ll}*)\s+(?:\p{Ll}|[-–—]\s)/u.exec(
        sentence,
      );
    if (opening) {
      const run = opening[1]!;
      if (
        isVietnameseName(run) &&
        personName(run, "") === run &&
        !MIDDLE_NAMES.has(run.split(" ")[0]!) &&
        !/^(?:Ông|Bà|Anh|Chị|Cô|Thầy|Em|Cháu|Bé|Cụ)\s/u.test(run)
      )
        if (!this.local.has(run) && !this.byForm(run)) this.learn(run);
    }
    MENTION_TITLE.lastIndex = 0;
    for (let m = MENTION_TITLE.exec(sentence); m; m = MENTION_TITLE.exec(sentence)) {
      if (NOT_MENTION_TITLE.test(m[0])) continue;
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 120);
      const tokens = after.split(/(\s+)/u);
      const words: string[] = [];
      // A capitalised run the limit would cut ("… Việt Nam Nguyễn Minh| Khoa") is read to its end.
      const inRun = () => /^\p{Lu}/u.test(words.at(-1) ?? "") && words.length < MENTION_WORDS + 4;
      for (let i = 0; i < tokens.length && (words.length < MENTION_WORDS || inRun()); i++) {
        const t = tokens[i]!;
        if (/^\s+$/u.test(t) || t === "") continue;
        // "đại biểu (ĐB) Nguyễn Hữu Cầu", "Công ty … (VPF) Nguyễn Minh Khoa": an abbreviation in brackets.
        if (/^\([^()\s]{1,12}\)$/u.test(t)) continue;
        words.push(t);
        if (/[,.;:()“”"–—!?]$/u.test(t)) break;
      }
      // A reporting verb ends the mention: "Hiệu trưởng trường THPT Lê Lợi cũng cho hay em P." names
      // no "P." with that title.
      const cue = CUE_ANYWHERE.exec(words.join(" "));
      if (cue && /^\p{Ll}/u.test(cue[0])) {
        let len = 0;
        let keep = 0;
        while (keep < words.length && len + words[keep]!.length < cue.index) len += words[keep++]!.length + 1;
        words.length = keep;
      }
      // Capitalised runs after the title; the name is the first one that is a person's. An office
      // phrase may hold capitalised words of its own ("Chủ nhiệm Văn phòng Quốc hội Nguyễn Hạnh
      // Phúc"): a lone Vietnamese syllable is the name only when no fuller name follows.
      let run: string[] = [];
      const office: string[] = [];
      const cands: { run: string; before: string; name: string | null; weak: boolean; following?: string }[] =
        [];
      for (const w0 of [...words, ""]) {
        const w = w0.replace(/[,.;:()“”"–—!?]+$/u, "");
        // ("Ramon dela Cruz", "Blair duQuesnay": a particle inside a run goes on with it.)
        const cap =
          /^\p{Lu}/u.test(w) ||
          (run.length > 0 && (NAME_PARTICLE.test(w) || /^\p{Ll}{1,3}\p{Lu}\p{Ll}/u.test(w)));
        if (cap) run.push(w);
        if (!cap || w0 !== w) {
          if (run.length) {
            const before = `${m[0]} ${office.join(" ")}`;
            const name = personName(run.join(" "), before);
            cands.push({ run: run.join(" "), before, name, weak: name !== null && weakName(name) });
            office.push(...run);
            if (!cap && w) cands.at(-1)!.following = w;
          }
          run = [];
          if (!cap && w) {
            if (cands.some((c) => c.name && !c.weak && !officeWords(c.name))) break;
            // "cô giáo chủ nhiệm của nhà vô địch Olympia 2020 Nguyễn Thị Thu Hằng": a name after
            // "của" is the possessor's, not the titled person's.
            if (/^của$/iu.test(w)) break;
            office.push(w);
          }
          if (w0 !== w) break;
        }
      }
      // Forms of address: "anh", "chị" name a person only with a full name ("chị Nguyễn Thị Vân").
      const isAddress = /^(?:ông|bà|anh|chị)$/iu.test(m[0]);
      // "Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội Nguyễn Hạnh Phúc", "Bộ trưởng, Chủ nhiệm …":
      // titles joined by commas or "kiêm" all belong to the name that closes the chain.
      const chained =
        !isAddress && !cands.length && /^(?:\p{Lu}\S*(?:\s+\S+){0,6})?,$|^$/u.test(words.join(" "));
      if (chained && /^\s*(?:\S+\s+){0,7}?(?:,|kiêm)/u.test(after)) {
        pending.push(`${m[0]} ${words.join(" ")}`.replace(/,$/, ""));
        continue;
      }
      for (const [k, c] of cands.entries()) {
        const tokensN = c.run.split(" ").length;
        const name = c.name;
        if (!name) continue;
        // "Vụ trưởng Vụ Thể thao thành tích cao Nguyễn Hồng Minh": the office's capitalised words,
        // then the person's full name.
        if (officeWords(name) && cands.slice(k + 1).some((d) => d.name && isVietnameseName(d.name))) continue;
        const single = name.split(" ").length < 2;
        if (single && !isAddress && c.weak && cands.slice(k + 1).some((d) => d.name && !d.weak)) continue;
        if (single && c.following && OFFICE_COMPOUND.has(foldText(`${name} ${c.following}`))) continue;
        // "Tổng Giám đốc Tổng Công ty …": the run's last word and the next make a body's name.
        if (c.following && TWO_WORD_BODY.test(`${c.run.split(" ").at(-1)} ${c.following}`)) continue;
        // ("giám đốc điều hành Borussia Dortmund, Hans Joachim Watzke": a run, then a comma and a
        // full name closing the sentence or clause: the run is the office's body, the name its holder.)
        if (!isAddress && k === cands.length - 1) {
          const atRun = after.indexOf(c.run);
          const holder =
            atRun >= 0
              ? /^,\s*((?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s*(?:[.;,:]|$)/u.exec(
                  after.slice(atRun + c.run.length),
                )
              : null;
          const holderName = holder ? personName(holder[1]!, "") : null;
          if (holderName === holder?.[1] && holderName && !isPlace(holderName) && !this.byForm(c.run)) {
            if (!this.local.has(holderName) && !this.byForm(holderName))
              this.learn(holderName, `${c.before.trim()} ${c.run}`.trim());
            break;
          }
        }
        // "ông Trump" after "Tổng thống Donald Trump": the person met before, now known as a man.
        if (single && isAddress) {
          const met = this.byForm(name);
          const gender = genderOf(m[0]);
          if (met) met.seen = ++this.clock;
          if (met && gender) met.gender = gender;
        }
        if (single && (isAddress || tokensN > 1)) break;
        if (single && VN_SYLLABLE_TITLE_BLOCK.test(name)) break;
        // "giáo viên Toán", "cô giáo dạy Văn": the subject taught, not a name.
        if (single && SCHOOL_SUBJECT.test(name) && /giáo|dạy|môn/iu.test(c.before)) break;
        // "Bí thư ban Cán sự đảng": one Vietnamese syllable after office words is part of the office.
        if (single && c.weak && c.before.trim() !== m[0]) break;
        // ("Người phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng": the country that opens the
        // run is the title's, so that a later "người phát ngôn Bộ Ngoại giao Việt Nam" is her.)
        const lead = c.run.endsWith(name) ? c.run.slice(0, c.run.length - name.length).trim() : "";
        const titlePhrase = isAddress ? undefined : `${c.before.trim()} ${lead}`.trim();
        // "GS Cường" after "GS, TS Hoàng Văn Cường": a short form of a person already met.
        const known = this.local.has(name) ? null : this.byForm(name);
        if (!known) this.learn(name, titlePhrase);
        const entity = known ?? this.entities.get(name);
        const gender = isAddress ? genderOf(m[0]) : undefined;
        if (entity && gender) entity.gender = gender;
        // "ông Lê Văn Trắng, Trưởng phòng GD-ĐT thị xã Long Mỹ, cho biết", "bà X - Giám đốc …":
        // the appositive title is the person's (a later bare "Trưởng phòng …" is them).
        if (entity) {
          const at = after.indexOf(name);
          const appositive =
            at < 0 ? null : /^\s*(?:,|[–—-])\s*([^,.;:()“”"–—]{3,160})/u.exec(after.slice(at + name.length));
          if (appositive) {
            let phrase = appositive[1]!;
            const cue = CUE_ANYWHERE.exec(phrase);
            if (cue && /^\p{Ll}/u.test(cue[0])) phrase = phrase.slice(0, cue.index);
            phrase = phrase.trim();
            if (startsWithTitle(phrase) && phrase.split(/\s+/).length <= 14) this.addTitle(entity, phrase);
          }
        }
        if (known) {
          known.seen = ++this.clock;
          if (titlePhrase) this.addTitle(known, titlePhrase);
        }
        if (entity) for (const t of pending) this.addTitle(entity, t);
        break;
      }
      pending.length = 0;
    }
  }

  /** The person the article last named as "ông …" (m) or "bà …" (f). */
  private latestOfGender(gender: "m" | "f", orUnknown = false): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities.values())
      if ((e.gender === gender || (orUnknown && e.gender === undefined)) && (!best || e.seen > best.seen))
        best = e;
    return best;
  }

  /** An outlet's name ("Đài truyền hình Channel News Asia (Singapore)", "Yonhap", "tờ Politico"). */
  private isOutlet(label: string): boolean {
    const name = label.replace(/\s*\([^()]*\)\s*$/u, "").trim();
    return (
      /^(?:đài truyền hình|đài phát thanh|truyền hình|hãng thông tấn|thông tấn xã|hãng tin|tờ|báo|kênh|tạp chí|trang tin)\s/iu.test(
        name,
      ) || OUTLETS_FOLDED.has(foldText(name))
    );
  }

  /** The latest entity one of whose names or short forms is `run` (folded), or null. */
  private byForm(run: string): Entity | null {
    const folded = foldText(run);
    let list = this.forms.get(folded);
    if (!list?.length) return null;
    // ("Trấn Thành" is no "Thanh Lam": a form written with its tone marks must match them.)
    const lower = run.toLocaleLowerCase("vi");
    if (lower !== folded) {
      const same = (f: string) => f.toLocaleLowerCase("vi") === lower;
      list = list.filter((e) => [e.speaker.name, ...e.speaker.variants].some(same));
      if (!list.length) return null;
    }
    return list.reduce((a, b) => (b.seen > a.seen ? b : a));
  }

  private byTitleExact(phrase: string): Entity | null {
    return this.byPhrase.get(foldText(phrase.trim()).replace(/\s+/g, " ")) ?? null;
  }

  /** The latest entity given this title phrase, else the latest given its head title ("Tiến sĩ"). */
  private byTitle(phrase: string): Entity | null {
    const exact = this.byTitleExact(phrase);
    if (exact) return exact;
    const head = titleHead(phrase);
    return head ? (this.byHead.get(head) ?? null) : null;
  }

  /** Tries the subject in each comma-separated chunk before the cue, nearest first ("bà X, 58 tuổi, kể"). */
  private resolveSubject(
    text: string,
    npStart: number,
    npEnd: number,
    last: SpeakerGuess | null,
  ): SpeakerGuess | null {
    // "Anh Trần Minh Hiếu (phường Long Biên)", "chị Nguyễn Thị Hà ở xã Nghi Lâm, huyện Nghi Lộc":
    // where a person lives is no part of the subject; the person before it speaks.
    // "ông Trần Duy Bình – Phó Chủ tịch UBND xã …", "dược sĩ X - Phòng Kế hoạch …, Trung tâm Y tế
    // …": after a dash between spaces, the name's office and body.
    const [t0, full] = trimSpan(text, npStart, npEnd);
    // (A dateline is no appositive: "Kinhtedothi – Bộ GD&ĐT …" is the ministry's sentence.)
    const s0 = t0 + datelineLength(text.slice(t0, full));
    // "Ngân hàng Nhà nước (NHNN) vừa có văn bản (số …) yêu cầu …": the document speaks for its issuer.
    const issued = ISSUED_DOCUMENT.exec(text.slice(s0, full));
    const e0 = issued && issued.index > 0 ? s0 + issued.index : full;
    const end = issued && issued.index > 0 ? e0 : npEnd;
    const np = text.slice(s0, e0);
    let cut: SpeakerGuess | null = null;
    // (Only on a subject of subject length: on a long run-on window these patterns backtrack.)
    const cuts =
      np.length <= MAX_CUT_SUBJECT
        ? [RESIDENCE, DASH_APPOSITIVE, OF_BODY, TRAILING_BRACKET, STATED_VIEW, CONCESSIVE]
        : [];
    for (const re of cuts) {
      const before = re.exec(np)?.[1];
      if (!before) continue;
      const guess = this.resolveSubjectAppositives(text, s0, s0 + before.length, last);
      // (A concession never belongs to the subject: what stands before it is the subject.)
      if (re === CONCESSIVE && guess) return guess;
      if (guess?.via === "name") {
        // "ông Trần Thức - Hiệu trưởng trường": the title after the dash is the person's (a later
        // bare "Hiệu trưởng trường …" is them).
        const office = np.slice(before.length).replace(/^\s*[–—-]\s*/u, "");
        const entity = re === DASH_APPOSITIVE ? this.entities.get(guess.label) : undefined;
        if (entity && startsWithTitle(office) && words(office) <= 14) this.addTitle(entity, office);
        return guess;
      }
      cut ??= guess;
    }
    // "Bệnh viện Đa khoa Hải Hậu (tỉnh Ninh Bình) cho biết": a body, before where it is.
    return this.resolveSubjectAppositives(text, npStart, end, last) ?? cut;
  }

  private resolveSubjectAppositives(
    text: string,
    npStart: number,
    npEnd: number,
    last: SpeakerGuess | null,
  ): SpeakerGuess | null {
    // "bà Lưu Phương Anh, Phó Hiệu trưởng Trường THPT Yên Mỹ khẳng định": a title phrase after a
    // comma is an appositive of the name before it (the title is remembered for "Phó Hiệu trưởng …").
    let first = this.resolveSubjectOnce(text, npStart, npEnd, last);
    // ("đại diện chiến dịch tranh cử của bà Harris": a person after "của" is whose representative
    // speaks, not who speaks; the words are a description, and the name before a comma may be theirs.)
    if (first && first.via !== "description") {
      const chunkStart = Math.max(npStart, lastCommaAbove(text, first.start - 1, npStart) + 1);
      const lead = text.slice(chunkStart, first.start);
      const of = /^(.*?\S)\s+của\s+((?:\S+\s+){0,5})$/u.exec(lead);
      if (
        of &&
        (!of[2]!.trim() || /^(?:ông|bà|anh|chị)\s*$/iu.test(of[2]!) || startsWithTitle(of[2]!.trim()))
      ) {
        // ("Đảng Tự hào Thái Lan (Bhumjaithai) của Thủ tướng Anutin cho biết": the party speaks.)
        const body = BODY_NAME_HEAD.test(of[1]!.trim()) || /^Đảng\s/u.test(of[1]!.trim());
        const [ds, de] = trimSpan(text, chunkStart, body ? chunkStart + of[1]!.length : npEnd);
        first = { start: ds, end: de, resolved: null, via: "description", label: text.slice(ds, de) };
      }
    }
    if (first?.via === "name") return first;
    // "Công an phường Phú An, TPHCM, thông tin …": the place after a comma is where the body is.
    if (first?.via === "description" && isPlace(first.label)) {
      const comma = lastCommaAbove(text, first.start - 1, npStart);
      if (comma > npStart) {
        const body = this.resolveSubjectOnce(text, npStart, comma, last);
        if (body) return body;
      }
    }
    // "bà Xuân, một tiểu thương cho biết", "anh H., phụ huynh có ý kiến …, cho biết": the group
    // noun describes the person named before the comma.
    // ("Jen O'Malley Dillon, đại diện chiến dịch tranh cử của bà Harris, cho biết": whom the person
    // represents, after the name.)
    if (
      first?.via === "description" &&
      (/^một\s/iu.test(first.label) ||
        GROUP_RE.test(first.label) ||
        /^(?:đại diện|người đại diện|trợ lý|cố vấn|thành viên)\s/iu.test(first.label))
    ) {
      const comma = lastCommaAbove(text, first.start - 1, npStart);
      if (comma > npStart) {
        const named = this.resolveSubjectOnce(text, npStart, comma, last);
        // (Not "Bác sĩ X đã khám cho một bệnh nhân nữ, bệnh nhân này tự cho rằng …": a clause before
        // the comma, and "bệnh nhân này" is its patient, not X.)
        if (
          named?.via === "name" &&
          !/[\p{L}\p{N}]/u.test(text.slice(named.end, comma).replace(/\([^()]*\)/gu, ""))
        )
          return named;
        // ("Ghassan Abou-Alfa, bác sĩ chuyên khoa ung thư tại …": a foreign name alone, then what
        // the person is.)
        const [rs, re] = trimSpan(text, npStart, comma);
        const run = text.slice(rs, re);
        if (
          /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(run) &&
          !isVietnameseName(run) &&
          personName(run, "") === run &&
          !isPlace(run) &&
          !NOT_A_SPEAKER_START.test(run)
        ) {
          const person = this.learn(run);
          return { start: rs, end: re, resolved: person, via: "name", label: person.name };
        }
      }
    }
    // "Bác sĩ Nguyễn Văn An, Bệnh viện Bạch Mai cho biết": the person speaks; the body after the
    // comma is where they work.
    // ("BS. X, Khoa Cấp cứu, Bệnh viện Y cảnh báo": over the bodies, back to the person.)
    if (first?.via === "description" && BODY_NAME_HEAD.test(first.label)) {
      let comma = lastCommaAbove(text, first.start - 1, npStart);
      for (let k = 0; k < 3 && comma > npStart; k++) {
        const prev = lastCommaAbove(text, comma - 1, npStart);
        const [ps, pe] = trimSpan(text, prev > npStart ? prev + 1 : npStart, comma);
        const chunk = text.slice(ps, pe);
        // ("Bộ môn Dinh dưỡng và An toàn thực phẩm": a unit's name may run to a dozen words.)
        if (words(chunk) > 12) break;
        if (
          startsWithTitle(chunk) ||
          /^(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị)\s+\p{Lu}/u.test(chunk) ||
          (isVietnameseName(chunk) && personName(chunk, "") === chunk && words(chunk) >= 2)
        ) {
          const person = this.resolveSubjectOnce(text, ps, pe, last);
          // (The chunk is the person's name with its title, not an office: "Phó Vụ trưởng Vụ …".)
          if (person?.via === "name" && person.resolved?.kind === "PERSON" && chunk.endsWith(person.label))
            return person;
          break;
        }
        if (!(UNIT_OF_BODY.test(chunk) || BODY_NAME_HEAD.test(chunk))) break;
        comma = prev;
      }
    }
    // "Cục Quản lý dược, Bộ Y tế cho biết": the body speaks, the ministry after it is whose it is.
    if (first?.via === "description" && PARENT_BODY.test(first.label)) {
      const comma = lastCommaAbove(text, first.start - 1, npStart);
      if (comma > npStart) {
        const unit = this.resolveSubjectOnce(text, npStart, comma, last);
        if (unit?.via === "description" && UNIT_OF_BODY.test(unit.label)) return unit;
      }
    }
    const comma0 = lastCommaAbove(text, npEnd - 1, npStart);
    if (comma0 > npStart) {
      const [as, ae] = trimSpan(text, comma0 + 1, npEnd);
      const appositive = text.slice(as, ae);
      if (startsWithTitle(appositive) && !this.byTitleExact(appositive) && words(appositive) <= 14) {
        const prevComma = lastCommaAbove(text, comma0 - 1, npStart);
        const guess = this.resolveSubjectOnce(
          text,
          prevComma > npStart ? prevComma + 1 : npStart,
          comma0,
          last,
        );
        if (guess && guess.via === "name") {
          const entity = this.entities.get(guess.label);
          if (entity) this.addTitle(entity, appositive);
          return guess;
        }
      }
    }
    // "ông Phạm Văn Tác, Vụ trưởng Tổ chức cán bộ, Bộ Y tế, nhìn nhận", "Anh X, Cựu Hội trưởng …,
    // Trường …, huyện Sóc Sơn, Hà Nội cho biết": a named person, then appositives (a title, the
    // body, the place) up to the cue: the person speaks, not the last body or place.
    const named = this.namedBeforeAppositives(text, npStart, npEnd, last);
    if (named) return named;
    const direct = first;
    // ("Nhiều người băn khoăn tính thực hư và": text cut before its end is no one's name.)
    if (direct?.via === "description" && /\s(?:và|hoặc|với|của|rằng)$/u.test(direct.label)) return null;
    if (direct) return direct;
    let end = npEnd;
    for (let tries = 0; tries < 2; tries++) {
      const comma = lastCommaAbove(text, end - 1, npStart);
      if (comma <= npStart) break;
      const prevComma = lastCommaAbove(text, comma - 1, npStart);
      const chunkStart = prevComma > npStart ? prevComma + 1 : npStart;
      const guess = this.resolveSubjectOnce(text, chunkStart, comma, last);
      // "Lãnh đạo các bộ, ngành, địa phương thẳng thắn chỉ rõ": a group's list of what it leads
      // runs on after the commas (short lower-case items up to the cue).
      const rest = text.slice(comma, npEnd);
      if (guess?.via === "description" && GROUP_RE.test(guess.label) && GROUP_LIST_TAIL.test(rest)) {
        const [, full] = trimSpan(text, guess.start, npEnd);
        const [, e] = trimSpan(text, guess.start, full - trailingNoiseLength(text.slice(guess.start, full)));
        return { ...guess, end: e, label: text.slice(guess.start, e) };
      }
      // Only named subjects may sit before an appositive; a bare title there is not the subject.
      if (guess && guess.via !== "pronoun") return guess;
      end = comma;
    }
    return null;
  }

  private namedBeforeAppositives(
    text: string,
    npStart: number,
    npEnd: number,
    last: SpeakerGuess | null,
  ): SpeakerGuess | null {
    const chunks: [number, number][] = [];
    let end = npEnd;
    for (let k = 0; k < MAX_APPOSITIVES + 1; k++) {
      const comma = lastCommaAbove(text, end - 1, npStart);
      const start = comma > npStart ? comma + 1 : npStart;
      const chunk = trimSpan(text, start, end);
      if (chunk[1] > chunk[0]) chunks.unshift(chunk);
      if (comma <= npStart) break;
      end = comma;
    }
    // chunks: nearest the cue last; the person is in one before a title appositive.
    for (let j = chunks.length - 2; j >= 0; j--) {
      const between = chunks.slice(j + 1).map(([a, b]) => text.slice(a, b));
      if (!startsWithTitle(between[0]!)) continue;
      if (!between.every((c) => startsWithTitle(c) || APPOSITIVE_PLACE.test(c))) return null;
      const guess = this.resolveSubjectOnce(text, chunks[j]![0], chunks[j]![1], last);
      // "…, Bộ GD-ĐT, Phó Trưởng Ban …": a body between titles; the person is further back.
      if (guess?.via !== "name") continue;
      const entity = this.entities.get(guess.label);
      if (entity) this.addTitle(entity, between[0]!);
      return guess;
    }
    return null;
  }

  /** Who is the subject in `np` (text before a cue, in `text` at `offset`)? */
  private resolveSubjectOnce(
    text: string,
    npStart: number,
    npEnd: number,
    last: SpeakerGuess | null,
  ): SpeakerGuess | null {
    let s = npStart;
    let e = npEnd;
    [s, e] = trimSpan(text, s, e);
    let np = text.slice(s, e);
    // Drop a leading adverbial clause ("Trước đó, …", "Tại Kyiv, …") and trailing time words.
    let skipped = datelineLength(np);
    for (;;) {
      LEADING_ADVERBIAL_AT.lastIndex = skipped;
      const m = LEADING_ADVERBIAL_AT.exec(np);
      if (!m || m[0].length === 0) break;
      skipped += m[0].length;
    }
    if (skipped) {
      s += skipped;
      np = text.slice(s, e);
    }
    const noise = trailingNoiseLength(np);
    if (noise) {
      e -= noise;
      np = text.slice(s, e);
    }
    // ("Đồng chí Chủ tịch UBND tỉnh", "đồng chí Lê Duy Thành": the party's form of address, then the
    // title or the name it addresses.)
    const comrade = /^(?:đồng chí|Đ\/c)\s+(?=\p{Lu})/iu.exec(np);
    if (comrade) s += comrade[0].length;
    [s, e] = trimSpan(text, s, e);
    np = text.slice(s, e);
    if (!np) return null;

    // Work on the last comma-separated chunk (the subject usually closes the chunk list), but
    // keep appositives: "Trợ lý …, ông Yuri Ushakov," ends with the name.
    const chunks: [number, number][] = [];
    let cs = s;
    let depth = 0;
    for (let i = s; i <= e; i++) {
      if (text[i] === "(") depth++;
      else if (text[i] === ")") depth = Math.max(0, depth - 1);
      if (i === e || (text[i] === "," && depth === 0)) {
        const [a, b] = trimSpan(text, cs, i);
        if (b > a) chunks.push([a, b]);
        cs = i + 1;
      }
    }
    let [cs0, ce0] = chunks.at(-1) ?? [s, e];
    // "…, đồng thời nói rằng": the subject is at the start of the previous chunk.
    if (/^(?:đồng thời|và|sau đó|rồi|nhưng|song)$/iu.test(text.slice(cs0, ce0)) && chunks.length > 1)
      [cs0, ce0] = chunks.at(-2)!;
    // "và phụ huynh cho rằng", "Còn anh X cho hay": a conjunction opens the chunk, not the subject.
    const conj = /^(?:còn|và|nhưng|song|(?:thông tin|nguồn tin|tin)\s+(?:từ|của))\s+(?=\S)/iu.exec(
      text.slice(cs0, ce0),
    );
    if (conj) cs0 += conj[0].length;
    // "… những con số mà ĐB Nhưỡng đánh giá là …": the relative clause has its own subject.
    const relative = /\smà\s+((?:\S+\s*){1,6})$/u.exec(text.slice(cs0, ce0));
    if (relative) cs0 = ce0 - relative[1]!.length;
    const chunk = text.slice(cs0, ce0);
    // "… giáo viên và phụ huynh để làm rõ …": the cue opens a purpose or a condition, not a statement.
    if (/(?:^|\s)(?:để|nhằm|nếu|trước khi|sau khi)$/iu.test(chunk)) return null;

    // 0. A known name that spans commas and ends the subject ("Các quan chức Mỹ, Ukraine và EU").
    const whole = findNames(np, this.index).filter(
      (n) => words(np.slice(n.end)) === 0 && n.start < np.length - chunk.length,
    );
    if (whole.length) {
      const n = whole.at(-1)!;
      return { start: s + n.start, end: s + n.end, resolved: n.speaker, via: "name", label: n.speaker.name };
    }
    // 1. A known name in the chunk: the one nearest the cue, unless a long predicate separates them.
    const names = findNames(chunk, this.index);
    if (names.length) {
      const lastName = names.at(-1)!;
      const tail = chunk.slice(lastName.end);
      // "A và B" (a joint statement): the first named leads.
      const joint =
        names.length > 1 &&
        /^\s+và\s/u.test(chunk.slice(names.at(-2)!.end, lastName.start).replace(/^[^v]*?(?=\s+và\s)/u, ""));
      const pick = joint ? names.at(-2)! : words(tail) <= 3 ? lastName : names[0]!;
      // "Cô giáo chủ nhiệm của tân vô địch Olympia tiết lộ …": the name closes a "của" phrase
      // (with a common noun in it) after the subject's head: it is the possessor, not the speaker.
      const possessor = /(?:^|\s)của\s+(.*)$/u.exec(chunk.slice(0, pick.start));
      if (
        possessor &&
        /^\p{Ll}/u.test(possessor[1]!) &&
        !/^(?:ông|bà|anh|chị|cô|thầy)\s/u.test(possessor[1]!) &&
        !startsWithTitle(possessor[1]!) &&
        words(possessor[1]!) <= 5 &&
        words(chunk.slice(0, possessor.index)) >= 1
      )
        return null;
      // "giáo viên chủ nhiệm gọi điện cho gia đình anh H. thông báo …": the person after "cho/với
      // <a noun>" is whom the subject addressed, not who speaks.
      if (
        pick.start > 0 &&
        /(?:^|\s)(?:cho|với|tới|đến)\s+(?:gia đình|người nhà|bố|mẹ|con|vợ|chồng)\s+(?:(?:ông|bà|anh|chị|cô)\s+)?$/iu.test(
          chunk.slice(0, pick.start),
        )
      )
        return null;
      // "Trump cảm ơn câu trả lời của bà Clinton và nhận xét …": a name after "của", "với", "cho"
      // is the object of the subject's first verb; the subject opens the chunk (a person of this
      // article there speaks, otherwise nobody we can name).
      if (
        pick.start > 0 &&
        /(?:^|\s)(?:của|với|cho|về|tới|đến)\s+(?:(?:ông|bà|anh|chị)\s+)?$/iu.test(
          chunk.slice(0, pick.start),
        ) &&
        /\svà\s*$/u.test(chunk) &&
        words(chunk.slice(0, pick.start)) >= 3
      ) {
        const opener = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s/u.exec(chunk)?.[1];
        const entity = opener ? this.byForm(opener) : null;
        if (!entity) return null;
        entity.seen = ++this.clock;
        return {
          start: cs0,
          end: cs0 + opener!.length,
          resolved: entity.speaker,
          via: "name",
          label: entity.speaker.name,
        };
      }
      // The cue sits in a subordinate clause ("… kỳ vọng … trước khi thông báo …"): not a statement.
      if (
        /(?:^|\s)(?:trước khi|sau khi|khi|để|nhằm|nếu|được cho là|kỳ vọng|dự kiến|muốn|sẽ|có thể)(?:\s|$)/iu.test(
          chunk.slice(pick.end),
        )
      )
        return null;
      const [ms, me] = this.extendWithTitle(text, cs0 + pick.start, cs0 + pick.end);
      if (words(chunk.slice(0, pick.start)) <= 25 || pick === names[0]) {
        return {
          start: ms,
          end: me,
          resolved: pick.speaker,
          via: "name",
          label: pick.speaker.name,
          gender: genderOf(text.slice(ms, me)),
        };
      }
    }
    // 1b. A person of this article under a short form, after a title or a form of address
    //     ("GS Cường", "bà Phương Anh", "ông Chung", "HLV Park").
    const trimmedChunk = chunk.trim();
    const tail = /^(.*?)\s*((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,4})$/u.exec(trimmedChunk);
    if (tail) {
      const prefix = tail[1]!.replace(/,$/, "").trim();
      const okPrefix =
        prefix === "" ||
        /^(?:ông|bà|anh|chị|cô|thầy)$/iu.test(prefix) ||
        (startsWithTitle(prefix) && words(prefix) <= 12);
      // ("Phó chủ tịch Hiệp hội Da giày Việt Nam": a country closing a body's name is no "Nam".)
      const run = isPlace(tail[2]!) ? [] : tail[2]!.split(/\s+/);
      // (A full name is matched whole: "Trường THPT Lương Thế Vinh" is no "Vinh" met before.)
      const full = run.findIndex((_, i) => i < run.length - 1 && isVietnameseName(run.slice(i).join(" ")));
      for (let k = Math.max(full, 0); okPrefix && k < (full >= 0 ? full + 1 : run.length); k++) {
        const entity = this.byForm(run.slice(k).join(" "));
        if (!entity) continue;
        entity.seen = ++this.clock;
        const at = cs0 + chunk.indexOf(trimmedChunk);
        return {
          start: at,
          end: at + trimmedChunk.length,
          resolved: entity.speaker,
          via: "name",
          label: entity.speaker.name,
          gender: genderOf(trimmedChunk),
        };
      }
    }
    // 1c. A bare title ("Tiến sĩ", "Phó Hiệu trưởng Trường THPT Yên Mỹ", "Thủ tướng"): the latest
    //     person the article gave that title.
    // ("vị Bộ trưởng", "ngài Đại sứ": the title with a mark of respect.)
    const titleChunk = trimmedChunk.replace(/^(?:vị|ngài)\s+(?=\p{Lu})/iu, "");
    // ("Bộ trưởng Ngoại giao Malaysia Azlan Rahman": a title and a new name is that person, rule 4,
    // not the last holder of the title.)
    if (startsWithTitle(titleChunk) && words(titleChunk) <= 12 && !titledName(trimmedChunk)) {
      const lastEntity = last?.resolved ? this.entities.get(last.label) : undefined;
      // "ĐB Cầu cho rằng …. ĐB cũng khẳng định …, đề nghị ĐB Nhưỡng …": the speaker just before,
      // if the title is theirs, not a holder named later in the sentence.
      const head = titleHead(titleChunk);
      // ("Theo đại biểu, …" right after Ủy viên Lê Thanh Vân spoke: in an assembly everyone is a
      // delegate; the one just speaking goes on.)
      const delegate =
        head !== null &&
        /^(?:dai bieu|db|dbqh)$/.test(head) &&
        /^(?:đại biểu|ĐB|ĐBQH)$/iu.test(titleChunk) &&
        lastEntity &&
        (lastEntity.classes.size === 0 || lastEntity.classes.has("government"))
          ? lastEntity
          : null;
      // ("người phát ngôn Bộ Ngoại giao Việt Nam" after the Chinese spokesperson spoke: not him.)
      const byHead = this.byTitle(titleChunk);
      const entity =
        (head && lastEntity?.heads.has(head) && !titleOfOtherBody(lastEntity, titleChunk)
          ? lastEntity
          : null) ??
        delegate ??
        (byHead && !titleOfOtherBody(byHead, titleChunk) ? byHead : null);
      const cls = titleClass(titleChunk);
      // "Cô giáo này cho rằng …": the person the article mentioned last.
      if (!entity && /\snày$/u.test(titleChunk)) {
        const e = this.latestMentioned();
        if (e) {
          return this.referTo(e, cs0, ce0);
        }
      }
      // "Cựu Ngoại trưởng Mỹ nói rằng …" after "bà Clinton …": a former office the article gave no
      // one is the last speaker's past (an article names a new person, not their old office).
      if (!entity && /^(?:cựu|nguyên)\s/iu.test(titleChunk)) {
        const e =
          (last?.resolved?.kind === "PERSON" ? this.entities.get(last.label) : undefined) ??
          this.latestMentioned();
        if (e) {
          this.addTitle(e, titleChunk);
          return { start: cs0, end: ce0, resolved: e.speaker, via: "pronoun", label: e.speaker.name };
        }
      }
      // Nobody had this title yet, and the last speaker holds an office of another kind: the
      // title names someone the article has not named yet.
      if (!entity && cls && lastEntity?.classes.size && !lastEntity.classes.has(cls))
        return this.pendingGuess(cs0, ce0, titleChunk, cls);
      if (!entity && cls && !last) return this.pendingGuess(cs0, ce0, titleChunk, cls);
      if (entity) return this.referTo(entity, cs0, ce0);
    }
    // 1d. "Bộ này", "cơ quan này": the latest organisation that spoke with that head word.
    const thisOrg = /^(\p{L}+(?:\s+\p{L}+)?)\s+này$/iu.exec(trimmedChunk);
    if (thisOrg) {
      const head = foldText(thisOrg[1]!);
      const org = [...this.orgs].reverse().find((o) => foldText(o).startsWith(`${head} `));
      if (org) return { start: cs0, end: ce0, resolved: null, via: "description", label: org };
    }
    // "Nhà chức trách tiếp tục khuyến cáo …", "Theo đánh giá của cơ quan quản lý, …": the body
    // that spoke last.
    // ("cơ quan có trụ sở tại Geneva": the body, by where it sits.)
    if (
      /^(?:nhà chức trách|cơ quan quản lý|cơ quan này|(?:cơ quan|tổ chức)\s+(?:có|đặt|đóng)\s+trụ sở\s+(?:tại|ở)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)$/iu.test(
        trimmedChunk,
      ) &&
      this.orgs.length
    )
      return { start: cs0, end: ce0, resolved: null, via: "description", label: this.orgs.at(-1)! };
    // "báo cáo của Bộ Kế hoạch và Đầu tư cho biết": a document speaks for its issuer.
    const issuedBy =
      /^(?:[Bb]ản\s+|[Vv]ăn bản\s+)?(?:[Bb]áo cáo|[Tt]hông báo|[Vv]ăn bản|[Cc]ông văn|[Tt]hông cáo|[Tt]ờ trình|[Kk]ết luận|[Tt]uyên bố)\s+(?:của|từ)\s+((?:đảng\s+)?\p{Lu}.{1,80})$/u.exec(
        trimmedChunk,
      );
    if (issuedBy) {
      const at = cs0 + chunk.indexOf(trimmedChunk) + trimmedChunk.length - issuedBy[1]!.length;
      const by = this.resolveSubjectOnce(text, at, at + issuedBy[1]!.length, last);
      if (by) return by;
    }
    // 1e. An epithet ("chiến lược gia người Hàn Quốc"): the latest person of a compatible kind.
    const epithet = EPITHET.exec(trimmedChunk);
    if (epithet) {
      // "Ứng viên tổng thống đảng Dân chủ cho biết …": an election's candidate is the person who
      // spoke last.
      if (epithet[3] && last?.resolved?.kind === "PERSON")
        return { ...last, start: cs0, end: ce0, via: "pronoun" };
      if (epithet[3]) return null;
      const cls: RoleClass | null = epithet[1]
        ? "sport"
        : epithet[2]
          ? "diplomatic"
          : titleClass(epithet[4]!);
      // ("người phát ngôn Bộ Ngoại giao Việt Nam": the holder of that very title, never the
      // spokesperson of another country's ministry who spoke last.)
      const [head, of] = [titleHead(trimmedChunk), titleQualifier(trimmedChunk)];
      let best: Entity | null = this.byTitleExact(trimmedChunk);
      // ("nhà cầm quân người Argentina" after "đội trưởng Phạm Đức Hòa" spoke: the coach, whom an
      // epithet for a coach means before any other person of sport.)
      if (
        !best &&
        /^(?:vị\s+)?(?:chiến lược gia|nhà cầm quân|nhà chiến lược|ông thầy)(?![\p{L}])/iu.test(trimmedChunk)
      )
        for (const e of this.entities.values())
          if (e.heads.has("huan luyen vien") && (!best || e.seen > best.seen)) best = e;
      if (!best)
        for (const e of this.entities.values())
          if ((!cls || e.classes.has(cls)) && !otherBody(e, head, of) && (!best || e.seen > best.seen))
            best = e;
      // ("thuyền trưởng người Hàn Quốc" after "ông Park" spoke, whom no title gave a kind: him.)
      const untitled = last?.resolved?.kind === "PERSON" ? this.entities.get(last.label) : undefined;
      if (!best && untitled && untitled.classes.size === 0) best = untitled;
      if (best) {
        return this.referTo(best, cs0, ce0);
      }
      return this.pendingGuess(cs0, ce0, trimmedChunk, cls);
    }
    // 2. A pronoun or role description pointing back to the last speaker.
    if (
      PRONOUN_RE.test(chunk.trim()) ||
      new RegExp(`^(?:${TITLE_ALT})(?:\\s+[${L}]+){0,8}$`, "iu").test(chunk.trim())
    ) {
      // ("ông Zelensky" after a leading clause is a name, as at the sentence's start: rule 2b.)
      // ("cầu thủ người Thanh Hóa": where a person comes from is no name.)
      const core = chunk.trim().replace(/\s+người(?:\s+\p{Lu}[\p{L}-]*)+$/u, "");
      const titleOnly =
        (!/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(core) &&
          !/^(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[cC]ô|[tT]hầy)\s+\p{Lu}(?:\p{Ll}|\.|$)/u.test(chunk.trim())) ||
        /^(?:ông|bà)(?: này| ấy)?$/iu.test(chunk.trim());
      const wanted = genderOf(chunk);
      const opener = /^(?:ông|bà)$/iu.test(chunk.trim()) ? this.openingPerson(text) : null;
      if (
        opener?.resolved &&
        /^(?:ông|bà)$/iu.test(chunk.trim()) &&
        (opener.gender === undefined || opener.gender === wanted)
      ) {
        const e = this.entities.get(opener.label);
        if (e && (e.gender === undefined || e.gender === wanted)) {
          e.seen = ++this.clock;
          return {
            start: cs0,
            end: ce0,
            resolved: opener.resolved,
            via: "pronoun",
            label: opener.label,
            gender: wanted,
          };
        }
      }
      // "bà Harris nói …. ông Trump đến …. Ông chỉ trích …": "ông" is the last man the article
      // named when no man has spoken yet (a speaker of the other gender is never the referent; a
      // speaker of unknown gender still is).
      // (Nobody has spoken yet: "Ông" is the last person named, "Thủ tướng Singapore Lý Hiển Long".)
      const named =
        wanted && /^(?:ông|bà|anh|chị)(?:\s+(?:này|ấy))?$/iu.test(chunk.trim())
          ? (this.latestOfGender(wanted) ??
            (this.recent.length === 0 ? this.latestOfGender(wanted, true) : null))
          : null;
      const spoke = wanted ? this.recent.find((r) => r.gender === wanted) : undefined;
      if (titleOnly && named && !spoke && !(last && last.gender === undefined && last.via === "name")) {
        return this.referTo(named, cs0, ce0, wanted);
      }
      // ("người phát ngôn Bộ Ngoại giao Việt Nam": the holder of that very title, if the article
      // gave it to someone; never a spokesperson of another country's ministry who spoke last.)
      const exact = titleOnly ? this.byTitleExact(chunk.trim()) : null;
      if (exact) {
        return this.referTo(exact, cs0, ce0);
      }
      const lastEntity = last?.resolved ? this.entities.get(last.label) : undefined;
      if (titleOnly && last && !(lastEntity && titleOfOtherBody(lastEntity, chunk.trim()))) {
        // (A speaker whom the article has since called "Ông" is no referent of "Bà", whatever the
        // gender was when they spoke; then the person named most recently, of a gender that fits.)
        const fits = (r: SpeakerGuess) => {
          const g = (r.resolved ? this.entities.get(r.label)?.gender : undefined) ?? r.gender;
          return g === wanted || g === undefined;
        };
        const lastFits = !wanted || fits(last);
        const mentioned =
          lastFits || !wanted || !/^(?:ông|bà)$/iu.test(chunk.trim())
            ? null
            : this.latestOfGender(wanted, true);
        const referent = wanted
          ? mentioned
            ? {
                start: cs0,
                end: ce0,
                resolved: mentioned.speaker,
                via: "name" as const,
                label: mentioned.speaker.name,
              }
            : (this.recent.find(fits) ?? last)
          : last;
        // "Ông Lavrov nhấn mạnh …. Ngoại trưởng Nga cũng kêu gọi …": a title given to a person
        // the article named without one is theirs from now on ("Nhà ngoại giao Nga" then finds them).
        const entity = referent.resolved ? this.entities.get(referent.label) : undefined;
        if (entity && entity.classes.size === 0 && startsWithTitle(chunk.trim()))
          this.addTitle(entity, chunk.trim());
        return {
          start: cs0,
          end: ce0,
          resolved: referent.resolved,
          via: "pronoun",
          label: referent.label,
          gender: referent.gender,
          pending: referent.pending,
        };
      }
    }
    // ("Chị nhận thấy …" opening an excerpt, before anyone is named: the first person of that gender
    // the article names afterwards, "chị Thúy An".)
    const bare = /^(?:ông|bà|anh|chị)$/iu.test(chunk.trim()) ? genderOf(chunk) : undefined;
    if (
      bare &&
      !last &&
      !this.latestOfGender(bare, true) &&
      // (Not after "Chị N.T.L" whom the article named by initials: her, left unresolved.)
      !/(?:^|\s)(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[cC]ô)\s+\p{Lu}/u.test(text.slice(0, cs0))
    )
      return {
        start: cs0,
        end: ce0,
        resolved: null,
        via: "description",
        label: chunk.trim(),
        pending: { cls: null, head: null, after: this.clock, gender: bare },
      };
    // 2b. "bà Hằng", "ông Sơn": a person the excerpt names only by the given name.
    // ("anh D.", "chị N.T.H": a person the article names by initials only.)
    const addressed =
      /^([ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[cC]ô|[tT]hầy)\s+(\p{Lu}(?:\.\s?\p{Lu})*\.?)$/u.exec(chunk.trim()) ??
      /^([ôÔ]ng|[bB]à)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/u.exec(chunk.trim()) ??
      // ("Ngài Chan Sorykan": the honorific of an envoy.)
      /^([nN]gài)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u.exec(chunk.trim()) ??
      // ("Cô Hạnh, chủ tiệm trà …": a given name alone after cô, chị, thầy, anh, unless a place.)
      givenNameOnly(chunk.trim()) ??
      /^([aA]nh|[cC]hị|[tT]hầy|[cC]ô|[cC]ụ)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){1,3})$/u.exec(
        chunk.trim(),
      );
    if (addressed && !/^(?:này|ấy)$/iu.test(addressed[2]!)) {
      // "chị N." after "chị Nguyễn Thị Kiều N.": the person whose name ends with that initial.
      const initial = /^\p{Lu}\.?$/u.test(addressed[2]!) ? addressed[2]!.replace(".", "") : null;
      let known: Entity | null = null;
      if (initial)
        for (const e of this.entities.values())
          if (
            e.speaker.name !== initial &&
            (e.speaker.name.replace(/\.$/, "").endsWith(` ${initial}`) ||
              e.speaker.name.replace(/\.$/, "").endsWith(`.${initial}`))
          )
            if (!known || e.seen > known.seen) known = e;
      // ("cô Lan" after "Cô giáo … Vũ Thị Lan": the person met before under that given name.)
      if (!initial && !this.local.has(addressed[2]!)) known ??= this.byForm(addressed[2]!);
      if (known) known.seen = ++this.clock;
      const person = known?.speaker ?? this.learn(addressed[2]!);
      const at = cs0 + chunk.indexOf(chunk.trim());
      return {
        start: at,
        end: at + chunk.trim().length,
        resolved: person,
        via: "name",
        label: person.name,
        gender: genderOf(addressed[1]!),
      };
    }
    // 2c. "Thông báo nêu rõ, …": a document speaks for its issuer, the person or body last named.
    if (DOCUMENT_RE.test(chunk.trim())) {
      const latest = this.latestMentioned();
      if (latest)
        return { start: cs0, end: ce0, resolved: latest.speaker, via: "pronoun", label: latest.speaker.name };
      const org = this.orgs.at(-1);
      if (org) return { start: cs0, end: ce0, resolved: null, via: "description", label: org };
      return null;
    }
    // Vague sources ("nhiều chuyên gia", "giới phân tích"): nobody identifiable speaks.
    // ("Một số chuyên gia kinh tế": a field, in lower case, identifies no one either.)
    if (
      VAGUE_SOURCE.test(chunk.trim()) &&
      (words(chunk) <= 4 ||
        (/^\S+(?:\s+số)?\s+(?:chuyên gia|nhà phân tích)\s/iu.test(chunk.trim()) &&
          !/\s\p{Lu}/u.test(chunk.trim())))
    )
      return null;
    // "có thông tin phản ánh … cho rằng", "có ý kiến cho rằng": nobody identifiable speaks.
    if (/^có\s+(?:thông tin|ý kiến|người|nguồn tin|tin|nhiều)(?:\s|$)/iu.test(chunk.trim())) return null;
    // "Hai Thủ tướng nhấn mạnh", "hai bên khẳng định": a joint statement has no one speaker (GUIDE.md).
    if (JOINT_SPEAKERS.test(chunk.trim())) return null;
    // 2c'. "lãnh đạo Bộ Tài chính cho rằng" after "Thứ trưởng Bộ Tài chính Vũ Thị Mai": the person
    // the article gave an office of that body (the latest one); otherwise an unnamed source.
    // (Not "đại diện Bộ Y tế": a representative is someone unnamed, not the minister.)
    const leader = /^(?:[lL]ãnh đạo|[nN]gười đứng đầu)\s+(\p{Lu}.*|ngành\s+\S.*)$/u.exec(chunk.trim());
    if (leader) {
      const body = foldText(leader[1]!);
      let latest: Entity | null = null;
      for (const e of this.entities.values())
        if ([...e.phrases].some((p) => p.endsWith(` ${body}`)) && (!latest || e.seen > latest.seen))
          latest = e;
      if (latest)
        return { start: cs0, end: ce0, resolved: latest.speaker, via: "pronoun", label: latest.speaker.name };
      // "Lãnh đạo Việt Nam", "lãnh đạo Đảng", "lãnh đạo ngành thể thao" after the article named its
      // leader with a title: that person (the latest one given an office).
      if (/^(?:Việt Nam|Đảng|Nhà nước|Chính phủ|ngành\s+\S.*)$/u.test(leader[1]!)) {
        let titled: Entity | null = null;
        for (const e of this.entities.values())
          if (e.classes.size > 0 && (!titled || e.seen > titled.seen)) titled = e;
        if (titled)
          return {
            start: cs0,
            end: ce0,
            resolved: titled.speaker,
            via: "pronoun",
            label: titled.speaker.name,
          };
      }
    }
    // ("người phát ngôn Bộ Ngoại giao Mỹ Jen Psaki": a title in lower case and a name, rule 4.)
    const titledFirst = /^(?:người phát ngôn|phát ngôn viên)\s/u.test(chunk.trim())
      ? titledName(chunk)
      : null;
    // ("Vị đại diện này (xin phép giấu tên) cũng nói": the representative who spoke before.)
    const thisOne = /^(?:vị\s+|người\s+)?(đại diện|lãnh đạo)\s+(?:này|đó|ấy)(?:\s*\([^()]*\))?$/iu.exec(
      chunk.trim(),
    );
    const spokeBefore = thisOne ? this.groupOf.get(foldText(thisOne[1]!)) : undefined;
    if (spokeBefore)
      return { ...spokeBefore, start: cs0, end: ce0, via: spokeBefore.resolved ? "pronoun" : "description" };
    // 2d. Groups and identified but unnamed people ("cử tri tỉnh Quảng Ninh", "Một phụ huynh khác").
    const grouped = titledFirst ? null : GROUP_RE.exec(chunk.trim());
    // ("nữ sinh đã cho biết" after the story named her: one person met before, not a group; "Một
    // nữ sinh lớp 12" is someone unnamed.)
    const onePerson =
      grouped !== null &&
      ONE_PERSON_HEAD.test(grouped[1]!) &&
      foldText(chunk.trim()) === foldText(grouped[1]!);
    const group = onePerson ? null : grouped;
    // ("Nguyễn Thị Linh cùng mẹ đến nhập học …. Nữ sinh cho hay …": the girl named last.)
    if (onePerson) {
      const gender = /^(?:nữ sinh|cô gái|bà mẹ|người mẹ|người phụ nữ)$/iu.test(chunk.trim()) ? "f" : "m";
      const person = this.latestOfGender(gender, true);
      if (person) return this.referTo(person, cs0, ce0, gender);
    }
    if (group) {
      const head = foldText(group[1]!);
      // "nhà trường" after the article named the school: that school.
      if (head === "nha truong") {
        const school = [...this.orgs].reverse().find((o) => /^(?:Trường|Đại học|Học viện)\s/u.test(o));
        if (school) return { start: cs0, end: ce0, resolved: null, via: "description", label: school };
      }
      // ("lãnh đạo Trường THPT Lâm nghiệp (thuộc Trường ĐH Lâm nghiệp, Xuân Mai)": the bracket is
      // where the body belongs, no part of who speaks.)
      const label = chunk.trim().replace(/\s*\([^()]*\)$/u, "");
      // "cử tri Nguyễn Anh Dũng (Đống Đa)": one member of the group, by name.
      const member = /((?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*)$/u.exec(label)?.[1];
      if (
        member &&
        isVietnameseName(member) &&
        personName(member, label.slice(0, label.length - member.length)) === member &&
        !MIDDLE_NAMES.has(member.split(" ")[0]!)
      ) {
        const person = this.learn(member);
        const at = cs0 + chunk.indexOf(label) + label.length - member.length;
        const sp: SpeakerGuess = {
          start: at,
          end: at + member.length,
          resolved: person,
          via: "name",
          label: person.name,
        };
        this.groupOf.set(head, sp);
        return sp;
      }
      // "Đại diện Sở cho biết …" after "đại diện Sở Y tế thành phố nói …": the same body's.
      const ofBody = /^(?:đại diện|lãnh đạo)\s+(.+)$/iu.exec(label)?.[1];
      if (ofBody && BODY_HEAD_ONLY.test(ofBody)) {
        const known = this.groupOf.get(head);
        if (known && foldText(known.label).startsWith(`${foldText(label)} `))
          return { ...known, start: cs0, end: ce0, via: "description" };
        const org = this.bodyMetLast(ofBody);
        if (org)
          return {
            start: cs0,
            end: ce0,
            resolved: null,
            via: "description",
            label: `${label.split(/\s+/)[0]} ${org}`,
          };
      }
      // "Cử tri cũng mong …" after "Cử tri thành phố Hà Nội cho rằng …": the group named before.
      if (foldText(label.replace(/^(?:các|những)\s+/iu, "")) === head) {
        const known = this.groupOf.get(head);
        if (known) return { ...known, start: cs0, end: ce0, via: known.resolved ? "pronoun" : "description" };
      }
      if (
        words(chunk) >= 2 &&
        words(chunk) <= 16 &&
        !CLAUSE_WORD_IN_NAME.test(label) &&
        !/\s(?:và|hoặc|với|của|rằng)$/u.test(label)
      ) {
        const sp: SpeakerGuess = { start: cs0, end: ce0, resolved: null, via: "description", label };
        this.groupOf.set(head, sp);
        return sp;
      }
    }
    // 3. Unnamed sources and collective speakers.
    if (!titledFirst && UNNAMED_RE.test(chunk.trim()) && words(chunk) <= 10)
      return { start: cs0, end: ce0, resolved: null, via: "description", label: chunk.trim() };
    // 4. A title, perhaps an office, then a capitalised name we do not know yet
    //    ("Bộ trưởng Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh Nguyễn Hữu Thành", "HLV Park Jae-won").
    const titled = titledName(chunk);
    if (titled) {
      const { phrase, title } = titled;
      const rel = chunk.lastIndexOf(phrase);
      const person = this.learn(titled.name, title);
      return {
        start: cs0 + rel,
        end: cs0 + rel + phrase.length,
        resolved: person,
        via: "name",
        label: person.name,
        gender: genderOf(phrase),
      };
    }
    // 4b'. A person the paper names by initials ("N.T.D, tân sinh viên …", "em N.V.A"), and a
    //      later single initial ("D. chia sẻ") for the person whose initials end with it.
    const initials = INITIALS.exec(chunk.trim());
    if (initials) {
      const name = initials[1]!.replace(/\.$/u, "");
      const at = cs0 + chunk.indexOf(initials[1]!);
      if (name.length === 1) {
        let latest: Entity | null = null;
        for (const e of this.entities.values())
          if (
            new RegExp(`^(?:\\p{Lu}\\.)+${name}$`, "u").test(e.speaker.name) &&
            (!latest || e.seen > latest.seen)
          )
            latest = e;
        if (latest) {
          return this.referTo(latest, at, at + initials[1]!.length);
        }
      } else {
        return this.personAt(name, at);
      }
    }
    // 4a. A Vietnamese full name alone ("Bùi Tiến Dụng cho biết"): a person of this article, whom
    //     a later "anh", title or epithet can point back to.
    const bareName = chunk.trim();
    if (
      /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}$/u.test(bareName) &&
      isVietnameseName(bareName) &&
      // ("Văn Toàn": a middle and a given name, how the press calls a player; not a full name.)
      !MIDDLE_NAMES.has(bareName.split(/\s+/)[0]!) &&
      personName(bareName, "") === bareName
    ) {
      return this.personAt(bareName, cs0 + chunk.indexOf(bareName));
    }
    // 4b. A party written with "đảng" in lower case ("đảng Dân chủ", "đảng Cộng hòa").
    if (/^đảng\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}$/u.test(chunk.trim()))
      return { start: cs0, end: ce0, resolved: null, via: "description", label: chunk.trim() };
    // 4c. "hiệp hội cảnh báo", "công ty cho biết": a body's head word alone, in lower case, is the
    //     body of that kind the article named last.
    if (
      /^(?:hiệp hội|công ty|bệnh viện|ngân hàng|tập đoàn|liên đoàn|câu lạc bộ|tổng công ty)$/u.test(
        chunk.trim(),
      )
    ) {
      const org = this.bodyMetLast(chunk.trim());
      if (org) return { start: cs0, end: ce0, resolved: null, via: "description", label: org };
    }
    // 5. An organisation or person written capitalised, short ("Nhà Trắng", "Bộ Công Thương"), or
    //    a body that spoke before under its long name.
    // ("Bộ Ngoại giao Việt Nam phát thông tin …": the body, then its verb, which is no part of it.)
    // ("WB hạ dự báo …": an acronym's body, then one verb in lower case.)
    const trimmed = chunk
      .trim()
      .replace(/\s+(?:phát|gửi|đưa|ra|ban hành|công bố|đăng tải|đăng)$/u, "")
      .replace(/^(\p{Lu}{2,}\p{L}*)\s+(?!(?:tỉnh|huyện|quận|xã|phường|thành|thị)$)\p{Ll}+$/u, "$1");
    if (
      (words(trimmed) <= 8 ||
        (BODY_NAME_HEAD.test(trimmed) && words(trimmed) <= 12) ||
        this.orgs.includes(trimmed)) &&
      !NOT_A_SPEAKER_START.test(trimmed) &&
      !startsWithTitle(trimmed) &&
      !CLAUSE_WORD_IN_NAME.test(trimmed) &&
      /^\p{Lu}/u.test(trimmed) &&
      /^[\p{Lu}\d][\p{L}\d]*(?:\s+[\p{L}\d&-]+(?:\.[\p{L}\d]+)*)*$/u.test(trimmed)
    ) {
      // "Bệnh viện khẳng định …" after "Bệnh viện Đa khoa Hải Hậu cho biết …": the body met last.
      if (BODY_HEAD_ONLY.test(trimmed)) {
        const org = this.bodyMetLast(trimmed);
        if (org) return { start: cs0, end: ce0, resolved: null, via: "description", label: org };
      }
      const capitalised = trimmed.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
      if (
        capitalised >= Math.ceil(words(trimmed) / 2) ||
        this.orgs.includes(trimmed) ||
        LOCAL_BODY.test(trimmed) ||
        // "Viện Dinh dưỡng quốc gia", "Ban chỉ huy phòng thủ dân sự tỉnh Đắk Lắk": a body's head
        // word, then its name partly in lower case.
        (BODY_NAME_HEAD.test(trimmed) && capitalised >= 2)
      ) {
        this.orgs = [...this.orgs.filter((o) => o !== trimmed), trimmed].slice(-8);
        return { start: cs0, end: ce0, resolved: null, via: "description", label: trimmed };
      }
    }
    return null;
  }

  /**
   * A person of this article (or a stored speaker) whose name, then at most a few lower-case words
   * ("thẳng thắn", "cười"), ends text[start, colon): the speaker of a quotation after the colon.
   */
  private namedBeforeColon(text: string, start: number, colon: number): SpeakerGuess | null {
    const m = NAMED_BEFORE_COLON.exec(text.slice(Math.max(start, colon - 160), colon));
    if (!m) return null;
    const run = m[1]!.split(/\s+/u);
    const at = colon - m[0].length + m[0].indexOf(m[1]!);
    for (let i = 0; i < run.length; i++) {
      const form = run.slice(i).join(" ");
      const entity = this.byForm(form);
      const stored = entity
        ? null
        : findNames(form, this.index).find((n) => n.start === 0 && n.end === form.length);
      const speaker = entity?.speaker ?? stored?.speaker;
      if (!speaker) continue;
      if (entity) entity.seen = ++this.clock;
      return { start: at, end: at + m[1]!.length, resolved: speaker, via: "name", label: speaker.name };
    }
    return null;
  }

  /**
   * Does the article call `word` "ông/bà <word>" or give a full name ending with it ("Cristiano
   * Ronaldo")? Read once per word (a page of many "X: …" heads must not read the text again each time).
   */
  private namedInFull(text: string, word: string): boolean {
    let known = this.fullNames.get(word);
    if (known === undefined) {
      known = new RegExp(`(?<![${L}])(?:[ôÔ]ng|[bB]à|\\p{Lu}[\\p{Ll}-]+)\\s+${word}(?![${L}])`, "u").test(
        text,
      );
      this.fullNames.set(word, known);
    }
    return known;
  }

  /**
   * Whose words a back reference names ("Chia sẻ trên được X đưa ra …", "Đây là thông tin được
   * ông X, … cung cấp tại …"): the person or pronoun after it, up to the verb, venue or comma.
   */
  private backReferenceSpeaker(text: string, from: number, rest: string, last: SpeakerGuess | null) {
    const stop =
      // (Commas stay: "X (VNREA), nguyên Thứ trưởng … Nguyễn Trần Nam đưa ra" is one chain of titles.)
      /\s+(?:đưa ra|nêu ra|nêu|chia sẻ|phát biểu|khẳng định|cho biết|nhấn mạnh|cung cấp|khi|tại|trong|trước|với|về|sau)(?![\p{L}])|[.;:]/u.exec(
        rest,
      );
    const sp = this.resolveSubject(text, from, from + (stop ? stop.index : rest.length), last);
    return sp && (sp.via === "name" || (sp.via === "pronoun" && sp.resolved)) ? sp : null;
  }

  /**
   * A paragraph that is one quotation, with no attribution, after a paragraph whose last statement
   * a person made ("Ông cũng cho biết …" / “…”): that person goes on speaking. A caption or a photo
   * line between them is skipped.
   */
  private speakerOfParagraphBefore(
    text: string,
    raw: RawCandidate[],
    paras: { para: Segment }[],
    p: number,
  ): { sp: SpeakerGuess; para: number; colon: boolean } | null {
    // "Thông điệp được ông Trọng đưa ra tại …" just before: the quotation that follows is his.
    const prevText = p > 0 ? text.slice(paras[p - 1]!.para.start, paras[p - 1]!.para.end) : "";
    const announced =
      /^(?:Thông điệp|Phát biểu|Chia sẻ|Nhận định|Lời khẳng định|Câu nói)\s+(?:(?:này|trên)\s+)?(?:được|do)\s+/u.exec(
        prevText,
      );
    if (announced) {
      const from = paras[p - 1]!.para.start + announced[0].length;
      const sp = this.backReferenceSpeaker(text, from, prevText.slice(announced[0].length), null);
      if (sp) return { sp, para: p, colon: false };
    }
    const last = raw.at(-1);
    if (!last || last.sp.via === "description" || last.sp.resolved?.kind !== "PERSON") return null;
    let k = p - 1;
    const isCaption = (seg: Segment) => {
      const t = text.slice(seg.start, seg.end);
      return (
        CAPTION.test(t) ||
        (words(t) <= 15 && !/[.!?…:;"”»]$/u.test(t)) ||
        (words(t) <= 10 && !/[“”"]/u.test(t))
      );
    };
    if (
      k >= 0 &&
      !(last.q[0] >= paras[k]!.para.start && last.q[1] <= paras[k]!.para.end) &&
      isCaption(paras[k]!.para)
    )
      k--;
    if (k < 0 || p - k > 2) return null;
    const prev = paras[k]!.para;
    return last.q[0] >= prev.start && last.q[1] <= prev.end ? { sp: last.sp, para: p, colon: false } : null;
  }

  /**
   * "HLV Lê Huỳnh Đức tiếp tục dành lời khen cho học trò: “…”", "Về mặt chuyên môn, HLV X tỏ ra
   * hài lòng: “…”": a named person opens the clause before a quotation's colon, whatever the verb;
   * the quotation is theirs. The subject ends at a capitalised word before a lower-case one (the
   * predicate); the first few such places are tried.
   */
  private personOpeningClause(text: string, start: number, colon: number): SpeakerGuess | null {
    const head = text.slice(start, colon);
    // ("HLV X đặt ra câu hỏi: “…”": a question asks; it states nothing.)
    // ("Về câu hỏi …, HLV X từ chối chỉ đích danh: “…”": the question before the comma is the topic.)
    if (/(?:^|\s)(?:hỏi|câu hỏi|thắc mắc)(?:\s|$)/iu.test(head.slice(head.lastIndexOf(",") + 1))) return null;
    const nameEnd = /\p{Lu}[\p{L}-]*\.?(?=,?\s+\p{Ll})/gu;
    // ("Về sự trở lại của tiền vệ Nguyễn Quang Hải …, HLV Gong Oh Kyun dành những lời khen: “…”": a
    // person named in the topic before the comma is what is spoken about, not who speaks.)
    if (TOPIC_OPENING.test(head)) {
      const comma = head.indexOf(",");
      if (comma < 0) return null;
      nameEnd.lastIndex = comma + 1;
    }
    let tries = 0;
    for (let m = nameEnd.exec(head); m && tries < 3; m = nameEnd.exec(head)) {
      const end = start + m.index + m[0].length;
      if (words(head.slice(0, m.index)) > 20) break;
      tries++;
      const sp = this.resolveSubject(text, start, end, null);
      if (sp?.via === "name" && sp.resolved?.kind === "PERSON" && sp.end === end) return sp;
      // ("Nhà cầm quân người Pháp mở lời: “…”": an epithet for a person met before.)
      // (Met before, or resolved later when the article names them: a pending guess.)
      if (
        sp &&
        ((sp.via === "pronoun" && sp.resolved) || sp.pending) &&
        sp.end === end &&
        (EPITHET.test(text.slice(sp.start, sp.end).trim()) ||
          startsWithTitle(text.slice(sp.start, sp.end).trim()))
      )
        return sp;
    }
    return null;
  }

  /**
   * The first person named with a title in text[start, end) (the sentence up to a cue), unless
   * named as an object ("Tiếp Đại sứ X, …", "gặp …"): noteMentions met them after `clock`.
   */
  private sentenceSubject(text: string, start: number, end: number, clock: number): SpeakerGuess | null {
    let first: { entity: Entity; at: number } | null = null;
    for (const entity of this.entities.values()) {
      if (entity.seen <= clock) continue;
      const at = text.slice(start, end).indexOf(entity.speaker.name);
      if (at < 0 || (first && first.at < at)) continue;
      first = { entity, at };
    }
    if (!first) return null;
    const before = text.slice(start, start + first.at);
    if (OBJECT_BEFORE.test(before)) return null;
    const at = start + first.at;
    return {
      start: at,
      end: at + first.entity.speaker.name.length,
      resolved: first.entity.speaker,
      via: "name",
      label: first.entity.speaker.name,
    };
  }

  /**
   * "Liên quan đến vụ việc …, ông Trần Thức - Hiệu trưởng trường, cho biết": the comma before the
   * cue closes the subject's appositive, not a coordinated predicate, when the chunk between the
   * last two commas is a person with a form of address or a title.
   */
  private namedJustBefore(
    text: string,
    start: number,
    cueStart: number,
    last: SpeakerGuess | null,
  ): SpeakerGuess | null {
    const comma = lastCommaAbove(text, cueStart - 1, start);
    if (comma < 0 || /\S/u.test(text.slice(comma + 1, cueStart))) return null;
    const prev = lastCommaAbove(text, comma - 1, start);
    const [cs, ce] = trimSpan(text, prev > start ? prev + 1 : start, comma);
    const chunk = text.slice(cs, ce);
    if (
      words(chunk) > 12 ||
      !(/^(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị)\s+\p{Lu}/u.test(chunk) || startsWithTitle(chunk))
    )
      return null;
    const sp = this.resolveSubject(text, cs, ce, last);
    return sp?.via === "name" ? sp : null;
  }

  /**
   * The subject of the sentence's first reporting verb, when it comes before the one at `index`
   * ("Đại sứ cũng bày tỏ vui mừng …, đồng thời khẳng định …": "Đại sứ").
   */
  private firstCueSubject(
    text: string,
    sentStart: number,
    firstCue: number,
    index: number,
    last: SpeakerGuess | null,
  ): SpeakerGuess | null {
    if (firstCue >= index || firstCue === 0) return null;
    const at = sentStart + firstCue;
    const ws = subjectWindowStart(text, sentStart, at);
    // ("Tiến sĩ Nguyễn Văn Tùng, Phó Tổng biên tập, đã trả lời …": the tense word and the comma
    // before it close the appositive, which then names the person before it.)
    const head = withoutTrailingNoise(text.slice(ws, at)).replace(/[,\s]+$/u, "");
    return this.resolveSubject(text, ws, ws + head.length, last);
  }

  /**
   * A body that opens the sentence as its subject ("Cục Quản lý và Phát triển thị trường trong
   * nước (Bộ Công Thương) vừa ban hành …, đề nghị …"), for a coordinated predicate.
   */
  private bodyOpeningSentence(text: string, start: number, end: number): SpeakerGuess | null {
    const m = BODY_OPENING.exec(text.slice(start, Math.min(end, start + 300)));
    if (!m) return null;
    const at = start + m[0].indexOf(m[1]!);
    const label = m[1]!.trim();
    this.orgs = [...this.orgs.filter((o) => o !== label), label].slice(-8);
    return { start: at, end: at + label.length, resolved: null, via: "description", label };
  }

  /** text[start, end) points back at a person of this article (a title, pronoun or epithet): them, met again. */
  private referTo(e: Entity, start: number, end: number, gender?: "m" | "f"): SpeakerGuess {
    e.seen = ++this.clock;
    return {
      start,
      end,
      resolved: e.speaker,
      via: "pronoun",
      label: e.speaker.name,
      ...(gender ? { gender } : {}),
    };
  }

  private pendingGuess(start: number, end: number, label: string, cls: RoleClass | null): SpeakerGuess {
    return {
      start,
      end,
      resolved: null,
      via: "description",
      label,
      pending: { cls, head: titleHead(label), after: this.clock, of: titleQualifier(label) },
    };
  }

  /**
   * Speakers named by a title or epithet before the article named them (SpeakerGuess.pending):
   * the first person met afterwards with that head title or a title of that kind.
   */
  private resolvePending(text: string, raw: RawCandidate[]) {
    // "HLV Hougang yêu cầu …" then "HLV Clement Teo của Hougang United": the one word after the
    // title was a body's name (the article says whose), so the title stood alone.
    const bodies = new Set([...text.matchAll(OF_BODY_WORD)].map((m) => m[1]!));
    for (const r of raw) {
      const name = r.sp.resolved?.key.startsWith("new:") ? r.sp.resolved.name : null;
      const title =
        name && bodies.has(name) ? text.slice(r.sp.start, r.sp.end).slice(0, -name.length).trim() : "";
      if (title && startsWithTitle(title))
        r.sp = {
          ...r.sp,
          resolved: null,
          via: "description",
          label: title,
          pending: { cls: titleClass(title), head: titleHead(title), after: 0, not: name ?? undefined },
        };
    }
    for (const r of raw) {
      const p = r.sp.pending;
      if (!p) continue;
      // The first met later with the same head title ("HLV người Hàn Quốc" → the next "HLV X"); only
      // when none is, the first of the same kind ("tiền vệ X" is sport, but no coach).
      let best: Entity | null = null;
      for (const sameHead of [true, false]) {
        for (const e of this.entities.values())
          if (
            e.created > p.after &&
            e.speaker.name !== p.not &&
            // ("Người phát ngôn Quân giải phóng … Trung Quốc" is no spokesperson of another body.)
            !otherBody(e, p.head, p.of) &&
            (sameHead
              ? p.head !== null && e.heads.has(p.head)
              : (p.cls && e.classes.has(p.cls)) || (!p.head && !p.cls)) &&
            (!p.gender || e.gender === undefined || e.gender === p.gender) &&
            (!best || e.created < best.created)
          )
            best = e;
        if (best) break;
      }
      // "Thủ tướng yêu cầu …" in an article that names no Prime Minister: the one in office on
      // the article's date (lib/ingest/office-holders.ts).
      const holder = best ? null : officeHolder(text.slice(r.sp.start, r.sp.end), this.opts.articleDate);
      if (best)
        r.sp = {
          ...r.sp,
          resolved: best.speaker,
          via: "pronoun",
          label: best.speaker.name,
          pending: undefined,
        };
      else if (holder) {
        const person = this.learn(holder);
        r.sp = { ...r.sp, resolved: person, via: "pronoun", label: person.name, pending: undefined };
        r.confidence = Math.min(r.confidence, 0.6);
      } else r.confidence = Math.min(r.confidence, 0.3);
    }
  }

  /** Extends a name mention left over its forms of address ("ông", "Tổng thống Ukraine"). */
  private extendWithTitle(text: string, start: number, end: number): [number, number] {
    const before = text.slice(Math.max(0, start - 80), start);
    const m = new RegExp(`(?:^|[\\s,(])((?:${TITLE_ALT}))\\s+$`, "iu").exec(before);
    if (m && (m[1]!.toLowerCase() === "ông" || m[1]!.toLowerCase() === "bà"))
      return [start - m[1]!.length - (before.length - before.lastIndexOf(m[1]!) - m[1]!.length), end];
    if (m) return [start - (before.length - before.lastIndexOf(m[1]!)), end];
    return [start, end];
  }

  private saidAt(sentence: string, state: { lastDate: string | null }): Candidate["saidAt"] {
    const year = (this.opts.articleDate ?? "").slice(0, 4) || String(new Date().getUTCFullYear());
    const m = /(?:(sáng|trưa|chiều|tối|đêm|hôm|ngày)\s+)(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/iu.exec(sentence);
    if (m) {
      const d = `${m[4] ?? year}-${m[3]!.padStart(2, "0")}-${m[2]!.padStart(2, "0")}`;
      if (!Number.isNaN(new Date(`${d}T00:00:00Z`).getTime())) {
        state.lastDate = d;
        return { date: d, precision: "DAY", text: m[0] };
      }
    }
    if (/cùng ngày/iu.test(sentence) && state.lastDate)
      return { date: state.lastDate, precision: "DAY", text: "cùng ngày" };
    if (/hôm nay/iu.test(sentence) && this.opts.articleDate)
      return { date: this.opts.articleDate, precision: "DAY", text: "hôm nay" };
    return this.opts.articleDate
      ? { date: this.opts.articleDate, precision: "APPROXIMATE", text: null }
      : null;
  }

  /** The person a sentence says is interviewed ("… trao đổi với bà Nguyễn Thị Hương - …"). */
  private interviewedIn(text: string, start: number, end: number): SpeakerGuess | null {
    const sentence = text.slice(start, end);
    for (const m of sentence.matchAll(INTERVIEW_WITH)) {
      const window = sentence.slice(m.index + m[0].length, m.index + m[0].length + 120);
      let best: { e: Entity; at: number } | null = null;
      for (const e of this.entities.values()) {
        const at = window.indexOf(e.speaker.name);
        if (at >= 0 && (!best || at < best.at)) best = { e, at };
      }
      if (best) {
        const s = start + m.index + m[0].length + best.at;
        return {
          start: s,
          end: s + best.e.speaker.name.length,
          resolved: best.e.speaker,
          via: "name",
          label: best.e.speaker.name,
        };
      }
    }
    // "chuyên gia kinh tế Phạm Chi Lan đã trao đổi với Zing.vn …": the person before the verb
    // talks to the outlet; the questions that follow are put to them.
    const toOutlet =
      /(?:trao đổi|trò chuyện|chia sẻ|trả lời phỏng vấn|trả lời câu hỏi)\s+(?:(?:với|cùng|của)\s+(?:các\s+)?|(?<=phỏng vấn\s+))(?:PV|phóng viên|nhà báo|báo|tờ|kênh|đài|\p{Lu}[\p{L}.]*\.(?:vn|net|com))/iu.exec(
        sentence,
      );
    if (toOutlet) {
      let best: { e: Entity; at: number } | null = null;
      for (const e of this.entities.values()) {
        const at = sentence.lastIndexOf(e.speaker.name, toOutlet.index);
        if (at >= 0 && (!best || at > best.at)) best = { e, at };
      }
      if (best) {
        const s = start + best.at;
        return {
          start: s,
          end: s + best.e.speaker.name.length,
          resolved: best.e.speaker,
          via: "name",
          label: best.e.speaker.name,
        };
      }
    }
    return null;
  }

  /**
   * The person who opens the sentence before in this paragraph, when that sentence gave no
   * statement ("Tổng thống Zelensky ký sắc lệnh …. Ông cho biết …"): "Ông" at the next
   * sentence's start is the subject just named, not the last speaker.
   */
  private openingPerson(text: string): SpeakerGuess | null {
    const seg = this.openerOf;
    if (!seg) return null;
    this.openerOf = null; // (cleared while it is read: reading it resolves subjects itself)
    const sp = this.personOpeningClause(text, seg.start, seg.end);
    this.openerOf = seg;
    return sp && sp.start - seg.start <= 40 ? sp : null;
  }

  /** The body met last whose name opens with this head word ("Bệnh viện", "hiệp hội"), any case. */
  private bodyMetLast(head: string): string | undefined {
    const folded = foldText(head);
    return [...this.orgs].reverse().find((o) => foldText(o).startsWith(`${folded} `));
  }

  /**
   * A person named by a short name ("Công Phượng", "Khắc Hưng", "Nữ ca sĩ Mỹ Tâm"): two or three
   * capitalised syllables (after an epithet in lower case at most), no body's head word, no place,
   * and a personal pronoun in what they said that tells a person spoke.
   */
  private shortNamedPerson(label: string, clause: string): Entity | null {
    const m =
      /^(?:(?:nữ|nam)?\s*(?:ca sĩ|nhạc sĩ|diễn viên|người mẫu|hoa hậu|á hậu|danh hài|nghệ sĩ|cầu thủ|tiền đạo|tiền vệ|hậu vệ|thủ môn|VĐV|tay vợt|võ sĩ)\s+)?((?:\p{Lu}[\p{Ll}\p{M}]{1,7})(?:\s+\p{Lu}[\p{Ll}\p{M}]{1,7}){1,2})$/iu.exec(
        label,
      );
    if (!m) return null;
    const name = m[1]!;
    if (isPlace(name) || ORG_HEADS.test(` ${name} `)) return null;
    const pronoun = /(?:^|[\s,])(anh|chị|cô|em)(?=[\s,])/u.exec(clause);
    if (!pronoun) return null;
    const gender: "m" | "f" =
      pronoun[1] === "anh" ? "m" : pronoun[1] === "em" ? (/^nữ\s/iu.test(label) ? "f" : "m") : "f";
    if (/^nữ\s/iu.test(label) && gender === "m") return null;
    // (Read as a body's name by rule 5 a moment ago: it is a person's.)
    this.orgs = this.orgs.filter((o) => o !== name);
    this.learn(name);
    const entity = this.entities.get(name) ?? null;
    if (entity) entity.gender ??= gender;
    return entity;
  }

  /** A person first met at text[at, at + name.length): learned, and the guess naming them. */
  private personAt(name: string, at: number): SpeakerGuess {
    const person = this.learn(name);
    return { start: at, end: at + name.length, resolved: person, via: "name", label: person.name };
  }

  /** The person of this article mentioned last. */
  private latestMentioned(): Entity | undefined {
    let latest: Entity | undefined;
    for (const e of this.entities.values()) if (!latest || e.seen > latest.seen) latest = e;
    return latest;
  }

  /** The person greeted at the start of a reporter's question: "Xin chào Linh Chi, bạn nghĩ sao …?". */
  private personGreeted(text: string, start: number, end: number): SpeakerGuess | null {
    const question = text.slice(start, end);
    const greeted = /^\s*(?:[-–]\s*)?(?:Xin\s+)?chào\s+((?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+)\s*[,!]/u.exec(
      question,
    );
    if (!greeted || startsWithTitle(greeted[1]!) || isPlace(greeted[1]!)) return null;
    return this.personAt(greeted[1]!, start + question.indexOf(greeted[1]!));
  }

  /** A person of this article a question asks about themselves: "30 tuổi, Linh Chi có dự định …?". */
  private personAsked(text: string, start: number, end: number): SpeakerGuess | null {
    const folded = ` ${foldText(text.slice(start, end)).replace(/[^\p{L}\p{N}\s]/gu, " ")} `;
    let best: Entity | null = null;
    for (const e of this.entities.values()) {
      if (e.speaker.kind !== "PERSON") continue;
      const forms = [e.speaker.name, ...e.speaker.variants.filter((f) => f.includes(" "))];
      const asked = forms.some((f) =>
        new RegExp(` ${foldText(f)} (?:co|da|se|nghi|thay|cam thay|du dinh|danh gia|muon)\\s`, "u").test(
          folded,
        ),
      );
      if (asked && (!best || e.seen > best.seen)) best = e;
    }
    return best
      ? { start, end: start, resolved: best.speaker, via: "pronoun", label: best.speaker.name }
      : null;
  }

  /** The last person who spoke, else the person the article last named: who answers a question. */
  private lastPersonSpoken(last: SpeakerGuess | null): SpeakerGuess | null {
    const spoke = this.recent.find((r) => r.resolved && r.resolved.kind === "PERSON");
    if (spoke) return spoke;
    if (last?.resolved?.kind === "PERSON") return last;
    const latest = this.latestMentioned();
    return latest
      ? { start: 0, end: 0, resolved: latest.speaker, via: "name", label: latest.speaker.name }
      : null;
  }

  private venue(sentence: string): string | null {
    for (const v of VENUES) {
      const m = v.re.exec(sentence);
      if (m) return v.venue(m);
    }
    return null;
  }

  private outletIn(s: string): string | null {
    for (const name of this.outletNames)
      if (new RegExp(`(?<![${L}])${name.replace(/\./g, "\\.")}(?![${L}])`, "u").test(s)) return name;
    return null;
  }

  extract(input: string, hooks: ExtractHooks = {}): ExtractResult {
    const text = normalizeText(input);
    if (!this.opts.articleDate) {
      const d = /^\s*date\s+(\d{4}-\d{2}-\d{2})/.exec(text);
      if (d) this.opts.articleDate = d[1];
    }
    const state = { lastDate: null as string | null };
    let lastGuess: SpeakerGuess | null = null;
    const self = this;
    const tracker = {
      get last() {
        return lastGuess;
      },
      set last(sp: SpeakerGuess | null) {
        lastGuess = sp;
        if (sp && sp.via !== "description")
          self.recent = [sp, ...self.recent.filter((r) => r.label !== sp.label)].slice(0, 6);
      },
    };
    const raw: RawCandidate[] = [];

    // Quotations of every paragraph, masked once in one copy of the text. Beyond a paragraph's
    // end, sentence splitting reads the unmasked text (as when each paragraph had its own copy).
    const paras = readingParagraphs(text).map((para) => ({ para, quotes: findQuotes(text, para) }));
    const masked = maskQuotes(
      text,
      paras.flatMap((p) => p.quotes),
    );
    const index = codePointIndex(text);
    const convert = () => toCandidates(text, index, raw, this.opts.outlet);

    let lastDirect: { sp: SpeakerGuess; para: number; colon: boolean } | null = null;
    let questionPara = -2; // the last reporter's question, an interview's

    // (`once`: a titled head line outside an interview owns the one paragraph after it.)
    let answer: { sp: SpeakerGuess; para: number; once?: boolean } | null = null;
    // Whom the article says it interviews ("trao đổi với bà X"), and the answerer of the last
    // question put to someone when its answers carry no "X:" head.
    let interviewee: SpeakerGuess | null = null;
    let headless: SpeakerGuess | null = null;
    let headedAnswers = false;
    let signedAnswer: [number, number][] | null = null;
    // ("Người phát ngôn X trả lời câu hỏi của các phóng viên …", then "Câu hỏi: …?", "Trả lời:" and
    // paragraphs no one signs: X's answers.)
    const unsignedToInterviewee = () => {
      if (!signedAnswer?.length || !interviewee) return;
      for (const q of signedAnswer)
        raw.push(directQuote(interviewee, null, q, null, null, { confidence: 0.55 }));
    };
    let lastAnswerer: SpeakerGuess | null = null;
    // The speaker of a paragraph ending "X <cue>:", whose points ("- …", "1. …") follow.
    // (`listed`: its points had list marks, so a paragraph without one is no longer its.)
    let bulletsOf: { sp: SpeakerGuess; para: number; listed?: boolean } | null = null;
    // The quotation that made up the whole paragraph before, unattributed (a quoted sub-heading).
    let quoteParagraph: Quote | null = null;
    // A quotation left open at a paragraph's end. `template` is null when no statement took it
    // (its speaker unknown): its paragraphs are still the quotation's, never narration.
    let openQuote: { index: number; broken: boolean; template: RawCandidate | null; start: number } | null =
      null;
    for (let p = 0; p < paras.length; p++) {
      const { para, quotes } = paras[p]!;
      const used = new Set<Quote>();
      quoteParagraph = null;
      const prev = paras[p - 1];
      if (prev?.quotes.length === 1) {
        const q = prev.quotes[0]!;
        const outside =
          text.slice(prev.para.start, q.open) + text.slice(q.close < 0 ? q.end : q.close + 1, prev.para.end);
        if (
          !/[\p{L}\p{N}]/u.test(outside) &&
          words(text.slice(q.start, q.end)) >= 3 &&
          !raw.slice(-4).some((r) => r.q[0] === q.start)
        )
          quoteParagraph = q;
      }
      // A quotation left open at the end of an earlier paragraph runs on here (multi-paragraph):
      // up to its closing mark, or over the whole paragraph. A caption breaks it into stretches.
      if (openQuote) {
        const ptext = text.slice(para.start, para.end);
        // A caption, or a line that is no sentence (a widget's "More from …", a sub-heading),
        // breaks the quotation into stretches.
        if (CAPTION.test(ptext) || (!/[.!?…:;"”»]$/u.test(ptext) && words(ptext) <= 6)) {
          openQuote.broken = true;
          hooks.afterParagraph?.(p + 1, paras.length, convert);
          continue;
        }
        const firstOpen = ptext.search(/[“]/u);
        const closeAt = ptext.search(/[”"]/u);
        // "Trả lời câu hỏi …, Người phát ngôn X cho biết:" after a quotation the page never closed:
        // a new attribution, not more of the quotation.
        // (Nor a paragraph of narration that reports someone with a cue and holds no opening mark:
        // "Nói về …, ông Park cho biết, …" after a quotation left open.)
        if (
          closeAt < 0 &&
          (/:\s*$/u.test(ptext) ||
            (firstOpen < 0 &&
              /(?:^|[\s,])(?:ông|bà|anh|chị|HLV|thuyền trưởng)\s/u.test(ptext) &&
              !FIRST_PERSON.test(ptext))) &&
          lowerCaseCueIn(ptext)
        )
          openQuote = null;
        else if (firstOpen < 0 || (closeAt >= 0 && closeAt < firstOpen)) {
          const end = closeAt >= 0 ? para.start + closeAt : para.end;
          const [qs, qe] = [para.start, end];
          if (words(text.slice(qs, qe)) >= 3 && openQuote.template) {
            const prev = raw[openQuote.index];
            if (prev && !openQuote.broken) prev.q = [prev.q[0], trimSpan(text, prev.q[0], qe)[1]];
            else {
              raw.push({ ...openQuote.template, q: trimSpan(text, qs, qe), confidence: 0.7 });
              openQuote.index = raw.length - 1;
              openQuote.broken = false;
            }
          }
          if (closeAt < 0) {
            hooks.afterParagraph?.(p + 1, paras.length, convert);
            continue;
          }
          // Its closing mark: a statement took the quotation, or the attribution after the mark
          // ("…”, Bí thư Thành ủy nhấn mạnh") takes it all, from where it opened.
          const closing = quotes.find((q) => q.orphan && q.close === para.start + closeAt);
          if (closing && openQuote.template) used.add(closing);
          else if (closing) closing.start = openQuote.start;
          openQuote = null;
          // The rest of the paragraph after the closing mark is read as usual below (rarely any).
          if (!/[\p{L}]/u.test(ptext.slice(closeAt + 1))) {
            hooks.afterParagraph?.(p + 1, paras.length, convert);
            continue;
          }
        } else openQuote = null;
      }
      // Interviews: a reporter's question says nothing; the paragraphs after an answer "X: …"
      // continue it until the next question.
      const ptext = text.slice(para.start, para.end);
      // (A reporter's labelled question may quote someone: it is still the question.)
      // ("Tỷ phú Phạm Nhật Vượng: Ai bảo làm việc lớn là dễ dàng?": a headline giving a person's
      // question, not the reporter's.)
      // (Words in quotation marks of four words or fewer inside an answer, “nhảy”, are the
      // answerer's emphasis, not someone else's words: the paragraph is still all answer.)
      const ownWords = quotes.every((q) => words(text.slice(q.start, q.end)) <= 4);
      const headed = HEADLINE.exec(ptext);
      const personsQuestion =
        headed !== null &&
        !REPORTER_LABEL.test(ptext) &&
        /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(headed[1]!.trim());
      // ("Trong các đối tượng …, PGS.TS X (…) đặc biệt nhấn mạnh, A. Vậy làm thế nào để …?": a named
      // person's statement before the question that closes the paragraph is read as usual.)
      let questionLeadEnd = -1;
      if ((ownWords || REPORTER_LABEL.test(ptext)) && !personsQuestion && QUESTION.test(ptext)) {
        questionPara = p;
        answer = null;
        const sentencesOfQuestion = splitSentences(masked, para, text);
        const lastSentence = sentencesOfQuestion.at(-1);
        const lead =
          sentencesOfQuestion.length >= 2 && lastSentence ? masked.slice(para.start, lastSentence.start) : "";
        if (
          lead &&
          !REPORTER_LABEL.test(ptext) &&
          !/\?/u.test(lead) &&
          /\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*/u.test(lead) &&
          lowerCaseCueIn(lead)
        )
          questionLeadEnd = lastSentence!.start;
        // ("…, thưa ông?" puts it to the person interviewed; a question only naming someone, as
        // the subject of its verb, is put to them: "Cá nhân Linh Chi có thấy áp lực …?")
        const greeted = this.personGreeted(text, para.start, para.end);
        const addressed = addressedQuestion(ptext);
        const named = greeted ?? (addressed ? null : this.personAsked(text, para.start, para.end));
        headless = named ?? (addressed ? (interviewee ?? this.lastPersonSpoken(tracker.last)) : null);
        if (named) interviewee ??= named;
        if (questionLeadEnd < 0) {
          hooks.afterParagraph?.(p + 1, paras.length, convert);
          continue;
        }
        bulletsOf = null;
      }
      // A reader's next question on a page whose answers are headed ("- Ông X, …:" then the words):
      // a dash paragraph with no head, even without a question mark.
      if (headedAnswers && answer && /^\s*[-–]\s+\p{Lu}/u.test(ptext) && !ANSWER_HEAD_LINE.test(ptext)) {
        questionPara = p;
        answer = null;
        headless = null;
        hooks.afterParagraph?.(p + 1, paras.length, convert);
        continue;
      }
      // "Trả lời:" alone after a reader's question, the answer's paragraphs, then who answered, signed
      // below them ("BS.CKI Nguyễn Huy Lộc" on a line of its own): the signer's words.
      if (signedAnswer) {
        const line = ptext.trim();
        const signer =
          words(line) <= 8 && !/[.!?…:;"”]$/u.test(line) ? (titledName(line)?.name ?? null) : null;
        if (signer) {
          const sp = this.personAt(signer, para.start + ptext.lastIndexOf(signer));
          for (const [qs, qe] of signedAnswer)
            raw.push(directQuote(sp, null, [qs, qe], null, null, { confidence: 0.6 }));
          signedAnswer = null;
          hooks.afterParagraph?.(p + 1, paras.length, convert);
          continue;
        }
        // "(Ông Nguyễn Bích Lâm, Tổng cục trưởng TCTK) Trước hết, …": who answers, in brackets
        // before the words; the paragraphs after go on until the next question.
        const bracketed =
          signedAnswer.length === 0
            ? /^\s*\(([^(),]{3,60})(?:,[^()]{0,120})?\)\s*(?=\p{Lu})/u.exec(ptext)
            : null;
        const bracketName = bracketed ? fullNameAfterAddress(bracketed[1]!) : null;
        if (bracketed && bracketName) {
          const sp = this.personAt(bracketName, para.start + ptext.indexOf(bracketName));
          raw.push(
            directQuote(sp, null, trimSpan(text, para.start + bracketed[0].length, para.end), null, null, {
              confidence: 0.6,
            }),
          );
          answer = { sp, para: p };
          tracker.last = sp;
          signedAnswer = null;
          hooks.afterParagraph?.(p + 1, paras.length, convert);
          continue;
        }
        // (A question, or no signature within a few paragraphs: the page is read as usual again; the
        // paragraphs were the answer of the person the page says answers the reporters' questions.)
        if (QUESTION.test(ptext) || signedAnswer.length >= MAX_QUOTE_PARAGRAPHS) {
          unsignedToInterviewee();
          signedAnswer = null;
        } else {
          if (ownWords && !CAPTION.test(ptext) && !/Ảnh minh họa\s*:/u.test(ptext) && words(ptext) >= 6)
            signedAnswer.push(trimSpan(text, para.start, para.end));
          hooks.afterParagraph?.(p + 1, paras.length, convert);
          continue;
        }
      }
      if (questionPara === p - 1 && /^\s*(?:Trả lời|Đáp|TL)\s*:\s*$/u.test(ptext)) {
        signedAnswer = [];
        hooks.afterParagraph?.(p + 1, paras.length, convert);
        continue;
      }
      // "Hỏi: …" / "Đáp: …": the answer of the person interviewed (or who answered last).
      const reply = questionPara === p - 1 && ownWords ? /^\s*(?:Đáp|Trả lời|TL)\s*:\s*/u.exec(ptext) : null;
      const replier = reply
        ? (headless ?? lastAnswerer ?? interviewee ?? this.lastPersonSpoken(tracker.last))
        : null;
      if (reply && replier && words(ptext.slice(reply[0].length)) >= 3) {
        raw.push(
          directQuote(
            replier,
            null,
            trimSpan(text, para.start + reply[0].length, para.end),
            this.saidAt(ptext, state),
            null,
            {
              confidence: 0.6,
            },
          ),
        );
        answer = { sp: replier, para: p };
        hooks.afterParagraph?.(p + 1, paras.length, convert);
        continue;
      }
      // "Tiến sĩ Trần Đình Lý – Trưởng phòng Đào tạo, …:" on a line of its own (a titled head, no
      // reporting verb), then the words: the answer follows, question or not.
      const titledHead =
        ANSWER_HEAD_LINE.test(ptext) && startsWithTitle(ptext.trim()) && !lowerCaseCueIn(ptext);
      // "- Nhìn lại 80 năm qua, …" in an article that says whom it interviews, no question before
      // (the page lost it, or the sapo asked it): that person's answer, as after a question.
      if (
        interviewee &&
        !headedAnswers &&
        questionPara !== p - 1 &&
        !answer &&
        !bulletsOf &&
        ownWords &&
        /^\s*[-–]\s+\p{Lu}/u.test(ptext) &&
        words(ptext) >= 8
      ) {
        questionPara = p - 1;
        headless = interviewee;
      }
      if ((questionPara === p - 1 || titledHead) && !answer && ownWords) {
        // "(a reader's name)Nguyễn Thị Oanh:" on a line of its own: the answer follows.
        const head = ANSWER_HEAD_LINE.exec(ptext);
        const at = head ? para.start + ptext.indexOf(head[1]!, ptext.lastIndexOf(")") + 1) : -1;
        let sp = head ? this.resolveSubject(text, at, at + head[1]!.length, tracker.last) : null;
        // ("- Ông Đỗ Văn Đông, Phó Cục trưởng Cục Quản lý Dược:": the person, then his office.)
        const named = head ? /^([-–]\s+)?([^,]{3,60}),/u.exec(head[1]!) : null;
        if (named && sp?.via !== "name") {
          const from = at + (named[1]?.length ?? 0);
          const bareName = fullNameAfterAddress(named[2]!);
          if (bareName) sp = this.personAt(bareName, from + named[2]!.indexOf(bareName));
        }
        // A bare Vietnamese full name is the answerer, as a title would have made it.
        const bare = (head?.[1] ?? "").trim();
        if (head && sp?.via !== "name" && personName(bare, "") === bare && isVietnameseName(bare)) {
          sp = this.personAt(bare, at);
        }
        if (sp && sp.via === "name") {
          // (Answers headed by who gives them: a dash paragraph without a head is a reader's question.)
          if (questionPara === p - 1) headedAnswers = true;
          answer = { sp, para: p, once: questionPara !== p - 1 };
          tracker.last = sp;
          hooks.afterParagraph?.(p + 1, paras.length, convert);
          continue;
        }
        // (A photo's caption between the question and the answer: the answer is still to come.)
        if (questionPara === p - 1 && headless && CAPTION.test(ptext)) {
          questionPara = p;
          hooks.afterParagraph?.(p + 1, paras.length, convert);
          continue;
        }
        if (questionPara === p - 1 && headless && !answerHead(ptext) && !CAPTION.test(ptext)) {
          // The answerer's name line or a caption between the question and the answer.
          if (!/[.!?…:;"”»]$/u.test(ptext) && words(ptext) <= 15) {
            questionPara = p;
            hooks.afterParagraph?.(p + 1, paras.length, convert);
            continue;
          }
          answer = { sp: headless, para: p - 1 };
        }
      }
      // ("TS. Đỗ Văn Sinh, thường trực Ủy ban Kinh tế của Quốc hội." under a photo: who it shows.)
      const namedCaption = /^\s*([^,]{3,60}),[^,]{3,120}\.?\s*$/u.exec(ptext);
      if (
        answer &&
        answer.para === p - 1 &&
        ownWords &&
        (CAPTION.test(ptext) ||
          (words(ptext) <= 8 && !/[.!?…:;"”]$/u.test(ptext) && titledName(ptext.trim())) ||
          // ("PGS. TS. Nguyễn Quang Dũng chia sẻ tại Hội thảo": a photo's line, no sentence.)
          (words(ptext) <= 12 &&
            /^\s*\p{Lu}[^!?:;“”"]*?\s(?:chia sẻ|phát biểu|trả lời|trao đổi|nói chuyện)(?:\s+(?:tại|trong|với|bên lề)\s[^.!?:;“”"]*)?\.?\s*$/u.test(
              ptext,
            )) ||
          (namedCaption !== null &&
            words(ptext) <= 16 &&
            titledName(namedCaption[1]!.trim()) !== null &&
            !lowerCaseCueIn(ptext)))
      ) {
        // "TS. Nguyễn Đức Độ" alone between answer paragraphs: a photo's caption; the answer goes on.
        answer = { ...answer, para: p };
        hooks.afterParagraph?.(p + 1, paras.length, convert);
        continue;
      }
      if (
        answer &&
        answer.para === p - 1 &&
        ownWords &&
        !CAPTION.test(ptext) &&
        !answerHead(ptext) &&
        // ("EM CÒN Ế DÀI": a sub-heading in capitals between an interview's parts.)
        /\p{Ll}/u.test(ptext) &&
        words(ptext) >= 4
      ) {
        const saidAt = this.saidAt(ptext, state);
        raw.push(
          directQuote(answer.sp, null, trimSpan(text, para.start, para.end), saidAt, null, {
            confidence: 0.6,
          }),
        );
        answer = answer.once ? null : { ...answer, para: p };
        hooks.afterParagraph?.(p + 1, paras.length, convert);
        continue;
      }
      // "Người phát ngôn … Lê Thị Thu Hằng nêu rõ:" closing a paragraph, then paragraphs with no
      // quotation marks and no list marks: the speaker's words, one statement per paragraph (as an
      // official statement is printed), over captions, until a paragraph that attributes anew.
      if (bulletsOf && bulletsOf.para === p - 1 && bulletsOf.sp.via !== "pronoun" && !quotes.length) {
        if (/\|\s*$/u.test(ptext) || CAPTION.test(ptext)) {
          bulletsOf.para = p;
          hooks.afterParagraph?.(p + 1, paras.length, convert);
          continue;
        }
        if (
          !bulletsOf.listed &&
          !BULLET.test(ptext) &&
          /^\s*\p{Lu}/u.test(ptext) &&
          /[.!…;]\s*$/u.test(ptext) &&
          words(ptext) >= 8 &&
          !/^\s*theo\s/iu.test(ptext) &&
          !(/(?:^|[\s,])(?:ông|bà|anh|chị)\s/u.test(ptext) && lowerCaseCueIn(ptext))
        ) {
          raw.push(
            directQuote(
              bulletsOf.sp,
              null,
              trimSpan(text, para.start, para.end),
              this.saidAt(ptext, state),
              null,
              {
                confidence: 0.6,
              },
            ),
          );
          bulletsOf.para = p;
          hooks.afterParagraph?.(p + 1, paras.length, convert);
          continue;
        }
      }
      let nextQuote = 0; // quotes are sorted by opening mark, sentences come in order
      // The sentence before in this paragraph, when no statement came from it ("A. X phát biểu như vậy").
      let bare: Segment | null = null;
      let previous: Segment | null = null;
      let rawBefore = raw.length;
      // The end of a speaker's words after "X chia sẻ:" run on over the paragraph's later sentences.
      let runOnEnd = -1;
      for (const sent of splitSentences(masked, para, text)) {
        if (sent.start < runOnEnd) continue;
        if (questionLeadEnd >= 0 && sent.start >= questionLeadEnd) break;
        // The statement the sentence before in this paragraph gave, if any ("Theo Bộ trưởng, …").
        const before = previous && rawBefore < raw.length ? raw.at(-1) : undefined;
        bare = previous && rawBefore === raw.length ? previous : null;
        this.openerOf = bare && /^\p{Lu}/u.test(text[bare.start] ?? "") ? bare : null;
        previous = sent;
        rawBefore = raw.length;
        const sentence = text.slice(sent.start, sent.end);
        const sentenceClock = this.clock;
        this.noteMentions(masked, sent.start, sent.end);
        interviewee = this.interviewedIn(text, sent.start, sent.end) ?? interviewee;
        const saidAt = this.saidAt(sentence, state);
        const venue = this.venue(sentence);
        while (nextQuote < quotes.length && quotes[nextQuote]!.open < sent.start) nextQuote++;
        const inSentence: Quote[] = [];
        while (nextQuote < quotes.length && quotes[nextQuote]!.open < sent.end)
          inSentence.push(quotes[nextQuote++]!);
        const head = masked.slice(sent.start, sent.end);

        // "Về bàn thắng …, tiền đạo của tuyển Việt Nam không giấu được niềm vui:" closing the
        // paragraph, no reporting verb: the person opening the clause owns the quotation that
        // opens the next paragraph.
        if (sent.end === para.end && !inSentence.length && /:\s*$/u.test(head)) {
          cueAt.lastIndex = 0;
          const colonAt = sent.start + head.lastIndexOf(":");
          const opener = cueAt.test(head) ? null : this.personOpeningClause(text, sent.start, colonAt);
          if (opener) {
            lastDirect = { sp: opener, para: p, colon: true };
            tracker.last = opener;
            continue;
          }
        }
        // P. A point of a list the paragraph before introduced ("X kết luận:"): its first sentence
        // is X's (a statement elsewhere in the paragraph is read as usual).
        const bullet = sent.start === para.start ? BULLET.exec(head) : null;
        if (bullet && bulletsOf && bulletsOf.para === p - 1 && inSentence.length === 0) {
          const [qs, qe] = trimSpan(text, sent.start + bullet[0].length, sent.end);
          if (words(text.slice(qs, qe)) >= 4) {
            raw.push(directQuote(bulletsOf.sp, null, [qs, qe], saidAt, venue, { confidence: 0.6 }));
            bulletsOf.para = p;
            bulletsOf.listed = true;
            continue;
          }
        }

        // H. "Thủ tướng Phạm Minh Chính: Càng áp lực thì càng nỗ lực" (a headline, a sub-heading,
        // an interview answer "Thứ trưởng X: …"): a titled name, a colon, the speaker's words.
        if (sent.start === para.start) {
          // "* Thứ trưởng X: …": an answer marked with a star or a bullet.
          // ("1. Phó Thủ tướng X: …": a numbered sub-heading of a list of quotations.)
          const mark = /^\s*(?:[*•]|\d{1,2}[.)])\s*(?=\p{Lu})/u.exec(head)?.[0].length ?? 0;
          const at = sent.start + mark;
          const short = HEADLINE.exec(head.slice(mark));
          // "TS. Nguyễn Minh Phong: …", "Ông X, Vụ trưởng …, Bộ Y tế: …" (an interview answer).
          // (A photo credit after the words is no head: "…: Đến năm 2020 …-Ảnh: Quochoi.vn".)
          const long = short ? null : HEADLINE_LONG.exec(head.slice(mark));
          const hl = short ?? (long && !lowerCaseCueIn(long[1]!) && !CAPTION.test(long[0]) ? long : null);
          // "Tỷ phú Phạm Nhật Vượng: …", "Hot girl cầu lông Thùy Linh: …": an epithet, then a
          // Vietnamese full name (or one the article gave before), closes the head.
          // ("Clinton: Tôi tôn trọng …": a lone family name the article then gives "ông"/"bà".)
          const lone = hl && /^\p{Lu}[\p{Ll}\p{M}-]{2,}$/u.test(hl[1]!.trim()) ? hl[1]!.trim() : undefined;
          const addressedLater = lone !== undefined && !isPlace(lone) && this.namedInFull(text, lone);
          const run =
            hl && words(hl[1]!) <= 8
              ? (/((?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,3}\p{Lu}[\p{Ll}\p{M}]*)$/u.exec(hl[1]!.trimEnd())?.[1] ??
                (addressedLater ? lone : undefined))
              : undefined;
          const epithetName =
            run !== undefined &&
            ((isVietnameseName(run) && personName(run, "") === run) ||
              this.byForm(run) !== null ||
              addressedLater);
          // "Bộ Ngoại giao Trung Quốc: …", "Ngân hàng Nhà nước: …": a body heads the headline.
          const bodyHead = hl !== null && BODY_HEAD.test(hl[1]!.trim());
          if (
            hl &&
            (startsWithTitle(hl[1]!) || /^(?:ông|bà|anh|chị)\s/iu.test(hl[1]!) || epithetName || bodyHead)
          ) {
            let sp = this.resolveSubject(text, at, at + hl[1]!.length, tracker.last);
            if (bodyHead && sp?.via !== "description") sp = null;
            if (epithetName && run && sp?.via !== "name") {
              const person = this.byForm(run)?.speaker ?? this.learn(run);
              const s0 = at + hl[1]!.trimEnd().length - run.length;
              sp = { start: s0, end: s0 + run.length, resolved: person, via: "name", label: person.name };
            }
            // A long head is the speaker and appositives only ("HLV X đặt ra câu hỏi: …" is not).
            const rest = sp ? text.slice(sp.end, at + hl[1]!.length) : "";
            // A title alone heads a caption or a sub-heading of the person who holds it in the
            // article ("Bộ trưởng Bộ Thông tin và Truyền thông: Đến năm 2020 …-Ảnh: Quochoi.vn").
            const titled = sp?.via === "pronoun" && sp.resolved !== null && startsWithTitle(hl[1]!);
            if (
              sp &&
              (sp.via === "name" || sp.pending || titled || bodyHead) &&
              (hl === short || /^\s*(?:$|,)/u.test(rest))
            ) {
              let [qs, qe] = trimSpan(text, at + hl[0].length, para.end);
              const credit = /\s*[-–—|]?\s*(?:Ảnh|ẢNH|Nguồn|Video)\s*:/u.exec(text.slice(qs, qe));
              if (credit) [qs, qe] = trimSpan(text, qs, qs + credit.index);
              const lone = inSentence[0];
              if (lone && lone.open === qs) [qs, qe] = [lone.start, lone.end];
              // "Ông X: 'GDP … tin cậy'": a headline's words in single marks, without them.
              else if (/['‘]/u.test(text[qs] ?? "") && /['’]/u.test(text[qe - 1] ?? "") && qe - qs > 2)
                [qs, qe] = [qs + 1, qe - 1];
              if (words(text.slice(qs, qe)) >= 3) {
                raw.push({
                  sp,
                  cue: null,
                  q: [qs, qe],
                  kind: "DIRECT",
                  saidAt,
                  venue,
                  chain: [],
                  confidence: 0.7,
                });
                for (const q of inSentence) used.add(q);
                tracker.last = sp;
                lastDirect = { sp, para: p, colon: true };
                if (questionPara === p - 1) {
                  answer = { sp, para: p };
                  lastAnswerer = sp;
                }
                break;
              }
            }
          }
        }

        // B0. “…” alone in a paragraph, then "Chia sẻ trên được Chủ tịch … Nguyễn Trần Nam đưa ra
        // khi …" / "Đó là câu trả lời của Bộ trưởng X …": the quotation before is X's.
        const back = (quoteParagraph && sent.start === para.start) || bare ? BACK_REFERENCE.exec(head) : null;
        // "A. Đây là thông tin được ông X, … cung cấp tại …": the sentence before, with no
        // statement of its own, is X's.
        if (
          back &&
          !(quoteParagraph && sent.start === para.start) &&
          bare &&
          words(text.slice(bare.start, bare.end)) >= 6
        ) {
          const from = sent.start + back[0].length;
          const sp = this.backReferenceSpeaker(text, from, head.slice(back[0].length), tracker.last);
          if (sp) {
            const [bs, be] = trimSpan(text, bare.start, bare.end);
            raw.push({
              sp,
              cue: [sent.start, from],
              q: [bs, be],
              kind: "INDIRECT",
              saidAt,
              venue,
              chain: [],
              confidence: 0.6,
            });
            tracker.last = sp;
            continue;
          }
        }
        if (back && quoteParagraph && sent.start === para.start) {
          const from = sent.start + back[0].length;
          const sp = this.backReferenceSpeaker(text, from, head.slice(back[0].length), tracker.last);
          if (sp) {
            raw.push(
              directQuote(sp, [sent.start, from], [quoteParagraph.start, quoteParagraph.end], saidAt, venue, {
                confidence: sp.resolved ? 0.75 : 0.6,
              }),
            );
            tracker.last = sp;
            quoteParagraph = null;
          }
        }

        // A. Direct quotes with the attribution after: “…”, ông X cho biết.
        for (const q of inSentence) {
          if (q.close < 0 || used.has(q)) continue;
          // 'Trước việc Bộ trưởng X "xin chịu kỷ luật", ông Trọng nói, "…"': a few quoted words
          // inside narration are the narration's, not the words the attribution after them gives.
          if (
            words(text.slice(q.start, q.end)) <= 6 &&
            /[\p{L}\p{N}]/u.test(masked.slice(sent.start, q.open).replace(/^\s*[-–—•*]\s*/u, ""))
          )
            continue;
          const next = firstOpeningAfter(inSentence, q.close);
          const afterEnd = next ? next.open : sent.end;
          const after = masked.slice(q.close + 1, afterEnd);
          // "Vụ ‘…’: Hiệu trưởng nói ‘…’": a quotation before a colon names a topic; what follows
          // the colon is no attribution of it.
          if (/^\s*:/u.test(after)) continue;
          // “…” – Tổng Bí thư Tô Lâm phát biểu tại …: after a dash, the attribution may run on.
          const m =
            ATTRIBUTION_AFTER.exec(after) ??
            ATTRIBUTION_AFTER_DASH.exec(after) ??
            ATTRIBUTION_AFTER_VENUE.exec(after) ??
            ATTRIBUTION_AS_ABOVE.exec(after);
          // “…”, ông X nhận định và cho rằng, B.: the quotation is X's, and B a statement of X's too.
          // (Tried first: with ten words or fewer after the second cue, ATTRIBUTION_AFTER would read
          // "Bộ Y tế nêu rõ và" as the speaker of "lưu ý".)
          const both0 = next ? null : ATTRIBUTION_THEN_SECOND.exec(after);
          // ("Trung tâm Thông tin và Dự báo kinh tế - xã hội … cho hay": capitalised, the cue words
          // are a body's name.)
          const both = both0 && !/^\p{Lu}/u.test(both0[2]!) && !/^\p{Lu}/u.test(both0[3]!) ? both0 : null;
          if (both && words(text.slice(q.start, q.end)) >= 3) {
            const npAt = q.close + 1 + after.indexOf(both[1]!);
            const sp = this.resolveSubject(text, npAt, npAt + both[1]!.length, tracker.last);
            const clauseAt = q.close + 1 + both.index + both[0].length - both[4]!.length;
            const [cs, ce] = trimSpan(text, clauseAt, sent.end);
            // (A body named in full speaks too: "“…”, Bộ Y tế nêu rõ và lưu ý …".)
            if (
              sp &&
              (sp.via !== "description" || BODY_HEAD.test(sp.label)) &&
              words(text.slice(cs, ce)) >= 4
            ) {
              const cue1 = q.close + 1 + after.indexOf(both[2]!, after.indexOf(both[1]!) + both[1]!.length);
              raw.push(
                directQuote(sp, [cue1, cue1 + both[2]!.length], [q.start, q.end], saidAt, venue, {
                  confidence: 0.8,
                }),
              );
              const cue2 = q.close + 1 + after.indexOf(both[3]!, cue1 - q.close - 1 + both[2]!.length);
              raw.push({
                sp,
                cue: [cue2, cue2 + both[3]!.length],
                q: [cs, ce],
                kind: "INDIRECT",
                saidAt,
                venue,
                chain: [],
                confidence: 0.7,
              });
              used.add(q);
              tracker.last = sp;
              continue;
            }
          }
          // “…”, theo ông X, chuyên gia kinh tế. / “…” (ông X, chuyên gia tài chính).
          const source = m ? null : (QUOTE_THEN_THEO.exec(after) ?? QUOTE_THEN_BRACKET.exec(after));
          // ('… trong "Đạo luật Chăm sóc sức khỏe hợp túi tiền" (ACA).': a name inside narration, then
          // its acronym, no source.)
          const acronymOfName =
            source &&
            /^\s*\(/u.test(after) &&
            /^[\p{Lu}\d&.-]{2,8}$/u.test(source[1]!) &&
            /[\p{L}\p{N}]/u.test(masked.slice(sent.start, q.open));
          if (source && !acronymOfName && words(text.slice(q.start, q.end)) >= 3) {
            const npAt = q.close + 1 + after.indexOf(source[1]!);
            const sp = this.resolveSubject(text, npAt, npAt + source[1]!.length, tracker.last);
            if (sp && sp.via !== "pronoun") {
              raw.push(
                directQuote(sp, null, [q.start, q.end], saidAt, venue, {
                  confidence: sp.resolved ? 0.75 : 0.6,
                }),
              );
              used.add(q);
              tracker.last = sp;
              continue;
            }
          }
          if (!m) {
            // “…” – chia sẻ của Thứ trưởng X với báo Y: the cue as a noun, then whose words they were.
            const n = ATTRIBUTION_NOMINAL.exec(after);
            const npAt = n ? q.close + 1 + n[0].length - n[0].trimStart().length + n[1]!.length : -1;
            const sp = n ? this.resolveSubject(text, npAt, npAt + n[3]!.length, tracker.last) : null;
            if (!n || !sp || sp.via !== "name" || words(text.slice(q.start, q.end)) < 3) {
              // "“…”, chiến lược gia người Pháp dành lời khen ngợi các học trò.": a named person or
              // an epithet opens a short clause after the quotation, whatever its verb.
              const tail = /^\s*[,–—-]\s*(\S[^“”"]*?)\s*[.!]?\s*$/u.exec(after);
              const by =
                tail && !next && words(tail[1]!) <= 14 && words(text.slice(q.start, q.end)) >= 3
                  ? this.personOpeningClause(
                      text,
                      q.close + 1 + tail.index + tail[0].indexOf(tail[1]!),
                      sent.end,
                    )
                  : null;
              if (by) {
                raw.push(directQuote(by, null, [q.start, q.end], saidAt, venue, { confidence: 0.6 }));
                used.add(q);
                tracker.last = by;
              }
              continue;
            }
            const cueAt = q.close + 1 + after.indexOf(n[2]!);
            raw.push(
              directQuote(sp, [cueAt, cueAt + n[2]!.length], [q.start, q.end], saidAt, venue, {
                confidence: sp.resolved ? 0.85 : 0.7,
              }),
            );
            used.add(q);
            tracker.last = sp;
            continue;
          }
          const npStart = q.close + 1 + after.indexOf(m[1]!);
          const sp = this.resolveSubject(text, npStart, npStart + m[1]!.length, tracker.last);
          if (!sp || words(text.slice(q.start, q.end)) < 3) continue;
          const cueStart =
            npStart + m[1]!.length + after.slice(after.indexOf(m[1]!) + m[1]!.length).indexOf(m[2]!);
          const cueEnd = cueStart + m[2]!.length + (m[3]?.length ?? 0);
          raw.push(
            directQuote(sp, [cueStart, cueEnd], [q.start, q.end], saidAt, venue, {
              confidence: sp.via === "name" && sp.resolved ? 0.9 : sp.via === "pronoun" ? 0.7 : 0.75,
            }),
          );
          used.add(q);
          tracker.last = sp;
          // “A”, ông X nói, “B”: the second segment belongs to the same speaker.
          // “A”, ông X nói. “B”. (no attribution of its own after B): B is his too.
          const nextOwnsNothing =
            next !== undefined &&
            next.close >= 0 &&
            !/[\p{L}\p{N}]/u.test(
              masked.slice(next.close + 1, firstOpeningAfter(inSentence, next.close)?.open ?? sent.end),
            );
          if (next && (m[5] === "," || (m[5] === "." && nextOwnsNothing))) {
            raw.push({
              sp,
              cue: [cueStart, cueEnd],
              q: [next.start, next.end],
              kind: "DIRECT",
              saidAt,
              venue,
              chain: [],
              confidence: 0.8,
            });
            used.add(next);
          }
        }

        // B. Direct quotes introduced before: ông X cho biết: “…”. The cue is the last one before
        // the colon ("Đánh giá về …, Thứ trưởng X cho biết: “…”": a fronted cue is not it).
        let cues: RegExpExecArray[] | undefined;
        let lookupsB = 0;
        for (const q of inSentence) {
          if (used.has(q)) continue;
          let k = q.open;
          while (k > sent.start && /\s/.test(masked[k - 1]!)) k--;
          if (k <= sent.start || masked[k - 1] !== ":") continue;
          if (cues === undefined) {
            cues = [];
            cueAt.lastIndex = 0;
            for (let c = cueAt.exec(head); c && cues.length < MAX_SUBJECT_LOOKUPS; c = cueAt.exec(head))
              cues.push(c);
          }
          const cm = cues.findLast((c) => c.index < k - 1 - sent.start) ?? null;
          // "Chia sẻ về khởi đầu trận đấu, Xuân Son thẳng thắn: “…”": a cue that opens the sentence
          // is fronted; it names no speaker before it.
          const fronted =
            cm !== null &&
            cm.index === 0 &&
            k - 1 - sent.start <= COLON_REACH &&
            /[,;]/u.test(head.slice(cm[0].length, k - 1 - sent.start));
          if (!cm || fronted) {
            // "…, Xuân Son thẳng thắn: “…”": a person the article has named, a manner at most, a colon.
            // "Câu hỏi cho HLV X: “Ông nhận xét sao …?”": a question put to X, not X's words.
            const since = Math.max(
              sent.start,
              ...inSentence.filter((o) => o.close >= 0 && o.close < k).map((o) => o.close + 1),
            );
            // ("Về câu hỏi …, HLV X từ chối chỉ đích danh: “…”": a question before a comma is the topic.)
            const beforeColon = text.slice(since, k - 1);
            if (/(?:^|\s)(?:câu hỏi|hỏi)(?:\s|$)/iu.test(beforeColon.slice(beforeColon.lastIndexOf(",") + 1)))
              continue;
            // ("… mà theo ông: “…”": the source after "theo", just before the colon.)
            const theoColon = /(?:^|\s)theo\s+((?:ông|bà|anh|chị)(?:\s+\p{Lu}[\p{L}-]*){0,3})\s*$/u.exec(
              text.slice(sent.start, k - 1),
            );
            const theoAt = theoColon
              ? sent.start + theoColon.index + theoColon[0].length - theoColon[1]!.length
              : -1;
            const sp =
              this.namedBeforeColon(text, sent.start, k - 1) ??
              (theoColon
                ? (this.personOpeningClause(text, sent.start, theoAt) ??
                  this.resolveSubject(text, theoAt, theoAt + theoColon[1]!.length, tracker.last))
                : null) ??
              // ("Nói về mục tiêu …, HLV Kim thể hiện quyết tâm: “…”": after a fronted cue too.)
              (cm && !fronted ? null : this.personOpeningClause(text, sent.start, k - 1));
            if (sp) {
              raw.push(directQuote(sp, null, [q.start, q.end], saidAt, venue, { confidence: 0.7 }));
              used.add(q);
              tracker.last = sp;
            }
            continue;
          }
          // "Khuyến cáo 5K: “…”": a capitalised cue inside a sentence names a document, not a speech.
          if (cm.index > 0 && /^\p{Lu}/u.test(cm[1]!)) continue;
          if (++lookupsB > MAX_SUBJECT_LOOKUPS) break;
          const cueStart = sent.start + cm.index;
          const sp = this.resolveSubject(
            text,
            subjectWindowStart(masked, sent.start, cueStart),
            cueStart,
            tracker.last,
          );
          // "Đáng chú ý nhất là khẳng định của Phó Chủ tịch VFF Trần Quốc Tuấn: “…”": the cue as a
          // noun, then whose words follow.
          if (!sp && /^\s+của\s/u.test(head.slice(cm.index + cm[0].length))) {
            const named = this.namedBeforeColon(text, sent.start, k - 1);
            if (named) {
              raw.push(
                directQuote(named, [cueStart, cueStart + cm[1]!.length], [q.start, q.end], saidAt, venue, {
                  confidence: 0.7,
                }),
              );
              used.add(q);
              tracker.last = named;
            }
            continue;
          }
          if (!sp) continue;
          // "Anh X cho biết đã xếp hàng từ 7h30: “…”": what the cue reports before the colon is a
          // statement of its own (not a venue, an addressee or a topic: "chia sẻ với PV …:").
          const cueEnd = cueStart + cm[1]!.length;
          // (Bounded: in a run-on text the cue may lie far before the colon.)
          const [bs, be] = k - 1 - cueEnd <= COLON_REACH ? trimSpan(text, cueEnd, k - 1) : [k - 1, k - 1];
          const before = text.slice(bs, be).replace(/^(?:thêm|rằng|là)\s+/iu, "");
          const cueWord = cm[1]!.replace(/\s+/g, " ");
          if (
            words(before) >= 4 &&
            !CLAUSE_BEFORE_COLON_BLOCK.test(before) &&
            !NOT_A_CLAUSE.test(before) &&
            !ATTRIBUTION_ONLY_CUES.test(cueWord) &&
            !(NOUN_OBJECT_CUES.test(cueWord) && nounObject(before)) &&
            !/[“”"]/u.test(before)
          )
            raw.push({
              sp,
              cue: [cueStart, cueEnd],
              q: trimSpan(text, be - before.length, be),
              kind: "INDIRECT",
              saidAt,
              venue,
              chain: [],
              confidence: sp.via === "name" && sp.resolved ? 0.75 : 0.6,
            });
          raw.push({
            sp,
            cue: [cueStart, cueEnd],
            q: [q.start, q.end],
            kind: "DIRECT",
            saidAt,
            venue,
            chain: [],
            confidence: sp.via === "name" && sp.resolved ? 0.9 : 0.7,
          });
          used.add(q);
          tracker.last = sp;
        }

        // “A”, X nói. “B”: a sentence that is only a quotation continues the speaker of the direct
        // quote just before it in the paragraph (or of the paragraph ending "X nói:" before it).
        // So does a person's indirect statement just before ("Theo Bộ trưởng, A. “B”.").
        const lone = inSentence.length === 1 ? inSentence[0]! : null;
        const continued: { sp: SpeakerGuess; para: number; colon: boolean } | null =
          lastDirect && (lastDirect.para === p || (lastDirect.para === p - 1 && lastDirect.colon))
            ? lastDirect
            : before?.sp.resolved && before.sp.via !== "description" && before.sp.resolved.kind === "PERSON"
              ? { sp: before.sp, para: p, colon: false }
              : lone && sent.start === para.start && sent.end === para.end
                ? this.speakerOfParagraphBefore(text, raw, paras, p)
                : null;
        if (
          lone &&
          !used.has(lone) &&
          continued &&
          !/\S/u.test(text.slice(sent.start, lone.open)) &&
          !/[\p{L}\p{N}]/u.test(text.slice(lone.close < 0 ? lone.end : lone.close + 1, sent.end)) &&
          words(text.slice(lone.start, lone.end)) >= 3
        ) {
          raw.push({
            sp: continued.sp,
            cue: null,
            q: [lone.start, lone.end],
            kind: "DIRECT",
            saidAt,
            venue,
            chain: [],
            confidence: continued === lastDirect ? 0.65 : 0.55,
          });
          used.add(lone);
          lastDirect = { sp: continued.sp, para: p, colon: false };
          continue;
        }
        for (const q of inSentence)
          if (used.has(q)) {
            const rc = raw.at(-1);
            if (rc && rc.kind === "DIRECT") lastDirect = { sp: rc.sp, para: p, colon: false };
          }
        // A sentence fully taken by direct quotes and their attributions has no more claims.
        if (inSentence.some((q) => used.has(q))) continue;

        // C. "Theo X, …"
        const theo =
          // "Theo phóng viên / đặc phái viên TTXVN, …" is the newsroom's own reporting, not a source.
          /^(\s*(?:\([^()]{1,30}\)\s*[-–—]?\s*)?(?:[^,]{0,60},\s*)?(?:(?:cũng|còn|nhưng|và|song|tuy nhiên|trong khi đó)\s+)?)Theo\s+(?!đó\b|đây\b|kế hoạch|chủ trương|phương án|đề án|lộ trình|quy hoạch|dự kiến|quy định|luật|thỏa thuận|thoả thuận|(?:các\s+)?(?:sắc lệnh|nghị định|nghị quyết|thông tư|chỉ thị|hiến pháp|điều lệ|hợp đồng|quyết định(?!\s+(?:của|từ)\s))(?![\p{L}])|(?:các\s+)?(?:đặc phái viên|phóng viên|PV|thông tín viên)(?![\p{L}]))([^,]{2,200}),\s*/iu.exec(
            withoutDateline(head),
          );
        const theoSource = theo?.[2]?.length ?? 0;
        if (theo) {
          // "Theo TS.BS X, Trưởng Khoa Nhi, Bệnh viện …, A", "Theo chị X ở xã Y, huyện Z (tỉnh T), A":
          // the source's titles, body and place, each after a comma, belong to the source.
          for (let k = 0; k < MAX_APPOSITIVES; k++) {
            const rest = head.slice(theo[0].length);
            const next = /^([^,]{2,100}),\s*/u.exec(rest);
            const chunk = next?.[1]?.trim() ?? "";
            if (
              !next ||
              !(startsWithTitle(chunk) || SOURCE_APPOSITIVE.test(chunk)) ||
              words(chunk) > 12 ||
              CUE_ANYWHERE.test(chunk) ||
              words(rest.slice(next[0].length)) < 4
            )
              break;
            theo[0] += next[0];
            theo[2] = theo[0].replace(/,\s*$/u, "").slice(theo[1]!.length + "Theo ".length);
          }
          // "Theo tin từ Bộ Y tế …": the source is the body.
          const via =
            /^(?:tin|thông tin|nguồn tin|số liệu|dữ liệu|báo cáo|thông báo|thống kê|kết quả|đánh giá|nhận định|ý kiến|dự báo|ước tính|khảo sát|kết luận|quyết định|án phạt|quan điểm|nhận xét|phản ánh|chia sẻ|lời kể)(?:\s+[^\s,]+){0,3}?\s+(?:từ|của|mà|được)\s+/iu.exec(
              theo[2]!,
            );
          const theoAt = sent.start + theo[1]!.length;
          // "Theo số liệu của Tổng cục Thống kê công bố chiều ngày 27/12": when it was published is
          // no part of the source.
          const published = via
            ? (/\s+(?:(?:vừa|mới|đã|được)\s+)?(?:công bố|đưa ra|công khai|phát hành|ban hành|cập nhật)(?:\s.*)?$/iu.exec(
                theo[2]!.slice(via[0].length),
              )?.[0].length ?? 0)
            : 0;
          const npEnd = theoAt + "Theo ".length + theo[2]!.length - published;
          const npStart = sent.start + theo[1]!.length + "Theo ".length + (via ? via[0].length : 0);
          const npText = text.slice(npStart, npEnd);
          // ("Theo ghi nhận của phóng viên VTC News, …": what the paper's reporter saw, no source.)
          const reporterSaw = /^(?:ghi nhận|quan sát|tìm hiểu)\s+(?:của\s+)?(?:phóng viên|PV)\s/iu.test(
            theo[2]!,
          );
          const outlet =
            !reporterSaw && (OUTLET_WORDS.test(npText) || this.outletIn(npText))
              ? npText.replace(OUTLET_WORDS, "").trim()
              : null;
          // "Theo báo Công Lý, bác sĩ X cho biết …": the outlet relays; the speaker is X (rule D).
          cueAt.lastIndex = 0;
          const relayed = outlet !== null && cueAt.test(head.slice(theo[0].length));
          // "Theo Giám đốc Trung tâm chống độc, Bệnh viện Bạch Mai, …": the title (a person met
          // before) speaks, not the body after it.
          const own =
            relayed || npEnd - npStart <= theoSource
              ? null
              : this.resolveSubject(
                  text,
                  npStart,
                  npStart + theoSource - (via ? via[0].length : 0),
                  tracker.last,
                );
          let sp = relayed
            ? null
            : own && own.via !== "description"
              ? own
              : this.resolveSubject(text, npStart, npEnd, tracker.last);
          if (!sp && !relayed) {
            const names = findNames(npText, this.index);
            const n = names.at(-1);
            if (n)
              sp = {
                start: npStart + n.start,
                end: npStart + n.end,
                resolved: n.speaker,
                via: "name",
                label: n.speaker.name,
              };
          }
          if (!sp && outlet && !relayed)
            sp = { start: npStart, end: npEnd, resolved: null, via: "description", label: outlet };
          if (sp) {
            // ("Theo ông X, A, đồng thời tái khẳng định lập trường …": the source's clause ends where a
            // second verb of speaking takes over.)
            const [qs1, qe0] = trimSpan(text, sent.start + theo[0].length, sent.end);
            // ("Theo bác sĩ X, giáo sư của trường …, thì A": the source's title, then "thì", then A.)
            const titleThen = /^([^,;:“”"]{3,160}?)\s+thì\s+/u.exec(text.slice(qs1, qe0));
            const qs = titleThen && startsWithTitle(titleThen[1]!) ? qs1 + titleThen[0].length : qs1;
            const also = STRONG_SECOND_CUE.exec(masked.slice(qs, qe0));
            const qe =
              also && words(masked.slice(qs, qs + also.index)) >= 4
                ? trimSpan(text, qs, qs + also.index)[1]
                : qe0;
            // ("Theo TTXVN-Thứ sáu, ngày 12/02/2016 12:00 GMT+7": a byline and its date, nothing said.)
            const dateOnly =
              /^(?:(?:thứ\s+\S+|chủ nhật|ngày|lúc|cập nhật)[\s,:-]*)*\d[\d/:.\s-]*(?:GMT\s*[+-]\s*\d+)?\s*$/iu.test(
                text.slice(qs, qe),
              );
            if (words(text.slice(qs, qe)) >= 4 && !dateOnly) {
              const chain: ChainNode[] = outlet && !sp.resolved ? [{ kind: "OUTLET", label: outlet }] : [];
              // 'Theo phát ngôn viên X, "…"': the clause is one quotation, the source's own words.
              const quoted = inSentence.find((q) => q.open === qs && q.close >= qe - 1 && !used.has(q));
              if (quoted && !outlet) {
                raw.push(
                  directQuote(
                    sp,
                    [theoAt, theoAt + "Theo".length],
                    [quoted.start, quoted.end],
                    saidAt,
                    venue,
                    {
                      chain,
                      confidence: sp.resolved ? 0.8 : 0.6,
                    },
                  ),
                );
                used.add(quoted);
                if (sp.via !== "description") tracker.last = sp;
                continue;
              }
              raw.push({
                sp,
                cue: [theoAt, theoAt + "Theo".length],
                q: [qs, qe],
                kind: outlet ? "REPORTED" : "INDIRECT",
                saidAt,
                venue,
                chain,
                confidence: sp.resolved ? 0.8 : 0.6,
              });
              if (sp.via !== "description" || !outlet) tracker.last = sp;
              continue;
            }
          }
        }

        // C2. "…, theo ông X, nguyên Tổng cục trưởng …" closing the sentence: X is the source.
        const theoAfter = THEO_AFTER.exec(head);
        if (theoAfter && !theo) {
          const npStart = sent.start + theoAfter[1]!.length + theoAfter[2]!.length;
          const npEnd = npStart + theoAfter[3]!.length;
          const sp = this.resolveSubject(text, npStart, npEnd, tracker.last);
          const [qs, qe] = trimSpan(text, sent.start, sent.start + theoAfter[1]!.length);
          // ("…, theo VTV.": the newsroom citing an outlet, which is no speaker.)
          const outlet = sp?.via === "description" && !sp.resolved && this.isOutlet(sp.label);
          if (sp && sp.via !== "pronoun" && !outlet && words(text.slice(qs, qe)) >= 4) {
            raw.push({
              sp,
              cue: [npStart - "theo ".length, npStart - 1],
              q: [qs, qe],
              kind: "INDIRECT",
              saidAt,
              venue,
              chain: [],
              confidence: sp.resolved ? 0.7 : 0.55,
            });
            if (sp.via !== "description") tracker.last = sp;
            continue;
          }
        }

        // F. A cue fronted before its subject: "Cho rằng A, Tổng Bí thư Tô Lâm yêu cầu …", "Nhận định
        //    đây là ca bệnh nặng, ê-kíp bác sĩ … đã khẩn trương …": A is the subject's statement. The
        //    subject runs from the comma to the main verb: a cue, or a tense or manner word before it.
        const fronted = FRONTED_CUE.exec(withoutDateline(head));
        if (fronted) {
          const cueStart = sent.start + fronted[1]!.length;
          const cueEnd = cueStart + fronted[2]!.length;
          const [qs, qe] = trimSpan(text, cueEnd, cueEnd + 1 + fronted[3]!.length);
          const clause = text.slice(qs, qe);
          const subjectStart = sent.start + fronted[0].length;
          const verb = FRONTED_MAIN_VERB.exec(masked.slice(subjectStart, sent.end));
          const sp =
            verb && words(verb[1]!) <= 12
              ? this.resolveSubject(text, subjectStart, subjectStart + verb[1]!.length, tracker.last)
              : null;
          if (
            sp &&
            words(clause) >= 4 &&
            !NOT_A_CLAUSE.test(clause) &&
            !(NOUN_OBJECT_CUES.test(fronted[2]!) && nounObject(clause)) &&
            // ("Đánh giá cao …", "Nhận định về …": praise, or the topic of what follows.)
            !/^(?:(?:rất|đặc biệt)\s+)?(?:cao|thấp|về|của|trên)(?![\p{L}])/iu.test(clause) &&
            (sp.via !== "description" || !this.isOutlet(sp.label))
          )
            raw.push({
              sp,
              cue: [cueStart, cueEnd],
              q: [qs, qe],
              kind: "INDIRECT",
              saidAt,
              venue,
              chain: [],
              confidence: sp.resolved ? 0.6 : 0.5,
            });
        }

        // D. Indirect speech: <subject> <cue> [thêm] [,] [rằng|là] <clause>.
        let lookupsD = 0;
        let firstCue: number | null = null;
        cueAt.lastIndex = 0;
        for (let cm = cueAt.exec(head); cm; cm = cueAt.exec(head)) {
          const cueStart = sent.start + cm.index;
          const cueEnd = cueStart + cm[1]!.length;
          // "Khuyến cáo 5K": a document's name; "Bộ Thông tin và Truyền thông": a body's.
          if (cm.index > 0 && /^\p{Lu}/u.test(cm[1]!)) continue;
          // ("Được quyền nói lời sau cùng, bị cáo X thừa nhận …": speaking, not what was said.)
          if (
            /^nói$/iu.test(cm[1]!) &&
            /^\s+(?:lời|chuyện|tiếng)(?![\p{L}])/u.test(masked.slice(cueEnd, cueEnd + 10))
          )
            continue;
          firstCue ??= cm.index;
          // ("nêu bật ý nghĩa …": to highlight; "chia sẻ lại hình ảnh …": to re-post.)
          if (
            (/^nêu$/iu.test(cm[1]!) && /^\s+bật(?![\p{L}])/u.test(masked.slice(cueEnd, cueEnd + 6))) ||
            (/^chia sẻ$/iu.test(cm[1]!) &&
              /^\s+lại\s+(?:một|những|các|hình|ảnh|bài|video|clip|đoạn|bức|status|dòng)(?![\p{L}])/iu.test(
                masked.slice(cueEnd, cueEnd + 20),
              ))
          )
            continue;
          // ("bệnh nhân có thể nói được, …": able to speak, nothing said.)
          if (/^nói$/iu.test(cm[1]!) && /^\s+được(?:\s*[,.;]|\s*$)/u.test(masked.slice(cueEnd, cueEnd + 8)))
            continue;
          // "kể từ khi …": since, not told.
          if (/^kể$/iu.test(cm[1]!) && /^\s+từ(?![\p{L}])/u.test(masked.slice(cueEnd, cueEnd + 4))) continue;
          // "dẫn tuyên bố", "một tuyên bố": the cue word used as a noun.
          if (
            /(?:^|\s)(?:dẫn|một|các|những|(?<!văn\s)bản|lời|của|theo|trong|ra|đưa|được|bị|nhận|có|về|đến|(?<!tự\s)tin|mọi|là|luồng|dòng|chịu|đáng|không|chưa|chẳng|từ chối|né|ngại|tiếng|đáp ứng|trước|nhiều|nhấn mạnh|khẳng định|bày tỏ|thể hiện|đánh giá cao|thu thập|cung cấp|nắm bắt|xác minh|nhà|giới|người|phát đi|cảnh báo|đính chính)\s+$/iu.test(
              masked.slice(Math.max(sent.start, cueStart - 14), cueStart),
            ) ||
            // "… phụ huynh để làm rõ …": a purpose or a condition, not a statement.
            /(?:^|\s)(?:để|nhằm|nếu|trước khi|sau khi)\s+$/iu.test(
              masked.slice(Math.max(sent.start, cueStart - 12), cueStart),
            )
          )
            continue;
          if (++lookupsD > MAX_SUBJECT_LOOKUPS) break;
          // "dẫn tuyên bố … của X cho biết": a report through an intermediary.
          const windowStart = subjectWindowStart(masked, sent.start, cueStart);
          const beforeCue = masked.slice(windowStart, cueStart);
          const chain: ChainNode[] = [];
          let kind: Candidate["kind"] = "INDIRECT";
          let subjectStart = windowStart;
          const subjectEnd = cueStart;
          const cites =
            /(?:dẫn(?: lời| tuyên bố| phát biểu| thông báo)?(?:[^,]{0,40}?)\s+của|dẫn lời|trích dẫn lời|trích lời)\s+([^,]{2,120})$/iu.exec(
              beforeCue,
            );
          if (cites) {
            const reporter = beforeCue.slice(0, cites.index).replace(LEADING_ADVERBIAL, "").trim();
            const outlet =
              this.outletIn(reporter) ?? withoutTrailingNoise(reporter.replace(OUTLET_WORDS, "")).trim();
            if (outlet) chain.push({ kind: "OUTLET", label: outlet });
            kind = "REPORTED";
            subjectStart = windowStart + cites.index + cites[0].length - cites[1]!.length;
          }
          // "Đại sứ X đã thay mặt …, đồng thời chuyển lời …, bày tỏ tin tưởng …": a cue that opens a
          // coordinated predicate has the sentence's subject, the first person it names.
          const coordinated = !cites && COORDINATED_CUE.test(beforeCue);
          let sp =
            (coordinated
              ? (this.namedJustBefore(text, windowStart, cueStart, tracker.last) ??
                this.sentenceSubject(text, windowStart, cueStart, sentenceClock) ??
                this.firstCueSubject(text, sent.start, firstCue, cm.index, tracker.last) ??
                this.bodyOpeningSentence(text, sent.start, cueStart))
              : null) ?? this.resolveSubject(text, subjectStart, subjectEnd, tracker.last);
          if (!sp) continue;
          // "Đài truyền hình Channel News Asia cho biết …", "Yonhap cho hay …": an outlet reports;
          // it is no speaker (GUIDE.md). A relay through it names who spoke ("dẫn lời …").
          if (!cites && sp.via === "description" && !sp.resolved && this.isOutlet(sp.label)) continue;
          // Clause: skip "thêm", venue/addressee phrases up to "rằng", "rằng"/"là", punctuation.
          let rest = masked.slice(cueEnd, sent.end);
          let skip = 0;
          const addressee =
            /^\s*(?:thêm\s+)?(?:(?:với|trên|trong|qua|tại|sau|chất vấn|câu hỏi|phỏng vấn|quan điểm|nhận định|niềm tin|hy vọng|hi vọng|lo ngại|quan ngại|mong muốn)\s[^“"]{0,160}?)?rằng[,:]?\s+/iu.exec(
              rest,
            ) ??
            /^\s*(?:thêm\s+)?(?:(?:với|trên|trong|qua|tại|sau)\s[^,“"]{1,120}?\s)?là[,:]?\s+/iu.exec(rest) ??
            // "nhắc nhở mọi người rằng, …": whom, then "rằng".
            /^\s*(?:[^\s,“":]+\s+){1,4}rằng[,:]?\s+/iu.exec(rest);
          // "cho biết tại buổi họp báo, kinh tế sẽ …": where it was said, then what; "khẳng định tại
          // Hội nghị …, lần thứ 4, chiều 30/7.": where and when, and nothing said after it.
          const venueLead = addressee
            ? null
            : /^\s*(?:thêm\s+)?(?:tại|bên lề)\s[^,“":.]{3,120}?,\s*/iu.exec(rest);
          if (venueLead) {
            const after = rest.slice(venueLead[0].length).replace(/[.!…]\s*$/u, "");
            if (after.split(/\s*,\s*/u).every((c) => c === "" || WHEN_CHUNK.test(c))) continue;
          }
          if (addressee) skip = addressee[0].length;
          else if (venueLead) skip = venueLead[0].length;
          else {
            const simple = /^\s*(?:thêm)?\s*[,:]?\s*/u.exec(rest);
            skip = simple ? simple[0].length : 0;
          }
          const reportedBy =
            /^\s*(?:với|cho)\s+(Reuters|AFP|AP|Axios|Politico|Bloomberg|CNN|BBC|TASS|các phóng viên|phóng viên|báo giới)/iu.exec(
              rest,
            );
          if (reportedBy && this.outletIn(reportedBy[1]!))
            chain.push({ kind: "OUTLET", label: reportedBy[1]! });
          // ("… chuyên gia cảnh báo thận trọng (Ảnh: DT)": the photo's credit is no part of the clause.)
          const credit = /\s*\((?:Ảnh|ẢNH|ảnh|Nguồn)\s*:[^()]*\)[\s.]*$/u.exec(
            text.slice(cueEnd + skip, sent.end),
          );
          const [qs, qe] = trimSpan(text, cueEnd + skip, credit ? cueEnd + skip + credit.index : sent.end);
          const clause = text.slice(qs, qe);
          rest = clause;
          // "Công Phượng cho biết anh đã …", "Khắc Hưng cho biết, anh không thể …": a person the
          // press calls by two or three syllables of the name (no family name), as the clause's
          // "anh"/"chị"/"cô" shows; from now on the antecedent of the next "Anh".
          if (sp.via === "description" && !sp.resolved) {
            const person = this.shortNamedPerson(text.slice(sp.start, sp.end).trim(), clause);
            if (person)
              sp = {
                ...sp,
                resolved: person.speaker,
                via: "name",
                label: person.speaker.name,
                gender: person.gender,
              };
          }
          // "HLV X chia sẻ:" closing the paragraph: the quotation that opens the next one is his
          // (and runs on over the paragraphs it spans).
          // ("Bộ Ngoại giao khuyến nghị công dân:": whom the words are for, then the colon.)
          if (
            /^\s*(?:thêm\s*)?(?:\p{Ll}+\s+){0,2}\p{Ll}*\s*:\s*$/u.test(masked.slice(cueEnd, sent.end)) &&
            sent.end === para.end
          ) {
            // "UBKT Trung ương kết luận:" then "- …" paragraphs: each point is the speaker's.
            bulletsOf = { sp, para: p };
            if (sp.via !== "description") {
              lastDirect = { sp, para: p, colon: true };
              tracker.last = sp;
            }
            break;
          }
          // "ThS-BS X, Trưởng Đơn vị …, trả lời: A. B. C" (no quotation marks): the answer runs to the
          // paragraph's end, and on over the paragraphs after it until one attributes anew.
          if (
            /^trả lời$/iu.test(cm[1]!) &&
            /^\s*:\s*\S/u.test(masked.slice(cueEnd, sent.end)) &&
            sp.via !== "description" &&
            !/[“”"]/u.test(text.slice(cueEnd, para.end)) &&
            words(text.slice(cueEnd, para.end)) >= 8
          ) {
            raw.push(
              directQuote(
                sp,
                [cueStart, cueEnd],
                trimSpan(text, cueEnd + masked.slice(cueEnd).indexOf(":") + 1, para.end),
                saidAt,
                venue,
                {
                  chain,
                  confidence: sp.resolved ? 0.7 : 0.55,
                },
              ),
            );
            bulletsOf = { sp, para: p };
            tracker.last = sp;
            runOnEnd = para.end;
            break;
          }
          // "“…” ¶ Bộ trưởng X nói như trên khi …": the quotation of the paragraph before is his.
          // A statement of this speaker without quotation marks, before its attribution.
          const speaker = sp;
          const unmarked = (q: [number, number]) => {
            raw.push({
              sp: speaker,
              cue: [cueStart, cueEnd],
              q,
              kind: "INDIRECT",
              saidAt,
              venue,
              chain,
              confidence: speaker.resolved ? 0.65 : 0.5,
            });
            tracker.last = speaker;
          };
          if (AS_ABOVE.test(masked.slice(cueEnd, sent.end))) {
            if (quoteParagraph && sp.via !== "description") {
              raw.push(
                directQuote(
                  sp,
                  [cueStart, cueEnd],
                  [quoteParagraph.start, quoteParagraph.end],
                  saidAt,
                  venue,
                  {
                    chain,
                    confidence: sp.resolved ? 0.8 : 0.6,
                  },
                ),
              );
              tracker.last = sp;
              quoteParagraph = null;
            } else if (bare && sp.via !== "description" && words(text.slice(bare.start, bare.end)) >= 6) {
              // "A. HLV X phát biểu như vậy trong cuộc họp báo": the sentence before is his.
              unmarked(trimSpan(text, bare.start, bare.end));
            }
            break;
          }
          // "A, Chủ tịch Quốc hội nhấn mạnh.": the statement before its attribution, with no marks.
          // ("A, phát ngôn viên Bộ Ngoại giao Nga Maria Zakharova tuyên bố.": the name's title
          // after the comma is no part of A.)
          const lastComma = text.lastIndexOf(",", sp.start);
          const titled =
            lastComma > sent.start && startsWithTitle(text.slice(lastComma + 1, sp.start).trim())
              ? lastComma + 1
              : sp.start;
          const before = text.slice(sent.start, titled);
          // ("A, cơ quan có trụ sở tại Geneva cho biết hôm 9/2.": when it was said after the cue.)
          if (
            (words(clause) === 0 || WHEN_CHUNK.test(clause.replace(/[.!]\s*$/u, "").trim())) &&
            (sp.via !== "description" || (!sp.resolved && this.orgs.includes(sp.label))) &&
            /,\s*$/u.test(before) &&
            words(before) >= 6 &&
            !CUE_ANYWHERE.test(masked.slice(sent.start, titled))
          ) {
            unmarked(trimSpan(text, sent.start, titled));
            break;
          }
          if (words(clause) < 4) continue;
          if (sp.via === "description" && ORDINAL_START.test(text.slice(sp.start, sp.end))) continue;
          // Indirect content must be a clause: "bày tỏ vui mừng trước …", "yêu cầu những nhượng bộ".
          const cueWord = cm[1]!.replace(/\s+/g, " ");
          // ("cho rằng, sự khác biệt là do …": after a comma, "rằng" or a colon it is the clause's subject.)
          // ("nói vai trò của báo chí là …": a verb of being makes the noun phrase a clause's subject.)
          // ("xác nhận lại lần nữa sự quan tâm …": again, then a noun phrase.)
          const againClause = clause.replace(/^(?:lại\s+)?(?:một\s+)?lần nữa\s+/iu, "");
          if (
            NOT_A_CLAUSE.test(againClause) &&
            !addressee &&
            !/[:,]|rằng/iu.test(masked.slice(cueEnd, qs)) &&
            !/^(?:\S+\s+){1,8}là\s/u.test(clause)
          ) {
            // (The subject acted, "chia sẻ sự quyết tâm …": still whom the next "Cô" means.)
            if (sp.via === "name") tracker.last = sp;
            continue;
          }
          // ("…”, ông nói, đề cập đến cuộc đối đầu …": what the words were about, the narration's.)
          if (/^(?:đề cập|nhắc|ám chỉ|ý chỉ)\s+(?:đến|tới)\s/iu.test(clause)) continue;
          // "đánh giá cao vai trò …": praise, not a statement.
          if (
            /^đánh giá$/iu.test(cm[1]!) &&
            /^(?:(?:rất|đặc biệt)\s+)?(?:cao|thấp)\s/iu.test(clause) &&
            !addressee
          )
            continue;
          // "đề xuất với ta các biện pháp …": whom it was put to, then a noun phrase.
          if (
            addressee &&
            NOUN_OBJECT_CUES.test(cueWord) &&
            /^(?:các|những)\s/iu.test(clause) &&
            NOUN_OBJECT_START.test(clause)
          )
            continue;
          // "ý kiến, kiến nghị của cử tri …", "nhận định của chuyên gia": the cue word is a noun.
          if (/^của\s/iu.test(clause)) continue;
          // "chia sẻ với chúng tôi những suy nghĩ …": to whom, then a noun phrase.
          // ("chia sẻ với cử tri trăn trở về …": to whom, then what was shared, a noun; "đã thông tin
          // với các quan chức cấp cao Nga tại Điện Kremlin": to whom and where, and nothing said.)
          if (
            /^với\s+[^,;:“"]+$/u.test(clause) &&
            words(clause) <= 14 &&
            !/(?:^|\s)(?:sẽ|đã|đang|cần|phải|là|có|không|chưa|được|bị|rằng)(?:\s|$)/iu.test(clause)
          )
            continue;
          if (
            /^với\s+(?:chúng tôi|PV|phóng viên|báo chí|báo giới|truyền thông)\s+(?:những|các|một|nhiều|về)\s/iu.test(
              clause,
            ) ||
            /^với\s+(?:[^\s,:;“"]+\s+){1,4}?(?:trăn trở|suy nghĩ|tâm tư|nỗi niềm|niềm vui|cảm xúc|kinh nghiệm|câu chuyện|kỷ niệm|mong muốn|nguyện vọng|góc nhìn|tâm sự)(?![\p{L}])/iu.test(
              clause,
            )
          )
            continue;
          // "đáp ứng kịp thời yêu cầu thực tiễn": "yêu cầu" a noun, the requirement.
          if (
            /^(?:yêu cầu|đề nghị|kiến nghị)$/iu.test(cueWord) &&
            /^(?:thực tiễn|thực tế|đặt ra|cấp bách|cấp thiết|ngày càng|cao hơn|mới)(?![\p{L}])/iu.test(clause)
          )
            continue;
          // "Trích thông tin từ báo điện tử VOV, …": the noun, where something was taken from.
          if (/^thông tin$/iu.test(cueWord) && /^(?:từ|của)\s/iu.test(clause)) continue;
          // "Công Phượng đã chia sẻ gì …": a question (a headline's), not what was said.
          if (/^gì(?![\p{L}])/iu.test(clause)) continue;
          // "nêu quan điểm trên tại buổi …": the view stated above, nothing new.
          if (/^trên(?:\s+(?:tại|khi|với|trong|ở)\s|\s*[,.]|\s*$)/iu.test(clause)) continue;
          // "Các khoản nêu trên", "vụ việc nói trên": the cue word means "mentioned".
          if (
            /^(?:nêu|nói|đề cập)$/iu.test(cueWord) &&
            /^\s+(?:ở\s+)?trên(?![\p{L}])/iu.test(masked.slice(cueEnd, cueEnd + 12))
          )
            continue;
          // "bày tỏ lòng tiếc thương với …", "bày tỏ hết sức vui mừng được …", "bày tỏ bức xúc trước
          // …": a feeling shown, not a statement (not "bày tỏ tin tưởng/lo ngại rằng …").
          if (
            /^(?:bày tỏ|thể hiện)$/iu.test(cueWord) &&
            /^(?:(?:hết sức|rất|vô cùng|sự|niềm|lòng|nỗi)\s+)*(?:vui mừng|vui|phấn khởi|bức xúc|tiếc thương|thương tiếc|xót thương|xúc động|cảm động|hài lòng|không hài lòng|thất vọng|cảm kích|biết ơn|tri ân|vinh dự|tự hào|hạnh phúc|buồn|đau buồn|tiếc nuối|phẫn nộ|bất bình|bức xúc|ngưỡng mộ|kính trọng|ấn tượng|cảm thông|chia buồn|ân hận|hối hận|tình cảm)(?![\p{L}])(?!\s+(?:rằng|là)\s)/iu.test(
              clause,
            )
          ) {
            // (Still who "Bà" of the next sentence is.)
            if (sp.via !== "description") tracker.last = sp;
            continue;
          }
          // "nhấn mạnh một số điểm trọng tâm …", "nêu 7 điểm chưa rõ …": the points, not what they say.
          if (
            /^(?:một số|một vài|\d+|những|các|nhiều)\s+(?:điểm|nội dung|vấn đề|nhóm nhiệm vụ|nhiệm vụ|yêu cầu|giải pháp|định hướng)\s+(?:trọng tâm|chính|quan trọng|cốt lõi|lớn|cơ bản|cần lưu ý|chưa rõ)(?![\p{L}])/iu.test(
              clause,
            )
          )
            continue;
          // "cử tri đã nêu 25 ý kiến xoay quanh …": a count of points raised, not what they say.
          if (
            /^\d+\s+(?:ý kiến|kiến nghị|vấn đề|câu hỏi|nội dung|đề xuất|lượt ý kiến|nhóm vấn đề)(?![\p{L}])/iu.test(
              clause,
            )
          )
            continue;
          // "Việt Nam ghi nhận hơn 1.200 ca …": a count recorded, not a statement.
          if (/^ghi nhận$/iu.test(cueWord) && /^(?:thêm\s+)?(?:hơn|gần|khoảng|trên|\d)/iu.test(clause))
            continue;
          // "nói chuyện với …", "nói tiếng phổ thông": talking, not a statement.
          // ("… nói riêng và … nói chung": "in particular", no cue.)
          if (
            /^nói$/iu.test(cueWord) &&
            /^(?:chuyện|tiếng|dối|đùa|với nhau|riêng|chung)(?![\p{L}])/iu.test(clause)
          )
            continue;
          // "kiến nghị mạnh mẽ về việc quản lý …": how, then a topic.
          if (/^(?:mạnh mẽ|thẳng thắn|cụ thể|rõ)\s+về\s/iu.test(clause)) continue;
          // "thông báo về danh sách …": a topic, not a clause (with a comma, "cho biết, về …, A" is one).
          if (/^về\s/iu.test(clause) && !/[,:]/u.test(masked.slice(cueEnd, qs))) continue;
          // ("Ông Trọng tổng kết, dù …": a summing-up takes its clause after a comma too.)
          const colon = /[:]\s*$/u.test(masked.slice(cueEnd, qs));
          const summing = /^(?:tổng kết|đúc kết|chốt lại|nhắn nhủ|dặn dò|căn dặn|khoe)$/iu.test(cueWord);
          if (
            ATTRIBUTION_ONLY_CUES.test(cueWord) &&
            !addressee &&
            !colon &&
            // "hứa sẽ hoàn thành tốt nhiệm vụ": a promise is a clause.
            !(/^hứa$/iu.test(cueWord) && /^(?:sẽ|không|luôn)\s/u.test(clause)) &&
            !(summing && /,\s*$/u.test(masked.slice(cueEnd, qs))) &&
            // "chỉ trích việc A là hành động khiêu khích": a judgement of A, stated.
            !(
              /^(?:chỉ trích|lên án)$/iu.test(cueWord) &&
              /\sl[àa]\s+(?:hành động|hành vi|việc|một|sự)\s/iu.test(clause)
            )
          )
            continue;
          // "chia sẻ ngắn gọn sau khi …", "cho biết thêm với …": how someone spoke, not what.
          if (
            !/[:,]|rằng/iu.test(masked.slice(cueEnd, qs)) &&
            /^(?:ngắn gọn|cởi mở|hào hứng|vui vẻ|xúc động|nghẹn ngào|dí dỏm|chậm rãi)(?:\s+(?:sau khi|trước khi|khi|với|tại|trong)(?![\p{L}])|\s*$)/iu.test(
              clause,
            )
          )
            continue;
          // "lúc đầu nói còn dài": how someone spoke, not what.
          if (
            /^nói$/iu.test(cueWord) &&
            !/[:,]|rằng/iu.test(masked.slice(cueEnd, qs)) &&
            /^(?:còn|rất|quá|hơi|khá|chậm|nhanh|to|nhỏ|dài|ngắn)(?![\p{L}])/iu.test(clause)
          )
            continue;
          // ("kiến nghị dự thảo cần …": the noun is the clause's subject when a modal or a verb of
          // being follows it.)
          if (NOUN_OBJECT_CUES.test(cueWord) && !addressee && nounObject(clause)) {
            if (sp.via === "name") tracker.last = sp;
            continue;
          }
          // ("một số sinh viên thắc mắc vì sao học phí tăng": a question asked, nothing stated.)
          if (
            /^(?:thắc mắc|hỏi|băn khoăn|đặt câu hỏi|đặt vấn đề)$/iu.test(cueWord) &&
            (/^(?:vì sao|tại sao|liệu|làm sao|làm thế nào|bao giờ|khi nào|ai|có nên|có phải)(?![\p{L}])/iu.test(
              clause,
            ) ||
              /\?\s*$/u.test(text.slice(qs, sent.end)))
          )
            continue;
          // "tin tưởng vào sự đoàn kết …": trust in something, not a belief that something is so.
          if (/^tin tưởng$/iu.test(cueWord) && /^vào\s/iu.test(clause)) continue;
          // "X nói tại cuộc họp trực tuyến sáng 16/4 về …", "Putin nhận định trong cuộc họp Hội đồng An
          // ninh Nga ngày 25/2": where, and no clause.
          if (
            !addressee &&
            /^(?:tại|bên lề|trong\s+(?:cuộc|buổi|phiên|hội nghị|kỳ họp|lễ|bài|cuộc họp|thông điệp))\s/iu.test(
              clause,
            ) &&
            !/[,:]/u.test(masked.slice(cueEnd, qe))
          )
            continue;
          // "cho biết và tiếp thu ý kiến …": the cue joined to a second verb, no clause of its own.
          // ("… do Zelensky đề xuất, nhưng Moscow kiên quyết bác bỏ": the cue's object came before it.)
          if (/^(?:và|hoặc|nhưng|song|tuy nhiên)\s/iu.test(clause)) continue;
          // "X chia sẻ sau trận bán kết.": when, and nothing said.
          if (
            !addressee &&
            /^(?:sau|trước|trong)\s/iu.test(clause) &&
            words(clause) <= 6 &&
            !/[,:]/u.test(masked.slice(cueEnd, qe))
          )
            continue;
          // "chia sẻ với Saostar trước thông tin …": the addressee, then no clause.
          if (!addressee && /^với\s+\p{Lu}/u.test(clause)) continue;
          // "thông báo tới phụ huynh 13 khoản đóng góp": to whom, then what (a noun phrase).
          if (
            !addressee &&
            NOUN_OBJECT_CUES.test(cueWord) &&
            /^(?:tới|đến)\s/iu.test(clause) &&
            !/[:,]/u.test(masked.slice(cueEnd, qs))
          )
            continue;
          // A question ("Ông nhận xét sao về …?") asks; it states nothing.
          if (/\?\s*$/u.test(text.slice(qe, sent.end))) continue;
          // A "thông tin … được tờ Politico đăng tải … trích dẫn lời hai nguồn …" chain.
          const relay = relayIn(clause);
          if (relay) {
            const outlet = this.outletIn(text.slice(sp.start, sp.end)) ?? sp.label;
            const origin = relay[2]!.replace(/[.\s]+$/, "");
            chain.push({ kind: "OUTLET", label: outlet }, { kind: "OUTLET", label: relay[1]!.trim() });
            const names = findNames(origin, this.index);
            const relayQs = qs + clause.indexOf(relay[2]!);
            sp = names[0]
              ? {
                  start: relayQs + names[0].start,
                  end: relayQs + names[0].end,
                  resolved: names[0].speaker,
                  via: "name",
                  label: names[0].speaker.name,
                }
              : {
                  start: relayQs,
                  end: relayQs + origin.length,
                  resolved: null,
                  via: "description",
                  label: origin,
                };
            kind = "REPORTED";
          }
          const conf =
            (sp.via === "name" && sp.resolved ? 0.8 : sp.via === "pronoun" ? 0.6 : 0.55) -
            (words(clause) > 60 ? 0.1 : 0);
          // "X đánh giá …, cho biết …": a second reporting verb with the same subject starts a second statement.
          // "cho biết A và tái khẳng định B": "và" alone also joins a second reporting verb.
          // One statement of this cue's subject (the same subject, cue and chain for each).
          const statement = (cue: [number, number], q: [number, number], confidence: number) =>
            raw.push({ sp, cue, q, kind, saidAt, venue, chain, confidence });
          // 'ông Trọng nói, "Bộ trưởng rất chân thành …"': the content is one quotation, the
          // speaker's own words (a colon or a comma before it).
          const quoted = inSentence.find((q) => q.open === qs && q.close >= qe - 1 && !used.has(q));
          if (quoted && kind === "INDIRECT") {
            raw.push(
              directQuote(sp, [cueStart, cueEnd], [quoted.start, quoted.end], saidAt, venue, {
                chain,
                confidence: conf,
              }),
            );
            used.add(quoted);
            if (sp.via !== "description") tracker.last = sp;
            break;
          }
          // "WHO cũng cho biết: A; và WHO đã khẳng định: B": after a semicolon the same subject,
          // named again, starts a second statement.
          const again = SAME_SUBJECT_AGAIN.exec(masked.slice(qs, qe));
          const subjectAgain =
            again !== null &&
            [sp.label, text.slice(sp.start, sp.end)].some((n) => foldText(n) === foldText(again[1]!)) &&
            words(masked.slice(qs, qs + again.index)) >= 3 &&
            words(masked.slice(qs + again.index + again[0].length, qe)) >= 4;
          const second = subjectAgain ? null : secondCue(masked.slice(qs, qe));
          // Where the second statement starts: its whole introduction (`m[0]`) and its cue word.
          const split =
            subjectAgain && again
              ? { m: again, cue: again[2]! }
              : second &&
                  // "…, phản ánh chính sách …", "…, thông tin …": after a bare comma these verbs go on the clause.
                  !(
                    /^,\s*$/u.test(second[0].slice(0, second[0].indexOf(second[1]!))) &&
                    AMBIGUOUS_SECOND_CUE.test(second[1]!)
                  ) &&
                  words(masked.slice(qs, qs + second.index)) >= 4 &&
                  // "đề nghị các đại biểu thảo luận … và phân tích …": the verbs after a directive are
                  // what the addressees are asked to do, not a second statement.
                  !(
                    /^(?:đề nghị|yêu cầu|kêu gọi|kiến nghị|đề xuất)$/iu.test(cueWord) &&
                    /^\s+và\s/u.test(second[0])
                  ) &&
                  // "việc kiểm điểm và đề nghị thi hành kỷ luật được thực hiện …": nouns joined, one clause.
                  !/^việc\s/iu.test(masked.slice(qs, qe)) &&
                  // "… và tính toán chi li từng con số": a verb that only introduces words, with none.
                  !(
                    ATTRIBUTION_ONLY_CUES.test(second[1]!) &&
                    !/(?:rằng|là|:)\s*$/u.test(second[0]) &&
                    !(
                      /^hứa$/iu.test(second[1]!) &&
                      /^(?:sẽ|không|luôn)\s/u.test(masked.slice(qs + second.index + second[0].length, qe))
                    )
                  ) &&
                  // "đã tổ chức họp và thông báo các khoản thu": the second verb takes a noun phrase
                  // (not "cảnh báo các biện pháp mới sẽ gây thiệt hại …", a clause).
                  !(
                    NOUN_OBJECT_CUES.test(second[1]!) &&
                    /^(?:các|những|mọi)\s/iu.test(masked.slice(qs + second.index + second[0].length, qe)) &&
                    !/\s(?:sẽ|đã|đang|là|cần|phải|không|chưa|có thể)\s/u.test(
                      masked.slice(qs + second.index + second[0].length, qe),
                    )
                  ) &&
                  words(masked.slice(qs + second.index + second[0].length, qe)) >= 4
                ? { m: second, cue: second[1]! }
                : null;
          // "cho biết đã tham gia các mùa trước, đánh giá cao trải nghiệm …": a second verb taking
          // a noun phrase ends the first statement and says nothing itself.
          const nounAfter =
            !split &&
            second !== null &&
            words(masked.slice(qs, qs + second.index)) >= 3 &&
            ((/^đánh giá$/iu.test(second[1]!) &&
              /^(?:cao|thấp)\s/iu.test(masked.slice(qs + second.index + second[0].length, qe))) ||
              NOT_A_CLAUSE.test(masked.slice(qs + second.index + second[0].length, qe)));
          // "phiên làm việc “mang tính xây dựng”, còn ông Witkoff di chuyển …": another subject, in
          // contrast, closes the reported clause.
          const contrast = split
            ? null
            : // (… and when it was said: "… khi bình luận về …".)
              /,\s+còn\s+(?:ông|bà|anh|chị|các|\p{Lu})|,?\s+khi\s+(?:bình luận|trả lời|phát biểu|trao đổi|nói|chia sẻ)(?![\p{L}])/u.exec(
                masked.slice(qs, qe),
              );
          if (contrast && words(masked.slice(qs, qs + contrast.index)) >= 3) {
            statement([cueStart, cueEnd], trimSpan(text, qs, qs + contrast.index), conf);
            if (sp.via !== "description") tracker.last = sp;
            break;
          }
          if (nounAfter && second) {
            statement([cueStart, cueEnd], trimSpan(text, qs, qs + second.index), conf);
            if (sp.via !== "description") tracker.last = sp;
            break;
          }
          if (split) {
            const { m, cue } = split;
            const cue2 = qs + m.index + m[0].lastIndexOf(cue);
            statement([cueStart, cueEnd], trimSpan(text, qs, qs + m.index), conf);
            statement([cue2, cue2 + cue.length], trimSpan(text, qs + m.index + m[0].length, qe), conf - 0.05);
          } else {
            // "Cô Kim Liên … chia sẻ: Còn vài ngày nữa là tết …. Hàng hóa năm nay …": after a colon,
            // words with no quotation marks are the speaker's to the paragraph's end.
            // (Up to the next person's introduction: "… Cô Phương Minh, chủ sạp 91 … : Tôi bán …".)
            const later = masked.slice(sent.end, para.end);
            const nextColon = later.indexOf(":");
            const until =
              nextColon < 0 ? para.end : sent.end + Math.max(0, later.lastIndexOf(". ", nextColon) + 1);
            const runOn =
              colon &&
              /^\p{Lu}/u.test(text[qs] ?? "") &&
              until > sent.end &&
              !/[“"]/u.test(text.slice(sent.start, until)) &&
              !cueAt.test(masked.slice(sent.end, until));
            cueAt.lastIndex = 0;
            const end = runOn ? trimSpan(text, qs, until)[1] : qe;
            if (runOn) runOnEnd = until;
            statement([cueStart, cueEnd], [qs, end], conf);
          }
          if (sp.via !== "description") tracker.last = sp;
          break; // one statement per sentence (or two, with a second cue)
        }
      }
      // Did this paragraph end inside a quotation that some statement took (“…, no closing mark)?
      const lastQ = quotes.at(-1);
      if (lastQ && lastQ.close < 0 && used.has(lastQ)) {
        const index = raw.findLastIndex((r) => r.q[0] === lastQ.start);
        if (index >= 0)
          openQuote = { index, broken: false, template: { ...raw[index]!, cue: null }, start: lastQ.start };
      } else if (
        lastQ &&
        lastQ.close < 0 &&
        words(text.slice(lastQ.start, lastQ.end)) >= 3 &&
        closesLater(text, paras, p)
      )
        openQuote = { index: -1, broken: false, template: null, start: lastQ.start };
      hooks.afterParagraph?.(p + 1, paras.length, convert);
    }

    unsignedToInterviewee();
    this.resolvePending(text, raw);
    return { text, candidates: convert() };
  }
}

/**
 * Does a quotation left open in paragraph `p` close in one of the next few paragraphs (a closing
 * mark before any opening one)? An opening mark never closed (a typo) then does not turn the rest
 * of the article into a quotation.
 */
function closesLater(text: string, paras: { para: Segment }[], p: number): boolean {
  for (const { para } of paras.slice(p + 1, p + 1 + MAX_QUOTE_PARAGRAPHS)) {
    const ptext = text.slice(para.start, para.end);
    const open = ptext.search(/[“]/u);
    const close = ptext.search(/[”"]/u);
    if (close >= 0 && (open < 0 || close < open)) return true;
    if (open >= 0) return false;
  }
  return false;
}
/** Paragraphs an unattributed quotation may run on over. */
const MAX_QUOTE_PARAGRAPHS = 6;

type RawCandidate = Omit<Candidate, "speaker" | "cue" | "quote"> & {
  sp: SpeakerGuess;
  cue: [number, number] | null;
  q: [number, number];
};

/** A direct quotation of `sp` (the speaker's own words at `q`). */
function directQuote(
  sp: SpeakerGuess,
  cue: [number, number] | null,
  q: [number, number],
  saidAt: Candidate["saidAt"],
  venue: string | null,
  { chain = [], confidence }: { chain?: ChainNode[]; confidence: number },
): RawCandidate {
  return { sp, cue, q, kind: "DIRECT", saidAt, venue, chain, confidence };
}

export interface ExtractResult {
  text: string;
  candidates: Candidate[];
}

export interface ExtractHooks {
  /**
   * Called after each paragraph with how many are done and a function giving the candidates
   * found so far (what a run stopped now would return; computing them costs O(candidates)).
   */
  afterParagraph?: (done: number, total: number, candidatesSoFar: () => Candidate[]) => void;
}

/** `s` without the time and manner words that end it (what `s.replace(TRAILING_NOISE, "")` gives). */
function withoutTrailingNoise(s: string): string {
  return s.slice(0, s.length - trailingNoiseLength(s));
}

/** Raw findings (UTF-16 offsets into `text`) to candidates with code-point offsets, in text order. */
function toCandidates(
  text: string,
  index: ReturnType<typeof codePointIndex>,
  raw: RawCandidate[],
  outlet: string | undefined,
): Candidate[] {
  const span = (s: number, e: number) => {
    const start = index.toCodePoint(s);
    return { text: text.slice(s, e), start, end: start + index.count(s, e) };
  };
  // A question put to someone says nothing true or false (GUIDE.md), whoever relays it.
  const candidates = raw
    .filter((r) => !ONE_QUESTION.test(text.slice(r.q[0], r.q[1])))
    .map((r): Candidate => {
      const speakerNode: ChainNode = {
        kind: r.sp.resolved
          ? r.sp.resolved.kind === "PERSON"
            ? "PERSON"
            : r.sp.resolved.kind
          : r.sp.via === "description" && UNNAMED_RE.test(r.sp.label)
            ? "UNNAMED_SOURCE"
            : "PERSON",
        label: r.sp.resolved?.name ?? r.sp.label,
      };
      const suggestedName = r.sp.resolved?.key.startsWith("new:") ? r.sp.resolved.name : null;
      const chain: ChainNode[] = [
        ...(outlet ? [{ kind: "OUTLET" as const, label: outlet }] : []),
        ...r.chain,
      ];
      if (chain.at(-1)?.label !== speakerNode.label) chain.push(speakerNode);
      return {
        // People first met in this article are suggested by name but not resolved to a stored speaker.
        speaker: {
          ...span(r.sp.start, r.sp.end),
          resolved:
            r.sp.resolved && !r.sp.resolved.key.startsWith("new:")
              ? { key: r.sp.resolved.key, name: r.sp.resolved.name }
              : null,
          via: r.sp.via,
        },
        cue: r.cue ? span(r.cue[0], r.cue[1]) : null,
        quote: span(r.q[0], r.q[1]),
        kind: r.kind,
        saidAt: r.saidAt,
        venue: r.venue,
        chain,
        confidence:
          Math.round(Math.max(0.05, Math.min(0.99, r.confidence - (suggestedName ? 0.1 : 0))) * 100) / 100,
        ...(suggestedName ? { suggestedSpeakerName: suggestedName } : {}),
        ...(!r.sp.resolved && r.sp.label !== text.slice(r.sp.start, r.sp.end)
          ? { speakerEntity: r.sp.label }
          : {}),
      };
    });
  return candidates.sort((a, b) => a.quote.start - b.quote.start);
}

export function extractCandidates(
  input: string,
  opts: ExtractOptions = {},
  hooks: ExtractHooks = {},
): ExtractResult {
  return new Extractor({ ...opts }).extract(input, hooks);
}
