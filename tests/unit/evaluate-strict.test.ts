import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOMAINS, EVAL_DIR, loadEvalSet, verifyTestChecksums } from "@/lib/ingest/evaluate-set";
import {
  bootstrap,
  deletionMap,
  mulberry32,
  normalizeSpeaker,
  type Prediction,
  prf,
  scoreArticle,
  speakerMatches,
  summarize,
  tokenOverlap,
  tokenSpans,
} from "@/lib/ingest/evaluate-strict";
import { normalizeText } from "@/lib/text/normalize";

const cps = (s: string, sub: string, from = 0) => {
  const i = s.indexOf(sub, from);
  if (i < 0) throw new Error(`not found: ${sub}`);
  return [Array.from(s.slice(0, i)).length, Array.from(s.slice(0, i + sub.length)).length] as const;
};

describe("speaker matching", () => {
  const gold = { speaker: "Chung Hae-soung", aliases: [] };
  it("accepts the canonical name, diacritics and punctuation aside, with or without a title", () => {
    expect(normalizeSpeaker("  Đào Hồng  Lan ")).toBe("dao hong lan");
    expect(speakerMatches(["chung hae soung"], gold)).toBe(true);
    expect(speakerMatches(["HLV Chung Hae-soung"], gold)).toBe(true);
    expect(speakerMatches(["Bộ trưởng Y tế Đào Hồng Lan"], { speaker: "Đào Hồng Lan" })).toBe(true);
  });
  it("refuses a part of the name, a pronoun or a title unless the gold lists it as an alias", () => {
    expect(speakerMatches(["ông Chung"], gold)).toBe(false);
    expect(speakerMatches(["ông"], gold)).toBe(false);
    expect(speakerMatches(["Thủ tướng"], { speaker: "Phạm Minh Chính" })).toBe(false);
    expect(speakerMatches(["Hae-soung Chung"], gold)).toBe(false);
    expect(speakerMatches(["NHNN"], { speaker: "Ngân hàng Nhà nước" })).toBe(false);
    expect(speakerMatches(["NHNN"], { speaker: "Ngân hàng Nhà nước", aliases: ["NHNN"] })).toBe(true);
    expect(speakerMatches(["bà Hằng"], { speaker: "Lê Thị Thu Hằng", aliases: ["Hằng"] })).toBe(true);
  });
  it("takes any of the names the extractor gives (resolved, suggested, as written)", () => {
    expect(speakerMatches(["ông", "Vũ Tiến Thành"], { speaker: "Vũ Tiến Thành" })).toBe(true);
    expect(speakerMatches([], { speaker: "Vũ Tiến Thành" })).toBe(false);
  });
});

describe("token overlap", () => {
  const text = "Một hai ba bốn. Năm sáu bảy tám chín mười.";
  const tokens = tokenSpans(text);
  it("counts Vietnamese words as tokens, in code points", () => {
    expect(tokens).toHaveLength(10);
    expect(tokens[3]).toEqual([11, 14]);
  });
  it("is shared tokens over the longer span: a whole paragraph does not match one sentence", () => {
    const first = cps(text, "Một hai ba bốn");
    const all = [0, Array.from(text).length] as [number, number];
    expect(tokenOverlap(tokens, [...first], [...first])).toBe(1);
    expect(tokenOverlap(tokens, [...first], all)).toBeCloseTo(0.4);
    expect(tokenOverlap(tokens, [...cps(text, "hai ba bốn. Năm sáu")], [...first])).toBeCloseTo(0.6);
    expect(tokenOverlap(tokens, [0, 0], [...first])).toBe(0);
  });
  it("counts a token cut in the middle only when most of it is inside", () => {
    // "bốn" is [11, 14), midpoint 12.5: a span ending at 13 covers it, one ending at 12 does not
    expect(tokenOverlap(tokens, [0, 13], [0, 14])).toBe(1);
    expect(tokenOverlap(tokens, [0, 12], [0, 14])).toBeCloseTo(0.75);
  });
});

describe("scoring an article", () => {
  const text =
    'Ông Nguyễn Văn A nói: "Lãi suất sẽ giảm trong quý tới". Theo Bộ Tài chính, thu ngân sách tăng 10%.';
  const q1 = cps(text, "Lãi suất sẽ giảm trong quý tới");
  const q2 = cps(text, "thu ngân sách tăng 10%");
  const article = {
    id: "t",
    domain: "economy",
    claims: [
      {
        speaker: "Nguyễn Văn A",
        quote: "Lãi suất sẽ giảm trong quý tới",
        start: q1[0],
        end: q1[1],
        kind: "DIRECT" as const,
        constructions: ["colon-intro"],
      },
      {
        speaker: "Bộ Tài chính",
        quote: "thu ngân sách tăng 10%",
        start: q2[0],
        end: q2[1],
        kind: "INDIRECT" as const,
        constructions: ["theo-X", "organisation"],
      },
    ],
  };
  const p = (names: string[], span: readonly [number, number], kind = "DIRECT"): Prediction => ({
    speakerNames: names,
    start: span[0],
    end: span[1],
    kind,
  });

  it("matches a prediction only with the right speaker and enough of the quote", () => {
    const s = scoreArticle(article, text, [p(["Nguyễn Văn A"], q1), p(["Ông Nguyễn Văn A"], q2, "INDIRECT")]);
    expect(s.counts).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.quoteFound).toBe(2); // the second quote was found, with the wrong speaker
    expect(s.byConstruction["theo-X"]).toEqual({ gold: 1, tp: 0, quoteFound: 1 });
    expect(s.byConstruction["colon-intro"]).toEqual({ gold: 1, tp: 1, quoteFound: 1 });
    expect(s.kindAgree).toBe(1);
  });
  it("is one-to-one: two predictions of the same statement give one hit and one false positive", () => {
    const s = scoreArticle(article, text, [p(["Nguyễn Văn A"], q1), p(["Nguyễn Văn A"], [q1[0] + 4, q1[1]])]);
    expect(s.counts).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
  it("refuses a span that is mostly attribution", () => {
    const s = scoreArticle(article, text, [p(["Nguyễn Văn A"], [0, q1[0] + 8])]);
    expect(s.counts.tp).toBe(0);
  });
  it("sums articles and breaks down by domain", () => {
    const a = scoreArticle(article, text, [p(["Nguyễn Văn A"], q1)]);
    const b = scoreArticle({ ...article, id: "u", domain: "sport" }, text, []);
    const sum = summarize([a, b]);
    expect(sum.gold).toBe(4);
    expect(sum.counts).toEqual({ tp: 1, fp: 0, fn: 3 });
    expect(prf(sum.byDomain.economy!.counts).recall).toBe(0.5);
    expect(prf(sum.byDomain.sport!.counts).recall).toBe(0);
  });
});

describe("bootstrap", () => {
  const mk = (tp: number, fp: number, fn: number, i: number) => ({
    id: `a${i}`,
    domain: "x",
    counts: { tp, fp, fn },
    quoteFound: 0,
    kindAgree: 0,
    byConstruction: {},
    matches: [],
  });
  it("is reproducible from its seed and brackets the point estimate", () => {
    const scores = [mk(5, 1, 2, 1), mk(1, 3, 4, 2), mk(4, 0, 0, 3), mk(2, 2, 2, 4), mk(6, 1, 1, 5)];
    const a = bootstrap(scores, { resamples: 500, seed: 7 });
    expect(bootstrap(scores, { resamples: 500, seed: 7 })).toEqual(a);
    const point = prf(summarize(scores).counts);
    expect(a.recall.low).toBeLessThanOrEqual(point.recall);
    expect(a.recall.high).toBeGreaterThanOrEqual(point.recall);
    expect(a.recall.high - a.recall.low).toBeGreaterThan(0);
  });
  it("has no width when every article scores the same", () => {
    const ci = bootstrap([mk(1, 1, 0, 1), mk(1, 1, 0, 2)], { resamples: 100, seed: 1 });
    expect(ci.precision).toEqual({ low: 0.5, high: 0.5 });
  });
  it("draws the same numbers from the same seed", () => {
    const r1 = mulberry32(42);
    const r2 = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => r1());
    expect(xs).toEqual(Array.from({ length: 5 }, () => r2()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("offsets between the stored text and the extractor's normalised text", () => {
  it("maps across deleted blanks at line ends and zero-width characters", () => {
    const raw = "Ảnh: Công Lý \n\u200BÔng A nói";
    const norm = normalizeText(raw);
    const map = deletionMap(raw, norm);
    const [s, e] = cps(raw, "Ông A");
    expect(Array.from(norm).slice(map[s]!, map[e]!).join("")).toBe("Ông A");
  });
  it("refuses a text that is not the stored one with deletions", () => {
    expect(() => deletionMap("abc", "abd")).toThrow();
  });
});

describe("the evaluation set", () => {
  const set = loadEvalSet();
  const all = [...set.dev, ...set.test];
  it("has at least 30 articles, at least 4 in each of the six domains, each domain in both splits", () => {
    expect(all.length).toBeGreaterThanOrEqual(30);
    for (const d of DOMAINS) {
      expect(all.filter((a) => a.domain === d).length, d).toBeGreaterThanOrEqual(4);
      expect(
        set.dev.some((a) => a.domain === d),
        `${d} in dev`,
      ).toBe(true);
      expect(
        set.test.some((a) => a.domain === d),
        `${d} in test`,
      ).toBe(true);
    }
    expect(new Set(all.map((a) => a.url)).size).toBe(all.length);
  });
  it("keeps excerpts short and every article has gold", () => {
    for (const a of all) {
      expect(a.text.split(/\n\s*\n/).filter((p) => p.trim()).length, a.id).toBeLessThanOrEqual(10);
      expect(a.claims.length, a.id).toBeGreaterThan(0);
    }
  });
  it("has a test split that matches its checksum", () => {
    expect(verifyTestChecksums(EVAL_DIR)).toEqual([]);
  });
  it("notices a changed test file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "extract-eval-"));
    try {
      cpSync(EVAL_DIR, dir, { recursive: true });
      const id = set.test[0]!.id;
      writeFileSync(path.join(dir, "articles", `${id}.txt`), `${set.test[0]!.text} `);
      expect(verifyTestChecksums(dir)).toEqual([`articles/${id}.txt changed since the checksum was taken`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
