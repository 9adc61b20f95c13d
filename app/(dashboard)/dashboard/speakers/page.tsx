import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MergeSpeakersForm, SpeakerForm } from "@/components/dashboard/ManageForms";
import { requirePageAction } from "@/lib/auth/actor";
import { roleAllows } from "@/lib/permissions";
import { listSpeakersForStaff } from "@/lib/speakers/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("speakers"), robots: { index: false } };
}

export default async function SpeakersPage() {
  const actor = await requirePageAction("claim.read_internal");
  const speakers = await listSpeakersForStaff(actor);
  const canManage = roleAllows(actor.role, "speaker.manage");
  const [t, tKind] = await Promise.all([getTranslations("speakers"), getTranslations("enums.speakerKind")]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-4 py-2">
                {t("colName")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("colKind")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("colClaims")}
              </th>
            </tr>
          </thead>
          <tbody>
            {speakers.map((s) => (
              <tr key={s.id} className="border-b border-slate-100 align-top last:border-0">
                <td className="px-4 py-3">
                  <p className="font-medium">{s.name}</p>
                  {s.variants.length > 0 && <p className="text-xs text-muted">{s.variants.join(" · ")}</p>}
                  {s.affiliation && <p className="text-xs text-muted">{s.affiliation}</p>}
                  {canManage && (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-xs text-accent">{t("edit", { name: s.name })}</summary>
                      <div className="mt-2">
                        <SpeakerForm speaker={s} />
                      </div>
                    </details>
                  )}
                </td>
                <td className="px-4 py-3">{tKind(s.kind)}</td>
                <td className="px-4 py-3">{s._count.claims}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canManage && (
        <>
          <section aria-labelledby="new-speaker" className="rounded-lg border border-slate-200 bg-white p-6">
            <h2 id="new-speaker" className="text-lg font-semibold">
              {t("newHeading")}
            </h2>
            <div className="mt-4">
              <SpeakerForm />
            </div>
          </section>
          {roleAllows(actor.role, "speaker.merge") && (
            <section aria-labelledby="merge-speakers" className="rounded-lg border border-slate-200 bg-white p-6">
              <h2 id="merge-speakers" className="text-lg font-semibold">
                {t("mergeHeading")}
              </h2>
              <p className="mt-1 text-sm text-muted">{t("mergeIntro")}</p>
              <div className="mt-4">
                <MergeSpeakersForm speakers={speakers.map((s) => ({ id: s.id, name: s.name }))} />
              </div>
            </section>
          )}
        </>
      )}
    </div>
  );
}
