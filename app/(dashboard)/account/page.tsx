import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/dashboard/UserAdmin";
import { requireActor } from "@/lib/auth/actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("account"), robots: { index: false } };
}

export default async function AccountPage() {
  const actor = await requireActor();
  const t = await getTranslations("account");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">
          {actor?.name} · {actor?.email}
        </p>
      </div>
      <section aria-labelledby="pw-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="pw-heading" className="text-lg font-semibold">
          {t("changePassword")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("changePasswordIntro")}</p>
        <div className="mt-4">
          <ChangePasswordForm />
        </div>
      </section>
    </div>
  );
}
