import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailPreferencesForm } from "@/components/dashboard/EmailPreferencesForm";
import { ChangePasswordForm } from "@/components/dashboard/forms/ChangePasswordForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { Panel } from "@/components/ui/Panel";
import { requireActor } from "@/lib/auth/actor";
import { emailFrequencyOf } from "@/lib/notifications/service";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("account"), robots: { index: false } };
}

export default async function AccountPage() {
  const actor = await requireActor();
  const [t, tPrefs, emailFrequency] = await Promise.all([
    getTranslations("account"),
    getTranslations("notifications.prefs"),
    emailFrequencyOf(actor),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={
          <p>
            {actor.name} · {actor.email}
          </p>
        }
      />
      <Panel id="pw-heading" title={t("changePassword")} intro={t("changePasswordIntro")}>
        <ChangePasswordForm />
      </Panel>
      <Panel id="email-prefs-heading" title={tPrefs("title")} intro={tPrefs("intro")}>
        <EmailPreferencesForm initial={emailFrequency} />
      </Panel>
    </div>
  );
}
