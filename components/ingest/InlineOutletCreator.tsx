"use client";

import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/Button";
import { TextField, UrlField } from "@/components/ui/TextField";
import { FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";

/**
 * Creates an outlet without leaving the ingestion form (POST /api/outlets, the same service as the
 * articles page's outlet form). It sits inside the ingestion <form>: a group, not a nested form,
 * and Enter in its fields creates the outlet instead of submitting the article.
 */
export function InlineOutletCreator({
  onCreated,
  onCancel,
}: {
  onCreated: (outlet: { id: string; name: string }) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("articlesUx.ingestForm");
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [nameMissing, setNameMissing] = useState(false);
  const mutation = useApiMutation({ fields: { name: t("newOutletName"), url: t("newOutletWebsite") } });

  async function create() {
    mutation.reset();
    if (!name.trim()) return setNameMissing(true);
    setNameMissing(false);
    const result = await mutation.run<{ id: string; name: string }>("POST", "/api/outlets", {
      name: name.trim(),
      url: url.trim() || null,
    });
    if (!result.ok) return;
    onCreated({ id: result.data.id, name: result.data.name });
  }
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== "Enter") return;
    e.preventDefault();
    void create();
  }

  const f = mutation.fieldErrors;
  return (
    <fieldset
      className="min-w-0 space-y-3 rounded-md border border-sky-200 bg-sky-50/40 p-4"
      aria-label={t("newOutletLabel")}
    >
      {!f.name && !f.url && <FormError message={mutation.error?.message} />}
      <div className="grid gap-3 md:grid-cols-2">
        <TextField
          label={`${t("newOutletName")} *`}
          error={[...(nameMissing ? [t("outletNameMissing")] : []), ...(f.name ? [f.name] : [])]}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <UrlField
          label={t("newOutletWebsite")}
          error={f.url}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="flex gap-2">
        <Button type="button" onClick={() => void create()} disabled={mutation.pending}>
          {mutation.pending ? t("creatingOutlet") : t("createOutlet")}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </fieldset>
  );
}
