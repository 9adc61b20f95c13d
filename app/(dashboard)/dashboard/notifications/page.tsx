import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationCentre } from "@/components/dashboard/NotificationCentre";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePageAction } from "@/lib/auth/actor";
import { listNotifications } from "@/lib/notifications/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title"), robots: { index: false } };
}

export default async function NotificationsPage() {
  const actor = await requirePageAction("notification.read");
  const [t, page] = await Promise.all([
    getTranslations("notifications"),
    listNotifications(actor, { limit: 30 }),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={<p>{t("intro")}</p>} />
      <NotificationCentre initial={page} />
    </div>
  );
}
