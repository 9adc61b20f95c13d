import type { ComponentProps } from "react";
import { Field, type FieldFrame, inputClass } from "./Field";

/** A labelled <textarea>; other props go to it. */
export function TextAreaField({
  label,
  error,
  help,
  compact,
  ...textarea
}: FieldFrame & ComponentProps<"textarea">) {
  return (
    <Field label={label} error={error} help={help} compact={compact}>
      {(p) => <textarea {...p} {...textarea} className={inputClass} />}
    </Field>
  );
}
