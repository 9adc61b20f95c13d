import { isValidElement, type ReactElement, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import type { SpeakerScorecard as Card } from "@/lib/speakers/scorecard-queries";

// The scorecard is read apart from the timeline on a speaker's page. Its cached copy may hold the
// speaker's name from before a rename the timeline's read already saw (CI caught one page with
// both names); the slot shows the name the page's own read gave it.
const card: Card = {
  speaker: { slug: "nguoi-doi-ten", name: "Tên cũ", kind: "PERSON", affiliation: null },
  total: 1,
  byRating: {} as Card["byRating"],
  byVerification: {} as Card["byVerification"],
  contradictions: 0,
  updates: 0,
  months: [],
};
vi.mock("@/lib/db", () => ({ prisma: {} }));
vi.mock("@/lib/speakers/scorecard-queries", () => ({ getSpeakerScorecard: async () => card }));

const { SpeakerScorecardSlot } = await import("@/components/speakers/SpeakerScorecardSlot");

function cardsIn(node: ReactNode): Card[] {
  if (!isValidElement(node)) return Array.isArray(node) ? node.flatMap(cardsIn) : [];
  const props = (node as ReactElement<{ card?: Card; children?: ReactNode }>).props;
  return [...(props.card ? [props.card] : []), ...cardsIn(props.children)];
}

describe("the scorecard on a speaker's page", () => {
  it("names the speaker as the page's read saw them, not as its own cached read did", async () => {
    const tree = await SpeakerScorecardSlot({ speaker: { slug: "nguoi-doi-ten", name: "Tên mới" } });
    const cards = cardsIn(tree);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.speaker.name).toBe("Tên mới");
    expect(cards[0]?.speaker.slug).toBe("nguoi-doi-ten");
  });
});
