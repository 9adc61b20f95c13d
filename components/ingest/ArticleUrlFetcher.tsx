"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { UrlField } from "@/components/ui/TextField";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import type { ArticlePagePreview } from "@/lib/ingest/url/fetch-article";

/**
 * "Take it from its address": the server fetches the page (public addresses only), reads the
 * article out of it and keeps an archived copy; the form below is filled in for the editor to
 * check. A separate form, so pressing Enter in the address fetches instead of storing.
 */
export function ArticleUrlFetcher({ onFetched }: { onFetched: (page: ArticlePagePreview) => void }) {
  const t = useTranslations("ingestUrl");
  const [url, setUrl] = useState("");
  const [fetched, setFetched] = useState<ArticlePagePreview | null>(null);
  const fetcher = useApiMutation({ fields: { url: t("url") } });

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!url.trim()) return fetcher.fail(t("missingUrl"), { url: t("missingUrl") });
    const result = await fetcher.run<ArticlePagePreview>("POST", "/api/ingest/fetch", { url: url.trim() });
    if (!result.ok) return;
    setFetched(result.data);
    onFetched(result.data);
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("formLabel")}
      className="space-y-2 rounded border border-line p-3"
    >
      <FormError message={fetcher.error?.message} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <UrlField
            label={t("url")}
            help={t("help")}
            error={fetcher.fieldErrors.url}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <Button type="submit" disabled={fetcher.pending}>
          {fetcher.pending ? t("fetching") : t("fetch")}
        </Button>
      </div>
      <p role="status" className="text-sm text-emerald-800">
        {fetched &&
          !fetcher.pending &&
          !fetcher.error &&
          t("fetched", {
            url: fetched.url,
            outlet: fetched.outlet?.name ?? fetched.siteName ?? "—",
          })}
      </p>
      {fetched && !fetched.outlet && !fetcher.error && (
        <p className="text-sm text-muted">
          {t("outletUnknown", { site: fetched.siteName ?? new URL(fetched.url).host })}
        </p>
      )}
    </form>
  );
}
