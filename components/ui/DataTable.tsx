import type { ReactNode } from "react";

export interface Column<Row> {
  /** Unique among the table's columns. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Hidden on narrow screens (secondary information). */
  wideOnly?: boolean;
  className?: string;
}

/**
 * The dashboard's lists of records: a captioned table (the caption is for screen readers) that
 * scrolls sideways on a phone instead of squeezing its columns, with a message when it is empty.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty?: ReactNode;
}) {
  const visibility = (c: Column<Row>) => (c.wideOnly ? "hidden md:table-cell" : "");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`px-4 py-2 ${visibility(c)}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className="border-b border-slate-100 align-top last:border-0 hover:bg-slate-50"
            >
              {columns.map((c) => (
                <td key={c.key} className={`px-4 py-3 ${visibility(c)} ${c.className ?? ""}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && empty && (
            <tr>
              <td colSpan={columns.length} className="px-4 py-10 text-center text-muted">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
