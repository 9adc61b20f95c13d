"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import { WebhookSecretNotice } from "./WebhookSecretNotice";

/** Enable or disable, rotate the secret (shown once), send a test event, delete (asked twice). */
export function WebhookEndpointControls({
  endpoint,
}: {
  endpoint: { id: string; url: string; version: number; active: boolean };
}) {
  const t = useTranslations("webhooks");
  const router = useRouter();
  const { run, pending, error } = useApiMutation();
  const [secret, setSecret] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const base = `/api/admin/webhooks/${endpoint.id}`;

  async function patch(body: object) {
    setSecret(null);
    setNotice(null);
    const result = await run<{ secret?: string }>("PATCH", base, { ...body, version: endpoint.version });
    if (!result.ok) return;
    if (result.data.secret) setSecret(result.data.secret);
    router.refresh();
  }

  async function sendTest() {
    setSecret(null);
    setNotice(null);
    const result = await run("POST", `${base}/test`, {});
    if (!result.ok) return;
    setNotice(t("testSent"));
    router.refresh();
  }

  async function remove() {
    const result = await run("DELETE", base, { version: endpoint.version });
    if (result.ok) router.refresh();
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => void patch({ active: !endpoint.active })}
        >
          {endpoint.active ? t("disable") : t("enable")}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => void patch({ rotateSecret: true })}>
          {t("rotate")}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => void sendTest()}>
          {t("sendTest")}
        </Button>
        {!confirming && (
          <Button variant="danger" disabled={pending} onClick={() => setConfirming(true)}>
            {t("delete")}
          </Button>
        )}
      </div>
      {confirming && (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-rose-200 bg-rose-50 p-3 text-sm">
          <span>{t("deleteConfirm")}</span>
          <Button variant="danger" disabled={pending} onClick={() => void remove()}>
            {t("deleteYes")}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </div>
      )}
      {secret && <WebhookSecretNotice url={endpoint.url} secret={secret} />}
      {notice && <Alert tone="success">{notice}</Alert>}
      <FormError message={error?.message} />
    </div>
  );
}
