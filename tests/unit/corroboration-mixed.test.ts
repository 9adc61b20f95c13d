import { describe, expect, it } from "vitest";
import { countIndependentChains, type ChainNodeLike } from "@/lib/claims/corroboration";

// A chain saved before its nodes carried references (labels only) next to one built by hand.
const labelled = (position: number, kind: ChainNodeLike["kind"], label: string): ChainNodeLike => ({
  position,
  kind,
  label,
});

describe("countIndependentChains with chains of both representations", () => {
  const handBuilt = [
    { position: 0, kind: "OUTLET", label: "Dân trí", outletId: "dantri" },
    { position: 1, kind: "OUTLET", label: "TTXVN", outletId: "ttxvn" },
    { position: 2, kind: "PERSON", label: "Bùi Thanh Sơn", speakerId: "son" },
  ] satisfies ChainNodeLike[];

  it("counts a label-only chain naming the same first reporter and origin once", () => {
    expect(
      countIndependentChains([
        [labelled(0, "OUTLET", "TTXVN"), labelled(1, "PERSON", "Bùi Thanh Sơn")],
        handBuilt,
      ]),
    ).toBe(1);
    // Folded names: case, diacritics and punctuation do not make another source.
    expect(
      countIndependentChains([
        [labelled(0, "OUTLET", "ttxvn"), labelled(1, "PERSON", "Bui Thanh Son")],
        handBuilt,
      ]),
    ).toBe(1);
  });

  it("still counts a different origin or first reporter apart", () => {
    expect(
      countIndependentChains([
        [labelled(0, "OUTLET", "TTXVN"), labelled(1, "PERSON", "Phạm Thu Hằng")],
        handBuilt,
      ]),
    ).toBe(2);
    expect(
      countIndependentChains([
        [labelled(0, "OUTLET", "VnExpress"), labelled(1, "PERSON", "Bùi Thanh Sơn")],
        handBuilt,
      ]),
    ).toBe(2);
  });

  it("does not guess when one name stands for two references", () => {
    const other = [
      { position: 0, kind: "OUTLET", label: "TTXVN", outletId: "ttxvn-2" },
      { position: 1, kind: "PERSON", label: "Bùi Thanh Sơn", speakerId: "son" },
    ] satisfies ChainNodeLike[];
    expect(
      countIndependentChains([
        [labelled(0, "OUTLET", "TTXVN"), labelled(1, "PERSON", "Bùi Thanh Sơn")],
        handBuilt,
        other,
      ]),
    ).toBe(3);
  });
});
