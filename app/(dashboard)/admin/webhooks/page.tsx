import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/dashboard/LiveRefresh";
import { WebhookEndpointControls } from "@/components/dashboard/WebhookEndpointControls";
import { WebhookReplayButton } from "@/components/dashboard/WebhookReplayButton";
import { webhookEventKey } from "@/components/dashboard/webhook-event-label";
import { CreateWebhookForm } from "@/components/dashboard/forms/CreateWebhookForm";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { DataTable } from "@/components/ui/DataTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { Panel } from "@/components/ui/Panel";
import { requirePageAction } from "@/lib/auth/actor";
import { formatDateTime, NEWSROOM_ZONE_LABEL } from "@/lib/format/date-time";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";
import { WEBHOOKS_LIVE_TOPIC } from "@/lib/webhooks/kind";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("webhooks");
  return { title: t("title"), robots: { index: false } };
}

const statusTone: Record<WebhookDeliveryStatus, BadgeTone> = {
  PENDING: "warn",
  DELIVERED: "good",
  FAILED: "bad",
};

/** Admins register partner endpoints and follow what was sent to each. */
export default async function WebhooksAdminPage() {
  const actor = await requirePageAction("webhook.manage");
  const [locale, t] = await Promise.all([getLocale(), getTranslations("webhooks")]);
  const endpoints = await listWebhookEndpoints(actor);
  const lang = locale === "en" ? "en" : "vi";
  const time = (d: Date) => `${formatDateTime(d, lang)} (${NEWSROOM_ZONE_LABEL})`;
  const eventLabel = (e: string) => t(`event.${webhookEventKey(e)}`);
  return (
    <div className="space-y-8">
      <LiveRefresh topics={[WEBHOOKS_LIVE_TOPIC]} />
      <PageHeader title={t("title")} intro={<p>{t("intro")}</p>} />
      {endpoints.length === 0 && <p className="text-sm text-muted">{t("empty")}</p>}
      {endpoints.map((endpoint) => (
        <Panel key={endpoint.id} id={`webhook-${endpoint.id}`} title={endpoint.url} padding="p-5">
          <div className="space-y-4">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={endpoint.active ? "good" : "neutral"}>
                {endpoint.active ? t("state.active") : t("state.disabled")}
              </Badge>
              {endpoint.description && <span>{endpoint.description}</span>}
            </div>
            <p className="text-sm text-muted">
              {t("subscribed", { events: endpoint.events.map(eventLabel).join(", ") })}
            </p>
            <WebhookEndpointControls
              endpoint={{
                id: endpoint.id,
                url: endpoint.url,
                version: endpoint.version,
                active: endpoint.active,
              }}
            />
            <h3 className="text-sm font-semibold">{t("log")}</h3>
            <DataTable
              caption={t("logCaption", { url: endpoint.url })}
              rows={endpoint.deliveries}
              rowKey={(d) => d.id}
              empty={t("logEmpty")}
              columns={[
                {
                  key: "event",
                  header: t("columnEvent"),
                  cell: (d) => (
                    <>
                      {eventLabel(d.event)}
                      <code className="block text-xs text-muted">{d.event}</code>
                    </>
                  ),
                },
                {
                  key: "status",
                  header: t("columnStatus"),
                  cell: (d) => (
                    <>
                      <Badge tone={statusTone[d.status]}>{t(`status.${d.status}`)}</Badge>
                      {d.lastError && (
                        <span className="mt-1 block max-w-xs truncate text-xs text-muted" title={d.lastError}>
                          {d.lastError}
                        </span>
                      )}
                    </>
                  ),
                },
                { key: "attempts", header: t("columnAttempts"), cell: (d) => d.attempts },
                {
                  key: "code",
                  header: t("columnCode"),
                  cell: (d) => d.lastStatusCode ?? t("noCode"),
                },
                {
                  key: "time",
                  header: t("columnTime"),
                  cell: (d) => (
                    <>
                      {time(d.createdAt)}
                      {d.deliveredAt && (
                        <span className="block text-xs text-muted">
                          {t("deliveredAt", { time: time(d.deliveredAt) })}
                        </span>
                      )}
                      {d.status === "PENDING" && d.nextAttemptAt && d.attempts > 0 && (
                        <span className="block text-xs text-muted">
                          {t("nextAttempt", { time: time(d.nextAttemptAt) })}
                        </span>
                      )}
                    </>
                  ),
                },
                {
                  key: "actions",
                  header: t("columnActions"),
                  cell: (d) =>
                    d.status === "PENDING" ? null : (
                      <WebhookReplayButton
                        endpointId={endpoint.id}
                        deliveryId={d.id}
                        label={t("replayLabel", { event: eventLabel(d.event), time: time(d.createdAt) })}
                      />
                    ),
                },
              ]}
            />
          </div>
        </Panel>
      ))}
      <Panel id="webhook-add" title={t("addHeading")}>
        <CreateWebhookForm />
      </Panel>
    </div>
  );
}
