"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { waitsForReviewer } from "@/lib/client/api";
import type { FieldSpecs } from "@/lib/client/describe-error";
import { useApiMutation } from "@/lib/client/use-api-mutation";

/**
 * A form that posts its fields as JSON and refreshes the page on success; errors are worded in
 * the dashboard's language, each field's next to it (`fields` names them, see useApiMutation).
 */
export function JsonForm({
  label,
  method,
  url,
  toBody,
  submit,
  success,
  fields,
  children,
}: {
  label: string;
  method: "POST" | "PATCH";
  url: string;
  toBody: (data: FormData) => unknown;
  submit: string;
  /** What is said once saved; a function words it from the server's answer (e.g. the account made). */
  success: string | ((data: unknown) => string);
  fields: FieldSpecs;
  children: (errors: Record<string, string>) => ReactNode;
}) {
  const router = useRouter();
  const mutation = useApiMutation({ fields });
  // Saved (success), or waiting for a reviewer to apply it (info).
  const [done, setDone] = useState<{ tone: "success" | "info"; text: string } | null>(null);
  const tPending = useTranslations("pending");
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setDone(null);
    const result = await mutation.run(method, url, toBody(new FormData(form)));
    if (!result.ok) return;
    setDone(
      waitsForReviewer(result.data)
        ? { tone: "info", text: tPending("savedPending") }
        : { tone: "success", text: typeof success === "string" ? success : success(result.data) },
    );
    if (method === "POST") form.reset();
    router.refresh();
  }
  return (
    <form onSubmit={onSubmit} aria-label={label} className="space-y-4" noValidate>
      <FormError message={mutation.error?.message} />
      {done && <Alert tone={done.tone}>{done.text}</Alert>}
      {children(mutation.fieldErrors)}
      <Button type="submit" disabled={mutation.pending}>
        {submit}
      </Button>
    </form>
  );
}

/** A comma-, semicolon- or line-separated list typed into one field. */
export const listOf = (v: FormDataEntryValue | null) =>
  String(v ?? "")
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** A field left empty is "not given" (null), not an empty string. */
export const orNull = (v: FormDataEntryValue | null) => (String(v ?? "").trim() ? String(v).trim() : null);
