"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/TextField";
import { SelectField } from "@/components/ui/SelectField";
import { FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";

const speakerKinds = ["PERSON", "ORGANISATION", "UNNAMED_SOURCE"] as const;

/** Creates a speaker without leaving the claim editor. */
export function InlineSpeakerCreator({
  onCreated,
  onCancel,
}: {
  onCreated: (speaker: { id: string; name: string }) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("speakers");
  const tKind = useTranslations("enums.speakerKind");
  const tc = useTranslations("common");
  const [name, setName] = useState("");
  const [kind, setKind] = useState("PERSON");
  const [variants, setVariants] = useState("");
  const [affiliation, setAffiliation] = useState("");
  const { run, pending, error, fieldErrors } = useApiMutation({
    fields: {
      name: t("inline.name"),
      kind: t("inline.kind"),
      variants: t("form.variants"),
      affiliation: t("form.affiliation"),
    },
  });

  async function create() {
    const result = await run<{ id: string; name: string }>("POST", "/api/speakers", {
      name,
      kind,
      variants: variants
        .split(/[,;\n]/)
        .map((v) => v.trim())
        .filter(Boolean),
      affiliation: affiliation || null,
    });
    if (result.ok) onCreated(result.data);
  }

  return (
    <fieldset
      className="min-w-0 space-y-3 rounded-md border border-sky-200 bg-sky-50/40 p-4"
      aria-label={t("inline.label")}
    >
      <FormError message={error?.message} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField
          label={t("inline.name")}
          error={fieldErrors.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          label={t("inline.kind")}
          error={fieldErrors.kind}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
        >
          {speakerKinds.map((k) => (
            <option key={k} value={k}>
              {tKind(k)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("form.variants")}
          help={t("form.variantsHelp")}
          error={fieldErrors.variants}
          value={variants}
          onChange={(e) => setVariants(e.target.value)}
        />
        <TextField
          label={t("form.affiliation")}
          error={fieldErrors.affiliation}
          value={affiliation}
          onChange={(e) => setAffiliation(e.target.value)}
        />
      </div>
      <div className="flex gap-2">
        <Button onClick={() => void create()} disabled={!name.trim() || pending}>
          {pending ? tc("saving") : t("form.create")}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {tc("cancel")}
        </Button>
      </div>
    </fieldset>
  );
}
