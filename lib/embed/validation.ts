import { z } from "zod";

/** A size an oEmbed consumer may ask for (pixels). */
const maxSize = z.coerce
  .number({ message: "must be a whole number of pixels" })
  .int({ message: "must be a whole number of pixels" })
  .min(1, { message: "must be at least 1" })
  .max(10_000, { message: "must be at most 10000" })
  .optional();

/**
 * The query of GET /api/oembed (oEmbed 1.0, section 2.2). Parameters a consumer may add that
 * this provider does not use are ignored, as the spec asks, not refused.
 */
export const oembedQuerySchema = z.object({
  url: z
    .string({ message: "is required: the address of a claim page" })
    .trim()
    .min(1, { message: "is required: the address of a claim page" })
    .max(2048, { message: "is too long" })
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), {
      message: "must be an absolute http(s) URL",
    }),
  format: z.enum(["json", "xml"], { message: "must be json or xml" }).default("json"),
  maxwidth: maxSize,
  maxheight: maxSize,
});
export type OembedQuery = z.output<typeof oembedQuerySchema>;
