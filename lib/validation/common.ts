import { z } from "zod";
import { normalizeLine, normalizeText } from "../text/normalize";
import { ID_PATTERN } from "./ids";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../users/password-rules";

/**
 * Building blocks for every input schema: text is checked for well-formed Unicode (no lone
 * surrogates), normalised to NFC and bounded; ids and dates have strict shapes.
 */
const wellFormed = (s: string) => s.isWellFormed();
const NO_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Text checked as received (a string, well-formed Unicode, no control characters, not absurdly
 * long before normalising), then normalised by `normalize` and bounded to 1..max code units.
 */
function normalisedText(max: number, label: string, normalize: (s: string) => string) {
  return z
    .string({ error: `${label} must be text.` })
    .max(max * 2, { error: `${label} is too long (at most ${max} characters).` })
    .refine(wellFormed, { error: `${label} contains invalid Unicode.`, params: { kind: "invalid_text" } })
    .refine((s) => !NO_CONTROL.test(s), {
      error: `${label} contains control characters.`,
      params: { kind: "invalid_text" },
    })
    .transform(normalize)
    .pipe(
      z
        .string()
        .min(1, { error: `${label} is required.` })
        .max(max, { error: `${label} is too long (at most ${max} characters).` }),
    );
}

/** Multi-line text (quotes, notes, markdown): NFC, trimmed, 1..max code units after trimming. */
export function textField(max: number, label: string) {
  return normalisedText(max, label, (s) => normalizeText(s).trim());
}

/** Single-line text (names, titles, venues): like textField, whitespace collapsed. */
export function lineField(max: number, label: string) {
  return normalisedText(max, label, normalizeLine);
}

/** Optional value: "", null and a missing field all mean "none" (stored as null). */
export function optional<T extends z.ZodType>(schema: T) {
  return z
    .preprocess((v) => (v === "" ? null : v), schema.nullable().optional())
    .transform((v): z.output<T> | null => (v === undefined ? null : v));
}

export const idField = z.string({ error: "Id must be text." }).regex(ID_PATTERN, { error: "Malformed id." });

/** Route params of every `[id]` route: a malformed id is refused before any lookup. */
export const idParams = z.object({ id: idField });

export const versionField = z
  .number({ error: "version (the version your edit is based on) must be a number." })
  .int({ error: "version must be a whole number." })
  .min(1, { error: "version must be at least 1." })
  .max(1_000_000_000, { error: "version is out of range." });

/**
 * Dates accepted from outside (forms, query strings, cursors) lie between 1900 and two years from
 * now (UTC years). PostgreSQL refuses some dates JavaScript accepts (year 0, 2025-02-30 which
 * JavaScript rolls over to March, years past 294276, ±275760 from `new Date`), so an unbounded
 * date would reach the database and fail there (a 500) instead of being refused as bad input.
 */
export const DATE_MIN_YEAR = 1900;
export const dateMaxYear = (now: Date = new Date()) => now.getUTCFullYear() + 2;
export const dateBoundsMessage = (label: string) =>
  `${label} must be between ${DATE_MIN_YEAR} and ${dateMaxYear()}.`;

/** A valid Date whose UTC year is within DATE_MIN_YEAR..dateMaxYear(). */
export function isDateInBounds(d: Date, now: Date = new Date()): boolean {
  const t = d.getTime();
  if (Number.isNaN(t)) return false;
  const year = d.getUTCFullYear();
  return year >= DATE_MIN_YEAR && year <= dateMaxYear(now);
}

/** "YYYY-MM-DD" that exists on the calendar and is within bounds, as UTC midnight; otherwise null. */
export function parseBoundedDay(value: unknown): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return null;
  return isDateInBounds(d) ? d : null;
}

/** An instant exactly as `Date#toISOString` writes it (2025-12-20T10:00:00.000Z), within bounds; otherwise null. */
export function parseBoundedInstant(value: unknown): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || d.toISOString() !== value) return null;
  return isDateInBounds(d) ? d : null;
}

/** ISO 8601 date-time with Z or an offset (zod's strict calendar check), within bounds; stays a string. */
export function boundedDateTimeField(label: string) {
  return z.iso
    .datetime({ offset: true, error: `${label} must be an ISO 8601 date-time, e.g. 2025-12-20T00:00:00Z.` })
    .refine((s) => isDateInBounds(new Date(s)), {
      error: () => dateBoundsMessage(label),
      params: { kind: "invalid_date" },
    });
}

/** Calendar date YYYY-MM-DD between 1900 and two years from now. */
export const dayField = z
  .string({ error: "Date must be text in the form YYYY-MM-DD." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Date must be in the form YYYY-MM-DD." })
  .transform((s, ctx) => {
    const d = new Date(`${s}T00:00:00.000Z`);
    const maxYear = dateMaxYear();
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
      ctx.addIssue({ code: "custom", message: "Date does not exist.", params: { kind: "invalid_date" } });
      return z.NEVER;
    }
    if (!isDateInBounds(d)) {
      ctx.addIssue({
        code: "custom",
        message: `Date must be between ${DATE_MIN_YEAR} and ${maxYear}.`,
        params: { kind: "invalid_date" },
      });
      return z.NEVER;
    }
    return d;
  });

/** http(s) URL only: never javascript:, data: or other schemes. */
export const urlField = z
  .string({ error: "URL must be text." })
  .max(2000, { error: "URL is too long." })
  .refine(wellFormed, { error: "URL contains invalid Unicode.", params: { kind: "invalid_url" } })
  .transform((s) => s.trim())
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === "https:" || u.protocol === "http:";
      } catch {
        return false;
      }
    },
    { error: "URL must be a valid http:// or https:// address.", params: { kind: "invalid_url" } },
  );

export const emailField = z
  .string({ error: "E-mail must be text." })
  .max(254, { error: "E-mail is too long." })
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.email({ error: "Enter a valid e-mail address." }));

export const passwordField = z
  .string({ error: "Password must be text." })
  .min(PASSWORD_MIN_LENGTH, { error: `Password must be at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(PASSWORD_MAX_LENGTH, { error: `Password is too long (at most ${PASSWORD_MAX_LENGTH} characters).` })
  .refine(wellFormed, { error: "Password contains invalid Unicode.", params: { kind: "invalid_text" } });

/** A list page's ?page= (1 when missing or nonsense: a bad link still shows the first page). */
export const pageParamField = z.coerce.number().int().min(1).max(10_000).catch(1);
