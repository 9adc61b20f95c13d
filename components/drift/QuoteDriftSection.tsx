import { getLocale, getTranslations } from "next-intl/server";
import { ClaimActionButton } from "@/components/dashboard/ClaimActionButton";
import { Badge } from "@/components/ui/Badge";
import { Panel } from "@/components/ui/Panel";
import type { EditorialStatus, VerificationStatus } from "@/lib/generated/prisma/enums";
import type { DriftKind } from "@/lib/drift/compare";
import { quoteDriftReport, type DriftSource } from "@/lib/drift/queries";
import { formatDay, type Locale } from "@/lib/format/dates";
import { roleAllows, type Actor } from "@/lib/permissions";
import { DriftDiffText } from "./DriftDiffText";

/**
 * The dashboard claim page's quote drift panel: every outlet's words compared with the earliest
 * outlet's (lib/drift/), the substantive differences named, a reviewer's confirmation, and one
 * click to the MISQUOTED verification once a drift is confirmed. Nothing when fewer than two
 * outlets carry the claim.
 */
export async function QuoteDriftSection({
  actor,
  claim,
}: {
  actor: Actor;
  claim: {
    id: string;
    version: number;
    status: EditorialStatus;
    verification: VerificationStatus;
    deleted: boolean;
  };
}) {
  const report = await quoteDriftReport(actor, claim.id);
  if (!report) return null;
  const [t, tKind, tHarmless, locale] = await Promise.all([
    getTranslations("quoteDrift.panel"),
    getTranslations("quoteDrift.kinds"),
    getTranslations("quoteDrift.harmless"),
    getLocale(),
  ]);
  const kindList = (kinds: DriftKind[]) => kinds.map((k) => tKind(k)).join("; ");
  const canConfirm = !claim.deleted && roleAllows(actor.role, "drift.confirm");
  const confirmed = report.compared.filter((c) => c.confirmed && c.comparison.findings.length > 0);
  const firstConfirmed = confirmed[0];
  const confirmedKinds = firstConfirmed
    ? kindList(firstConfirmed.comparison.findings.map((f) => f.kind))
    : "";
  const published = claim.status === "APPROVED" || claim.status === "RETRACTED";
  const canApply =
    firstConfirmed &&
    !claim.deleted &&
    claim.verification !== "MISQUOTED" &&
    roleAllows(actor.role, "claim.verify");
  const dated = (s: DriftSource) =>
    `${s.outlet} · ${s.publishedAt ? formatDay(s.publishedAt, locale as Locale) : t("undated")}`;
  const labels = { removed: t("removed"), added: t("added"), kind: (k: DriftKind) => tKind(k) };

  return (
    <Panel id="quote-drift-heading" title={t("heading")} intro={t("intro")}>
      <div className="space-y-4" data-testid="quote-drift">
        <div className="rounded-md border border-slate-200 p-3" data-testid="drift-base">
          <p className="text-sm font-medium">
            {dated(report.base)} <Badge tone="info">{t("earliest")}</Badge>
          </p>
          <p className="mt-1 font-serif leading-relaxed" lang="vi">
            {report.base.exact}
          </p>
        </div>
        <p className="text-xs text-muted">{t("legend")}</p>
        {report.compared.map((c) => {
          const { findings, harmless, otherWording, identical, segments } = c.comparison;
          return (
            <div
              key={c.appearanceId}
              className={`rounded-md border p-3 ${findings.length ? "border-amber-300" : "border-slate-200"}`}
              data-testid="drift-source"
            >
              <p className="text-sm font-medium">{dated(c)}</p>
              <div className="mt-1">
                <DriftDiffText segments={segments} labels={labels} />
              </div>
              {identical ? (
                <p className="mt-2 text-sm text-muted">{t("identical")}</p>
              ) : findings.length === 0 ? (
                <p className="mt-2 text-sm text-muted">{t("noDrift")}</p>
              ) : (
                <div className="mt-2 text-sm">
                  <p className="font-medium">{t("findingsLabel")}</p>
                  <ul className="list-disc pl-5" data-testid="drift-findings">
                    {findings.map((f) => (
                      <li key={f.kind} data-kind={f.kind}>
                        {t("finding", {
                          kind: tKind(f.kind),
                          words: [...f.base.map((w) => `−“${w}”`), ...f.quoted.map((w) => `+“${w}”`)].join(
                            " ",
                          ),
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {otherWording && <p className="mt-1 text-sm text-muted">{t("otherWording")}</p>}
              {harmless.length > 0 && (
                <p className="mt-1 text-xs text-muted">
                  {t("harmlessLabel", { list: harmless.map((h) => tHarmless(h)).join(", ") })}
                </p>
              )}
              {findings.length > 0 && (
                <div className="mt-2">
                  {c.confirmed ? (
                    <Badge tone="warn">{t("confirmed")}</Badge>
                  ) : (
                    canConfirm && (
                      // Stored, audited, shown to readers.
                      <ClaimActionButton
                        method="POST"
                        url={`/api/claims/${claim.id}/drifts`}
                        body={{ appearanceId: c.appearanceId }}
                        label={t("confirm")}
                        variant="primary"
                      />
                    )
                  )}
                </div>
              )}
            </div>
          );
        })}
        {firstConfirmed && claim.verification !== "MISQUOTED" && (
          <div className="rounded-md bg-amber-50 p-3 text-sm text-amber-950" data-testid="drift-suggestion">
            <p>{t("suggestMisquoted")}</p>
            {canApply && (
              <div className="mt-2">
                {/* The existing verification route (claim.verify), with the confirmed drift as its
                    evidence note, and as the readers' reason when the claim is published (a change
                    of a published claim's verification is a public correction). */}
                <ClaimActionButton
                  method="PUT"
                  url={`/api/claims/${claim.id}/verification`}
                  body={{
                    verification: "MISQUOTED",
                    note: t("misquotedNote", {
                      outlet: firstConfirmed.outlet,
                      base: report.base.outlet,
                      kinds: confirmedKinds,
                    }),
                    ...(published
                      ? {
                          reason: t("misquotedReason", {
                            outlet: firstConfirmed.outlet,
                            kinds: confirmedKinds,
                          }),
                        }
                      : {}),
                    version: claim.version,
                  }}
                  label={t("applyMisquoted")}
                />
              </div>
            )}
          </div>
        )}
      </div>
    </Panel>
  );
}
