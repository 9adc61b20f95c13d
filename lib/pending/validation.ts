import { z } from "zod";
import { optional, textField } from "../validation/common";

/** A reviewer's decision on a proposed change. */
export const decisionSchema = z.strictObject({
  decision: z.enum(["approve", "reject"], { error: "decision must be approve or reject." }),
  note: optional(textField(1000, "Note")),
});
