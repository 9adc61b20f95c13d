import { z } from "zod";
import { appearanceInputSchema } from "../appearances/validation";
import { claimContentSchema } from "../claims/validation";
import { deadlineFields } from "../deadlines/validation";
import { idField, lineField } from "../validation/common";

/** What the ingestion routes accept: look-ups by span, accepting a suggestion, deciding on one. */
// Offsets arrive as query-string text: digits only (z.coerce would read "" as 0).
const offsetField = z
  .string({ error: "Offset must be given." })
  .regex(/^\d{1,7}$/, { error: "Offset must be a whole number of code points." })
  .transform(Number);

export const similarForSpanSchema = z
  .object({ articleId: idField, start: offsetField, end: offsetField })
  .refine((v) => v.end > v.start, { error: "end must be after start.", path: ["end"] });

/** GET /api/claims/said-before: what the claim form holds so far (lib/ingest/said-before.ts). */
const typedText = z
  .string()
  .max(2000, { error: "At most 2000 characters are compared." })
  .transform((s) => s.normalize("NFC"))
  .optional();
export const saidBeforeSchema = z.object({
  quote: typedText,
  translation: typedText,
  speakerId: idField.optional().or(z.literal("").transform(() => undefined)),
  excludeId: idField.optional().or(z.literal("").transform(() => undefined)),
});

/** Accept a suggestion as a new claim (with its speaker, chosen or created) … */
const acceptAsNewClaimSchema = z
  .strictObject({
    articleId: idField,
    mode: z.literal("new"),
    speakerId: idField.optional(),
    newSpeaker: z
      .strictObject({
        name: lineField(200, "Speaker name"),
        kind: z.enum(["PERSON", "ORGANISATION", "UNNAMED_SOURCE"]),
      })
      .optional(),
    // Without a due date, the one the quote gives is proposed (lib/deadlines/, acceptCandidate).
    content: claimContentSchema.omit({ speakerId: true }).extend(deadlineFields),
    appearance: appearanceInputSchema.omit({ articleId: true }),
  })
  .refine((v) => v.speakerId || v.newSpeaker, {
    error: "Choose or create the speaker.",
    path: ["speakerId"],
  });

/** … or as one more source of a claim the ledger already has. */
const acceptAsAppearanceSchema = z.strictObject({
  articleId: idField,
  mode: z.literal("appearance"),
  claimId: idField,
  appearance: appearanceInputSchema.omit({ articleId: true }),
});

export const acceptCandidateSchema = z.discriminatedUnion(
  "mode",
  [acceptAsNewClaimSchema, acceptAsAppearanceSchema],
  {
    error: "mode must be new or appearance.",
  },
);
const spanFields = {
  articleId: idField,
  start: z.number({ error: "start must be a number." }).int().min(0).max(1_000_000),
  end: z.number({ error: "end must be a number." }).int().min(1).max(1_000_000),
};

export const decideCandidateSchema = z
  .strictObject({
    ...spanFields,
    decision: z.enum(["rejected", "open"], { error: "decision must be rejected or open." }),
  })
  .refine((v) => v.end > v.start, { error: "end must be after start.", path: ["end"] });
