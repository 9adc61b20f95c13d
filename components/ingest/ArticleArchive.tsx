import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Section } from "@/components/ui/Section";
import { formatDateTime } from "@/lib/format/date-time";
import type { Locale } from "@/lib/format/dates";

export interface ArchivedPage {
  id: string;
  requestedUrl: string;
  url: string;
  charset: string;
  contentHash: string;
  fetchedAt: Date;
  html: string;
  text: string;
  fetchedBy: { name: string } | null;
}

/**
 * The archived copies of an article's web page: when, from where, the hash of what was received,
 * the text read from it and the HTML itself — as text in a <pre> (React escapes it), so a page
 * kept as evidence can never run in the dashboard.
 */
export async function ArticleArchive({ snapshots, locale }: { snapshots: ArchivedPage[]; locale: Locale }) {
  const t = await getTranslations("ingestUrl");
  return (
    <Section id="article-archive" title={t("archiveHeading")} heading="medium" className="space-y-3">
      {snapshots.length === 0 ? (
        <p className="text-sm text-muted">{t("noArchive")}</p>
      ) : (
        <>
          <p className="text-sm text-muted">{t("archiveIntro")}</p>
          {snapshots.map((s) => (
            <div key={s.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <Row label={t("fetchedAt")}>
                  {formatDateTime(s.fetchedAt, locale)}
                  {s.fetchedBy ? ` — ${s.fetchedBy.name}` : ""}
                </Row>
                <Row label={t("requestedUrl")}>
                  <span className="break-all">{s.requestedUrl}</span>
                </Row>
                {s.url !== s.requestedUrl && (
                  <Row label={t("finalUrl")}>
                    <span className="break-all">{s.url}</span>
                  </Row>
                )}
                <Row label={t("contentHash")}>
                  <code className="break-all text-xs">{s.contentHash}</code>
                </Row>
                <Row label={t("charset")}>{s.charset}</Row>
                <Row label={t("size")}>{new Intl.NumberFormat(locale).format(s.html.length)}</Row>
              </dl>
              <details>
                <summary className="cursor-pointer font-medium">{t("extractedText")}</summary>
                <div className="mt-2 whitespace-pre-wrap leading-relaxed" lang="vi">
                  {s.text}
                </div>
              </details>
              <details>
                <summary className="cursor-pointer font-medium">{t("rawHtml")}</summary>
                {/* Wrapped, not scrolled: a scrolling box would need keyboard focus (axe). It stays
                    folded in its <details> until asked for. */}
                <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">
                  {s.html}
                </pre>
              </details>
            </div>
          ))}
        </>
      )}
    </Section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="font-medium text-muted">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}
