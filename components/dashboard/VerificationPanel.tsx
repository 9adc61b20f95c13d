"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { UrlField } from "@/components/ui/TextField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { SelectField } from "@/components/ui/SelectField";
import { FormError } from "@/components/ui/FieldError";
import { Panel } from "@/components/ui/Panel";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";

const options = [
  "UNVERIFIED",
  "VERIFIED_PRIMARY",
  "VERIFIED_SECONDARY",
  "MISQUOTED",
  "MISATTRIBUTED",
  "UNVERIFIABLE",
] as const satisfies readonly VerificationStatus[];

export function VerificationPanel({
  claimId,
  version,
  current,
  canEdit,
  published,
}: {
  claimId: string;
  version: number;
  current: {
    verification: VerificationStatus;
    verificationUrl: string | null;
    verificationNote: string | null;
  };
  canEdit: boolean;
  /** Readers see the status: a change is a public correction and asks for its reason. */
  published: boolean;
}) {
  const t = useTranslations("verification");
  const tStatus = useTranslations("enums.verificationStatus");
  const router = useRouter();
  const [status, setStatus] = useState<VerificationStatus>(current.verification);
  const [url, setUrl] = useState(current.verificationUrl ?? "");
  const [note, setNote] = useState(current.verificationNote ?? "");
  const [reason, setReason] = useState("");
  const tc = useTranslations("common");
  const { run, pending, error, fieldErrors } = useApiMutation({
    fields: {
      verification: t("status"),
      evidenceUrl: t("evidenceUrl"),
      note: t("evidenceNote"),
      reason: t("correctionReason"),
    },
  });
  const [saved, setSaved] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const result = await run("PUT", `/api/claims/${claimId}/verification`, {
      verification: status,
      evidenceUrl: url || null,
      note: note || null,
      ...(published ? { reason: reason || null } : {}),
      version,
    });
    if (!result.ok) return;
    setSaved(true);
    setReason("");
    router.refresh();
  }

  return (
    <Panel id="verification-heading" title={t("heading")} heading="label" padding="p-4">
      {!canEdit ? (
        <p className="text-sm">{tStatus(current.verification)}</p>
      ) : (
        <form onSubmit={onSubmit} className="space-y-3" noValidate>
          <FormError message={error?.message} />
          {saved && <Alert tone="success">{t("saved")}</Alert>}
          <SelectField
            label={t("status")}
            error={fieldErrors.verification}
            value={status}
            onChange={(e) => setStatus(e.target.value as VerificationStatus)}
          >
            {options.map((v) => (
              <option key={v} value={v}>
                {tStatus(v)}
              </option>
            ))}
          </SelectField>
          <UrlField
            label={t("evidenceUrl")}
            error={fieldErrors.evidenceUrl}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://t.me/…"
          />
          <TextAreaField
            label={t("evidenceNote")}
            error={fieldErrors.note}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          {published && (
            <TextAreaField
              label={t("correctionReason")}
              help={t("correctionReasonHint")}
              error={fieldErrors.reason}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? tc("saving") : t("save")}
          </Button>
        </form>
      )}
    </Panel>
  );
}
