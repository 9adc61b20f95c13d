import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PendingChangeActions } from "@/components/dashboard/PendingChangeActions";
import { SnapshotDiff } from "@/components/dashboard/SnapshotDiff";
import { claimValueDescriber, diffSnapshots } from "@/lib/claims/history";
import { PageHeader } from "@/components/ui/PageHeader";
import { FieldComparison } from "@/components/ui/FieldComparison";
import { Section } from "@/components/ui/Section";
import { requirePageAction } from "@/lib/auth/actor";
import {
  listPendingChanges,
  snapshotNames,
  type PendingChangeView,
  type SnapshotNames,
} from "@/lib/pending/queries";
import { roleAllows, type Actor } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("pending"), robots: { index: false } };
}

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** The queue of changes to published pages that wait for a reviewer, and the latest decisions. */
export default async function PendingChangesPage() {
  const actor = await requirePageAction("claim.read_internal");
  const [waiting, decided, t, tSuggestions] = await Promise.all([
    listPendingChanges("pending"),
    listPendingChanges("decided", {}, 20),
    getTranslations("pending"),
    getTranslations("linkSuggestions"),
  ]);
  // Corrections of published claims show their diff with speakers and topics by name.
  const names = await snapshotNames([...waiting, ...decided]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={
          <>
            <p className="mt-1">{t("intro")}</p>
            {roleAllows(actor.role, "pending.decide") && <p className="mt-1">{t("introReviewer")}</p>}
            {/* The other queue reviewers work through (the navigation row is full at 1280 px). */}
            <p className="mt-1">
              <Link href="/dashboard/suggestions" className="text-accent underline">
                {tSuggestions("navLabel")}
              </Link>
            </p>
          </>
        }
      />
      <Section id="waiting-heading" title={t("title")} heading="hidden" className="mt-6">
        <ChangeList changes={waiting} empty={t("empty")} actor={actor} names={names} />
      </Section>
      <Section id="decided-heading" title={t("decidedHeading")} heading="medium" className="mt-10">
        <ChangeList changes={decided} empty={t("noDecided")} actor={actor} names={names} />
      </Section>
    </>
  );
}

/** The changes of one part of the queue, or a line saying there are none. */
function ChangeList({
  changes,
  empty,
  actor,
  names,
}: {
  changes: PendingChangeView[];
  empty: string;
  actor: Actor;
  names: SnapshotNames;
}) {
  if (changes.length === 0) {
    return <p className="mt-2 rounded-lg border border-slate-200 bg-white p-6 text-sm text-muted">{empty}</p>;
  }
  return (
    <ul className="mt-3 space-y-4">
      {changes.map((c) => (
        <li key={c.id}>
          <ChangeCard change={c} actor={actor} names={names} />
        </li>
      ))}
    </ul>
  );
}

async function ChangeCard({
  change: c,
  actor,
  names,
}: {
  change: PendingChangeView;
  actor: Actor;
  names: SnapshotNames;
}) {
  const [t, tEnum] = await Promise.all([getTranslations("pending"), getTranslations("enums")]);
  const own = c.proposedBy.id === actor.id;
  const canDecide = c.status === "PENDING" && roleAllows(actor.role, "pending.decide") && !own;
  const canWithdraw = c.status === "PENDING" && (own || actor.role === "ADMIN");
  return (
    <article
      aria-label={t(`kind.${c.kind}`)}
      className="rounded-lg border border-slate-200 bg-white p-5 text-sm"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          {t(`kind.${c.kind}`)}
          {c.status !== "PENDING" && (
            <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium">
              {t(`status.${c.status}`)}
            </span>
          )}
        </h3>
        <p className="text-xs text-muted">
          {t("proposed", { name: c.proposedBy.name, date: when(c.createdAt) })}
        </p>
      </header>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
        {c.claim && (
          <>
            <dt className="text-muted">{t("claim")}</dt>
            <dd lang="vi">
              <Link href={`/dashboard/claims/${c.claim.id}`} className="text-accent hover:underline">
                {c.claim.speaker}:{" "}
                {c.claim.quote.length > 160 ? `${c.claim.quote.slice(0, 160)}…` : c.claim.quote}
              </Link>
            </dd>
          </>
        )}
        {c.speaker && (
          <>
            <dt className="text-muted">{t("speaker")}</dt>
            <dd lang="vi">{c.speaker.name}</dd>
          </>
        )}
        {c.link && (
          <>
            <dt className="text-muted">{t("relation")}</dt>
            <dd>{tEnum(`linkOutgoing.${c.link.type}`)}</dd>
            {c.link.other && (
              <>
                <dt className="text-muted">{t("otherClaim")}</dt>
                <dd lang="vi">
                  <Link href={`/dashboard/claims/${c.link.other.id}`} className="text-accent hover:underline">
                    {c.link.other.quote.length > 160
                      ? `${c.link.other.quote.slice(0, 160)}…`
                      : c.link.other.quote}
                  </Link>
                </dd>
              </>
            )}
            {c.link.note && (
              <>
                <dt className="text-muted">{t("note")}</dt>
                <dd lang="vi" className="whitespace-pre-line">
                  {c.link.note}
                </dd>
              </>
            )}
          </>
        )}
        {c.source && (
          <>
            <dt className="text-muted">{t("article")}</dt>
            <dd lang="vi">{c.source.article}</dd>
            <dt className="text-muted">{t("cited")}</dt>
            <dd lang="vi">
              <q>{c.source.exact}</q>
            </dd>
            <dt className="text-muted">{t("chain")}</dt>
            <dd lang="vi">{c.source.chain.join(" → ")}</dd>
          </>
        )}
      </dl>
      {c.fields.length > 0 && (
        <FieldComparison
          tone="plain"
          className="mt-3"
          headers={{
            field: <span className="sr-only">{t("field.name")}</span>,
            before: t("before"),
            after: t("after"),
          }}
          fields={c.fields.map((f) => ({
            key: f.field,
            label: t(`field.${f.field as "name"}`),
            lang: "vi",
            before: <del className="text-rose-800">{f.before || "—"}</del>,
            after: <ins className="text-emerald-800 no-underline">{f.after || "—"}</ins>,
          }))}
        />
      )}
      {c.correction && <CorrectionDiff correction={c.correction} names={names} />}
      {c.decidedBy && c.decidedAt && (
        <p className="mt-3 text-xs text-muted">
          {t("decided", { status: t(`status.${c.status}`), name: c.decidedBy.name, date: when(c.decidedAt) })}
          {c.decisionNote ? ` — ${c.decisionNote}` : ""}
        </p>
      )}
      {own && c.status === "PENDING" && roleAllows(actor.role, "pending.decide") && (
        <p className="mt-3 text-xs text-muted">{t("ownChange")}</p>
      )}
      {(canDecide || canWithdraw) && (
        <PendingChangeActions id={c.id} canDecide={canDecide} canWithdraw={canWithdraw} />
      )}
    </article>
  );
}

/** A proposed correction of a published claim: the reason readers will see and what changes. */
async function CorrectionDiff({
  correction,
  names,
}: {
  correction: NonNullable<PendingChangeView["correction"]>;
  names: SnapshotNames;
}) {
  const [locale, t, tHistory, tField, tEnum] = await Promise.all([
    getLocale(),
    getTranslations("contentCorrection"),
    getTranslations("history"),
    getTranslations("claimFields"),
    getTranslations("enums"),
  ]);
  const describe = claimValueDescriber(names, locale === "en" ? "en" : "vi", (group, value) =>
    tEnum.has(`${group}.${value}` as never) ? tEnum(`${group}.${value}` as never) : null,
  );
  const diff = diffSnapshots(correction.before, correction.after, describe);
  return (
    <div className="mt-3" data-testid="correction-diff">
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <dt className="text-muted">{t("reason")}</dt>
        <dd lang="vi" className="whitespace-pre-line">
          {correction.reason}
        </dd>
      </dl>
      <p className="mt-3 font-medium">
        {t("changes")}{" "}
        <span className="font-normal text-muted">{t("basedOn", { version: correction.baseVersion })}</span>
      </p>
      {diff.length === 0 ? (
        <p className="mt-1 text-muted">{t("noChanges")}</p>
      ) : (
        <SnapshotDiff
          diff={diff}
          fieldLabel={(field) => tField(field)}
          words={{ added: tHistory("added"), removed: tHistory("removed") }}
        />
      )}
    </div>
  );
}
