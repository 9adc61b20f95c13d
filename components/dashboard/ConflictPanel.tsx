"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { FieldComparison } from "@/components/ui/FieldComparison";
import { CONTENT_FIELDS, type ClaimFormValues } from "@/lib/claims/form-values";

/** Shown on a 409: the user's unsaved text next to the version someone else saved. */
export function ConflictPanel({
  message,
  yours,
  current,
  currentVersion,
  speakers,
  onKeepMine,
  onTakeTheirs,
}: {
  message: string;
  yours: ClaimFormValues;
  current: ClaimFormValues;
  currentVersion: number;
  speakers: { id: string; name: string }[];
  onKeepMine: (version: number) => void;
  onTakeTheirs: (version: number, current: ClaimFormValues) => void;
}) {
  const t = useTranslations("claimForm.conflict");
  const tField = useTranslations("claimFields");
  const tEnum = useTranslations("enums");
  const show = (key: keyof ClaimFormValues, v: ClaimFormValues): string => {
    if (key === "speakerId") return speakers.find((s) => s.id === v.speakerId)?.name ?? v.speakerId;
    if (key === "topics") return v.topics.join(", ");
    if (key === "kind") return tEnum(`claimKind.${v.kind}`);
    if (key === "saidAtPrecision") return tEnum(`datePrecision.${v.saidAtPrecision}`);
    return String(v[key] ?? "");
  };
  const keys = CONTENT_FIELDS.filter((k) => show(k, yours) !== show(k, current));
  return (
    <section
      role="alert"
      aria-labelledby="conflict-title"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm"
    >
      <h2 id="conflict-title" className="font-semibold text-amber-900">
        {t("title", { version: currentVersion })}
      </h2>
      <p className="mt-1 text-amber-900">{message}</p>
      <div className="mt-3 overflow-x-auto">
        <FieldComparison
          tone="warning"
          className="border-collapse"
          headers={{ field: t("field"), before: t("yours"), after: t("theirs", { version: currentVersion }) }}
          empty={t("same")}
          fields={keys.map((k) => ({
            key: k,
            label: tField(k),
            before: show(k, yours),
            after: show(k, current),
            testIds: { before: `conflict-yours-${k}`, after: `conflict-theirs-${k}` },
          }))}
        />
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={() => onKeepMine(currentVersion)}>
          {t("keepMine", { version: currentVersion })}
        </Button>
        <Button variant="secondary" onClick={() => onTakeTheirs(currentVersion, current)}>
          {t("takeTheirs", { version: currentVersion })}
        </Button>
      </div>
    </section>
  );
}
