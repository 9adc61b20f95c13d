"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { ActionError } from "@/components/ui/FieldError";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { useApiMutation } from "@/lib/client/use-api-mutation";

/** Approve / reject (with an optional note to the author) or withdraw one pending change. */
export function PendingChangeActions({
  id,
  canDecide,
  canWithdraw,
}: {
  id: string;
  canDecide: boolean;
  canWithdraw: boolean;
}) {
  const t = useTranslations("pending");
  const tc = useTranslations("common");
  const router = useRouter();
  const [note, setNote] = useState("");
  const { run, pending: busy, error, fieldErrors } = useApiMutation({ fields: { note: t("decisionNote") } });

  async function send(url: string, body: unknown) {
    const result = await run("POST", url, body);
    if (result.ok) router.refresh();
  }

  return (
    <div className="mt-3 space-y-2">
      {canDecide && (
        <TextAreaField
          label={t("decisionNote")}
          compact
          error={fieldErrors.note}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          maxLength={1000}
        />
      )}
      <div className="flex flex-wrap gap-2">
        {canDecide && (
          <>
            <Button
              disabled={busy}
              onClick={() =>
                void send(`/api/pending-changes/${id}/decision`, { decision: "approve", note: note || null })
              }
            >
              {busy ? tc("working") : t("approve")}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() =>
                void send(`/api/pending-changes/${id}/decision`, { decision: "reject", note: note || null })
              }
            >
              {t("reject")}
            </Button>
          </>
        )}
        {canWithdraw && (
          <Button
            variant="ghost"
            disabled={busy}
            onClick={() => void send(`/api/pending-changes/${id}/withdraw`, {})}
          >
            {t("withdraw")}
          </Button>
        )}
      </div>
      <ActionError message={error?.message} />
    </div>
  );
}
