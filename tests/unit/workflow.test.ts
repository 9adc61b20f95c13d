import { describe, expect, it } from "vitest";
import { availableTransitions, nextStatus, TRANSITION_NAMES, transitions } from "@/lib/claims/workflow";
import { AppError } from "@/lib/errors";
import {
  canDecideOnClaim,
  canDeleteClaim,
  canOnClaim,
  canWithdrawSubmission,
  permissionTable,
  roleAllows,
  type Actor,
} from "@/lib/permissions";
import { lockDurationMs } from "@/lib/auth/throttle";
import { EditorialStatus } from "@/lib/generated/prisma/enums";

const statuses = Object.values(EditorialStatus);

describe("editorial state machine", () => {
  it("allows exactly the documented transitions", () => {
    const table = Object.fromEntries(statuses.map((s) => [s, availableTransitions(s)]));
    expect(table).toEqual({
      DRAFT: ["submit"],
      IN_REVIEW: ["withdraw", "approve", "reject", "request_changes"],
      CHANGES_REQUESTED: ["submit"],
      APPROVED: ["retract"],
      REJECTED: ["reopen"],
      RETRACTED: [],
    });
  });

  it("throws INVALID_STATE (409) for every other pair", () => {
    let refused = 0;
    for (const s of statuses) {
      for (const t of TRANSITION_NAMES) {
        if (transitions[t].from.includes(s)) {
          expect(nextStatus(s, t)).toBe(transitions[t].to);
        } else {
          expect(() => nextStatus(s, t)).toThrow(AppError);
          try {
            nextStatus(s, t);
          } catch (e) {
            expect((e as AppError).status).toBe(409);
          }
          refused++;
        }
      }
    }
    expect(refused).toBe(statuses.length * TRANSITION_NAMES.length - 8);
  });
});

describe("permission table", () => {
  const actor = (role: Actor["role"], id = "u1"): Actor => ({ id, role, name: "x", email: "x@y.z" });

  it("gives reviewers the decisions and editors the writing", () => {
    expect(roleAllows("REVIEWER", "claim.approve")).toBe(true);
    expect(roleAllows("EDITOR", "claim.approve")).toBe(false);
    expect(roleAllows("REVIEWER", "claim.update")).toBe(false);
    expect(roleAllows("EDITOR", "claim.create")).toBe(true);
    expect(roleAllows("EDITOR", "user.manage")).toBe(false);
    for (const action of Object.keys(permissionTable) as (keyof typeof permissionTable)[]) {
      expect(roleAllows("ADMIN", action), action).toBe(true);
    }
  });

  it("applies the two-person rule to creator and last editor, admins included", () => {
    const claim = { createdById: "a", lastEditedById: "b", status: "IN_REVIEW" as const };
    expect(canDecideOnClaim(actor("REVIEWER", "a"), claim)).toBe(false);
    expect(canDecideOnClaim(actor("ADMIN", "b"), claim)).toBe(false);
    expect(canDecideOnClaim(actor("REVIEWER", "c"), claim)).toBe(true);
    expect(canOnClaim(actor("ADMIN", "a"), "claim.approve", claim)).toBe(false);
    expect(canOnClaim(null, "claim.approve", claim)).toBe(false);
  });

  it("lets editors delete only their own drafts", () => {
    expect(
      canDeleteClaim(actor("EDITOR", "a"), { createdById: "a", lastEditedById: "a", status: "DRAFT" }),
    ).toBe(true);
    expect(
      canDeleteClaim(actor("EDITOR", "a"), { createdById: "a", lastEditedById: "a", status: "APPROVED" }),
    ).toBe(false);
    expect(
      canDeleteClaim(actor("EDITOR", "b"), { createdById: "a", lastEditedById: "a", status: "DRAFT" }),
    ).toBe(false);
    expect(
      canDeleteClaim(actor("ADMIN", "b"), { createdById: "a", lastEditedById: "a", status: "APPROVED" }),
    ).toBe(true);
  });

  it("lets only the author (or an admin) withdraw a submission, never a reviewer", () => {
    const claim = { createdById: "a", lastEditedById: "b", status: "IN_REVIEW" as const };
    expect(canWithdrawSubmission(actor("EDITOR", "a"), claim)).toBe(true);
    expect(canWithdrawSubmission(actor("EDITOR", "b"), claim)).toBe(false);
    expect(canWithdrawSubmission(actor("ADMIN", "c"), claim)).toBe(true);
    expect(canOnClaim(actor("EDITOR", "a"), "claim.withdraw", claim)).toBe(true);
    expect(canOnClaim(actor("EDITOR", "b"), "claim.withdraw", claim)).toBe(false);
    expect(canOnClaim(actor("REVIEWER", "a"), "claim.withdraw", claim)).toBe(false);
  });
});

describe("sign-in lock duration", () => {
  it("is free for 4 failures, then doubles from one minute up to fifteen", () => {
    expect([1, 4, 5, 6, 7, 8, 9, 12].map((n) => lockDurationMs(n) / 60_000)).toEqual([
      0, 0, 1, 2, 4, 8, 15, 15,
    ]);
  });
});
