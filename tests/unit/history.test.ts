import { describe, expect, it } from "vitest";
import {
  claimValueDescriber,
  contentDiffers,
  detailsByVersion,
  diffSnapshots,
  type DescribeValue,
} from "@/lib/claims/history";
import type { ClaimSnapshot } from "@/lib/claims/snapshot";
import { claimSnapshot } from "../helpers/claim-snapshot";

const base: ClaimSnapshot = claimSnapshot({
  speakerId: "sp1",
  quote: "Không có định dạng ba bên nào.",
  saidAt: "2025-12-21T00:00:00.000Z",
  venue: "Họp báo",
  status: "DRAFT",
  topics: ["trilateral-talks"],
});

const words: Record<string, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  sp1: "Yuri Ushakov",
  sp2: "Dmitry Peskov",
  "trilateral-talks": "Trilateral talks",
  "peace-plan": "Peace plan",
};
const describeValue: DescribeValue = (_field, value) => words[value] ?? null;

describe("claim history", () => {
  it("says status, speaker and topic changes in words, whole, and quotes word by word", () => {
    const diff = diffSnapshots(
      base,
      {
        ...base,
        status: "IN_REVIEW",
        speakerId: "sp2",
        topics: ["peace-plan", "trilateral-talks"],
        quote: "Không có định dạng bốn bên nào.",
      },
      describeValue,
    );
    const byField = Object.fromEntries(diff.map((d) => [d.field, d.parts]));
    expect(byField.status).toEqual([
      { value: "Draft", added: false, removed: true },
      { value: " → ", added: false, removed: false },
      { value: "In review", added: true, removed: false },
    ]);
    expect(byField.speakerId?.map((p) => p.value)).toEqual(["Yuri Ushakov", " → ", "Dmitry Peskov"]);
    expect(byField.topics?.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["Peace plan,"]);
    expect(byField.quote?.filter((p) => p.added || p.removed).map((p) => p.value)).toEqual(["ba", "bốn"]);
    expect(JSON.stringify(diff)).not.toContain("IN_REVIEW");
  });

  it("names speakers, topics in the dashboard's language, and codes through the catalogue", () => {
    const names = {
      speakers: new Map([["sp2", "Dmitry Peskov"]]),
      topics: new Map([["peace-plan", { nameVi: "Kế hoạch hòa bình", nameEn: "Peace plan" }]]),
    };
    const enumLabel = (group: string, value: string) =>
      group === "claimKind" && value === "INDIRECT" ? "Indirect" : null;
    const after = { ...base, speakerId: "sp2", topics: ["peace-plan"], kind: "INDIRECT" as const };
    const say = (lang: "vi" | "en") =>
      diffSnapshots(base, after, claimValueDescriber(names, lang, enumLabel)).map((d) => [
        d.field,
        d.parts.filter((p) => p.added).map((p) => p.value),
      ]);
    expect(say("en")).toEqual([
      ["speakerId", ["Dmitry Peskov"]],
      ["kind", ["Indirect"]],
      ["topics", ["Peace plan"]],
    ]);
    expect(say("vi")).toContainEqual(["topics", ["Kế hoạch hòa bình"]]);
    // What it cannot name (an unknown id, a code the catalogue lacks) is shown as stored.
    expect(
      diffSnapshots(
        base,
        { ...base, speakerId: "sp9" },
        claimValueDescriber(names, "en", enumLabel),
      )[0]?.parts.map((p) => p.value),
    ).toEqual(["sp1", " → ", "sp9"]);
  });

  it("offers a version for restore only when its content differs from the current one", () => {
    expect(contentDiffers({ ...base, status: "IN_REVIEW", verification: "VERIFIED_PRIMARY" }, base)).toBe(
      false,
    );
    expect(
      contentDiffers({ ...base, topics: ["trilateral-talks"] }, { ...base, topics: ["trilateral-talks"] }),
    ).toBe(false);
    expect(contentDiffers({ ...base, saidAt: "2025-12-21" }, base)).toBe(false);
    expect(contentDiffers({ ...base, venue: "Telegram" }, base)).toBe(true);
    expect(contentDiffers({ ...base, topics: [] }, base)).toBe(true);
  });

  it("pairs each version with its own audit event, in order, for the reason said with it", () => {
    const details = detailsByVersion(
      [
        { version: 3, action: "claim.request_changes" },
        { version: 1, action: "claim.create" },
        { version: 2, action: "claim.submit" },
        { version: 4, action: "claim.restore_version" },
      ],
      [
        { action: "claim.create", after: {} },
        { action: "appearance.create", after: { claimId: "c" } },
        { action: "claim.submit", after: {} },
        { action: "claim.request_changes", after: { transitionReason: "Thiếu nguồn." } },
        { action: "claim.restore_version", after: { restoredFromVersion: 1 } },
      ],
    );
    expect(details.get(3)).toEqual({ reason: "Thiếu nguồn.", restoredFromVersion: null });
    expect(details.get(4)).toEqual({ reason: null, restoredFromVersion: 1 });
    expect(details.get(2)).toEqual({ reason: null, restoredFromVersion: null });
  });
});
