import { localePath } from "@/i18n/public";

/** Two speakers side by side (`b` given), or the page that picks the second (no `b`). */
export const compareHref = (a: string, b?: string) => localePath(`/speakers/${a}/compare${b ? `/${b}` : ""}`);
