import type { EditorialStatus } from "../generated/prisma/enums";
import { AppError } from "../errors";
import type { Action } from "../permissions";

/**
 * The editorial state machine: draft → in review → approved (public), with changes-requested,
 * rejected and retracted-after-publication branches. One table, used by the service and the UI.
 */
export type Transition =
  | "submit"
  | "withdraw"
  | "approve"
  | "reject"
  | "request_changes"
  | "retract"
  | "reopen";

export const transitions: Record<
  Transition,
  { from: readonly EditorialStatus[]; to: EditorialStatus; action: Action }
> = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "IN_REVIEW", action: "claim.submit" },
  // The author takes a submission back (a mistake seen after submitting) before a reviewer
  // decides; it returns to draft so it can be edited. Who may: canWithdrawSubmission.
  withdraw: { from: ["IN_REVIEW"], to: "DRAFT", action: "claim.withdraw" },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", action: "claim.approve" },
  reject: { from: ["IN_REVIEW"], to: "REJECTED", action: "claim.reject" },
  request_changes: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED", action: "claim.request_changes" },
  retract: { from: ["APPROVED"], to: "RETRACTED", action: "claim.retract" },
  reopen: { from: ["REJECTED"], to: "DRAFT", action: "claim.reopen" },
};

export const TRANSITION_NAMES = Object.keys(transitions) as Transition[];

/** Content may change only while the claim is with its editors. */
export const EDITABLE_STATUSES: readonly EditorialStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

export function nextStatus(current: EditorialStatus, transition: Transition): EditorialStatus {
  const rule = transitions[transition];
  if (!rule.from.includes(current)) {
    throw new AppError(
      "INVALID_STATE",
      `Cannot ${transition.replace("_", " ")} a claim that is ${current.toLowerCase().replace("_", " ")}.`,
      { status: current, transition, allowedFrom: rule.from },
      "invalid_transition",
    );
  }
  return rule.to;
}

export function availableTransitions(current: EditorialStatus): Transition[] {
  return TRANSITION_NAMES.filter((t) => transitions[t].from.includes(current));
}

export function assertEditable(status: EditorialStatus): void {
  if (!EDITABLE_STATUSES.includes(status)) {
    throw new AppError(
      "INVALID_STATE",
      `A claim that is ${status.toLowerCase().replace("_", " ")} cannot be edited; only drafts and claims with changes requested can.`,
      {
        status,
      },
      "not_editable",
    );
  }
}
