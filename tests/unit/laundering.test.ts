import { describe, expect, it } from "vitest";
import type { ChainNodeLike } from "@/lib/claims/corroboration";
import {
  analyseSourcing,
  classifyOrigin,
  namesNobody,
  sourcesFingerprint,
  unnamedShare,
  type SourcingAppearance,
} from "@/lib/claims/laundering";

const outlet = (position: number, id: string): ChainNodeLike => ({
  position,
  kind: "OUTLET",
  label: id,
  outletId: id,
});
const unnamed = (position: number, label = "nguồn tin giấu tên"): ChainNodeLike => ({
  position,
  kind: "UNNAMED_SOURCE",
  label,
});
const person = (position: number, label: string, speakerId: string | null = label): ChainNodeLike => ({
  position,
  kind: "PERSON",
  label,
  speakerId,
});
const body = (position: number, label: string): ChainNodeLike => ({
  position,
  kind: "ORGANISATION",
  label,
  speakerId: label,
});
let n = 0;
const appearance = (chain: ChainNodeLike[]): SourcingAppearance => {
  const publisher = chain.find((c) => c.position === 0)!;
  return { id: `ap${++n}`, outlet: { id: publisher.label, name: publisher.label }, chain };
};

describe("analyseSourcing", () => {
  it("five outlets relaying one anonymous source: 1 chain, origin unnamed, alert for both reasons", () => {
    const a = analyseSourcing(
      ["ttxvn", "dantri", "vnexpress", "tuoitre", "thanhnien"].map((o) =>
        appearance([outlet(0, o), outlet(1, "politico"), unnamed(2, "hai nguồn thạo tin giấu tên")]),
      ),
    );
    expect(a).toMatchObject({
      appearances: 5,
      outlets: 5,
      chains: 1,
      origin: "unnamed",
      relayed: 5,
      reasons: ["single_chain", "unnamed_origin"],
      alert: true,
    });
    expect(a.origins).toEqual([
      { kind: "unnamed", label: "hai nguồn thạo tin giấu tên", via: ["politico"], appearances: 5 },
    ]);
  });

  it("several outlets, one named origin through one wire: one line of reporting, not unnamed", () => {
    const a = analyseSourcing(
      ["dantri", "vnexpress", "tuoitre"].map((o) =>
        appearance([outlet(0, o), outlet(1, "ttxvn"), person(2, "Bùi Thanh Sơn")]),
      ),
    );
    expect(a).toMatchObject({ outlets: 3, chains: 1, origin: "named_person", reasons: ["single_chain"] });
  });

  it("reporters who each heard a named speaker: independent, no alert", () => {
    const a = analyseSourcing([
      appearance([outlet(0, "reuters"), person(1, "Zelensky")]),
      appearance([outlet(0, "afp"), person(1, "Zelensky")]),
    ]);
    expect(a).toMatchObject({ outlets: 2, chains: 2, origin: "named_person", reasons: [], alert: false });
  });

  it("a single outlet citing an unnamed official raises the unnamed-origin alert only", () => {
    const a = analyseSourcing([appearance([outlet(0, "axios"), unnamed(1, "Một quan chức Mỹ giấu tên")])]);
    expect(a).toMatchObject({ outlets: 1, chains: 1, origin: "unnamed", reasons: ["unnamed_origin"] });
  });

  it("one named chain among unnamed ones: origin mixed, no unnamed-origin alert", () => {
    const a = analyseSourcing([
      appearance([outlet(0, "axios"), unnamed(1)]),
      appearance([outlet(0, "reuters"), body(1, "Nhà Trắng")]),
    ]);
    expect(a).toMatchObject({ chains: 2, origin: "mixed", reasons: [], alert: false });
  });

  it("two articles of one outlet on its own reporting: not several outlets, no alert", () => {
    const a = analyseSourcing([appearance([outlet(0, "dantri")]), appearance([outlet(0, "dantri")])]);
    expect(a).toMatchObject({ outlets: 1, chains: 1, origin: "own_reporting", alert: false });
  });

  it("no sources: nothing to say, no alert", () => {
    expect(analyseSourcing([])).toMatchObject({ appearances: 0, chains: 0, origin: null, alert: false });
  });
});

describe("classifyOrigin", () => {
  it("reads the last node: unnamed, named person, named body, wire, own reporting", () => {
    expect(classifyOrigin([outlet(0, "a"), unnamed(1)])?.kind).toBe("unnamed");
    expect(classifyOrigin([outlet(0, "a"), person(1, "Rustem Umerov")])?.kind).toBe("named_person");
    expect(classifyOrigin([outlet(0, "a"), body(1, "Bộ Ngoại giao")])?.kind).toBe("named_body");
    expect(classifyOrigin([outlet(0, "a"), outlet(1, "Tân Hoa Xã, Reuters")])).toEqual({
      kind: "wire",
      label: "Tân Hoa Xã, Reuters",
      via: [],
    });
    expect(classifyOrigin([outlet(0, "a")])?.kind).toBe("own_reporting");
    expect(classifyOrigin([])).toBeNull();
  });

  it("orders nodes by position, whatever order they come in", () => {
    expect(classifyOrigin([person(2, "Peskov"), outlet(0, "a"), outlet(1, "tass")])).toEqual({
      kind: "named_person",
      label: "Peskov",
      via: ["tass"],
    });
  });

  it("a person or body node whose label names nobody counts as unnamed", () => {
    expect(classifyOrigin([outlet(0, "a"), person(1, "một quan chức không nêu tên", null)])?.kind).toBe(
      "unnamed",
    );
    expect(classifyOrigin([outlet(0, "a"), body(1, "nguồn tin giấu tên")])?.kind).toBe("unnamed");
  });
});

describe("namesNobody", () => {
  it("recognises Vietnamese and English descriptions, with or without diacritics", () => {
    for (const label of [
      "nguồn tin giấu tên",
      "Một quan chức không nêu tên",
      "mot quan chuc khong neu ten",
      "Các nhà ngoại giao phương Tây",
      "hai nguồn thạo tin",
      "người thân cận với Điện Kremlin",
      "an unnamed US official",
      "two people familiar with the matter",
      "a source who asked not to be named",
    ])
      expect(namesNobody(label), label).toBe(true);
  });

  it("does not flag names", () => {
    for (const label of ["Bùi Thanh Sơn", "Nhà Trắng", "Bộ Ngoại giao Việt Nam", "Rustem Umerov", "Reuters"])
      expect(namesNobody(label), label).toBe(false);
  });
});

describe("sourcesFingerprint", () => {
  const a = appearance([outlet(0, "dantri"), unnamed(1)]);
  const b = appearance([outlet(0, "vnexpress"), unnamed(1)]);

  it("does not depend on the order of appearances", () => {
    expect(sourcesFingerprint([a, b])).toBe(sourcesFingerprint([b, a]));
    expect(sourcesFingerprint([a, b])).toMatch(/^[0-9a-f]{32}$/);
  });

  it("changes when a source is added or removed, or a chain changes", () => {
    const base = sourcesFingerprint([a, b]);
    expect(sourcesFingerprint([a])).not.toBe(base);
    expect(sourcesFingerprint([a, b, appearance([outlet(0, "tuoitre"), unnamed(1)])])).not.toBe(base);
    expect(sourcesFingerprint([a, { ...b, chain: [outlet(0, "vnexpress"), person(1, "X")] }])).not.toBe(base);
  });
});

describe("unnamedShare", () => {
  it("is the share of appearances with an unnamed origin, null without appearances", () => {
    expect(unnamedShare({ appearances: 4, unnamed: 1 })).toBe(0.25);
    expect(unnamedShare({ appearances: 0, unnamed: 0 })).toBeNull();
  });
});
