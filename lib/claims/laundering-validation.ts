import { z } from "zod";
import { optional, textField } from "../validation/common";

/** A reviewer acknowledges the source-laundering alert of the sources they saw (their fingerprint). */
export const sourcingAckSchema = z.strictObject({
  fingerprint: z
    .string({ error: "fingerprint (of the sources you saw) must be text." })
    .regex(/^[0-9a-f]{32}$/, { error: "Malformed fingerprint." }),
  note: optional(textField(1000, "Note")),
});
export type SourcingAckInput = z.output<typeof sourcingAckSchema>;
