"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { Field, NamedOptions } from "@/components/ui/Field";
import { TextField, UrlField } from "@/components/ui/TextField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { SelectField } from "@/components/ui/SelectField";
import { FormError } from "@/components/ui/FieldError";
import { suggestTitle } from "@/lib/articles/title";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import type { ArticlePagePreview } from "@/lib/ingest/url/fetch-article";
import { ArticleUrlFetcher } from "./ArticleUrlFetcher";
import { InlineOutletCreator } from "./InlineOutletCreator";

/** Text of an uploaded .html file: the visible text, paragraphs kept as lines. */
function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const n of doc.querySelectorAll("script, style, noscript, nav, header, footer, aside")) n.remove();
  const blocks = [...doc.body.querySelectorAll("h1, h2, h3, p, li, blockquote")]
    .map((n) => n.textContent?.trim() ?? "")
    .filter(Boolean);
  return blocks.length ? blocks.join("\n\n") : (doc.body.textContent ?? "").trim();
}

type Required = "outlet" | "title" | "text";

/**
 * Paste or upload an article; stored once (by content hash), then reviewed for claims. Nothing is
 * chosen for the editor: the outlet starts empty (with a way to add a missing one here), the title
 * is suggested from the text's first line and stays editable. The button is never disabled
 * without a reason: pressing it with something missing says what, next to each field and by it.
 */
export function IngestForm({ outlets: initialOutlets }: { outlets: { id: string; name: string }[] }) {
  const t = useTranslations("ingest");
  const tx = useTranslations("articlesUx.ingestForm");
  const router = useRouter();
  const [outlets, setOutlets] = useState(initialOutlets);
  const [outletId, setOutletId] = useState("");
  const [creatingOutlet, setCreatingOutlet] = useState(false);
  const [outletCreated, setOutletCreated] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  // True while the title is the suggestion from the text (the editor has not typed one).
  const [titleSuggested, setTitleSuggested] = useState(false);
  const [attempted, setAttempted] = useState(false);
  // The article's optional details, each a text field of its own name.
  const [details, setDetails] = useState({ publishedAt: "", url: "", byline: "" });
  // The archived copy of the page the fields came from, kept with the article when it is stored.
  const [snapshotId, setSnapshotId] = useState<string | null>(null);
  const store = useApiMutation({
    fields: {
      outletId: { label: t("outlet"), pick: "item" },
      title: t("titleField"),
      text: t("text"),
      publishedAt: t("publishedOn"),
      url: t("url"),
      byline: t("byline"),
    },
  });
  const refs = {
    outlet: useRef<HTMLSelectElement>(null),
    title: useRef<HTMLInputElement>(null),
    text: useRef<HTMLTextAreaElement>(null),
  };

  const missing: Required[] = [
    ...(outletId ? [] : ["outlet" as const]),
    ...(title.trim() ? [] : ["title" as const]),
    ...(text.trim() ? [] : ["text" as const]),
  ];
  const shownMissing = attempted ? missing : [];
  const missingMessage = { outlet: tx("missingOutlet"), title: tx("missingTitle"), text: tx("missingText") };
  const fieldName = { outlet: t("outlet"), title: t("titleField"), text: t("text") };

  function changeText(value: string) {
    setText(value);
    if (!title.trim() || titleSuggested) {
      const suggestion = suggestTitle(value);
      setTitle(suggestion);
      setTitleSuggested(Boolean(suggestion));
    }
  }

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > 2_000_000) return store.fail(t("tooLarge"));
    const raw = await file.text();
    changeText(/\.html?$/i.test(file.name) || file.type === "text/html" ? htmlToText(raw) : raw);
  }

  function fillFromPage(page: ArticlePagePreview) {
    setText(page.text);
    setTitle(page.title ?? suggestTitle(page.text));
    setTitleSuggested(!page.title);
    setDetails({ publishedAt: page.publishedAt ?? "", url: page.url, byline: page.byline ?? "" });
    if (page.outlet) {
      const found = page.outlet;
      setOutlets((list) => (list.some((o) => o.id === found.id) ? list : [...list, found]));
      setOutletId(found.id);
    }
    setSnapshotId(page.snapshotId);
    store.reset();
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const first = missing[0];
    if (first) {
      setAttempted(true);
      refs[first].current?.focus();
      return;
    }
    const result = await store.run<{ id: string }>("POST", "/api/articles", {
      outletId,
      title,
      byline: details.byline.trim() || null,
      url: details.url.trim() || null,
      publishedAt: details.publishedAt || null,
      language: "vi",
      text,
      ...(snapshotId ? { snapshotId } : {}),
    });
    if (!result.ok) return;
    router.push(`/dashboard/ingest/${result.data.id}`);
  }

  const existing = store.error?.details?.existingArticleId as string | undefined;
  const f = store.fieldErrors;
  const errorsFor = (field: Required, server: string | undefined) => [
    ...(shownMissing.includes(field) ? [missingMessage[field]] : []),
    ...(server ? [server] : []),
  ];
  const detailField = (name: keyof typeof details) => ({
    name,
    error: f[name],
    value: details[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setDetails((d) => ({ ...d, [name]: e.target.value })),
  });
  return (
    <div className="space-y-4">
      <ArticleUrlFetcher onFetched={fillFromPage} />
      <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={t("formLabel")}>
        <FormError message={store.error?.message}>
          {existing && (
            <>
              {" "}
              <Link href={`/dashboard/ingest/${existing}`} className="font-medium underline">
                {t("reviewStored")}
              </Link>
            </>
          )}
        </FormError>
        <p className="text-xs text-muted">{tx("requiredNote")}</p>
        <div className="grid gap-3 md:grid-cols-2">
          <div>
            <SelectField
              label={`${t("outlet")} *`}
              error={errorsFor("outlet", f.outletId)}
              ref={refs.outlet}
              name="outletId"
              required
              value={outletId}
              onChange={(e) => {
                setOutletId(e.target.value);
                setOutletCreated(null);
              }}
            >
              <option value="">{tx("outletPlaceholder")}</option>
              <NamedOptions items={outlets} />
            </SelectField>
            {!creatingOutlet && (
              <button
                type="button"
                onClick={() => setCreatingOutlet(true)}
                className="mt-1 text-sm text-accent underline"
              >
                {tx("newOutlet")}
              </button>
            )}
            <p role="status" className="mt-1 text-sm text-emerald-800">
              {outletCreated && tx("outletCreated", { name: outletCreated })}
            </p>
          </div>
          <TextField
            label={`${t("titleField")} *`}
            help={titleSuggested ? tx("titleSuggested") : undefined}
            error={errorsFor("title", f.title)}
            ref={refs.title}
            required
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              setTitleSuggested(false);
            }}
          />
        </div>
        {creatingOutlet && (
          <InlineOutletCreator
            onCancel={() => setCreatingOutlet(false)}
            onCreated={(outlet) => {
              setOutlets((list) => [...list, outlet].sort((a, b) => a.name.localeCompare(b.name, "vi")));
              setOutletId(outlet.id);
              setOutletCreated(outlet.name);
              setCreatingOutlet(false);
              refs.outlet.current?.focus();
            }}
          />
        )}
        <div className="grid gap-3 md:grid-cols-2">
          <TextField label={t("publishedOn")} type="date" {...detailField("publishedAt")} />
          <UrlField label={t("url")} {...detailField("url")} />
          <TextField label={t("byline")} {...detailField("byline")} />
          <Field label={t("upload")}>
            {(p) => (
              <input
                {...p}
                type="file"
                accept=".txt,.html,.htm,text/plain,text/html"
                onChange={(e) => void onFile(e)}
                className="text-sm"
              />
            )}
          </Field>
        </div>
        <TextAreaField
          label={`${t("text")} *`}
          help={t("textHelp")}
          error={errorsFor("text", f.text)}
          ref={refs.text}
          required
          rows={12}
          lang="vi"
          value={text}
          onChange={(e) => changeText(e.target.value)}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button
            type="submit"
            disabled={store.pending}
            aria-describedby={shownMissing.length ? "ingest-missing" : undefined}
          >
            {store.pending ? t("storing") : t("submit")}
          </Button>
          {/* Always in the page, so that screen readers announce what appears in it. */}
          <p id="ingest-missing" role="status" className="text-sm text-rose-700">
            {shownMissing.length > 0 &&
              tx("cannotSubmit", { fields: shownMissing.map((m) => fieldName[m]).join(", ") })}
          </p>
        </div>
      </form>
    </div>
  );
}
