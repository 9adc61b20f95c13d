import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateUserForm, UserRowControls } from "@/components/dashboard/UserAdmin";
import { requirePageAction } from "@/lib/auth/actor";
import { formatDay } from "@/lib/format/dates";
import { listUsers } from "@/lib/users/service";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("users"), robots: { index: false } };
}

export default async function UsersPage() {
  const actor = await requirePageAction("user.manage");
  const [locale, t] = await Promise.all([getLocale(), getTranslations("users")]);
  const users = await listUsers(actor);
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
                {t("colEmail")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("colSince")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("colRole")}
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-100 last:border-0">
                <td className="px-4 py-3 font-medium">
                  {u.name}
                  {u.disabledAt && <span className="ml-2 rounded bg-rose-50 px-1.5 py-0.5 text-xs text-rose-800">{t("disabled")}</span>}
                </td>
                <td className="px-4 py-3">{u.email}</td>
                <td className="px-4 py-3">{formatDay(u.createdAt, locale)}</td>
                <td className="px-4 py-3">
                  <UserRowControls user={{ id: u.id, role: u.role, disabled: u.disabledAt !== null, version: u.version, email: u.email }} isSelf={u.id === actor.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="create-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="create-heading" className="text-lg font-semibold">
          {t("createHeading")}
        </h2>
        <div className="mt-4">
          <CreateUserForm />
        </div>
      </section>
    </div>
  );
}
