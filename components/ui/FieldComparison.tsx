import type { ReactNode } from "react";

export interface ComparedField {
  key: string;
  label: ReactNode;
  before: ReactNode;
  after: ReactNode;
  /** Tag the two value cells for tests. */
  testIds?: { before: string; after: string };
  lang?: string;
}

const tones = {
  /** Inside a card of the review queue. */
  plain: {
    headRow: "text-xs text-muted",
    headCell: "py-1 font-medium",
    row: "border-t border-slate-100",
    label: "text-muted",
    pad: "py-1.5",
  },
  /** Inside the amber conflict warning. */
  warning: {
    headRow: "border-b border-amber-300",
    headCell: "py-1",
    row: "border-b border-amber-200",
    label: "",
    pad: "py-2",
  },
} as const;

/**
 * Fields side by side, before and after: a change waiting for review, or the user's unsaved text
 * next to what someone else saved. One row per field, the field's name as the row's header.
 */
export function FieldComparison({
  headers,
  fields,
  tone,
  empty,
  className,
}: {
  /** The column headers; the field column's may be read aloud only. */
  headers: { field: ReactNode; before: ReactNode; after: ReactNode };
  fields: readonly ComparedField[];
  tone: keyof typeof tones;
  /** Said in one row when no field differs. */
  empty?: ReactNode;
  className?: string;
}) {
  const s = tones[tone];
  return (
    <table className={`w-full text-left ${className ?? ""}`}>
      <thead>
        <tr className={s.headRow}>
          <th scope="col" className={`${s.headCell} pr-3`}>
            {headers.field}
          </th>
          <th scope="col" className={`${s.headCell} pr-3`}>
            {headers.before}
          </th>
          <th scope="col" className={s.headCell}>
            {headers.after}
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.length === 0 && empty ? (
          <tr>
            <td colSpan={3} className="py-2">
              {empty}
            </td>
          </tr>
        ) : (
          fields.map((f) => (
            <tr key={f.key} className={`${s.row} align-top`}>
              <th scope="row" className={`${s.pad} pr-3 font-medium ${s.label}`}>
                {f.label}
              </th>
              <td
                lang={f.lang}
                className={`whitespace-pre-wrap ${s.pad} pr-3`}
                data-testid={f.testIds?.before}
              >
                {f.before}
              </td>
              <td lang={f.lang} className={`whitespace-pre-wrap ${s.pad}`} data-testid={f.testIds?.after}>
                {f.after}
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
