import type { ReactNode } from "react";

const headings = {
  /** A block of the page's main column. */
  title: { h2: "text-lg font-semibold", body: "mt-4" },
  /** A block of a side column, its heading a small capitalised label. */
  label: { h2: "text-sm font-semibold uppercase tracking-wide text-muted", body: "mt-3" },
} as const;

/**
 * A titled block of a dashboard page, a landmark named by its heading (`id` ties the two, and
 * must be unique on the page).
 */
export function Panel({
  id,
  title,
  intro,
  children,
  padding = "p-6",
  heading = "title",
  testId,
}: {
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
  padding?: "p-4" | "p-5" | "p-6";
  heading?: keyof typeof headings;
  /** The section's `data-testid`, for the end-to-end specs that look inside it. */
  testId?: string;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`rounded-lg border border-slate-200 bg-white ${padding}`}
      data-testid={testId}
    >
      <h2 id={id} className={headings[heading].h2}>
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-muted">{intro}</p>}
      <div className={headings[heading].body}>{children}</div>
    </section>
  );
}
