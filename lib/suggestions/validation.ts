import { z } from "zod";
import { idField, optional, textField } from "../validation/common";

/** Confirming a suggested link: its type may be changed (the suggester can misjudge it), with a note. */
export const confirmSuggestionSchema = z.strictObject({
  type: z.enum(["CONTRADICTS", "UPDATES"], { error: "Type must be CONTRADICTS or UPDATES." }).optional(),
  note: optional(textField(1000, "Note")),
});
/** Dismissing takes nothing: the pair is simply never proposed again. */
export const dismissSuggestionSchema = z.strictObject({});
/** The list: one claim's open suggestions, or a page of the whole queue. */
export const suggestionListQuery = z.strictObject({
  claimId: idField.optional(),
  page: z.coerce.number({ error: "page must be a number." }).int().min(1).max(10_000).optional(),
});
