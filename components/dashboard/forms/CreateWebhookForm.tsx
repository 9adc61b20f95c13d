"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { FieldError, fieldErrorProps, FormError } from "@/components/ui/FieldError";
import { TextField, UrlField } from "@/components/ui/TextField";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/event-names";
import { WebhookSecretNotice } from "../WebhookSecretNotice";
import { webhookEventKey } from "../webhook-event-label";

/** An admin registers a partner's endpoint: URL, events, description; the secret is shown once. */
export function CreateWebhookForm() {
  const t = useTranslations("webhooks");
  const router = useRouter();
  const eventsErrorId = useId();
  const mutation = useApiMutation({
    fields: { url: t("url"), description: t("description"), events: t("events") },
  });
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setCreated(null);
    const url = String(data.get("url") ?? "");
    const result = await mutation.run<{ secret: string }>("POST", "/api/admin/webhooks", {
      url,
      description: String(data.get("description") ?? ""),
      events: data.getAll("events").map(String),
    });
    if (!result.ok) return;
    setCreated({ url, secret: result.data.secret });
    form.reset();
    router.refresh();
  }

  const eventsError = mutation.fieldErrors.events;
  return (
    <form onSubmit={onSubmit} aria-label={t("addHeading")} className="space-y-4" noValidate>
      <FormError message={mutation.error?.message} />
      {created && <WebhookSecretNotice url={created.url} secret={created.secret} />}
      <div className="grid gap-4 md:grid-cols-2">
        <UrlField label={t("url")} help={t("urlHelp")} error={mutation.fieldErrors.url} name="url" required />
        <TextField label={t("description")} error={mutation.fieldErrors.description} name="description" />
      </div>
      <fieldset className="space-y-2" {...fieldErrorProps(eventsErrorId, eventsError)}>
        <legend className="text-sm font-medium text-ink">{t("events")}</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="events" value={event} defaultChecked />
            {t(`event.${webhookEventKey(event)}`)} <code className="text-xs text-muted">{event}</code>
          </label>
        ))}
        <FieldError id={eventsErrorId} message={eventsError} />
      </fieldset>
      <Button type="submit" disabled={mutation.pending}>
        {t("register")}
      </Button>
    </form>
  );
}
