"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, inputClass, NamedOptions } from "@/components/ui/Field";
import { callApi, waitsForReviewer, type ApiError } from "@/lib/client/api";

/** A form that posts its fields as JSON, shows field errors, and refreshes the page on success. */
function JsonForm({
  label,
  method,
  url,
  toBody,
  submit,
  success,
  children,
}: {
  label: string;
  method: "POST" | "PATCH";
  url: string;
  toBody: (data: FormData) => unknown;
  submit: string;
  success: string;
  children: (errors: Record<string, string[]>) => ReactNode;
}) {
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<"applied" | "pending" | false>(false);
  const tPending = useTranslations("pending");
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setError(null);
    setDone(false);
    const result = await callApi(method, url, toBody(new FormData(form)));
    if (!result.ok) return setError(result.error);
    setDone(waitsForReviewer(result.data) ? "pending" : "applied");
    if (method === "POST") form.reset();
    router.refresh();
  }
  return (
    <form onSubmit={onSubmit} aria-label={label} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error.message}</Alert>}
      {done === "applied" && <Alert tone="success">{success}</Alert>}
      {done === "pending" && <Alert tone="info">{tPending("savedPending")}</Alert>}
      {children(error?.details?.fields ?? {})}
      <Button type="submit">{submit}</Button>
    </form>
  );
}

const list = (v: FormDataEntryValue | null) =>
  String(v ?? "")
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
const orNull = (v: FormDataEntryValue | null) => (String(v ?? "").trim() ? String(v).trim() : null);

const kinds = ["PERSON", "ORGANISATION", "UNNAMED_SOURCE"] as const;

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
      label={editing ? t("edit", { name: speaker!.name }) : t("form.newLabel")}
      method={editing ? "PATCH" : "POST"}
      url={editing ? `/api/speakers/${speaker!.id}` : "/api/speakers"}
      submit={editing ? t("form.save") : t("form.create")}
      success={editing ? t("form.saved") : t("form.created")}
      toBody={(d) => ({
        name: d.get("name"),
        kind: d.get("kind"),
        variants: list(d.get("variants")),
        affiliation: orNull(d.get("affiliation")),
        country: orNull(d.get("country"))?.toUpperCase() ?? null,
        description: orNull(d.get("description")),
        ...(editing ? { version: speaker!.version } : {}),
      })}
    >
      {(f) => (
        <div className="grid gap-3 md:grid-cols-2">
          <Field label={t("form.name")} error={f.name}>
            {(p) => <input {...p} name="name" defaultValue={speaker?.name} className={inputClass} />}
          </Field>
          <Field label={t("form.kind")} error={f.kind}>
            {(p) => (
              <select {...p} name="kind" defaultValue={speaker?.kind ?? "PERSON"} className={inputClass}>
                {kinds.map((v) => (
                  <option key={v} value={v}>
                    {tKind(v)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("form.variants")} help={t("form.variantsHelp")} error={f.variants}>
            {(p) => <input {...p} name="variants" defaultValue={speaker?.variants.join(", ")} className={inputClass} />}
          </Field>
          <Field label={t("form.affiliation")} error={f.affiliation}>
            {(p) => <input {...p} name="affiliation" defaultValue={speaker?.affiliation ?? ""} className={inputClass} />}
          </Field>
          <Field label={t("form.country")} error={f.country}>
            {(p) => <input {...p} name="country" maxLength={2} defaultValue={speaker?.country ?? ""} className={inputClass} />}
          </Field>
          <Field label={t("form.description")} error={f.description}>
            {(p) => <input {...p} name="description" defaultValue={speaker?.description ?? ""} className={inputClass} />}
          </Field>
        </div>
      )}
    </JsonForm>
  );
}

export function MergeSpeakersForm({ speakers }: { speakers: { id: string; name: string }[] }) {
  const t = useTranslations("speakers.merge");
  return (
    <JsonForm
      label={t("label")}
      method="POST"
      url="/api/speakers/merge"
      submit={t("submit")}
      success={t("success")}
      toBody={(d) => ({ sourceId: d.get("sourceId"), targetId: d.get("targetId") })}
    >
      {(f) => (
        <div className="grid gap-3 md:grid-cols-2">
          <Field label={t("source")} error={f.sourceId}>
            {(p) => (
              <select {...p} name="sourceId" className={inputClass}>
                <NamedOptions items={speakers} />
              </select>
            )}
          </Field>
          <Field label={t("target")} error={f.targetId}>
            {(p) => (
              <select {...p} name="targetId" className={inputClass}>
                <NamedOptions items={speakers} />
              </select>
            )}
          </Field>
        </div>
      )}
    </JsonForm>
  );
}

export function TopicForm() {
  const t = useTranslations("topics.form");
  return (
    <JsonForm
      label={t("label")}
      method="POST"
      url="/api/topics"
      submit={t("submit")}
      success={t("success")}
      toBody={(d) => ({ nameVi: d.get("nameVi"), nameEn: d.get("nameEn"), description: orNull(d.get("description")) })}
    >
      {(f) => (
        <div className="grid gap-3 md:grid-cols-3">
          <Field label={t("nameVi")} error={f.nameVi}>
            {(p) => <input {...p} name="nameVi" className={inputClass} />}
          </Field>
          <Field label={t("nameEn")} error={f.nameEn}>
            {(p) => <input {...p} name="nameEn" className={inputClass} />}
          </Field>
          <Field label={t("description")} error={f.description}>
            {(p) => <input {...p} name="description" className={inputClass} />}
          </Field>
        </div>
      )}
    </JsonForm>
  );
}

export function OutletForm() {
  const t = useTranslations("articles.outletForm");
  return (
    <JsonForm
      label={t("label")}
      method="POST"
      url="/api/outlets"
      submit={t("submit")}
      success={t("success")}
      toBody={(d) => ({ name: d.get("name"), country: orNull(d.get("country"))?.toUpperCase() ?? null, url: orNull(d.get("url")), language: String(d.get("language") || "vi") })}
    >
      {(f) => (
        <div className="grid gap-3 md:grid-cols-4">
          <Field label={t("name")} error={f.name}>
            {(p) => <input {...p} name="name" className={inputClass} />}
          </Field>
          <Field label={t("country")} error={f.country}>
            {(p) => <input {...p} name="country" maxLength={2} className={inputClass} />}
          </Field>
          <Field label={t("website")} error={f.url}>
            {(p) => <input {...p} name="url" type="url" className={inputClass} />}
          </Field>
          <Field label={t("language")} error={f.language}>
            {(p) => <input {...p} name="language" defaultValue="vi" className={inputClass} />}
          </Field>
        </div>
      )}
    </JsonForm>
  );
}
