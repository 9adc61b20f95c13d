import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Panel } from "@/components/ui/Panel";
import { ORIGIN_KINDS, unnamedShare } from "@/lib/claims/laundering";
import type { OutletSourcing } from "@/lib/claims/laundering-queries";

/**
 * An outlet's sourcing record (dashboard): of the appearances in its articles, how many go back to
 * an unnamed source (count and share), how the others start, how often other outlets relay it, and
 * the latest appearances with an unnamed origin.
 */
export async function OutletSourcingReport({ report }: { report: OutletSourcing }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("laundering")]);
  const share = unnamedShare(report);
  const percent = (x: number) =>
    new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN", {
      style: "percent",
      maximumFractionDigits: 1,
    }).format(x);
  const stats: [string, string, string][] = [
    ["appearances", t("outlet.appearances"), String(report.appearances)],
    ["unnamed", t("outlet.unnamed"), String(report.unnamed)],
    [
      "share",
      t("outlet.share"),
      share === null
        ? t("outlet.noShare")
        : t("outlet.shareValue", {
            percent: percent(share),
            unnamed: report.unnamed,
            appearances: report.appearances,
          }),
    ],
    ["relayed", t("outlet.relayedByOthers"), String(report.relayedByOthers)],
  ];
  return (
    <div className="space-y-8">
      <PageHeader
        title={report.outlet.name}
        intro={<p>{t("outlet.intro")}</p>}
        back={
          <Link href="/dashboard/articles" className="hover:text-accent">
            {t("outlet.breadcrumb")}
          </Link>
        }
      />
      <dl className="grid gap-4 sm:grid-cols-4" data-testid="outlet-sourcing">
        {stats.map(([key, label, value]) => (
          <div
            key={key}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid={`outlet-${key}`}
          >
            <dt className="text-xs uppercase tracking-wide text-muted">{label}</dt>
            <dd className="mt-1 text-xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <Panel id="outlet-origins" title={t("outlet.byOriginHeading")}>
        <DataTable
          caption={t("outlet.byOriginHeading")}
          columns={[
            { key: "origin", header: t("outlet.origin"), cell: (k) => t(`origin.${k}`) },
            { key: "count", header: t("outlet.count"), cell: (k) => report.byOrigin[k] },
          ]}
          rows={ORIGIN_KINDS}
          rowKey={(k) => k}
        />
      </Panel>
      <Panel id="outlet-unnamed" title={t("outlet.recentHeading")}>
        <DataTable
          caption={t("outlet.recentHeading")}
          columns={[
            {
              key: "claim",
              header: t("outlet.claim"),
              cell: (r) => (
                <Link
                  href={`/dashboard/claims/${r.claimId}`}
                  className="text-accent hover:underline"
                  lang="vi"
                >
                  {r.speaker}: {r.quote.length > 120 ? `${r.quote.slice(0, 120)}…` : r.quote}
                </Link>
              ),
            },
            { key: "article", header: t("outlet.article"), cell: (r) => r.articleTitle, wideOnly: true },
            { key: "source", header: t("outlet.source"), cell: (r) => r.origin },
          ]}
          rows={report.recentUnnamed}
          rowKey={(r) => r.appearanceId}
          empty={t("outlet.none")}
        />
      </Panel>
    </div>
  );
}
