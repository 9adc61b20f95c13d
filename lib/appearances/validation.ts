import { z } from "zod";
import { ChainNodeKind } from "../generated/prisma/enums";
import { normalizeText } from "../text/normalize";
import { idField, lineField } from "../validation/common";

/** A source as the API accepts it: the article span (code points) and its attribution chain. */
const chainNodeSchema = z.strictObject({
  kind: z.enum(ChainNodeKind, {
    error: "Chain node kind must be OUTLET, PERSON, ORGANISATION or UNNAMED_SOURCE.",
  }),
  label: lineField(200, "Chain node label"),
  outletId: idField.nullable().optional(),
  speakerId: idField.nullable().optional(),
});

export const appearanceInputSchema = z.strictObject({
  articleId: idField,
  start: z.number({ error: "start must be a number." }).int().min(0).max(1_000_000),
  end: z.number({ error: "end must be a number." }).int().min(1).max(1_000_000),
  exact: z
    .string({ error: "exact must be text." })
    .min(1)
    .max(5000)
    .refine((s) => s.isWellFormed(), { error: "exact contains invalid Unicode." })
    .transform((s) => normalizeText(s)),
  prefix: z.string().max(200).optional(),
  suffix: z.string().max(200).optional(),
  chain: z
    .array(chainNodeSchema, { error: "chain must be a list." })
    .min(1, { error: "Add at least the publishing outlet to the chain." })
    .max(12, { error: "At most 12 links in a chain." }),
});
