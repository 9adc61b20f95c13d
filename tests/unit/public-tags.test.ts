import { describe, expect, it } from "vitest";
import type { DbWriter } from "@/lib/audit/record";
import {
  publicClaimWhere,
  publicTag,
  publicTagsForClaim,
  publicTagsForClaims,
} from "@/lib/claims/public-tags";

/**
 * Which cached pages a change expires: every page that shows one of the changed claims — its own,
 * its speaker's timeline, its topics' pages, the pages (and timelines) of claims linked either
 * way, and the lists — and none for a claim readers cannot see.
 */
type Row = {
  slug: string;
  speaker: { slug: string };
  topics: { topic: { slug: string } }[];
  linksFrom: { toClaim: { slug: string; speaker: { slug: string } } }[];
  linksTo: { fromClaim: { slug: string; speaker: { slug: string } } }[];
};

function fakeTx(rows: Row[]) {
  const calls: unknown[] = [];
  const tx = {
    claim: {
      findMany: async (args: unknown) => {
        calls.push(args);
        return rows;
      },
    },
  } as unknown as DbWriter;
  return { tx, calls };
}

const row = (slug: string, speaker: string, extra: Partial<Row> = {}): Row => ({
  slug,
  speaker: { slug: speaker },
  topics: [],
  linksFrom: [],
  linksTo: [],
  ...extra,
});

describe("publicTagsForClaims", () => {
  it("names the claim, its speaker, topics, linked claims both ways and their speakers, and the lists", async () => {
    const { tx } = fakeTx([
      row("a", "sp-a", {
        topics: [{ topic: { slug: "t1" } }, { topic: { slug: "t2" } }],
        linksFrom: [{ toClaim: { slug: "b", speaker: { slug: "sp-b" } } }],
        linksTo: [{ fromClaim: { slug: "c", speaker: { slug: "sp-c" } } }],
      }),
    ]);
    const tags = await publicTagsForClaim(tx, "a-id");
    expect(new Set(tags)).toEqual(
      new Set([
        publicTag.claim("a"),
        publicTag.speaker("sp-a"),
        publicTag.topic("t1"),
        publicTag.topic("t2"),
        publicTag.claim("b"),
        publicTag.speaker("sp-b"),
        publicTag.claim("c"),
        publicTag.speaker("sp-c"),
        publicTag.lists,
      ]),
    );
    expect(tags).toHaveLength(new Set(tags).size);
  });

  it("asks only for public claims, within the caller's selection", async () => {
    const { tx, calls } = fakeTx([]);
    await publicTagsForClaims(tx, { speakerId: "s1" });
    expect(calls).toEqual([
      expect.objectContaining({ where: { AND: [{ speakerId: "s1" }, publicClaimWhere] } }),
    ]);
    expect(publicClaimWhere).toEqual({ status: { in: ["APPROVED", "RETRACTED"] }, deletedAt: null });
  });

  it("gives no tags at all (not even the lists) when no changed claim is public", async () => {
    const { tx } = fakeTx([]);
    expect(await publicTagsForClaims(tx, { id: "draft" })).toEqual([]);
  });

  it("merges the tags of several claims without repeats", async () => {
    const { tx } = fakeTx([row("a", "sp"), row("b", "sp", { topics: [{ topic: { slug: "t" } }] })]);
    const tags = await publicTagsForClaims(tx, { speakerId: "sp-id" });
    expect(tags.filter((t) => t === publicTag.speaker("sp"))).toHaveLength(1);
    expect(new Set(tags)).toEqual(
      new Set([
        publicTag.claim("a"),
        publicTag.claim("b"),
        publicTag.speaker("sp"),
        publicTag.topic("t"),
        publicTag.lists,
      ]),
    );
  });
});
