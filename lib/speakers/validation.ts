import { z } from "zod";
import { SpeakerKind } from "../generated/prisma/enums";
import { idField, lineField, optional, textField, versionField } from "../validation/common";

export const speakerInputSchema = z.strictObject({
  name: lineField(200, "Name"),
  kind: z.enum(SpeakerKind, { error: "Kind must be PERSON, ORGANISATION or UNNAMED_SOURCE." }),
  variants: z
    .array(lineField(200, "Name variant"), { error: "Variants must be a list." })
    .max(30, { error: "At most 30 name variants." })
    .default([]),
  affiliation: optional(lineField(200, "Affiliation")),
  country: optional(
    z.string().regex(/^[A-Z]{2}$/, { error: "Country must be a two-letter ISO code, e.g. UA." }),
  ),
  description: optional(textField(2000, "Description")),
});
export type SpeakerInput = z.output<typeof speakerInputSchema>;

export const updateSpeakerSchema = speakerInputSchema.extend({ version: versionField });
export const mergeSpeakersSchema = z
  .strictObject({ sourceId: idField, targetId: idField })
  .refine((v) => v.sourceId !== v.targetId, { error: "Choose two different speakers.", path: ["targetId"] });
