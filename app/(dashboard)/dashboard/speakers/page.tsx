import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MergeSpeakersForm } from "@/components/dashboard/forms/MergeSpeakersForm";
import { SpeakerForm } from "@/components/dashboard/forms/SpeakerForm";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Panel } from "@/components/ui/Panel";
import { requirePageAction } from "@/lib/auth/actor";
import { WatchButton } from "@/components/dashboard/WatchButton";
import { watchedIds } from "@/lib/watches/queries";
import { roleAllows } from "@/lib/permissions";
import { listSpeakersForStaff } from "@/lib/speakers/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("speakers"), robots: { index: false } };
}

export default async function SpeakersPage() {
  const actor = await requirePageAction("claim.read_internal");
  const speakers = await listSpeakersForStaff(actor);
  const watched = await watchedIds(
    actor,
    "speakerId",
    speakers.map((s) => s.id),
  );
  const tWatch = await getTranslations("watch");
  const canManage = roleAllows(actor.role, "speaker.manage");
  const [t, tKind] = await Promise.all([getTranslations("speakers"), getTranslations("enums.speakerKind")]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={<p>{t("intro")}</p>} />
      <DataTable
        caption={t("caption")}
        rows={speakers}
        rowKey={(s) => s.id}
        columns={[
          {
            key: "name",
            header: t("colName"),
            cell: (s) => (
              <>
                <p className="font-medium">{s.name}</p>
                {s.variants.length > 0 && <p className="text-xs text-muted">{s.variants.join(" · ")}</p>}
                {s.affiliation && <p className="text-xs text-muted">{s.affiliation}</p>}
                {canManage && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-xs text-accent">
                      {t("edit", { name: s.name })}
                    </summary>
                    <div className="mt-2">
                      <SpeakerForm speaker={s} />
                    </div>
                  </details>
                )}
              </>
            ),
          },
          { key: "kind", header: t("colKind"), cell: (s) => tKind(s.kind) },
          { key: "claims", header: t("colClaims"), cell: (s) => s._count.claims },
          {
            key: "watch",
            header: tWatch("watch"),
            cell: (s) => (
              <WatchButton target={{ speakerId: s.id }} watching={watched.has(s.id)} label={s.name} />
            ),
          },
        ]}
      />
      {canManage && (
        <>
          <Panel id="new-speaker" title={t("newHeading")}>
            <SpeakerForm />
          </Panel>
          {roleAllows(actor.role, "speaker.merge") && (
            <Panel id="merge-speakers" title={t("mergeHeading")} intro={t("mergeIntro")}>
              <MergeSpeakersForm speakers={speakers.map((s) => ({ id: s.id, name: s.name }))} />
            </Panel>
          )}
        </>
      )}
    </div>
  );
}
