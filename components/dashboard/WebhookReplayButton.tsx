"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";

/** Sends one delivered or failed delivery again. */
export function WebhookReplayButton({
  endpointId,
  deliveryId,
  label,
}: {
  endpointId: string;
  deliveryId: string;
  label: string;
}) {
  const t = useTranslations("webhooks");
  const router = useRouter();
  const { run, pending, error } = useApiMutation();
  async function replay() {
    const result = await run("POST", `/api/admin/webhooks/${endpointId}/deliveries/${deliveryId}/replay`, {});
    if (result.ok) router.refresh();
  }
  return (
    <div className="space-y-1">
      <Button variant="secondary" disabled={pending} aria-label={label} onClick={() => void replay()}>
        {t("replay")}
      </Button>
      <FormError message={error?.message} />
    </div>
  );
}
