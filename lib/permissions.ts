import type { EditorialStatus, Role } from "./generated/prisma/enums";
import { AppError } from "./errors";

/**
 * The one permission table: which roles may attempt each action. Ownership and state rules
 * (below) are checked on top, by the services, against the row they are about to change.
 * Anonymous readers have no actions: they only read published claims.
 */
export const permissionTable = {
  "claim.create": ["EDITOR", "ADMIN"],
  "claim.update": ["EDITOR", "ADMIN"],
  "claim.restore_version": ["EDITOR", "ADMIN"],
  "claim.submit": ["EDITOR", "ADMIN"],
  // Only the claim's author among editors (canWithdrawSubmission); any admin.
  "claim.withdraw": ["EDITOR", "ADMIN"],
  "claim.reopen": ["EDITOR", "ADMIN"],
  "claim.approve": ["REVIEWER", "ADMIN"],
  "claim.reject": ["REVIEWER", "ADMIN"],
  "claim.request_changes": ["REVIEWER", "ADMIN"],
  "claim.retract": ["REVIEWER", "ADMIN"],
  // The source-laundering alert (lib/claims/laundering-service.ts) is read and acknowledged by
  // whoever may approve the claim; the two-person rule applies to it as to approval.
  "claim.acknowledge_sourcing": ["REVIEWER", "ADMIN"],
  "claim.verify": ["EDITOR", "REVIEWER", "ADMIN"],
  "claim.delete": ["EDITOR", "ADMIN"],
  "claim.undelete": ["ADMIN"],
  "claim.read_internal": ["EDITOR", "REVIEWER", "ADMIN"],
  // "Lan is editing this claim" (lib/live/presence.ts): everyone who may open the claim page.
  "claim.presence": ["EDITOR", "REVIEWER", "ADMIN"],
  "speaker.manage": ["EDITOR", "ADMIN"],
  "speaker.merge": ["EDITOR", "ADMIN"],
  "topic.manage": ["EDITOR", "ADMIN"],
  "article.manage": ["EDITOR", "ADMIN"],
  "appearance.manage": ["EDITOR", "ADMIN"],
  "link.manage": ["EDITOR", "REVIEWER", "ADMIN"],
  // Suggested contradictions and updates (lib/suggestions/): a reviewer confirms one (the link is
  // then made as a reviewer's, directly) or dismisses it for good.
  "suggestion.decide": ["REVIEWER", "ADMIN"],
  "annotation.create": ["EDITOR", "REVIEWER", "ADMIN"],
  // Public annotations appear on the public claim page: reviewers publish them.
  "annotation.publish": ["REVIEWER", "ADMIN"],
  "annotation.resolve": ["EDITOR", "REVIEWER", "ADMIN"],
  // Changes to published pages proposed by editors (lib/pending/): reviewers apply or reject
  // them; the proposer (or an admin) may withdraw one that is still pending.
  "pending.decide": ["REVIEWER", "ADMIN"],
  "pending.withdraw": ["EDITOR", "REVIEWER", "ADMIN"],
  // A published claim's content (quote, speaker, date, …) is corrected only through a proposal
  // that another person approves (lib/claims/service.ts proposeClaimCorrection): the content's
  // editors propose it, with the reason readers will see; reviewers decide (pending.decide).
  "claim.correct": ["EDITOR", "ADMIN"],
  "activity.read": ["EDITOR", "REVIEWER", "ADMIN"],
  // Verification checklists (lib/checklists/): admins define the items per claim kind; editors and
  // reviewers check them on open claims, as they both record verification (claim.verify). The
  // reviewer's approval is what the checks gate, and the two-person rule still applies to it.
  "checklist.manage": ["ADMIN"],
  // Partner newsrooms' webhooks (lib/webhooks/): where the newsroom's changes are sent, with a
  // secret that signs them — an admin's decision, like accounts.
  "webhook.manage": ["ADMIN"],
  // Assignment (lib/assignments/): who carries a claim forward is newsroom housekeeping, not
  // content, so every staff role may set it — an editor hands a claim to a reviewer, a reviewer
  // takes one or passes it to a colleague. The eligibility and two-person rules are the
  // service's; every change is audited and tells the people newly assigned.
  "claim.assign": ["EDITOR", "REVIEWER", "ADMIN"],
  // Following a claim, speaker or topic only concerns the follower's own notifications.
  "watch.manage": ["EDITOR", "REVIEWER", "ADMIN"],
  "checklist.check": ["EDITOR", "REVIEWER", "ADMIN"],
  // Quote drift (lib/drift/): a reviewer confirms that an outlet quoted the claim differently from
  // the earliest outlet; readers are told on the public page, so it is a reviewer's decision.
  "drift.confirm": ["REVIEWER", "ADMIN"],
  "user.manage": ["ADMIN"],
  "account.change_password": ["EDITOR", "REVIEWER", "ADMIN"],
  // One's own notifications (lib/notifications/): read them, mark them read, choose how often
  // they come by e-mail. Nobody reads or marks anyone else's.
  "notification.read": ["EDITOR", "REVIEWER", "ADMIN"],
  "account.notification_settings": ["EDITOR", "REVIEWER", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissionTable;

export interface Actor {
  id: string;
  role: Role;
  name: string;
  email: string;
}

export function roleAllows(role: Role, action: Action): boolean {
  return (permissionTable[action] as readonly Role[]).includes(role);
}

/** Throws 401 for anonymous callers and 403 when the role may not attempt the action. */
export function assertRole(actor: Actor | null, action: Action): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in to do this.");
  if (!roleAllows(actor.role, action))
    throw new AppError("FORBIDDEN", "Your role does not allow this action.", undefined, "role_forbidden");
}

export interface ClaimOwnership {
  createdById: string;
  lastEditedById: string | null;
  status: EditorialStatus;
}

/** Two-person rule: nobody approves or rejects a claim they created or last edited. */
export function canDecideOnClaim(actor: Actor, claim: ClaimOwnership): boolean {
  return actor.id !== claim.createdById && actor.id !== claim.lastEditedById;
}

/**
 * A submission is taken back by the person who wrote the claim (or an admin): another editor
 * pulling someone's claim out of the review queue would be a silent veto.
 */
export function canWithdrawSubmission(actor: Actor, claim: ClaimOwnership): boolean {
  return actor.role === "ADMIN" || claim.createdById === actor.id;
}

/** Editors may delete only their own drafts; admins may delete any claim. */
export function canDeleteClaim(actor: Actor, claim: ClaimOwnership): boolean {
  if (actor.role === "ADMIN") return true;
  return actor.role === "EDITOR" && claim.createdById === actor.id && claim.status === "DRAFT";
}

/** Role + ownership, for UIs that show or hide buttons (the services re-check). */
export function canOnClaim(actor: Actor | null, action: Action, claim: ClaimOwnership): boolean {
  if (!actor || !roleAllows(actor.role, action)) return false;
  if (action === "claim.approve" || action === "claim.reject") return canDecideOnClaim(actor, claim);
  if (action === "claim.delete") return canDeleteClaim(actor, claim);
  if (action === "claim.withdraw") return canWithdrawSubmission(actor, claim);
  return true;
}
