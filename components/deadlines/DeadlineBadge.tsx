import { useLocale, useTranslations } from "next-intl";
import { isDeadlinePassed } from "@/lib/deadlines/due";
import { formatDay } from "@/lib/format/dates";

/** A claim's own due date in a list (lib/deadlines/), marked once it has passed. */
export function DeadlineBadge({ deadlineAt }: { deadlineAt: Date | null }) {
  const t = useTranslations("deadlines");
  const locale = useLocale();
  if (!deadlineAt) return null;
  return (
    <p data-testid="claim-deadline">
      <time dateTime={deadlineAt.toISOString().slice(0, 10)}>
        {t("due", { date: formatDay(deadlineAt, locale === "en" ? "en" : "vi") })}
      </time>
      {isDeadlinePassed(deadlineAt) && (
        <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 font-semibold text-amber-900">
          {t("passed")}
        </span>
      )}
    </p>
  );
}
