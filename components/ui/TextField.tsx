import type { ComponentProps } from "react";
import { Field, type FieldFrame, inputClass } from "./Field";

/** A labelled text input (any `type`: text, url, date, email…); other props go to the <input>. */
export function TextField({ label, error, help, compact, ...input }: FieldFrame & ComponentProps<"input">) {
  return (
    <Field label={label} error={error} help={help} compact={compact}>
      {(p) => <input {...p} {...input} className={inputClass} />}
    </Field>
  );
}

/** A web address: the browser checks its form and a phone shows its URL keyboard. */
export function UrlField(props: FieldFrame & Omit<ComponentProps<"input">, "type" | "inputMode">) {
  return <TextField type="url" inputMode="url" {...props} />;
}
