import type { ReactNode } from "react";

/** A dashboard page's title, what it is for, and (optionally) a way back and page-wide actions. */
export function PageHeader({
  title,
  intro,
  back,
  actions,
}: {
  title: ReactNode;
  intro?: ReactNode;
  back?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        {back && <p className="text-sm text-muted">{back}</p>}
        <h1 className={`${back ? "mt-1 " : ""}text-2xl font-bold tracking-tight`}>{title}</h1>
        {intro && <div className="max-w-3xl text-sm text-muted">{intro}</div>}
      </div>
      {actions}
    </div>
  );
}
