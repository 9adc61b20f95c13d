import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  canonicalEvent,
  canonicalJson,
  ChainWalker,
  eventHash,
  GENESIS_HASH,
  plainNumber,
  type StoredEvent,
} from "@/lib/audit/chain";
import { checkPublicHistory, publicEntryHash, type PublicHistoryEntry } from "@/lib/audit/public-history";

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

describe("canonical JSON (the form the database trigger hashes)", () => {
  it("sorts keys by code point at every depth and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
    // Code point order, not UTF-16 code units: U+1F600 (surrogates D83D…) sorts after U+FF5E.
    expect(canonicalJson({ "😀": 1, "～": 2, a: 3, Z: 4 })).toBe('{"Z":4,"a":3,"～":2,"😀":1}');
  });

  it("keeps the same text whatever order the keys were written in", () => {
    const a = canonicalJson({ quote: "Đàm phán", topics: ["x", "y"], version: 2 });
    const b = canonicalJson({ version: 2, topics: ["x", "y"], quote: "Đàm phán" });
    expect(a).toBe(b);
  });

  it("escapes strings as JSON.stringify does and keeps Vietnamese as is", () => {
    expect(canonicalJson('nói "không"\n\t\u0001/\u2028')).toBe('"nói \\"không\\"\\n\\t\\u0001/\u2028"');
    expect(canonicalJson("Thủ tướng")).toBe('"Thủ tướng"');
  });

  it("writes numbers as plain decimals, as PostgreSQL's numeric prints them", () => {
    expect(plainNumber(1e21)).toBe("1000000000000000000000");
    expect(plainNumber(1.5e21)).toBe("1500000000000000000000");
    expect(plainNumber(1e-7)).toBe("0.0000001");
    expect(plainNumber(-2.5e-8)).toBe("-0.000000025");
    expect(plainNumber(-0)).toBe("0");
    expect(plainNumber(0.1)).toBe("0.1");
    expect(plainNumber(42)).toBe("42");
    expect(() => plainNumber(Number.NaN)).toThrow();
  });

  it("leaves undefined members out and writes dates as ISO strings", () => {
    expect(canonicalJson({ a: undefined, b: new Date("2026-12-01T08:00:00.123Z") })).toBe(
      '{"b":"2026-12-01T08:00:00.123Z"}',
    );
  });
});

const base = {
  id: 12n,
  seq: 3n,
  prevHash: "a".repeat(64),
  createdAt: new Date("2026-12-01T08:00:00.123Z"),
  actorId: "user1",
  action: "claim.update",
  entityType: "Claim",
  entityId: "c1",
  before: { quote: "cũ" },
  after: { quote: "mới", version: 2 },
};

describe("event hash", () => {
  it("hashes exactly the documented record", () => {
    const text =
      '{"action":"claim.update","actorId":"user1","after":{"quote":"mới","version":2},' +
      '"before":{"quote":"cũ"},"createdAt":"2026-12-01T08:00:00.123Z","entityId":"c1",' +
      `"entityType":"Claim","id":"12","prevHash":"${"a".repeat(64)}","seq":"3","v":1}`;
    expect(canonicalEvent(base)).toBe(text);
    expect(eventHash(base)).toBe(sha(text));
  });

  it("changes with any member: content, time, place or link", () => {
    const h = eventHash(base);
    for (const changed of [
      { ...base, action: "claim.approve" },
      { ...base, actorId: null },
      { ...base, after: { quote: "mới", version: 3 } },
      { ...base, createdAt: new Date("2026-12-01T08:00:00.124Z") },
      { ...base, seq: 4n },
      { ...base, id: 13n },
      { ...base, prevHash: "b".repeat(64) },
    ])
      expect(eventHash(changed)).not.toBe(h);
  });
});

function chain(n: number): StoredEvent[] {
  const out: StoredEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = { ...base, id: BigInt(i + 10), seq: BigInt(i), prevHash: prev, after: { i } };
    const hash = eventHash(e);
    out.push({ ...e, hash });
    prev = hash;
  }
  return out;
}

function walk(events: StoredEvent[]) {
  const w = new ChainWalker();
  for (const e of events) {
    const broken = w.check(e);
    if (broken) return { broken, count: w.count };
  }
  return { broken: null, count: w.count, head: w.head };
}

describe("ChainWalker", () => {
  it("accepts an intact chain and reports its head", () => {
    const events = chain(5);
    const r = walk(events);
    expect(r.broken).toBeNull();
    expect(r.count).toBe(5);
    expect(r.head?.hash).toBe(events[4]?.hash);
  });

  it("names the event whose content changed", () => {
    const events = chain(5);
    events[2] = { ...events[2]!, action: "claim.quietly_changed" };
    expect(walk(events)).toMatchObject({ count: 2, broken: { id: "13", seq: "3" } });
    expect(walk(events).broken?.problem).toMatch(/content does not match its hash/);
  });

  it("names the event after one removed, and one re-linked by its rewritten predecessor", () => {
    const events = chain(5);
    expect(walk([...events.slice(0, 2), ...events.slice(3)]).broken).toMatchObject({
      id: "14",
      problem: expect.stringMatching(/sequence gap/),
    });
    // Rewriting event 3 with a freshly computed hash breaks the link of event 4.
    const forged = { ...events[2]!, action: "claim.forged" };
    forged.hash = eventHash({ ...forged, seq: 3n, prevHash: forged.prevHash ?? "" });
    const r = walk([events[0]!, events[1]!, forged, events[3]!, events[4]!]);
    expect(r.broken).toMatchObject({ id: "14", problem: expect.stringMatching(/prevHash/) });
  });

  it("refuses an unsealed event", () => {
    const events = chain(2);
    events[1] = { ...events[1]!, hash: null, seq: null, prevHash: null };
    expect(walk(events).broken?.problem).toMatch(/not sealed/);
  });
});

describe("public history hashes", () => {
  function history(): PublicHistoryEntry[] {
    const content = {
      speaker: "a",
      roleHeld: null,
      quote: "Câu nói",
      language: "vi",
      translation: null,
      kind: "DIRECT",
      saidAt: "2025-01-02T00:00:00.000Z",
      saidAtPrecision: "DAY",
      venue: null,
      topics: ["x"],
      verification: "UNVERIFIED",
      rating: null,
      ratingExplanation: null,
      status: "APPROVED",
      retractionReason: null,
    };
    const first = {
      v: 1,
      claim: "c",
      version: 3,
      at: "2026-01-01T00:00:00.000Z",
      event: "publication" as const,
      fields: [],
      reason: null,
      content,
      prevHash: GENESIS_HASH,
    };
    const h1 = publicEntryHash(first);
    const second = {
      ...first,
      version: 4,
      event: "correction" as const,
      fields: ["quote"],
      reason: "Sửa lỗi chép",
      content: { ...content, quote: "Câu nói đúng" },
      prevHash: h1,
    };
    return [
      { ...first, hash: h1, audit: null },
      { ...second, hash: publicEntryHash(second), audit: { seq: "9", hash: "f".repeat(64) } },
    ];
  }

  it("is verifiable from the entry's own members; the audit link is not hashed", () => {
    const entries = history();
    expect(checkPublicHistory(entries)).toBeNull();
    const withOtherAudit = entries.map((e) => ({ ...e, audit: { seq: "1", hash: "0".repeat(64) } }));
    expect(checkPublicHistory(withOtherAudit)).toBeNull();
  });

  it("shows a quiet change to a published value", () => {
    const entries = history();
    entries[0] = { ...entries[0]!, content: { ...entries[0]!.content, quote: "Câu nói khác" } };
    expect(checkPublicHistory(entries)).toBe(0);
    const again = history();
    again[1] = { ...again[1]!, reason: "Một lý do khác" };
    expect(checkPublicHistory(again)).toBe(1);
  });
});

describe("caching of the chain's public answers", () => {
  it("caches the audit head briefly; a claim's history under the claim's own key", async () => {
    const { shortLivedMaxAge, surrogateKeysFor } = await import("@/lib/edge/public-paths.mjs");
    expect(shortLivedMaxAge("/api/v1/audit/head")).toBe(5);
    expect(shortLivedMaxAge("/api/v1/claims")).toBeNull();
    expect(surrogateKeysFor("/api/v1/claims/some-claim/history")).toContain("claim:some-claim");
  });
});
