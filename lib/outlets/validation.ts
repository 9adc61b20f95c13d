import { z } from "zod";
import { optional, urlField, lineField } from "../validation/common";

export const outletInputSchema = z.strictObject({
  name: lineField(200, "Outlet name"),
  country: optional(z.string().regex(/^[A-Z]{2}$/, { error: "Country must be a two-letter ISO code." })),
  url: optional(urlField),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, { error: "Language must be a BCP 47 tag such as vi or en." })
    .default("vi"),
});
