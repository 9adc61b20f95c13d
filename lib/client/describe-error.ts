/**
 * Turns the server's error (code, reason, per-field issues) into words a person uses, in the
 * dashboard's language: one sentence for the form, and "Label: what is wrong" per field.
 * Pure (the translator is passed in), so the mapping is unit-tested against both catalogues.
 */

import type { FieldIssue } from "../errors";
import type { ApiError } from "./api";

/** The part of next-intl's translator this needs, over the `errors2` namespace. */
export interface ErrorTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** How a form names a field: its visible label; `pick` for a choose-from-a-list control. */
export type FieldSpec = string | { label: string; pick?: "person" | "item" };
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

export interface DescribedError {
  /** The sentence shown for the whole form (next to its button). */
  message: string;
  /** Per field the form names: "Label: what is wrong", shown next to that field. */
  fields: Record<string, string>;
}

/** Nothing chosen, or something the list does not hold: said as "choose …". */
const PICK_KINDS = new Set<string>(["required", "malformed_id", "invalid_type", "invalid_choice"]);

function problemOf(issue: FieldIssue, spec: FieldSpec | undefined, t: ErrorTranslator): string {
  const pick = typeof spec === "object" ? spec.pick : undefined;
  if (pick && PICK_KINDS.has(issue.kind))
    return t(pick === "person" ? "field.choosePerson" : "field.chooseItem");
  const values: Record<string, number> = {};
  if (issue.minimum !== undefined) values.minimum = issue.minimum;
  if (issue.maximum !== undefined) values.maximum = issue.maximum;
  return t.has(`field.${issue.kind}`) ? t(`field.${issue.kind}`, values) : t("field.invalid");
}

/** Values some reasons need (the minutes to wait before signing in again, the stored article's title). */
function reasonValues(error: ApiError): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  const minutes = error.details?.retryInMinutes;
  if (typeof minutes === "number") values.minutes = minutes;
  const title = error.details?.existingTitle;
  if (typeof title === "string") values.title = title;
  return values;
}

export function describeApiError(
  error: ApiError,
  t: ErrorTranslator,
  options: {
    fields?: FieldSpecs;
    /** English dashboard: a server message without a reason is already in the user's words. */
    serverWords?: boolean;
  } = {},
): DescribedError {
  const specs = options.fields ?? {};
  const issues = error.details?.issues ?? {};
  const keys = [...new Set([...Object.keys(error.details?.fields ?? {}), ...Object.keys(issues)])];
  const fields: Record<string, string> = {};
  const unlabelled: string[] = [];
  for (const key of keys) {
    // One message per field: the first thing wrong (zod may list several for one value).
    const issue: FieldIssue = issues[key]?.[0] ?? { kind: error.reason ?? "invalid" };
    const spec = specs[key];
    const problem = problemOf(issue, spec, t);
    if (spec === undefined) unlabelled.push(problem);
    else fields[key] = t("fieldProblem", { label: typeof spec === "string" ? spec : spec.label, problem });
  }

  let message: string;
  if (error.reason && t.has(`reason.${error.reason}`))
    message = t(`reason.${error.reason}`, reasonValues(error));
  else if (keys.length > 0) {
    const parts = Object.keys(fields).length > 0 ? [t("fixFields")] : [];
    for (const problem of new Set(unlabelled)) parts.push(t("otherField", { problem }));
    message = parts.join(" ");
  } else if (options.serverWords && error.message) message = error.message;
  else message = t.has(`code.${error.code}`) ? t(`code.${error.code}`) : t("code.HTTP");
  return { message, fields };
}
