/**
 * The one error type the app shows to users. Anything else that escapes a handler is
 * logged and answered with a generic 500 message (never the raw error).
 */
export type AppErrorCode =
  | "VALIDATION" // 400: input does not match the schema
  | "UNAUTHENTICATED" // 401: sign in first
  | "FORBIDDEN" // 403: role or ownership rule says no
  | "NOT_FOUND" // 404
  | "CONFLICT" // 409: stale version (someone else saved first) or duplicate
  | "INVALID_STATE" // 409: the workflow does not allow this from the current state
  | "TOO_MANY_REQUESTS" // 429
  | "PAYLOAD_TOO_LARGE" // 413
  | "BUSY"; // 503: the database could not take the change now; nothing was written, retry

const statusByCode: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  BUSY: 503,
};

/**
 * Stable, machine-readable names for the specific errors a person can meet in the dashboard.
 * The English `message` is for API clients and logs; the dashboard shows its own words for a
 * reason in the user's language (messages/*.json `errors2.reason`), so a reason is never renamed.
 */
export const appErrorReasons = [
  "stale_version", // someone else saved first (details.current / currentVersion)
  "duplicate", // a unique value is already taken
  "article_stored", // the same article text is stored already (details.existingArticleId, existingTitle)
  "already_linked",
  "wrong_password",
  "wrong_credentials",
  "too_many_attempts",
  "email_in_use",
  "unknown_speaker",
  "unknown_outlet",
  "unknown_topic",
  "evidence_required",
  "correction_reason_required", // a change readers see on a published claim needs a public reason
  "not_editable", // the claim's state does not allow edits
  "invalid_transition", // the workflow does not allow this step from the claim's state
  "already_decided", // a pending change was decided by someone else
  "change_stale", // a pending change can no longer be applied
  "correction_pending", // a correction of this published claim already waits for a reviewer
  "not_correctable", // only an approved (published) claim is corrected through a proposal
  "nothing_to_correct", // the proposed content is the claim's current content
  "not_deleted",
  "version_speaker_gone",
  "self_review", // two-person rule
  "self_lockout", // an admin cannot disable or demote themselves
  "not_owner",
  "role_forbidden",
  "bad_json",
  "source_required",
  "span_moved",
  "reply_not_first",
  "reply_not_on_claim",
  "reply_stays_internal",
  "value_too_long",
  "approval_needs_source", // approving a claim that has no live source
  "approval_checklist_incomplete", // approving with required checklist items unchecked (details.missingItems)
  "checklist_changed", // the item was checked or unchecked by someone else meanwhile
  "checklist_closed", // the claim is decided: its checklist no longer changes
  "checklist_item_retired",
  "approval_needs_sourcing_ack", // a current source-laundering alert is not acknowledged (lib/claims/laundering.ts)
  "sourcing_changed", // the sources changed since the alert being acknowledged was shown
  "sourcing_no_alert", // the claim's sources raise no source-laundering alert to acknowledge
  "sourcing_ack_closed", // the claim is decided: nothing to acknowledge before approval
  "assignee_ineligible", // not an active editor (or reviewer) — details.fields names which
  "reviewer_is_author", // two-person rule: the reviewer wrote, last edited or edits the claim
  "due_in_past",
  "assignment_changed", // someone else reassigned the claim meanwhile (details.current)
  "unknown_mention", // a mentioned person is unknown, disabled or not staff
  "mention_not_in_text", // a mention id whose @Name is not in the note
  "watch_target_required", // exactly one of claimId, speakerId, topicId
  "private_address", // a URL the server would call resolves to a non-public address (lib/net/)
  "unresolvable_host", // a URL the server would call names a host that does not resolve
  "url_credentials", // a URL with a user name or password in it
  "delivery_pending", // a webhook delivery still queued cannot be replayed
  "page_unreachable", // an article URL did not answer in time, answered an error, or redirected too often
  "page_too_large", // an article URL's page is larger than the limit
  "no_article_text", // the fetched page is not HTML/text, or no article text was found in it
  "snapshot_unknown", // the fetched copy to keep with an article is unknown or already used
] as const;
export type AppErrorReason = (typeof appErrorReasons)[number];

/**
 * What is wrong with one field, machine-readable (`details.issues[field]` next to the English
 * `details.fields[field]`). `kind` is ours (stable); `code` is zod's issue code when zod found it.
 */
export type FieldIssueKind =
  | "required"
  | "too_short"
  | "too_long"
  | "too_small"
  | "too_big"
  | "malformed_id"
  | "invalid_choice"
  | "invalid_email"
  | "invalid_url"
  | "invalid_date"
  | "invalid_text"
  | "invalid_type"
  | "not_whole_number"
  | "unknown_key"
  | "invalid"
  | AppErrorReason;

export interface FieldIssue {
  kind: FieldIssueKind;
  code?: string;
  minimum?: number;
  maximum?: number;
}

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
    /** Set where the message is specific, so clients can say it in the user's language. */
    readonly reason?: AppErrorReason,
  ) {
    super(message);
    this.name = "AppError";
    this.status = statusByCode[code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
