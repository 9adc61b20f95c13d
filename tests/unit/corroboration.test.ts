import { describe, expect, it } from "vitest";
import { countIndependentChains, type ChainNodeLike } from "@/lib/claims/corroboration";

const outlet = (position: number, id: string): ChainNodeLike => ({
  position,
  kind: "OUTLET",
  label: id,
  outletId: id,
});
const unnamed = (position: number): ChainNodeLike => ({
  position,
  kind: "UNNAMED_SOURCE",
  label: "hai nguồn thạo tin giấu tên",
});
const person = (position: number, id: string): ChainNodeLike => ({
  position,
  kind: "PERSON",
  label: id,
  speakerId: id,
});

describe("countIndependentChains", () => {
  it("counts five outlets citing one anonymous source via Politico as one", () => {
    const chains = ["ttxvn", "dantri", "vnexpress", "tuoitre", "thanhnien"].map((o) => [
      outlet(0, o),
      outlet(1, "kyiv-independent"),
      outlet(2, "politico"),
      unnamed(3),
    ]);
    expect(countIndependentChains(chains)).toBe(1);
  });

  it("counts reporters who each heard the speaker as independent", () => {
    expect(
      countIndependentChains([
        [outlet(0, "reuters"), person(1, "zelensky")],
        [outlet(0, "afp"), person(1, "zelensky")],
      ]),
    ).toBe(2);
  });

  it("ignores node order in storage and empty chains", () => {
    expect(
      countIndependentChains([
        [unnamed(2), outlet(0, "a"), outlet(1, "b")],
        [],
        [outlet(0, "c"), outlet(1, "b"), unnamed(2)],
      ]),
    ).toBe(1);
  });
});
