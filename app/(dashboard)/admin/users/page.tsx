import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { CreateUserForm } from "@/components/dashboard/forms/CreateUserForm";
import { UserRowControls } from "@/components/dashboard/UserRowControls";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Panel } from "@/components/ui/Panel";
import { requirePageAction } from "@/lib/auth/actor";
import { formatDay } from "@/lib/format/dates";
import { roleAllows } from "@/lib/permissions";
import { listUsers } from "@/lib/users/service";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("users"), robots: { index: false } };
}

export default async function UsersPage() {
  const actor = await requirePageAction("user.manage");
  const [locale, t, tWebhooks] = await Promise.all([
    getLocale(),
    getTranslations("users"),
    getTranslations("webhooks"),
  ]);
  const users = await listUsers(actor);
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        intro={<p>{t("intro")}</p>}
        // The admin's other page without a place in the full navigation row.
        actions={
          roleAllows(actor.role, "webhook.manage") && (
            <Link href="/admin/webhooks" className="text-sm font-medium text-accent hover:underline">
              {tWebhooks("title")} <span aria-hidden="true">→</span>
            </Link>
          )
        }
      />
      <DataTable
        caption={t("caption")}
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          {
            key: "name",
            header: t("colName"),
            className: "font-medium",
            cell: (u) => (
              <>
                {u.name}
                {u.disabledAt && (
                  <span className="ml-2 rounded bg-rose-50 px-1.5 py-0.5 text-xs text-rose-800">
                    {t("disabled")}
                  </span>
                )}
              </>
            ),
          },
          { key: "email", header: t("colEmail"), cell: (u) => u.email },
          { key: "since", header: t("colSince"), cell: (u) => formatDay(u.createdAt, locale) },
          {
            key: "role",
            header: t("colRole"),
            cell: (u) => (
              <UserRowControls
                user={{
                  id: u.id,
                  role: u.role,
                  disabled: u.disabledAt !== null,
                  version: u.version,
                  email: u.email,
                }}
                isSelf={u.id === actor.id}
              />
            ),
          },
        ]}
      />
      <Panel id="create-heading" title={t("createHeading")}>
        <CreateUserForm />
      </Panel>
    </div>
  );
}
