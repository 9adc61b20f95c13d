/**
 * Dates a person can type that JavaScript's Date accepts (or rolls over into another month) but
 * PostgreSQL refuses, or that lie outside the accepted years (lib/validation/common.ts): the unit
 * tests of the date fields and the e2e fuzzing of the public endpoints send the same ones.
 */

/** The latest accepted year: the current one + 2 (the rule of dayField). */
export const maxYear = new Date().getUTCFullYear() + 2;

/** Calendar days that every day input must refuse or ignore, never pass on to a query. */
export const craftedDays: readonly string[] = [
  "0000-01-01",
  "0001-01-01",
  "1899-12-31",
  "9999-12-31",
  `${maxYear + 1}-01-01`,
  "2025-02-30",
  "2025-04-31",
  "+275760-09-13",
  "2025-13-01",
];

/** A list cursor as the public API encodes it (base64url of its JSON), for crafted contents. */
export const cursor = (value: unknown): string =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
