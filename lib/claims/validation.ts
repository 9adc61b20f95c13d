import { z } from "zod";
import {
  ClaimKind,
  DatePrecision,
  EditorialStatus,
  LinkType,
  VerificationStatus,
} from "../generated/prisma/enums";
import {
  boundedDateTimeField,
  dayField,
  idField,
  lineField,
  optional,
  textField,
  urlField,
  versionField,
} from "../validation/common";
import { ID_PATTERN, SLUG_PATTERN } from "../validation/ids";
import { TRANSITION_NAMES } from "./workflow";
import { deadlineFields } from "../deadlines/validation";

const topicSlug = z.string().regex(/^[a-z0-9-]{1,80}$/, { error: "Unknown topic." });

/** The editable content of a claim (create and edit share it). */
export const claimContentSchema = z.strictObject({
  speakerId: idField,
  roleHeld: optional(lineField(200, "Role held")),
  quote: textField(5000, "Quote"),
  translation: optional(textField(5000, "Translation")),
  kind: z.enum(ClaimKind, { error: "Kind must be DIRECT, INDIRECT or REPORTED." }),
  saidAt: optional(dayField),
  saidAtPrecision: z
    .enum(DatePrecision, { error: "Date precision must be DAY, MONTH, YEAR or APPROXIMATE." })
    .default("DAY"),
  venue: optional(lineField(300, "Venue")),
  topics: z
    .array(topicSlug, { error: "Topics must be a list." })
    .max(20, { error: "At most 20 topics." })
    .default([]),
});

export type ClaimContentInput = z.infer<typeof claimContentSchema>;

// The claim form also sends the claim's due date (lib/deadlines/), which is not correctable content.
export const createClaimSchema = claimContentSchema.extend(deadlineFields);

export const updateClaimSchema = claimContentSchema.extend({ version: versionField, ...deadlineFields });
export type UpdateClaimInput = z.infer<typeof updateClaimSchema>;

export const transitionSchema = z
  .strictObject({
    transition: z.enum(TRANSITION_NAMES as [string, ...string[]], {
      error: `Transition must be one of: ${TRANSITION_NAMES.join(", ")}.`,
    }),
    version: versionField,
    reason: optional(textField(2000, "Reason")),
  })
  .refine((v) => v.transition !== "retract" || (v.reason !== null && v.reason.length >= 5), {
    error: "A retraction needs a public reason (at least 5 characters).",
    path: ["reason"],
  });
export type TransitionInput = z.infer<typeof transitionSchema>;

export const verificationSchema = z.strictObject({
  verification: z.enum(VerificationStatus, { error: "Unknown verification status." }),
  evidenceUrl: optional(urlField),
  note: optional(textField(2000, "Verification note")),
  // Required (by the service) when the claim is published and its status changes: shown to readers.
  reason: optional(textField(1000, "Reason for the correction")),
  version: versionField,
});
export type VerificationInput = z.infer<typeof verificationSchema>;

/**
 * A proposed correction of a published claim's content (lib/pending/): the content as the claim
 * editor edits it, the version it was based on, and the reason readers will be given.
 */
export const claimCorrectionSchema = claimContentSchema.extend({
  version: versionField,
  reason: textField(1000, "Reason for the correction"),
});
export type ClaimCorrectionInput = z.infer<typeof claimCorrectionSchema>;

export const restoreSchema = z.strictObject({
  fromVersion: versionField,
  version: versionField,
});

export const versionOnlySchema = z.strictObject({ version: versionField });

/** The staff claim search's query string (the link picker, API clients). */
export const staffClaimSearchSchema = z.object({
  q: z.string().max(200).default(""),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** GET /api/v1/claims: filters + keyset (cursor) pagination, newest publication first. */
export const apiListSchema = z.strictObject({
  q: z.string().max(200).optional(),
  speaker: z.string().regex(SLUG_PATTERN, { error: "speaker must be a speaker slug." }).optional(),
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, { error: "topic must be a topic slug." })
    .optional(),
  status: z.enum(["APPROVED", "RETRACTED"], { error: "status must be APPROVED or RETRACTED." }).optional(),
  // Between 1900 and two years from now: PostgreSQL refuses some dates zod and JavaScript accept (year 0).
  since: boundedDateTimeField("since").optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce
    .number({ error: "limit must be a number." })
    .int()
    .min(1, { error: "limit must be 1–100." })
    .max(100, { error: "limit must be 1–100." })
    .default(20),
});

/** The history page's compared versions (?from=&to=); anything else shows the latest change. */
export const historyQuerySchema = z.object({
  from: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
});

/** How the dashboard orders its claim list. */
export const STAFF_SORTS = ["updated", "said-desc", "said-asc", "created"] as const;

/**
 * The dashboard claim list's query string: anything malformed is dropped (a stale or hand-edited
 * link shows the unfiltered list rather than an error).
 */
export const staffListFilterSchema = z.object({
  status: z.enum(EditorialStatus).optional().catch(undefined),
  view: z
    .enum([
      "review-queue",
      "my-drafts",
      "changes-requested",
      "deleted",
      "assigned-to-me",
      "overdue",
      "deadline-passed",
    ])
    .optional()
    .catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  verification: z.enum(VerificationStatus).optional().catch(undefined),
  speaker: z.string().regex(ID_PATTERN).optional().catch(undefined),
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  outlet: z.string().regex(ID_PATTERN).optional().catch(undefined),
  linkType: z.enum(LinkType).optional().catch(undefined),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  sort: z.enum(STAFF_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
