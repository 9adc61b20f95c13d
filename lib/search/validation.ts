import { z } from "zod";
import { pageParamField, parseBoundedDay } from "../validation/common";
import { SLUG_PATTERN } from "../validation/ids";

/** The public search page's filters, from its URL: anything malformed is dropped, never an error page. */
// A day filter (YYYY-MM-DD) that exists on the calendar and lies between 1900 and two years from
// now (lib/validation/common.ts). Anything else is dropped (`.catch`), so the page shows as without
// that filter: JavaScript rolls 2025-02-30 over to March and accepts year 0; PostgreSQL refuses both.
const day = z.string().refine((s) => parseBoundedDay(s) !== null);

export const publicSearchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  speaker: z.string().regex(SLUG_PATTERN).optional().catch(undefined),
  topic: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  status: z.enum(["APPROVED", "RETRACTED"]).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: pageParamField,
});
export type PublicSearchParams = z.infer<typeof publicSearchSchema>;
