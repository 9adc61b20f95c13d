"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { useApiMutation } from "@/lib/client/use-api-mutation";

/** Confirms one outlet's drift (POST /api/claims/[id]/drifts): stored, audited, shown to readers. */
export function ConfirmDriftButton({ claimId, appearanceId }: { claimId: string; appearanceId: string }) {
  const t = useTranslations("quoteDrift.panel");
  const tc = useTranslations("common");
  const router = useRouter();
  const { run, pending, error } = useApiMutation();
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        variant="primary"
        disabled={pending}
        onClick={async () => {
          const result = await run("POST", `/api/claims/${claimId}/drifts`, { appearanceId });
          if (result.ok) router.refresh();
        }}
      >
        {pending ? tc("working") : t("confirm")}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-rose-700">
          {error.message}
        </span>
      )}
    </span>
  );
}
