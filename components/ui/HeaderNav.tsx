import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The public site's entries are pills that scroll sideways on a phone and plain words wider; the
 * dashboard's sections are one row of words that scrolls sideways when it does not fit.
 */
const styles = {
  public: {
    nav: "-mx-4 overflow-x-auto px-4 sm:mx-0 sm:overflow-visible sm:px-0",
    list: "flex gap-x-2 whitespace-nowrap pb-1 text-sm font-medium text-muted sm:flex-wrap sm:gap-x-5 sm:pb-0",
    item: "shrink-0",
    link: "inline-block rounded-full border border-slate-200 px-3 py-1.5 hover:border-accent hover:text-accent sm:border-0 sm:px-0 sm:py-1",
  },
  dashboard: {
    nav: "-mx-4 overflow-x-auto px-4",
    list: "flex gap-x-5 whitespace-nowrap py-2.5 text-sm font-medium text-muted",
    item: undefined,
    link: "hover:text-accent",
  },
} as const;

/** A header's navigation: one link per section of the site, in order. */
export function HeaderNav({
  label,
  testId,
  variant,
  items,
}: {
  label: string;
  testId: string;
  variant: keyof typeof styles;
  items: { href: string; label: ReactNode }[];
}) {
  const style = styles[variant];
  return (
    <nav aria-label={label} className={style.nav} data-testid={testId}>
      <ul className={style.list}>
        {items.map((item) => (
          <li key={item.href} className={style.item}>
            <Link href={item.href} className={style.link}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
