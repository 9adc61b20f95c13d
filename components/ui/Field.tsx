import { useId, type ReactNode } from "react";
import { FieldError } from "./FieldError";

/** What frames a control: its label, help and error; `compact`, the small muted label of dense cards. */
export interface FieldFrame {
  label: string;
  error?: string[] | string | null;
  help?: string;
  compact?: boolean;
  /** Read aloud only: where the control's place already says what it is (a reply box under its thread). */
  hideLabel?: boolean;
}

/**
 * Label + control + help + error, wired for screen readers. For a plain input, textarea or select,
 * TextField, TextAreaField and SelectField wrap this.
 */
export function Field({
  label,
  error,
  help,
  compact,
  hideLabel,
  children,
}: FieldFrame & {
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
}) {
  const id = useId();
  const errors = typeof error === "string" ? [error] : (error ?? []);
  const describedBy =
    [help ? `${id}-help` : null, errors.length ? `${id}-err` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label
        htmlFor={id}
        className={
          hideLabel ? "sr-only" : `block font-medium ${compact ? "text-xs text-muted" : "text-sm text-ink"}`
        }
      >
        {label}
      </label>
      {children({ id, "aria-invalid": errors.length > 0, "aria-describedby": describedBy })}
      {help && (
        <p id={`${id}-help`} className="text-xs text-muted">
          {help}
        </p>
      )}
      <FieldError id={`${id}-err`} message={errors} />
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-ink shadow-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-rose-500";

/** The <option>s of a picker over named records (speakers, outlets…), value = id. */
export function NamedOptions({ items }: { items: readonly { id: string; name: string }[] }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.name}
    </option>
  ));
}
