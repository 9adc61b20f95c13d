import { useTranslations } from "next-intl";
import Link from "next/link";

/** The claims list's "deadline passed" view: predictions and promises whose due date has passed. */
export function DeadlineViewLink({ current }: { current: boolean }) {
  const t = useTranslations("deadlines");
  return (
    <Link
      href="/dashboard?view=deadline-passed"
      aria-current={current ? "page" : undefined}
      className={`rounded-full border px-3 py-1 ${current ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}
    >
      {t("viewPassed")}
    </Link>
  );
}
