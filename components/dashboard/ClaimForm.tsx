"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { callApi, type ApiError } from "@/lib/client/api";
import { snapshotToFormValues, type ClaimFormValues } from "@/lib/claims/form-values";
import type { ClaimSnapshot } from "@/lib/claims/snapshot";
import { ConflictPanel } from "./ConflictPanel";
import { InlineSpeakerCreator } from "./InlineSpeakerCreator";

const kindOptions = [
  { value: "DIRECT", label: "Direct quote" },
  { value: "INDIRECT", label: "Indirect speech" },
  { value: "REPORTED", label: "Reported via an intermediary" },
] as const;

const precisionOptions = [
  { value: "DAY", label: "Exact day" },
  { value: "MONTH", label: "Month only" },
  { value: "YEAR", label: "Year only" },
  { value: "APPROXIMATE", label: "Approximate" },
] as const;

export function ClaimForm({
  mode,
  claimId,
  initial,
  version,
  speakers,
  topics,
}: {
  mode: "create" | "edit";
  claimId?: string;
  initial: ClaimFormValues;
  version?: number;
  speakers: { id: string; name: string }[];
  topics: { slug: string; nameEn: string; nameVi: string }[];
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [speakerOptions, setSpeakerOptions] = useState(speakers);
  const [creatingSpeaker, setCreatingSpeaker] = useState(false);
  const [baseVersion, setBaseVersion] = useState(version ?? 1);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const set = <K extends keyof ClaimFormValues>(key: K, value: ClaimFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const fieldErrors = error?.details?.fields ?? {};

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setSaved(null);
    const body = { ...values, ...(mode === "edit" ? { version: baseVersion } : {}) };
    const result =
      mode === "create"
        ? await callApi<{ id: string; version: number }>("POST", "/api/claims", body)
        : await callApi<{ id: string; version: number }>("PATCH", `/api/claims/${claimId}`, body);
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (mode === "create") {
      router.push(`/dashboard/claims/${result.data.id}`);
      return;
    }
    setBaseVersion(result.data.version);
    setSaved(`Saved as version ${result.data.version}.`);
    router.refresh();
  }

  const conflict = error?.code === "CONFLICT" && error.details?.current ? (error.details.current as ClaimSnapshot) : null;

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-label={mode === "create" ? "New claim" : "Edit claim"}>
      {mode === "edit" && (
        <p className="text-sm text-muted">
          Editing version <strong data-testid="base-version">{baseVersion}</strong>. If someone else saves first, nothing you typed is lost: you will see both versions.
        </p>
      )}
      {error && !conflict && <Alert tone="error">{error.message}</Alert>}
      {conflict && (
        <ConflictPanel
          message={error!.message}
          yours={values}
          current={snapshotToFormValues(conflict)}
          currentVersion={(error!.details?.currentVersion as number | null) ?? baseVersion}
          speakers={speakerOptions}
          onKeepMine={(v) => {
            setBaseVersion(v);
            setError(null);
          }}
          onTakeTheirs={(v, current) => {
            setValues(current);
            setBaseVersion(v);
            setError(null);
          }}
        />
      )}
      {saved && <Alert tone="success">{saved}</Alert>}

      <div className="grid gap-5 md:grid-cols-2">
        <div>
          <Field label="Speaker" error={fieldErrors.speakerId}>
            {(p) => (
              <select {...p} value={values.speakerId} onChange={(e) => set("speakerId", e.target.value)} className={inputClass} required>
                <option value="">Choose a speaker…</option>
                {speakerOptions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {!creatingSpeaker && (
            <button type="button" onClick={() => setCreatingSpeaker(true)} className="mt-1 text-sm text-accent underline">
              New speaker…
            </button>
          )}
        </div>
        <Field label="Role held at the time" error={fieldErrors.roleHeld} help="As reported, e.g. “Trợ lý Tổng thống Nga”.">
          {(p) => <input {...p} value={values.roleHeld} onChange={(e) => set("roleHeld", e.target.value)} className={inputClass} />}
        </Field>
      </div>

      {creatingSpeaker && (
        <InlineSpeakerCreator
          onCancel={() => setCreatingSpeaker(false)}
          onCreated={(sp) => {
            setSpeakerOptions((list) => [...list, sp].sort((a, b) => a.name.localeCompare(b.name)));
            set("speakerId", sp.id);
            setCreatingSpeaker(false);
          }}
        />
      )}

      <Field label="Quote (as reported, original language)" error={fieldErrors.quote}>
        {(p) => <textarea {...p} lang="vi" rows={4} value={values.quote} onChange={(e) => set("quote", e.target.value)} className={inputClass} required />}
      </Field>
      <Field label="Translation (optional)" error={fieldErrors.translation}>
        {(p) => <textarea {...p} lang="en" rows={3} value={values.translation} onChange={(e) => set("translation", e.target.value)} className={inputClass} />}
      </Field>

      <div className="grid gap-5 md:grid-cols-4">
        <Field label="Kind" error={fieldErrors.kind}>
          {(p) => (
            <select {...p} value={values.kind} onChange={(e) => set("kind", e.target.value as ClaimFormValues["kind"])} className={inputClass}>
              {kindOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Said on" error={fieldErrors.saidAt}>
          {(p) => <input {...p} type="date" value={values.saidAt} onChange={(e) => set("saidAt", e.target.value)} className={inputClass} />}
        </Field>
        <Field label="Date precision" error={fieldErrors.saidAtPrecision}>
          {(p) => (
            <select
              {...p}
              value={values.saidAtPrecision}
              onChange={(e) => set("saidAtPrecision", e.target.value as ClaimFormValues["saidAtPrecision"])}
              className={inputClass}
            >
              {precisionOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Venue or medium" error={fieldErrors.venue}>
          {(p) => <input {...p} value={values.venue} onChange={(e) => set("venue", e.target.value)} className={inputClass} placeholder="Telegram, press conference…" />}
        </Field>
      </div>

      <fieldset>
        <legend className="text-sm font-medium">Topics</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {topics.map((t) => {
            const checked = values.topics.includes(t.slug);
            return (
              <label key={t.slug} className={`cursor-pointer rounded-full border px-3 py-1 text-sm ${checked ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}>
                <input
                  type="checkbox"
                  className="mr-1.5 align-middle"
                  checked={checked}
                  onChange={(e) => set("topics", e.target.checked ? [...values.topics, t.slug] : values.topics.filter((s) => s !== t.slug))}
                />
                {t.nameEn}
              </label>
            );
          })}
        </div>
        {fieldErrors.topics && <p className="mt-1 text-sm text-rose-700">{fieldErrors.topics.join(" ")}</p>}
      </fieldset>

      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode === "create" ? "Create draft" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
