"use client";

import { useTranslations } from "next-intl";
import { EnumOptions } from "@/components/ui/EnumOptions";
import { SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
import { ClaimKind } from "@/lib/generated/prisma/enums";
import { JsonForm } from "./JsonForm";

/** An admin adds a checklist item for one kind of claim (labels in both languages). */
export function CreateChecklistItemForm({ defaultKind = "DIRECT" }: { defaultKind?: ClaimKind }) {
  const t = useTranslations("checklists.admin");
  const tKind = useTranslations("enums.claimKind");
  return (
    <JsonForm
      fields={{ kind: { label: t("kind"), pick: "item" }, labelVi: t("labelVi"), labelEn: t("labelEn") }}
      label={t("addHeading")}
      method="POST"
      url="/api/admin/checklists"
      submit={t("add")}
      success={t("added")}
      toBody={(d) => ({
        kind: d.get("kind"),
        labelVi: d.get("labelVi"),
        labelEn: d.get("labelEn"),
        required: d.get("required") === "on",
      })}
    >
      {(f) => (
        <>
          <div className="grid gap-4 md:grid-cols-3">
            <SelectField label={t("kind")} error={f.kind} name="kind" defaultValue={defaultKind}>
              <EnumOptions values={ClaimKind} label={(k) => tKind(k)} />
            </SelectField>
            <TextField label={t("labelVi")} error={f.labelVi} name="labelVi" lang="vi" required />
            <TextField label={t("labelEn")} error={f.labelEn} name="labelEn" lang="en" required />
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="required" defaultChecked />
            {t("required")}
          </label>
        </>
      )}
    </JsonForm>
  );
}
