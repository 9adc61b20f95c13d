"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, type ReactNode } from "react";
import { EnumOptions } from "@/components/ui/EnumOptions";
import { NamedOptions } from "@/components/ui/Field";
import { TextField } from "@/components/ui/TextField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { SelectField } from "@/components/ui/SelectField";
import { FieldError } from "@/components/ui/FieldError";
import type { ClaimFormValues } from "@/lib/claims/form-values";
import { ClaimKind, DatePrecision } from "@/lib/generated/prisma/enums";
import { compareForPicking } from "@/lib/ingest/picking";

/**
 * The label of each field, by the field's name (as the API names it). The claim editor and the
 * review card word some differently on purpose (the card's role is "as written in the article"); a
 * field without a label is not shown (the card has no translation: it saves the article's words).
 */
export type ClaimContentLabels = Omit<Record<keyof ClaimFormValues, string>, "translation"> & {
  translation?: string;
};

type Topic = { slug: string; nameEn: string; nameVi: string };

/**
 * A claim's content fields (speaker, role held, quote, translation, kind, date and its precision,
 * venue, topics), as the claim editor and the ingestion review card both edit them. The owner keeps
 * the values; how a new speaker is made differs (a creator panel, or a name saved with the claim),
 * so it comes in as `speakerExtra` (under the speaker picker) and `afterSpeaker` (under its row).
 */
export function ClaimContentFields({
  values,
  onChange,
  labels,
  hints = {},
  errors = {},
  speakers,
  noSpeaker,
  speakerExtra,
  afterSpeaker,
  afterQuote,
  topics,
  precisions = Object.values(DatePrecision),
  compact = false,
}: {
  values: ClaimFormValues;
  onChange: <K extends keyof ClaimFormValues>(key: K, value: ClaimFormValues[K]) => void;
  labels: ClaimContentLabels;
  hints?: { roleHeld?: string; venuePlaceholder?: string };
  errors?: Partial<Record<keyof ClaimFormValues, string>>;
  speakers: readonly { id: string; name: string }[];
  /** The first option of the speaker picker: "choose one" (empty value) or "a new speaker". */
  noSpeaker: { value: string; label: string };
  speakerExtra?: ReactNode;
  afterSpeaker?: ReactNode;
  /** Under the quote (the claim editor's "has this been said before?"). */
  afterQuote?: ReactNode;
  topics: readonly Topic[];
  /** The date precisions offered (the review card offers only those the extractor can tell). */
  precisions?: readonly DatePrecision[];
  /** The dense look of a card among many (small labels, less space). */
  compact?: boolean;
}) {
  const tEnum = useTranslations("enums");
  const locale = useLocale();
  // Sorted the Vietnamese way (lib/ingest/picking.ts), in the dashboard's language.
  const namedTopics = useMemo(
    () =>
      topics
        .map((topic) => ({
          slug: topic.slug,
          name: locale === "vi" && topic.nameVi ? topic.nameVi : topic.nameEn,
        }))
        .sort((a, b) => compareForPicking(a.name, b.name)),
    [topics, locale],
  );
  const topicsErrorId = `${useId()}-topics-err`;
  const gap = compact ? "gap-3" : "gap-5";

  return (
    <div className={`@container ${compact ? "space-y-3" : "space-y-5"}`}>
      <div className={`grid ${gap} md:grid-cols-2`}>
        <div>
          <SelectField
            label={labels.speakerId}
            error={errors.speakerId}
            compact={compact}
            value={values.speakerId}
            onChange={(e) => onChange("speakerId", e.target.value)}
            required
          >
            <option value={noSpeaker.value}>{noSpeaker.label}</option>
            <NamedOptions items={speakers} />
          </SelectField>
          {speakerExtra}
        </div>
        <TextField
          label={labels.roleHeld}
          error={errors.roleHeld}
          help={hints.roleHeld}
          compact={compact}
          lang="vi"
          value={values.roleHeld}
          onChange={(e) => onChange("roleHeld", e.target.value)}
        />
      </div>
      {afterSpeaker}

      <TextAreaField
        label={labels.quote}
        error={errors.quote}
        compact={compact}
        lang="vi"
        rows={compact ? 3 : 4}
        value={values.quote}
        onChange={(e) => onChange("quote", e.target.value)}
        required
      />
      {afterQuote}
      {labels.translation && (
        <TextAreaField
          label={labels.translation}
          error={errors.translation}
          compact={compact}
          lang="en"
          rows={3}
          value={values.translation}
          onChange={(e) => onChange("translation", e.target.value)}
        />
      )}

      {/* Two by two where the form is narrow (beside the claim's side panel, on a card), four across only where each select still shows its longest option in full. */}
      <div className={`grid ${gap} @md:grid-cols-2 @4xl:grid-cols-4`}>
        <SelectField
          label={labels.kind}
          error={errors.kind}
          compact={compact}
          value={values.kind}
          onChange={(e) => onChange("kind", e.target.value as ClaimKind)}
        >
          <EnumOptions values={ClaimKind} label={(k) => tEnum(`claimKind.${k}`)} />
        </SelectField>
        <TextField
          label={labels.saidAt}
          error={errors.saidAt}
          compact={compact}
          type="date"
          value={values.saidAt}
          onChange={(e) => onChange("saidAt", e.target.value)}
        />
        <SelectField
          label={labels.saidAtPrecision}
          error={errors.saidAtPrecision}
          compact={compact}
          value={values.saidAtPrecision}
          onChange={(e) => onChange("saidAtPrecision", e.target.value as DatePrecision)}
        >
          <EnumOptions values={precisions} label={(o) => tEnum(`datePrecision.${o}`)} />
        </SelectField>
        <TextField
          label={labels.venue}
          error={errors.venue}
          compact={compact}
          value={values.venue}
          onChange={(e) => onChange("venue", e.target.value)}
          placeholder={hints.venuePlaceholder}
        />
      </div>

      <fieldset aria-describedby={errors.topics ? topicsErrorId : undefined}>
        <legend className={`font-medium ${compact ? "text-xs text-muted" : "text-sm"}`}>
          {labels.topics}
        </legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {namedTopics.map((topic) => {
            const checked = values.topics.includes(topic.slug);
            return (
              <label
                key={topic.slug}
                className={`cursor-pointer rounded-full border px-3 py-1 text-sm ${checked ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}
              >
                <input
                  type="checkbox"
                  className="mr-1.5 align-middle"
                  checked={checked}
                  onChange={(e) =>
                    onChange(
                      "topics",
                      e.target.checked
                        ? [...values.topics, topic.slug]
                        : values.topics.filter((s) => s !== topic.slug),
                    )
                  }
                />
                {topic.name}
              </label>
            );
          })}
        </div>
        <FieldError id={topicsErrorId} message={errors.topics} />
      </fieldset>
    </div>
  );
}
