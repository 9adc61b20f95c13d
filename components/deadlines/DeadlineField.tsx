"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef } from "react";
import { TextField } from "@/components/ui/TextField";
import { extractDeadline } from "@/lib/deadlines/extract";
import { formatDay } from "@/lib/format/dates";

/** The claim form's due date: a day and the words that gave it ("" = none). */
export interface DeadlineValue {
  deadlineAt: string;
  deadlinePhrase: string;
}

/**
 * A prediction's or promise's due date (lib/deadlines/). The quote is read as it is typed,
 * relative to the day it was said: on a new claim the date found fills the field until the editor
 * sets or clears it by hand; on an existing claim it is offered, never applied by itself.
 */
export function DeadlineField({
  quote,
  saidAt,
  value,
  onChange,
  autofill,
  errors = {},
}: {
  quote: string;
  saidAt: string;
  value: DeadlineValue;
  onChange: (value: DeadlineValue) => void;
  /** Fill the suggestion in while the editor has not touched the field (a new claim). */
  autofill: boolean;
  errors?: { deadlineAt?: string; deadlinePhrase?: string };
}) {
  const t = useTranslations("deadlines");
  const locale = useLocale() === "en" ? "en" : "vi";
  const suggestion = useMemo(() => (saidAt ? extractDeadline(quote, saidAt) : null), [quote, saidAt]);
  const touched = useRef(false);
  const lastFilled = useRef<string>("");

  useEffect(() => {
    if (!autofill || touched.current) return;
    const next = suggestion ? { deadlineAt: suggestion.dueOn, deadlinePhrase: suggestion.phrase } : null;
    const key = next ? `${next.deadlineAt}|${next.deadlinePhrase}` : "";
    if (key === lastFilled.current) return;
    lastFilled.current = key;
    onChange(next ?? { deadlineAt: "", deadlinePhrase: "" });
  }, [autofill, suggestion, onChange]);

  const byHand = (v: DeadlineValue) => {
    touched.current = true;
    onChange(v);
  };
  /** A field's name, value and error, which share the field's key. */
  const bound = (key: keyof DeadlineValue) => ({ name: key, value: value[key], error: errors[key] });
  const offered = suggestion && suggestion.dueOn !== value.deadlineAt ? suggestion : null;

  return (
    <fieldset className="rounded-md border border-slate-200 p-4" data-testid="deadline-field">
      <legend className="px-1 text-sm font-medium">{t("field")}</legend>
      <p className="text-sm text-muted">{t("help")}</p>
      <div className="mt-3 grid gap-4 @md:grid-cols-2">
        <TextField
          label={t("date")}
          type="date"
          {...bound("deadlineAt")}
          onChange={(e) =>
            byHand({ deadlineAt: e.target.value, deadlinePhrase: e.target.value ? value.deadlinePhrase : "" })
          }
        />
        <TextField
          label={t("phrase")}
          lang="vi"
          {...bound("deadlinePhrase")}
          disabled={!value.deadlineAt}
          onChange={(e) => byHand({ ...value, deadlinePhrase: e.target.value })}
        />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm" aria-live="polite">
        {offered && (
          <>
            <span data-testid="deadline-suggestion">
              {t("suggested", { phrase: offered.phrase, date: formatDay(offered.dueOn, locale) })}
            </span>
            <button
              type="button"
              className="text-accent underline"
              onClick={() => byHand({ deadlineAt: offered.dueOn, deadlinePhrase: offered.phrase })}
            >
              {t("useSuggestion")}
            </button>
          </>
        )}
        {!saidAt && quote.trim() && <span className="text-muted">{t("needsSaidAt")}</span>}
        {value.deadlineAt && (
          <button
            type="button"
            className="text-accent underline"
            onClick={() => byHand({ deadlineAt: "", deadlinePhrase: "" })}
          >
            {t("clear")}
          </button>
        )}
      </div>
    </fieldset>
  );
}
