"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/Alert";

/** A new signing secret, shown this once (after registering an endpoint or rotating its secret). */
export function WebhookSecretNotice({ url, secret }: { url: string; secret: string }) {
  const t = useTranslations("webhooks");
  return (
    <Alert tone="warn" title={t("secretTitle", { url })}>
      <p>{t("secretOnce")}</p>
      <code
        className="mt-2 block select-all break-all rounded bg-white px-2 py-1 font-mono text-xs text-ink"
        data-testid="webhook-secret"
      >
        {secret}
      </code>
    </Alert>
  );
}
