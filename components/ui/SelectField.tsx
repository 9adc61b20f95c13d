import type { ComponentProps } from "react";
import { Field, type FieldFrame, inputClass } from "./Field";

/** A labelled <select>; its options are the children, other props go to the <select>. */
export function SelectField({
  label,
  error,
  help,
  compact,
  children,
  ...select
}: FieldFrame & ComponentProps<"select">) {
  return (
    <Field label={label} error={error} help={help} compact={compact}>
      {(p) => (
        <select {...p} {...select} className={inputClass}>
          {children}
        </select>
      )}
    </Field>
  );
}
