import { z } from "zod";
import { normalizeText } from "../text/normalize";
import { idField, textField, versionField } from "../validation/common";

const anchorSchema = z.strictObject({
  target: z.enum(["QUOTE", "ARTICLE"], { error: "Anchor target must be QUOTE or ARTICLE." }),
  appearanceId: idField.optional(),
  start: z.number().int().min(0).max(1_000_000),
  end: z.number().int().min(1).max(1_000_000),
  exact: z
    .string()
    .min(1)
    .max(5000)
    .refine((s) => s.isWellFormed(), { error: "exact contains invalid Unicode." })
    .transform((s) => normalizeText(s)),
});

export const annotationInputSchema = z.strictObject({
  body: textField(10_000, "Comment"),
  visibility: z
    .enum(["INTERNAL", "PUBLIC"], { error: "Visibility must be INTERNAL or PUBLIC." })
    .default("INTERNAL"),
  parentId: idField.nullable().optional(),
  anchor: anchorSchema.nullable().optional(),
  /**
   * The people named with "@Name" in the body (the autocomplete inserts the name and sends the
   * id): stored as AnnotationMention rows, so a mention is a reference to a person, not text.
   */
  mentionIds: z
    .array(idField, { error: "mentionIds must be a list of user ids." })
    .max(20, { error: "Mention at most 20 people in one note." })
    .default([]),
});
export const resolveAnnotationSchema = z.strictObject({
  resolved: z.boolean({ error: "resolved must be true or false." }),
  version: versionField,
});
