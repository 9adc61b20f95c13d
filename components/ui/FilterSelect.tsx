import type { ReactNode } from "react";

export const filterControlClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/**
 * One filter of a GET search form: a labelled select whose first option (empty value) means
 * "any", then the given options.
 */
export function FilterSelect({
  name,
  label,
  value,
  anyLabel,
  children,
}: {
  name: string;
  label: string;
  value: string | undefined;
  anyLabel?: string;
  children: ReactNode;
}) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-muted">
      {label}
      <select name={name} defaultValue={value ?? ""} className={filterControlClass}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {children}
      </select>
    </label>
  );
}

/** A labelled text or date input of a GET search form. */
export function FilterInput({
  name,
  label,
  value,
  type = "text",
  placeholder,
  wide,
}: {
  name: string;
  label: string;
  value: string | undefined;
  type?: "text" | "date";
  placeholder?: string;
  wide?: boolean;
}) {
  return (
    <label className={`flex flex-col gap-1 text-xs font-medium text-muted ${wide ? "sm:col-span-2" : ""}`}>
      {label}
      <input
        type={type}
        name={name}
        defaultValue={value}
        placeholder={placeholder}
        className={filterControlClass}
      />
    </label>
  );
}
