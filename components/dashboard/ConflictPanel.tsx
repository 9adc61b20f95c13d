"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
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
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-amber-300">
              <th scope="col" className="py-1 pr-3">
                {t("field")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("yours")}
              </th>
              <th scope="col" className="py-1">
                {t("theirs", { version: currentVersion })}
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.length === 0 ? (
              <tr>
                <td colSpan={3} className="py-2">
                  {t("same")}
                </td>
              </tr>
            ) : (
              keys.map((k) => (
                <tr key={k} className="border-b border-amber-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {tField(k)}
                  </th>
                  <td className="whitespace-pre-wrap py-2 pr-3" data-testid={`conflict-yours-${k}`}>
                    {show(k, yours)}
                  </td>
                  <td className="whitespace-pre-wrap py-2" data-testid={`conflict-theirs-${k}`}>
                    {show(k, current)}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
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
