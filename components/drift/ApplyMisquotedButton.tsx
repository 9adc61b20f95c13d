"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { useApiMutation } from "@/lib/client/use-api-mutation";

/**
 * One click to the MISQUOTED verification through the existing verification route (claim.verify),
 * with the confirmed drift as its evidence note, and as the readers' reason when the claim is
 * published (a change of a published claim's verification is a public correction).
 */
export function ApplyMisquotedButton({
  claimId,
  version,
  note,
  reason,
}: {
  claimId: string;
  version: number;
  note: string;
  /** Set when the claim is published. */
  reason: string | null;
}) {
  const t = useTranslations("quoteDrift.panel");
  const tc = useTranslations("common");
  const router = useRouter();
  const { run, pending, error } = useApiMutation();
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          const result = await run("PUT", `/api/claims/${claimId}/verification`, {
            verification: "MISQUOTED",
            note,
            ...(reason ? { reason } : {}),
            version,
          });
          if (result.ok) router.refresh();
        }}
      >
        {pending ? tc("working") : t("applyMisquoted")}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-rose-700">
          {error.message}
        </span>
      )}
    </span>
  );
}
