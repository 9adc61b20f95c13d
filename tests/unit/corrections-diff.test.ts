import { describe, expect, it } from "vitest";
import type { ClaimSnapshot } from "@/lib/claims/snapshot";
import { PUBLIC_FIELD_GROUPS, publicChangesBetween } from "@/lib/corrections/public-diff";
import { toPublicCorrection } from "@/lib/corrections/queries";

/** Which changes to a claim are public corrections (lib/corrections/public-diff.ts). */
const published: ClaimSnapshot = {
  speakerId: "sp1",
  roleHeld: "Trợ lý Tổng thống Nga",
  quote: "Không có định dạng ba bên nào.",
  translation: "There is no trilateral format.",
  language: "vi",
  kind: "DIRECT",
  saidAt: "2025-12-21T00:00:00.000Z",
  saidAtPrecision: "DAY",
  venue: "Họp báo",
  status: "APPROVED",
  verification: "VERIFIED_PRIMARY",
  verificationNote: "Đối chiếu với video gốc.",
  verificationUrl: "https://example.org/video",
  rating: "FALSE",
  ratingExplanation: "Đã có cuộc họp ba bên.",
  retractionReason: null,
  topics: ["trilateral-talks", "peace-plan"],
};

describe("public changes between two versions of a claim", () => {
  it("names each public field group a correction changed, in a fixed order", () => {
    expect(
      publicChangesBetween(published, {
        ...published,
        saidAt: "2025-12-22T00:00:00.000Z",
        quote: "Không có định dạng ba bên.",
        verification: "MISQUOTED",
      }),
    ).toEqual(["quote", "saidAt", "verification"]);
    expect(publicChangesBetween(published, { ...published, speakerId: "sp2", roleHeld: null })).toEqual([
      "speaker",
      "roleHeld",
    ]);
    expect(publicChangesBetween(published, { ...published, saidAtPrecision: "MONTH" })).toEqual(["saidAt"]);
    expect(publicChangesBetween(published, { ...published, ratingExplanation: "Khác." })).toEqual(["rating"]);
    expect(publicChangesBetween(published, { ...published, topics: ["peace-plan"] })).toEqual(["topics"]);
  });

  it("a retraction is a public change of its own", () => {
    expect(
      publicChangesBetween(published, {
        ...published,
        status: "RETRACTED",
        retractionReason: "Sai người nói.",
      }),
    ).toEqual(["retraction"]);
  });

  it("internal fields are never a public correction", () => {
    expect(
      publicChangesBetween(published, {
        ...published,
        verificationNote: "Ghi chú nội bộ mới.",
        verificationUrl: "https://example.org/other",
      }),
    ).toEqual([]);
    const groups = Object.values(PUBLIC_FIELD_GROUPS).flat() as string[];
    expect(groups).not.toContain("verificationNote");
    expect(groups).not.toContain("verificationUrl");
  });

  it("changes before publication (drafts, review, the approval itself) are not corrections", () => {
    const draft = { ...published, status: "DRAFT" as const };
    expect(publicChangesBetween(draft, { ...draft, quote: "Khác hẳn." })).toEqual([]);
    expect(publicChangesBetween({ ...published, status: "IN_REVIEW" }, published)).toEqual([]);
    expect(publicChangesBetween(null, published)).toEqual([]);
  });

  it("stored snapshots compare as readers see them: topics as a set, dates by day, missing as null", () => {
    expect(
      publicChangesBetween(published, { ...published, topics: ["peace-plan", "trilateral-talks"] }),
    ).toEqual([]);
    expect(publicChangesBetween(published, { ...published, saidAt: "2025-12-21T09:30:00.000Z" })).toEqual([]);
    const { ratingExplanation: _dropped, ...old } = published;
    expect(
      publicChangesBetween(old as ClaimSnapshot, {
        ...published,
        ratingExplanation: null,
        verificationNote: null,
      }),
    ).toEqual([]);
  });
});

describe("a stored correction as readers get it", () => {
  const claim = {
    slug: "ushakov-khong-co",
    quote: "Không có định dạng ba bên nào.",
    language: "vi",
    kind: "DIRECT" as const,
    speaker: { name: "Yuri Ushakov", slug: "yuri-ushakov" },
  };
  const row = (publicChanges: string[], action = "claim.verify", publicReason: string | null = "Lý do.") => ({
    version: 5,
    createdAt: new Date("2026-01-02T03:04:05.000Z"),
    action,
    publicChanges,
    publicReason,
    claim,
  });

  it("a retraction keeps the fields corrected with it; unknown stored names are dropped", () => {
    expect(toPublicCorrection(row(["retraction", "quote", "bogus"]))).toMatchObject({
      kind: "retraction",
      fields: ["quote"],
      reason: "Lý do.",
      cause: null,
      at: "2026-01-02T03:04:05.000Z",
      claim: { url: "/claims/ushakov-khong-co", speakerName: "Yuri Ushakov" },
    });
    expect(toPublicCorrection(row(["verification"]))).toMatchObject({
      kind: "correction",
      fields: ["verification"],
    });
  });

  it("a speaker merge says so instead of a reason; nothing else about who or how is exposed", () => {
    const c = toPublicCorrection(row(["speaker"], "claim.reassign_speaker", null));
    expect(c).toMatchObject({
      kind: "correction",
      fields: ["speaker"],
      reason: null,
      cause: "speaker_merge",
    });
    expect(Object.keys(c).sort()).toEqual(["at", "cause", "claim", "fields", "kind", "reason", "version"]);
  });
});
