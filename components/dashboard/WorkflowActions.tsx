"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { callApi } from "@/lib/client/api";
import type { Transition } from "@/lib/claims/workflow";

const variant: Record<Transition, "primary" | "secondary" | "danger"> = {
  submit: "primary",
  withdraw: "secondary",
  approve: "primary",
  reject: "danger",
  request_changes: "secondary",
  retract: "danger",
  reopen: "secondary",
};

/** The transitions this user may take now; the server re-checks role, ownership and state. */
export function WorkflowActions({
  claimId,
  version,
  allowed,
  blockedReason,
}: {
  claimId: string;
  version: number;
  allowed: Transition[];
  blockedReason?: string | null;
}) {
  const t = useTranslations("workflow");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, setPending] = useState<Transition | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [needsReason, setNeedsReason] = useState<Transition | null>(null);
  const [reason, setReason] = useState("");

  async function run(transition: Transition) {
    if ((transition === "retract" || transition === "request_changes" || transition === "reject") && needsReason !== transition) {
      setNeedsReason(transition);
      return;
    }
    setPending(transition);
    setError(null);
    const result = await callApi("POST", `/api/claims/${claimId}/transitions`, { transition, version, reason: reason || null });
    setPending(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setNeedsReason(null);
    setReason("");
    router.refresh();
  }

  if (allowed.length === 0 && !blockedReason) return null;
  return (
    <section aria-labelledby="workflow-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="workflow-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
        {t("heading")}
      </h2>
      {blockedReason && <p className="mt-2 text-sm text-muted">{blockedReason}</p>}
      {error && (
        <div className="mt-3">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      {needsReason && (
        <div className="mt-3">
          <Field
            label={needsReason === "retract" ? t("retractReason") : t("editorNote")}
            help={needsReason === "retract" ? t("retractHelp") : undefined}
          >
            {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} />}
          </Field>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {allowed.map((tr) => (
          <Button key={tr} variant={variant[tr]} disabled={pending !== null} onClick={() => void run(tr)}>
            {pending === tr ? tc("working") : needsReason === tr ? t(`confirm.${tr}`) : t(`actions.${tr}`)}
          </Button>
        ))}
        {needsReason && (
          <Button variant="ghost" onClick={() => setNeedsReason(null)}>
            {tc("cancel")}
          </Button>
        )}
      </div>
    </section>
  );
}
