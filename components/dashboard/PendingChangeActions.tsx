"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/Button";
import { inputClass } from "@/components/ui/Field";
import { callApi } from "@/lib/client/api";

/** Approve / reject (with an optional note to the author) or withdraw one pending change. */
export function PendingChangeActions({ id, canDecide, canWithdraw }: { id: string; canDecide: boolean; canWithdraw: boolean }) {
  const t = useTranslations("pending");
  const tc = useTranslations("common");
  const router = useRouter();
  const noteId = useId();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(url: string, body: unknown) {
    setBusy(true);
    setError(null);
    const result = await callApi("POST", url, body);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    router.refresh();
  }

  return (
    <div className="mt-3 space-y-2">
      {canDecide && (
        <>
          <label htmlFor={noteId} className="block text-xs font-medium text-muted">
            {t("decisionNote")}
          </label>
          <textarea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} className={inputClass} />
        </>
      )}
      <div className="flex flex-wrap gap-2">
        {canDecide && (
          <>
            <Button disabled={busy} onClick={() => void send(`/api/pending-changes/${id}/decision`, { decision: "approve", note: note || null })}>
              {busy ? tc("working") : t("approve")}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => void send(`/api/pending-changes/${id}/decision`, { decision: "reject", note: note || null })}>
              {t("reject")}
            </Button>
          </>
        )}
        {canWithdraw && (
          <Button variant="ghost" disabled={busy} onClick={() => void send(`/api/pending-changes/${id}/withdraw`, {})}>
            {t("withdraw")}
          </Button>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
