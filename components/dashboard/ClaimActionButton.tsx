"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { callApi } from "@/lib/client/api";

/** A one-click mutation (restore a version, delete, undelete) with its error shown inline. */
export function ClaimActionButton({
  method,
  url,
  body,
  label,
  confirmText,
  variant = "secondary",
  redirectTo,
}: {
  method: "POST" | "DELETE";
  url: string;
  body: unknown;
  label: string;
  confirmText?: string;
  variant?: "primary" | "secondary" | "danger";
  redirectTo?: string;
}) {
  const tc = useTranslations("common");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        variant={variant}
        disabled={pending}
        onClick={async () => {
          if (confirmText && !window.confirm(confirmText)) return;
          setPending(true);
          setError(null);
          const result = await callApi(method, url, body);
          setPending(false);
          if (!result.ok) return setError(result.error.message);
          if (redirectTo) router.push(redirectTo);
          router.refresh();
        }}
      >
        {pending ? tc("working") : label}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-rose-700">
          {error}
        </span>
      )}
    </span>
  );
}
