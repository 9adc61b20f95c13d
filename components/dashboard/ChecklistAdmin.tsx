"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/TextField";
import { SelectField } from "@/components/ui/SelectField";
import { FormError } from "@/components/ui/FieldError";
import { EnumOptions } from "@/components/ui/EnumOptions";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import { ClaimKind } from "@/lib/generated/prisma/enums";

type Kind = ClaimKind;

/** An admin adds a checklist item for one kind of claim (labels in both languages). */
export function CreateChecklistItemForm({ defaultKind = "DIRECT" }: { defaultKind?: Kind }) {
  const t = useTranslations("checklists.admin");
  const tKind = useTranslations("enums.claimKind");
  const router = useRouter();
  const {
    run,
    pending,
    error,
    fieldErrors: f,
  } = useApiMutation({
    fields: {
      kind: { label: t("kind"), pick: "item" },
      labelVi: t("labelVi"),
      labelEn: t("labelEn"),
    },
  });
  const [done, setDone] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setDone(false);
    const result = await run("POST", "/api/admin/checklists", {
      kind: data.get("kind"),
      labelVi: data.get("labelVi"),
      labelEn: data.get("labelEn"),
      required: data.get("required") === "on",
    });
    if (!result.ok) return;
    setDone(true);
    form.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={t("addHeading")}>
      <FormError message={error?.message} />
      {done && <Alert tone="success">{t("added")}</Alert>}
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
      <Button type="submit" disabled={pending}>
        {t("add")}
      </Button>
    </form>
  );
}

/** Move, make required or optional, retire or bring back one item (versioned on the server). */
export function ChecklistItemControls({
  item,
  label,
  first,
  last,
}: {
  item: { id: string; version: number; required: boolean; retired: boolean };
  label: string;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("checklists.admin");
  const router = useRouter();
  const { run, pending, error } = useApiMutation();

  async function change(body: object) {
    const result = await run("PATCH", `/api/admin/checklists/${item.id}`, { ...body, version: item.version });
    if (result.ok) router.refresh();
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="ghost"
          disabled={pending || first}
          aria-label={`${t("moveUp")}: ${label}`}
          onClick={() => void change({ move: "up" })}
        >
          ↑
        </Button>
        <Button
          variant="ghost"
          disabled={pending || last}
          aria-label={`${t("moveDown")}: ${label}`}
          onClick={() => void change({ move: "down" })}
        >
          ↓
        </Button>
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => void change({ required: !item.required })}
        >
          {item.required ? t("makeOptional") : t("makeRequired")}
        </Button>
        <Button
          variant={item.retired ? "secondary" : "danger"}
          disabled={pending}
          onClick={() => void change({ retired: !item.retired })}
        >
          {item.retired ? t("restore") : t("retire")}
        </Button>
      </div>
      <FormError message={error?.message} />
    </div>
  );
}
