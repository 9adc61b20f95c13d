"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { extractDeadline } from "@/lib/deadlines/extract";
import { formatDay } from "@/lib/format/dates";

/**
 * On an ingestion card: the due date the statement gives itself (lib/deadlines/), which accepting
 * it as a new claim saves with the claim (lib/ingest/service.ts acceptCandidate); the editor
 * changes or clears it on the claim's page.
 */
export function DeadlineHint({ quote, saidAt }: { quote: string; saidAt: string }) {
  const t = useTranslations("deadlines");
  const locale = useLocale() === "en" ? "en" : "vi";
  const found = useMemo(() => (saidAt ? extractDeadline(quote, saidAt) : null), [quote, saidAt]);
  if (!found) return null;
  return (
    <p className="text-xs text-muted" data-testid="deadline-hint">
      {t("proposed", { phrase: found.phrase, date: formatDay(found.dueOn, locale) })}
    </p>
  );
}
