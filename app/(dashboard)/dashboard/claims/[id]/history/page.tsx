import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ClaimActionButton } from "@/components/dashboard/ClaimActionButton";
import { requireActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { findClaimForStaff, listRevisions } from "@/lib/claims/dashboard-queries";
import { diffSnapshots } from "@/lib/claims/history";
import { EDITABLE_STATUSES } from "@/lib/claims/workflow";
import { roleAllows } from "@/lib/permissions";
import { isId } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("history"), robots: { index: false } };
}

// Audit actions of a claim revision, named in messages under history.actions (without "claim.").
const revisionActions = ["create", "update", "submit", "withdraw", "approve", "reject", "request_changes", "retract", "reopen", "verify", "restore_version", "reassign_speaker", "delete", "undelete"] as const;
type RevisionAction = (typeof revisionActions)[number];
const revisionAction = (action: string): RevisionAction | null => {
  const name = action.startsWith("claim.") ? action.slice("claim.".length) : "";
  return (revisionActions as readonly string[]).includes(name) ? (name as RevisionAction) : null;
};

const query = z.object({ from: z.coerce.number().int().min(1).optional().catch(undefined), to: z.coerce.number().int().min(1).optional().catch(undefined) });

export default async function ClaimHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  if (!isId(id)) notFound();
  const actor = await requireActor();
  const claim = await findClaimForStaff(actor, id);
  if (!claim || !actor) notFound();
  const revisions = await listRevisions(actor, id);
  const latest = revisions[0]!;
  const q = query.parse(await searchParams);
  const toV = revisions.find((r) => r.version === q.to) ?? latest;
  const fromV = revisions.find((r) => r.version === q.from) ?? revisions.find((r) => r.version === toV.version - 1) ?? toV;

  const speakerIds = [...new Set(revisions.map((r) => r.snapshot.speakerId))];
  const speakers = await prisma.speaker.findMany({ where: { id: { in: speakerIds } }, select: { id: true, name: true } });
  const names = new Map(speakers.map((s) => [s.id, s.name]));
  const diff = diffSnapshots(fromV.snapshot, toV.snapshot, names);
  const [t, tc, tField] = await Promise.all([getTranslations("history"), getTranslations("common"), getTranslations("claimFields")]);
  const actionLabel = (action: string) => {
    const known = revisionAction(action);
    return known ? t(`actions.${known}`) : action;
  };
  const canRestore = !claim.deletedAt && EDITABLE_STATUSES.includes(claim.status) && roleAllows(actor.role, "claim.restore_version");

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-muted">
          <Link href={`/dashboard/claims/${id}`} className="hover:text-accent">
            {t("back")}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight">{t("heading", { speaker: claim.speaker.name })}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>

      <section aria-labelledby="compare-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="compare-heading" className="text-lg font-semibold">
          {t("compareHeading")}
        </h2>
        <form className="mt-3 flex flex-wrap items-end gap-3 text-sm">
          {(
            [
              ["from", fromV.version, t("fromVersion")],
              ["to", toV.version, t("toVersion")],
            ] as const
          ).map(([name, selected, label]) => (
            <label key={name} className="flex flex-col gap-1">
              {label}
              <select name={name} defaultValue={selected} className="rounded-md border border-slate-300 px-2 py-1.5">
                {revisions.map((r) => (
                  <option key={r.version} value={r.version}>
                    v{r.version} — {actionLabel(r.action)}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit" className="rounded-md bg-accent px-3 py-2 font-medium text-white hover:bg-accent-strong">
            {t("compare")}
          </button>
        </form>
        <div className="mt-4" data-testid="version-diff">
          <p className="text-sm font-medium">
            {t("changes", { from: fromV.version, to: toV.version })}
          </p>
          {diff.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{t("noDiff")}</p>
          ) : (
            <dl className="mt-2 divide-y divide-slate-100 text-sm">
              {diff.map((d) => (
                <div key={d.field} className="grid gap-1 py-2 sm:grid-cols-4">
                  <dt className="font-medium text-muted">{tField(d.field)}</dt>
                  <dd className="whitespace-pre-wrap sm:col-span-3" lang="vi">
                    {d.parts.map((p, i) =>
                      p.added ? (
                        <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
                          {p.value}
                        </ins>
                      ) : p.removed ? (
                        <del key={i} className="bg-rose-100 text-rose-900">
                          {p.value}
                        </del>
                      ) : (
                        <span key={i}>{p.value}</span>
                      ),
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </section>

      <section aria-labelledby="versions-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="versions-heading" className="text-lg font-semibold">
          {t("versionsHeading")}
        </h2>
        <ol className="mt-3 divide-y divide-slate-100">
          {revisions.map((r, i) => {
            const previous = revisions[i + 1];
            return (
              <li key={r.version} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm" data-testid={`version-${r.version}`}>
                <div>
                  <p>
                    <span className="font-semibold">v{r.version}</span> · {t("byActor", { action: actionLabel(r.action), actor: r.actor?.name ?? tc("system") })} ·{" "}
                    <time dateTime={r.createdAt.toISOString()}>{r.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC</time>
                  </p>
                  <p className="mt-0.5 line-clamp-1 text-muted" lang="vi">
                    {r.snapshot.quote}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  {previous && (
                    <Link href={`?from=${previous.version}&to=${r.version}`} className="text-accent hover:underline">
                      {t("diffWith", { version: previous.version })}
                    </Link>
                  )}
                  {canRestore && r.version !== latest.version && (
                    <ClaimActionButton
                      method="POST"
                      url={`/api/claims/${id}/restore`}
                      body={{ fromVersion: r.version, version: claim.version }}
                      label={t("restore", { version: r.version })}
                      confirmText={t("restoreConfirm", { version: r.version })}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
