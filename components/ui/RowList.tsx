import type { ReactNode } from "react";

/**
 * A white box of rows divided by rules: the dashboard's lists of articles, claims and events. Each
 * row is an <li> keyed by `rowKey`; `rowClassName` adds its layout to the row's padding.
 */
export function RowList<T>({
  items,
  rowKey,
  children,
  ordered = false,
  className,
  rowClassName,
  rowTestId,
}: {
  items: readonly T[];
  rowKey: (item: T) => string;
  children: (item: T) => ReactNode;
  /** An <ol>: the order means something (newest first). */
  ordered?: boolean;
  /** Its margin above. */
  className: string;
  rowClassName?: string;
  rowTestId?: string;
}) {
  const List = ordered ? "ol" : "ul";
  return (
    <List className={`${className} divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white`}>
      {items.map((item) => (
        <li
          key={rowKey(item)}
          className={rowClassName ? `${rowClassName} px-4 py-3 text-sm` : "px-4 py-3 text-sm"}
          data-testid={rowTestId}
        >
          {children(item)}
        </li>
      ))}
    </List>
  );
}
