import { z } from "zod";
import { idField } from "../validation/common";

/** Confirming a drift names the outlet's appearance; the earliest one and the kinds are the server's. */
export const confirmDriftSchema = z.strictObject({
  appearanceId: idField,
});
export type ConfirmDriftInput = z.infer<typeof confirmDriftSchema>;
