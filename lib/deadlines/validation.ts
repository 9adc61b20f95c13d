import { z } from "zod";
import { lineField } from "../validation/common";

/**
 * A claim's due date as the claim form and ingestion send it. A missing field leaves the stored
 * date as it is (an edit from a form that does not show it, a correction); null or "" clears it.
 * Promises reach far ("đến năm 2050"), so the day may lie up to 2200, unlike a statement's date.
 */
const DEADLINE_MAX_YEAR = 2200;

export const deadlineDayField = z
  .string({ error: "Due date must be text in the form YYYY-MM-DD." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Due date must be in the form YYYY-MM-DD." })
  .transform((s, ctx) => {
    const d = new Date(`${s}T00:00:00.000Z`);
    const year = d.getUTCFullYear();
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s || year < 1900) {
      ctx.addIssue({ code: "custom", message: "Due date does not exist.", params: { kind: "invalid_date" } });
      return z.NEVER;
    }
    if (year > DEADLINE_MAX_YEAR) {
      ctx.addIssue({
        code: "custom",
        message: `Due date must be before ${DEADLINE_MAX_YEAR + 1}.`,
        params: { kind: "invalid_date" },
      });
      return z.NEVER;
    }
    return d;
  });

const emptyIsNull = (v: unknown) => (v === "" ? null : v);

export const deadlineFields = {
  deadlineAt: z.preprocess(emptyIsNull, deadlineDayField.nullable().optional()),
  deadlinePhrase: z.preprocess(emptyIsNull, lineField(200, "Due date words").nullable().optional()),
};

export interface DeadlineInput {
  deadlineAt?: Date | null;
  deadlinePhrase?: string | null;
}

/** The columns to write: nothing when the date was not sent; the words only with a date. */
export function deadlineData(input: DeadlineInput): {
  deadlineAt?: Date | null;
  deadlinePhrase?: string | null;
} {
  if (input.deadlineAt === undefined) return {};
  return {
    deadlineAt: input.deadlineAt,
    deadlinePhrase: input.deadlineAt ? (input.deadlinePhrase ?? null) : null,
  };
}
