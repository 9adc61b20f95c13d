"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { callApi, type ApiError } from "@/lib/client/api";

const options = [
  ["UNVERIFIED", "Unverified"],
  ["VERIFIED_PRIMARY", "Verified against the primary source"],
  ["VERIFIED_SECONDARY", "Verified against a secondary source only"],
  ["MISQUOTED", "Misquoted"],
  ["MISATTRIBUTED", "Misattributed"],
  ["UNVERIFIABLE", "Unverifiable"],
] as const;

export function VerificationPanel({
  claimId,
  version,
  current,
  canEdit,
}: {
  claimId: string;
  version: number;
  current: { verification: string; verificationUrl: string | null; verificationNote: string | null };
  canEdit: boolean;
}) {
  const router = useRouter();
  const [status, setStatus] = useState(current.verification);
  const [url, setUrl] = useState(current.verificationUrl ?? "");
  const [note, setNote] = useState(current.verificationNote ?? "");
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSaved(false);
    const result = await callApi("PUT", `/api/claims/${claimId}/verification`, { verification: status, evidenceUrl: url || null, note: note || null, version });
    if (!result.ok) return setError(result.error);
    setSaved(true);
    router.refresh();
  }

  return (
    <section aria-labelledby="verification-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="verification-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
        Quote verification
      </h2>
      {!canEdit ? (
        <p className="mt-2 text-sm">{options.find(([v]) => v === current.verification)?.[1]}</p>
      ) : (
        <form onSubmit={onSubmit} className="mt-3 space-y-3" noValidate>
          {error && <Alert tone="error">{error.message}</Alert>}
          {saved && <Alert tone="success">Verification saved.</Alert>}
          <Field label="Status">
            {(p) => (
              <select {...p} value={status} onChange={(e) => setStatus(e.target.value)} className={inputClass}>
                {options.map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Evidence URL" error={error?.details?.fields?.evidenceUrl}>
            {(p) => <input {...p} type="url" value={url} onChange={(e) => setUrl(e.target.value)} className={inputClass} placeholder="https://t.me/…" />}
          </Field>
          <Field label="Evidence note" error={error?.details?.fields?.note}>
            {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} className={inputClass} />}
          </Field>
          <Button type="submit" variant="secondary">
            Save verification
          </Button>
        </form>
      )}
    </section>
  );
}
