import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSeedArticle } from "@/lib/demo/seed";
import { normalizeText } from "@/lib/text/normalize";
import { locateQuote } from "@/lib/text/selectors";
import { articles, claims, links, outlets, speakers, topics } from "@/prisma/seed/data";

const seedsDir = path.resolve(process.env.SEED_ARTICLES_DIR ?? "../shared/seeds");

describe("demo data", () => {
  it("has unique keys and only references things that exist", () => {
    const unique = (keys: string[]) => expect(new Set(keys).size).toBe(keys.length);
    unique(claims.map((c) => c.key));
    unique(speakers.map((s) => s.key));
    unique(topics.map((t) => t.key));
    unique(outlets.map((o) => o.key));
    unique(articles.map((a) => a.key));
    const has = (list: { key: string }[]) => new Set(list.map((x) => x.key));
    const [speakerKeys, topicKeys, outletKeys, articleKeys, claimKeys] = [
      has(speakers),
      has(topics),
      has(outlets),
      has(articles),
      has(claims),
    ];
    for (const c of claims) {
      expect(speakerKeys.has(c.speaker), c.key).toBe(true);
      expect(c.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const t of c.topics) expect(topicKeys.has(t), `${c.key} topic ${t}`).toBe(true);
      for (const a of c.appearances) {
        expect(articleKeys.has(a.article), c.key).toBe(true);
        for (const n of a.chain) {
          if (n.outlet) expect(outletKeys.has(n.outlet), `${c.key} outlet ${n.outlet}`).toBe(true);
          if (n.speaker) expect(speakerKeys.has(n.speaker), `${c.key} speaker ${n.speaker}`).toBe(true);
        }
      }
      if (c.status === "RETRACTED") expect(c.retractionReason?.length, c.key).toBeGreaterThan(0);
    }
    for (const a of articles) expect(outletKeys.has(a.outlet)).toBe(true);
    for (const l of links) {
      expect(claimKeys.has(l.from) && claimKeys.has(l.to), `${l.from} -> ${l.to}`).toBe(true);
      expect(l.from).not.toBe(l.to);
    }
  });

  it("holds at least 40 attributed statements, quotes already NFC", () => {
    expect(claims.length).toBeGreaterThanOrEqual(40);
    for (const c of claims) expect(c.quote).toBe(normalizeText(c.quote));
  });

  // The seed articles live outside the repository (SEED_ARTICLES_DIR); CI has them, so a missing
  // one is a failure, not a reason to check less.
  it("anchors every appearance in its seed article", () => {
    for (const c of claims) {
      for (const a of c.appearances) {
        const article = articles.find((x) => x.key === a.article)!;
        const text = readSeedArticle(seedsDir, article.seedFile);
        expect(
          text,
          `seed article ${article.seedFile} (${a.article}) not found in ${seedsDir}`,
        ).not.toBeNull();
        expect(locateQuote(text!, a.exact, a.occurrence ?? 0), `${c.key} in ${a.article}`).not.toBeNull();
      }
    }
  });
});
