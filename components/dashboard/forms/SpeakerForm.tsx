"use client";

import { useTranslations } from "next-intl";
import { EnumOptions } from "@/components/ui/EnumOptions";
import { TextField } from "@/components/ui/TextField";
import { SelectField } from "@/components/ui/SelectField";
import { SpeakerKind } from "@/lib/generated/prisma/enums";
import { JsonForm, listOf, orNull } from "./JsonForm";

export interface SpeakerFields {
  id?: string;
  version?: number;
  name: string;
  kind: string;
  variants: string[];
  affiliation: string | null;
  country: string | null;
  description: string | null;
}

export function SpeakerForm({ speaker }: { speaker?: SpeakerFields }) {
  const editing = Boolean(speaker?.id);
  const t = useTranslations("speakers");
  const tKind = useTranslations("enums.speakerKind");
  return (
    <JsonForm
      fields={{
        name: t("form.name"),
        kind: { label: t("form.kind"), pick: "item" },
        variants: t("form.variants"),
        affiliation: t("form.affiliation"),
        country: t("form.country"),
        description: t("form.description"),
      }}
      label={editing ? t("edit", { name: speaker!.name }) : t("form.newLabel")}
      method={editing ? "PATCH" : "POST"}
      url={editing ? `/api/speakers/${speaker!.id}` : "/api/speakers"}
      submit={editing ? t("form.save") : t("form.create")}
      success={editing ? t("form.saved") : t("form.created")}
      toBody={(d) => ({
        name: d.get("name"),
        kind: d.get("kind"),
        variants: listOf(d.get("variants")),
        affiliation: orNull(d.get("affiliation")),
        country: orNull(d.get("country"))?.toUpperCase() ?? null,
        description: orNull(d.get("description")),
        ...(editing ? { version: speaker!.version } : {}),
      })}
    >
      {(f) => (
        <div className="grid gap-3 md:grid-cols-2">
          <TextField label={t("form.name")} error={f.name} name="name" defaultValue={speaker?.name} />
          <SelectField
            label={t("form.kind")}
            error={f.kind}
            name="kind"
            defaultValue={speaker?.kind ?? "PERSON"}
          >
            <EnumOptions values={SpeakerKind} label={(v) => tKind(v)} />
          </SelectField>
          <TextField
            label={t("form.variants")}
            help={t("form.variantsHelp")}
            error={f.variants}
            name="variants"
            defaultValue={speaker?.variants.join(", ")}
          />
          <TextField
            label={t("form.affiliation")}
            error={f.affiliation}
            name="affiliation"
            defaultValue={speaker?.affiliation ?? ""}
          />
          <TextField
            label={t("form.country")}
            error={f.country}
            name="country"
            maxLength={2}
            defaultValue={speaker?.country ?? ""}
          />
          <TextField
            label={t("form.description")}
            error={f.description}
            name="description"
            defaultValue={speaker?.description ?? ""}
          />
        </div>
      )}
    </JsonForm>
  );
}
