import type { ComponentProps } from "react";
import type { FieldFrame } from "./Field";
import { TextField } from "./TextField";

/**
 * A labelled password input. `isNew` for a password being chosen, so that password managers offer
 * to generate and save it instead of filling in the current one.
 */
export function PasswordField({
  isNew = false,
  ...props
}: FieldFrame & Omit<ComponentProps<"input">, "type" | "autoComplete"> & { isNew?: boolean }) {
  return <TextField {...props} type="password" autoComplete={isNew ? "new-password" : "current-password"} />;
}
