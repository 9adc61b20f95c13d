"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, inputClass, NamedOptions } from "@/components/ui/Field";
import { callApi, type ApiError } from "@/lib/client/api";

/** Text of an uploaded .html file: the visible text, paragraphs kept as lines. */
function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const n of doc.querySelectorAll("script, style, noscript, nav, header, footer, aside")) n.remove();
  const blocks = [...doc.body.querySelectorAll("h1, h2, h3, p, li, blockquote")].map((n) => n.textContent?.trim() ?? "").filter(Boolean);
  return blocks.length ? blocks.join("\n\n") : (doc.body.textContent ?? "").trim();
}

/** Paste or upload an article; stored once (by content hash), then reviewed for claims. */
export function IngestForm({ outlets }: { outlets: { id: string; name: string }[] }) {
  const t = useTranslations("ingest");
  const router = useRouter();
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > 2_000_000) return setError({ code: "VALIDATION", message: t("tooLarge") });
    const raw = await file.text();
    const body = /\.html?$/i.test(file.name) || file.type === "text/html" ? htmlToText(raw) : raw;
    setText(body);
    if (!title) setTitle(body.split("\n").find((l) => l.trim().length > 10)?.trim().slice(0, 200) ?? "");
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const result = await callApi<{ id: string }>("POST", "/api/articles", {
      outletId: d.get("outletId"),
      title,
      byline: String(d.get("byline") ?? "").trim() || null,
      url: String(d.get("url") ?? "").trim() || null,
      publishedAt: String(d.get("publishedAt") ?? "") || null,
      language: "vi",
      text,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    router.push(`/dashboard/ingest/${result.data.id}`);
  }

  const existing = error?.details?.existingArticleId as string | undefined;
  const f = error?.details?.fields ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={t("formLabel")}>
      {error && (
        <Alert tone="error">
          {error.message}{" "}
          {existing && (
            <Link href={`/dashboard/ingest/${existing}`} className="font-medium underline">
              {t("reviewStored")}
            </Link>
          )}
        </Alert>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        <Field label={t("outlet")} error={f.outletId}>
          {(p) => (
            <select {...p} name="outletId" className={inputClass}>
              <NamedOptions items={outlets} />
            </select>
          )}
        </Field>
        <Field label={t("titleField")} error={f.title}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} className={inputClass} />}
        </Field>
        <Field label={t("publishedOn")} error={f.publishedAt}>
          {(p) => <input {...p} name="publishedAt" type="date" className={inputClass} />}
        </Field>
        <Field label={t("url")} error={f.url}>
          {(p) => <input {...p} name="url" type="url" className={inputClass} />}
        </Field>
        <Field label={t("byline")} error={f.byline}>
          {(p) => <input {...p} name="byline" className={inputClass} />}
        </Field>
        <Field label={t("upload")}>{(p) => <input {...p} type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void onFile(e)} className="text-sm" />}</Field>
      </div>
      <Field label={t("text")} help={t("textHelp")} error={f.text}>
        {(p) => <textarea {...p} rows={12} lang="vi" value={text} onChange={(e) => setText(e.target.value)} className={inputClass} />}
      </Field>
      <Button type="submit" disabled={busy || !text.trim() || !title.trim()}>
        {busy ? t("storing") : t("submit")}
      </Button>
    </form>
  );
}
