import { z } from "zod";
import { ClaimKind } from "../generated/prisma/enums";
import { idField, lineField, optional, textField, urlField, versionField } from "../validation/common";

/** Input of the checklist routes: an admin's checklist items, and one item checked on a claim. */
const kindField = z.enum(ClaimKind, { error: "Claim kind must be DIRECT, INDIRECT or REPORTED." });

export const createChecklistItemSchema = z.strictObject({
  kind: kindField,
  labelVi: lineField(200, "Vietnamese label"),
  labelEn: lineField(200, "English label"),
  required: z.boolean({ error: "required must be true or false." }).default(true),
});
export type CreateChecklistItemInput = z.output<typeof createChecklistItemSchema>;

export const updateChecklistItemSchema = z.strictObject({
  version: versionField,
  labelVi: lineField(200, "Vietnamese label").optional(),
  labelEn: lineField(200, "English label").optional(),
  required: z.boolean({ error: "required must be true or false." }).optional(),
  /** true retires the item (no longer asked for; past checks are kept), false brings it back. */
  retired: z.boolean({ error: "retired must be true or false." }).optional(),
  /** One place up or down in its kind's checklist. */
  move: z.enum(["up", "down"], { error: "move must be up or down." }).optional(),
});
export type UpdateChecklistItemInput = z.output<typeof updateChecklistItemSchema>;

export const checkItemSchema = z.strictObject({
  /** The state the person wants: true checks the item, false unchecks it. */
  checked: z.boolean({ error: "checked must be true or false." }),
  note: optional(textField(1000, "Note")),
  evidenceUrl: optional(urlField),
});
export type CheckItemInput = z.output<typeof checkItemSchema>;

export const claimCheckParams = z.object({ id: idField, itemId: idField });
