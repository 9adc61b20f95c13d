"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { PasswordField } from "@/components/ui/PasswordField";
import { TextField } from "@/components/ui/TextField";
import { FormError } from "@/components/ui/FieldError";
import { signInFailure } from "@/lib/client/sign-in-error";
import { useApiMutation } from "@/lib/client/use-api-mutation";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signin");
  const router = useRouter();
  const { perform, pending, error } = useApiMutation();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await perform(async () => {
      const answer = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      }).catch(() => undefined);
      if (answer?.ok && !answer.error) return { ok: true as const, data: null };
      return {
        ok: false as const,
        status: answer?.status ?? 0,
        error: signInFailure(answer?.error, answer?.status ?? 0),
      };
    });
    if (!result.ok) return;
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <FormError message={error?.message} />
      <TextField label={t("email")} name="email" type="email" autoComplete="username" required />
      <PasswordField label={t("password")} name="password" required />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
