import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ChecklistItemControls } from "@/components/dashboard/ChecklistItemControls";
import { CreateChecklistItemForm } from "@/components/dashboard/forms/CreateChecklistItemForm";
import { Badge } from "@/components/ui/Badge";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Panel } from "@/components/ui/Panel";
import { requirePageAction } from "@/lib/auth/actor";
import { listChecklistItems } from "@/lib/checklists/queries";
import { ClaimKind } from "@/lib/generated/prisma/enums";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checklists.admin");
  return { title: t("title"), robots: { index: false } };
}

/** Admins define, per kind of claim, the verification steps required before approval. */
export default async function ChecklistsAdminPage() {
  const actor = await requirePageAction("checklist.manage");
  const [locale, t, tKind] = await Promise.all([
    getLocale(),
    getTranslations("checklists.admin"),
    getTranslations("enums.claimKind"),
  ]);
  const items = await listChecklistItems(actor);
  const labelOf = (i: { labelVi: string; labelEn: string }) => (locale === "en" ? i.labelEn : i.labelVi);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={<p>{t("intro")}</p>} />
      {Object.values(ClaimKind).map((kind) => {
        const rows = items.filter((i) => i.kind === kind);
        return (
          <Panel key={kind} id={`checklist-${kind}`} title={tKind(kind)} padding="p-5">
            <DataTable
              caption={tKind(kind)}
              rows={rows}
              rowKey={(i) => i.id}
              empty={t("empty")}
              columns={[
                {
                  key: "item",
                  header: t("columnItem"),
                  className: "font-medium",
                  cell: (i) => (
                    <>
                      <span lang={locale === "en" ? "en" : "vi"}>{labelOf(i)}</span>
                      <span
                        className="block text-xs font-normal text-muted"
                        lang={locale === "en" ? "vi" : "en"}
                      >
                        {locale === "en" ? i.labelVi : i.labelEn}
                      </span>
                    </>
                  ),
                },
                {
                  key: "status",
                  header: t("columnStatus"),
                  cell: (i) => (
                    <>
                      {i.retired ? (
                        <Badge tone="neutral">{t("isRetired")}</Badge>
                      ) : i.required ? (
                        <Badge tone="warn">{t("isRequired")}</Badge>
                      ) : (
                        <Badge tone="info">{t("isOptional")}</Badge>
                      )}
                      <span className="mt-1 block text-xs text-muted">
                        {t("checks", { count: i.checks })}
                      </span>
                    </>
                  ),
                },
                {
                  key: "actions",
                  header: t("columnActions"),
                  cell: (i) => (
                    <ChecklistItemControls
                      item={{ id: i.id, version: i.version, required: i.required, retired: i.retired }}
                      label={labelOf(i)}
                      first={rows[0]?.id === i.id}
                      last={rows.at(-1)?.id === i.id}
                    />
                  ),
                },
              ]}
            />
          </Panel>
        );
      })}
      <Panel id="checklist-add" title={t("addHeading")}>
        <CreateChecklistItemForm />
      </Panel>
    </div>
  );
}
