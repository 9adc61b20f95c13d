import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/PageHeader";
import { RowList } from "@/components/ui/RowList";
import { requireActor } from "@/lib/auth/actor";
import { listRecentActivity, type ActivityEvent, type DescribedAction } from "@/lib/audit/queries";
import { formatDateTime, NEWSROOM_ZONE_LABEL } from "@/lib/format/date-time";
import { activityQuerySchema } from "@/lib/audit/validation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("activity"), robots: { index: false } };
}

// Message keys cannot contain ".": "claim.submit" is activity.events.claim_submit.
type EventKey<A extends string> = A extends `${infer Entity}.${infer Verb}` ? `${Entity}_${Verb}` : never;
const eventKey = (action: DescribedAction) => action.replace(".", "_") as EventKey<DescribedAction>;

const claimLink = (claim: { id: string; label: string }) => (
  // Underlined: inside a sentence a link must not be told apart by its colour alone.
  <Link
    href={`/dashboard/claims/${claim.id}`}
    className="text-accent underline decoration-1 underline-offset-2"
    lang="vi"
  >
    {claim.label}
  </Link>
);

export default async function ActivityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const { page } = activityQuerySchema.parse(await searchParams);
  const { events, hasMore } = await listRecentActivity(actor, page);
  const [locale, t, tc, tEnum, tPending] = await Promise.all([
    getLocale(),
    getTranslations("activity"),
    getTranslations("common"),
    getTranslations("enums"),
    getTranslations("pending"),
  ]);
  const lang = locale === "en" ? "en" : "vi";

  // "Trang submitted a claim for review: Yuri Ushakov: “…”" — who, what, on what, in words.
  const sentence = (e: ActivityEvent): ReactNode => {
    const values = {
      actor: e.actor ?? tc("system"),
      who: (chunks: ReactNode) => <strong className="font-medium">{chunks}</strong>,
    };
    const what = e.action ? t.rich(`events.${eventKey(e.action)}`, values) : t.rich("events.other", values);
    const kind = e.pendingKind ? (
      <span className="text-muted"> ({tPending(`kind.${e.pendingKind}`)})</span>
    ) : null;
    const s = e.subject;
    if (s.kind === "claim")
      return (
        <>
          {what}
          {kind}: {claimLink(s)}
        </>
      );
    if (s.kind === "link")
      return (
        <>
          {what}: {s.from ? claimLink(s.from) : t("unknownClaim")} <em>{tEnum(`linkOutgoing.${s.type}`)}</em>{" "}
          {s.to ? claimLink(s.to) : t("unknownClaim")}
        </>
      );
    if (s.kind === "named")
      return (
        <>
          {what}
          {kind}: <span lang="vi">{s.label}</span>
        </>
      );
    return (
      <>
        {what}
        {kind}
      </>
    );
  };

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={
          <p>
            {t("intro")} {t("timesIn", { zone: NEWSROOM_ZONE_LABEL })}
          </p>
        }
      />
      <RowList
        items={events}
        rowKey={(e) => e.id}
        ordered
        className="mt-6"
        rowClassName="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-3"
        rowTestId="activity-event"
      >
        {(e) => (
          <>
            <time dateTime={e.createdAt.toISOString()} className="shrink-0 text-xs text-muted sm:w-40">
              {formatDateTime(e.createdAt, lang)}
            </time>
            <p className="min-w-0 flex-1 break-words">{sentence(e)}</p>
          </>
        )}
      </RowList>
      <nav aria-label={tc("pagination")} className="mt-4 flex justify-between text-sm">
        {page > 1 ? <Link href={`?page=${page - 1}`}>{t("newer")}</Link> : <span />}
        {hasMore ? <Link href={`?page=${page + 1}`}>{t("older")}</Link> : <span />}
      </nav>
    </>
  );
}
