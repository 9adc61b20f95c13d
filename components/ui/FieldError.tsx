import type { ReactNode } from "react";
import { Alert } from "./Alert";

/**
 * What is wrong with one field, shown right under it. Give the field
 * `aria-describedby={id}` and `aria-invalid` (Field does both) so a screen reader reads it with
 * the field.
 */
export function FieldError({ id, message }: { id: string; message?: string | readonly string[] | null }) {
  const text = typeof message === "string" ? message : (message ?? []).join(" ");
  if (!text) return null;
  return (
    <p id={id} className="text-sm text-rose-700" data-testid="field-error">
      {text}
    </p>
  );
}

/** The aria wiring for a control whose error is rendered by `FieldError id={errorId}`. */
export function fieldErrorProps(errorId: string, message?: string | readonly string[] | null) {
  const invalid = typeof message === "string" ? message.length > 0 : (message?.length ?? 0) > 0;
  return invalid
    ? ({ "aria-invalid": true, "aria-describedby": errorId } as const)
    : ({ "aria-invalid": false } as const);
}

/** The failure of a whole form (or action), next to its button; announced when it appears. */
export function FormError({ message, children }: { message?: string | null; children?: ReactNode }) {
  if (!message) return null;
  return (
    <Alert tone="error">
      <span data-testid="form-error">{message}</span>
      {children}
    </Alert>
  );
}

/**
 * The failure of an action, in a line of text rather than a box: beside a small button (`xs`) or
 * under a row of them; announced when it appears.
 */
export function ActionError({ message, size = "sm" }: { message?: string | null; size?: "xs" | "sm" }) {
  if (!message) return null;
  return (
    <span role="alert" className={`block ${size === "xs" ? "text-xs" : "text-sm"} text-rose-700`}>
      {message}
    </span>
  );
}
