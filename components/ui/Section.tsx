import type { ReactNode } from "react";

/**
 * How a section's heading looks: a public page's title, a public page's part (`large`), a
 * dashboard page's part (`medium`), or read aloud only.
 */
const headingClass = {
  pageTitle: "text-3xl font-bold tracking-tight",
  large: "text-xl font-bold",
  medium: "text-lg font-semibold",
  hidden: "sr-only",
} as const;

/**
 * A part of a page, a landmark named by its heading (`id` ties the two, and must be unique on the
 * page). Unlike <Panel> it draws no box: what follows the heading is the caller's.
 */
export function Section({
  id,
  title,
  heading,
  level = "h2",
  className,
  testId,
  children,
}: {
  id: string;
  title: ReactNode;
  heading: keyof typeof headingClass;
  level?: "h1" | "h2" | "h3";
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const Heading = level;
  return (
    <section aria-labelledby={id} className={className} data-testid={testId}>
      <Heading id={id} className={headingClass[heading]}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
