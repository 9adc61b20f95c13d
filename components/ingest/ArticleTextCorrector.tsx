"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { Panel } from "@/components/ui/Panel";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import type { ArticlePagePreview } from "@/lib/ingest/url/fetch-article";

interface Revised {
  placed: { same: number; moved: number; fuzzy: number };
  lost: unknown[];
}

/**
 * Correcting a stored article's text by hand, or with the outlet's current page fetched again.
 * The server places every source again on the new text (or flags it): the result says how many.
 */
export function ArticleTextCorrector({
  articleId,
  text: storedText,
  contentHash,
  url,
}: {
  articleId: string;
  text: string;
  contentHash: string;
  url: string | null;
}) {
  const t = useTranslations("ingestUrl");
  const router = useRouter();
  const [text, setText] = useState(storedText);
  const [snapshotId, setSnapshotId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fetcher = useApiMutation({ fields: { url: t("url") } });
  const saver = useApiMutation({ fields: { text: t("newText") } });

  async function fetchAgain() {
    if (!url) return;
    setNotice(null);
    const result = await fetcher.run<ArticlePagePreview>("POST", "/api/ingest/fetch", { url });
    if (!result.ok) return;
    setText(result.data.text);
    setSnapshotId(result.data.snapshotId);
    setNotice(result.data.text === storedText ? t("unchangedAgain") : t("fetchedAgain"));
  }

  async function save() {
    setNotice(null);
    const result = await saver.run<Revised>("PUT", `/api/articles/${articleId}/text`, {
      text,
      expectedHash: contentHash,
      ...(snapshotId ? { snapshotId } : {}),
    });
    if (!result.ok) return;
    const { placed, lost } = result.data;
    setSnapshotId(null);
    setNotice(t("saved", { ...placed, lost: lost.length }));
    router.refresh();
  }

  return (
    <Panel id="article-correct" title={t("correctHeading")} intro={t("correctIntro")} padding="p-4">
      <div className="space-y-3">
        <FormError message={fetcher.error?.message ?? saver.error?.message} />
        <TextAreaField
          label={t("newText")}
          error={saver.fieldErrors.text}
          rows={10}
          lang="vi"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" onClick={() => void save()} disabled={saver.pending}>
            {saver.pending ? t("saving") : t("save")}
          </Button>
          {url && (
            <Button
              type="button"
              variant="ghost"
              onClick={() => void fetchAgain()}
              disabled={fetcher.pending}
            >
              {fetcher.pending ? t("fetchingAgain") : t("fetchAgain")}
            </Button>
          )}
        </div>
        <p role="status" className="text-sm text-emerald-800">
          {notice}
        </p>
      </div>
    </Panel>
  );
}
