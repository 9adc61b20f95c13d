"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { AttributionChain } from "@/components/claims/AttributionChain";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/SelectField";
import { FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import type { ChainNodeKind } from "@/lib/generated/prisma/enums";
import type { TextSpan } from "@/lib/text/selectors";
import { AttributionChainEditor, type ChainRow } from "./AttributionChainEditor";
import { SelectableText } from "./SelectableText";
import { SaveNotice, useSaveNotice } from "./SaveNotice";
import { useUnsavedWork } from "./UnsavedChanges";

export interface SourceView {
  id: string;
  exact: string;
  start: number | null;
  end: number | null;
  /** The article's text was corrected and this passage was not found in it (lib/articles/revise-text.ts). */
  anchorLost: boolean;
  article: { id: string; title: string; outletName: string };
  chain: { kind: ChainNodeKind; label: string }[];
}

/** A claim's sources: each an article span and its attribution chain; add one by selecting text. */
export function SourcesPanel({
  claimId,
  sources,
  corroboration,
  articles,
  outlets,
  speakers,
  canManage,
}: {
  claimId: string;
  sources: SourceView[];
  corroboration: number;
  articles: { id: string; title: string; outletId: string; outletName: string }[];
  outlets: { id: string; name: string }[];
  speakers: { id: string; name: string }[];
  canManage: boolean;
}) {
  const t = useTranslations("sources");
  const tc = useTranslations("common");
  const tUrl = useTranslations("ingestUrl");
  const router = useRouter();
  // What just happened, said where it happened (below the list, by the "Add a source" button).
  const { notice, clear: clearNotice, saved } = useSaveNotice();
  const [adding, setAdding] = useState(false);
  const [articleId, setArticleId] = useState("");
  const [articleText, setArticleText] = useState<string | null>(null);
  const [span, setSpan] = useState<TextSpan | null>(null);
  const [chain, setChain] = useState<ChainRow[]>([]);
  // Adding and removing fail on their own: each error is shown where its button is.
  const adder = useApiMutation({
    fields: {
      articleId: { label: t("article"), pick: "item" },
      ...Object.fromEntries(chain.map((_, i) => [`chain.${i}.label`, `${t("labelAsWritten")} (${i + 1})`])),
    },
  });
  const remover = useApiMutation();
  const tUnsaved = useTranslations("unsaved");
  const statusRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLDivElement>(null);
  const [focusAdd, setFocusAdd] = useState(false);
  // The add form closes on save and the page gets shorter: bring the confirmation into view, and
  // put focus back where the person was (the "Add a source" button) instead of on the page.
  useEffect(() => {
    if (!notice) return;
    statusRef.current?.scrollIntoView({ block: "nearest" });
    if (focusAdd) addRef.current?.querySelector("button")?.focus();
    setFocusAdd(false);
  }, [notice, focusAdd]);
  // A chosen span is work a person would not want to lose by leaving the page.
  useUnsavedWork("source", adding && span !== null, tUnsaved("source"));

  async function chooseArticle(id: string) {
    setArticleId(id);
    setSpan(null);
    setArticleText(null);
    adder.reset();
    if (!id) return;
    const res = await fetch(`/api/articles/${id}`);
    if (!res.ok) return adder.fail(t("loadFailed"));
    const { article } = (await res.json()) as {
      article: { text: string; outlet: { id: string; name: string } };
    };
    setArticleText(article.text);
    setChain([{ kind: "OUTLET", label: article.outlet.name, outletId: article.outlet.id, speakerId: null }]);
  }

  async function save() {
    if (!span) return adder.fail(t("selectFirst"));
    const result = await adder.run("POST", `/api/claims/${claimId}/appearances`, {
      articleId,
      start: span.start,
      end: span.end,
      exact: span.exact,
      prefix: span.prefix,
      suffix: span.suffix,
      chain: chain.map((r) => ({
        kind: r.kind,
        label: r.label,
        outletId: r.outletId,
        speakerId: r.speakerId,
      })),
    });
    if (!result.ok) return;
    const article = articles.find((a) => a.id === articleId);
    saved(result.data, t("added", { source: article ? `${article.outletName}: ${article.title}` : "" }));
    setFocusAdd(true);
    setAdding(false);
    setArticleId("");
    setArticleText(null);
    setSpan(null);
    router.refresh();
  }

  async function remove(id: string) {
    if (!window.confirm(t("removeConfirm"))) return;
    clearNotice();
    const result = await remover.run("DELETE", `/api/appearances/${id}`, {});
    if (!result.ok) return;
    saved(result.data, t("removed"));
    router.refresh();
  }

  return (
    <section aria-labelledby="sources-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="sources-heading" className="text-lg font-semibold">
          {t("heading", { count: sources.length })}
        </h2>
        <p className="text-sm text-muted" data-testid="corroboration">
          {t("corroboration", { count: corroboration })}
        </p>
      </div>
      {remover.error && (
        <div className="mt-3">
          <FormError message={remover.error.message} />
        </div>
      )}
      {sources.length === 0 && <p className="mt-2 text-sm text-muted">{t("empty")}</p>}
      <ul className="mt-3 space-y-3">
        {sources.map((s) => (
          <li key={s.id} className="rounded-md border border-slate-100 p-3 text-sm">
            <div className="flex items-start justify-between gap-3">
              <div>
                <p className="font-medium">
                  {s.article.outletName}: {s.article.title}
                </p>
                <p className="mt-1 text-muted" lang="vi">
                  <mark className="bg-yellow-100 text-ink">{s.exact}</mark>
                  {s.start !== null && (
                    <span className="ml-2 text-xs">
                      [{s.start}–{s.end}]
                    </span>
                  )}
                </p>
                {s.anchorLost && (
                  <p role="note" className="mt-1 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">
                    {tUrl("sourceLost")}{" "}
                    <Link href={`/dashboard/articles/${s.article.id}`} className="underline">
                      {tUrl("openArticle")}
                    </Link>
                  </p>
                )}
                <div className="mt-2">
                  <AttributionChain chain={s.chain} />
                </div>
              </div>
              {canManage && (
                <Button
                  variant="ghost"
                  onClick={() => void remove(s.id)}
                  aria-label={t("removeLabel", { title: s.article.title })}
                >
                  {tc("remove")}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>

      <div
        ref={statusRef}
        role="status"
        className="mt-3 scroll-mb-24 empty:hidden"
        data-testid="sources-status"
      >
        <SaveNotice notice={notice} />
      </div>

      {canManage && !adding && (
        <div ref={addRef} className="mt-4">
          <Button
            variant="secondary"
            onClick={() => {
              clearNotice();
              setAdding(true);
            }}
          >
            {t("add")}
          </Button>
        </div>
      )}

      {canManage && adding && (
        <fieldset
          className="min-w-0 mt-4 space-y-4 rounded-md border border-sky-200 bg-sky-50/40 p-4"
          aria-label={t("addLabel")}
        >
          <FormError message={adder.error?.message} />
          <SelectField
            label={t("article")}
            help={t("articleHelp")}
            error={adder.fieldErrors.articleId}
            value={articleId}
            onChange={(e) => void chooseArticle(e.target.value)}
          >
            <option value="">{t("chooseArticle")}</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.outletName}: {a.title}
              </option>
            ))}
          </SelectField>
          {articleText !== null && (
            <>
              <div>
                <p className="mb-1 text-sm font-medium">{t("selectPrompt")}</p>
                <SelectableText
                  text={articleText}
                  label={t("articleText")}
                  lang="vi"
                  onSelect={setSpan}
                  highlights={span ? [{ start: span.start, end: span.end, tone: "selection" }] : []}
                  className="max-h-96 overflow-y-auto"
                />
                <p className="mt-2 text-sm" aria-live="polite" data-testid="selected-span">
                  {span ? (
                    t.rich("selected", {
                      start: span.start,
                      end: span.end,
                      exact: span.exact,
                      q: (chunks) => <q className="font-medium">{chunks}</q>,
                    })
                  ) : (
                    <span className="text-muted">{t("nothingSelected")}</span>
                  )}
                </p>
              </div>
              <AttributionChainEditor
                chain={chain}
                onChange={setChain}
                outlets={outlets}
                speakers={speakers}
                errors={adder.fieldErrors}
              />
            </>
          )}
          <div className="flex gap-2">
            <Button onClick={() => void save()} disabled={adder.pending || !span}>
              {adder.pending ? tc("saving") : t("save")}
            </Button>
            <Button variant="ghost" onClick={() => setAdding(false)}>
              {tc("cancel")}
            </Button>
          </div>
        </fieldset>
      )}
    </section>
  );
}
