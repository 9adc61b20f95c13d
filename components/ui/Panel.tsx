import type { ReactNode } from "react";

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
}: {
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
  padding?: "p-5" | "p-6";
}) {
  return (
    <section aria-labelledby={id} className={`rounded-lg border border-slate-200 bg-white ${padding}`}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-muted">{intro}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
