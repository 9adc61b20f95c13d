import { z } from "zod";
import { lineField, optional, textField } from "../validation/common";

export const topicInputSchema = z.strictObject({
  nameVi: lineField(120, "Vietnamese name"),
  nameEn: lineField(120, "English name"),
  description: optional(textField(1000, "Description")),
});
