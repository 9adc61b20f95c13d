"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { ActionError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";

/** A one-click mutation (restore a version, delete, undelete, confirm a drift…) with its error shown inline. */
export function ClaimActionButton({
  method,
  url,
  body,
  label,
  confirmText,
  variant = "secondary",
  redirectTo,
}: {
  method: "POST" | "PUT" | "DELETE";
  url: string;
  body: unknown;
  label: string;
  confirmText?: string;
  variant?: "primary" | "secondary" | "danger";
  redirectTo?: string;
}) {
  const tc = useTranslations("common");
  const router = useRouter();
  const { run, pending, error } = useApiMutation();
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        variant={variant}
        disabled={pending}
        onClick={async () => {
          if (confirmText && !window.confirm(confirmText)) return;
          const result = await run(method, url, body);
          if (!result.ok) return;
          if (redirectTo) router.push(redirectTo);
          router.refresh();
        }}
      >
        {pending ? tc("working") : label}
      </Button>
      <ActionError message={error?.message} size="xs" />
    </span>
  );
}
