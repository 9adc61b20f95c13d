"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { ActionError } from "@/components/ui/FieldError";
import { SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
import { useApiMutation } from "@/lib/client/use-api-mutation";

type SuggestedType = "CONTRADICTS" | "UPDATES";

/** Confirm a suggested link (its type may be changed first, with an optional note) or dismiss it. */
export function SuggestionActions({ id, type }: { id: string; type: SuggestedType }) {
  const t = useTranslations("linkSuggestions");
  const tc = useTranslations("common");
  const router = useRouter();
  const [chosen, setChosen] = useState<SuggestedType>(type);
  const [note, setNote] = useState("");
  const { run, pending, error, fieldErrors } = useApiMutation({ fields: { note: t("note") } });

  async function send(action: "confirm" | "dismiss") {
    const body = action === "confirm" ? { type: chosen, note: note || null } : {};
    const result = await run("POST", `/api/link-suggestions/${id}/${action}`, body);
    if (result.ok) router.refresh();
  }

  return (
    <div className="mt-3 space-y-2 text-sm">
      <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
        <SelectField
          label={t("linkType")}
          compact
          value={chosen}
          onChange={(e) => setChosen(e.target.value as SuggestedType)}
        >
          <option value="CONTRADICTS">{t("linkAs.CONTRADICTS")}</option>
          <option value="UPDATES">{t("linkAs.UPDATES")}</option>
        </SelectField>
        <TextField
          label={t("note")}
          compact
          error={fieldErrors.note}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={1000}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button disabled={pending} onClick={() => void send("confirm")}>
          {pending ? tc("working") : t("confirm")}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => void send("dismiss")}>
          {t("dismiss")}
        </Button>
      </div>
      <ActionError message={error?.message} />
    </div>
  );
}
