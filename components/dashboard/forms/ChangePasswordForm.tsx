"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { PasswordField } from "@/components/ui/PasswordField";
import { NewPasswordField } from "./NewPasswordField";
import { useApiMutation } from "@/lib/client/use-api-mutation";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const router = useRouter();
  const {
    run,
    fail,
    pending,
    error,
    fieldErrors: f,
  } = useApiMutation({
    fields: { currentPassword: t("currentPassword"), newPassword: t("newPassword") },
  });

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    if (data.get("newPassword") !== data.get("confirm")) {
      return fail(t("passwordsDiffer"), { confirm: t("doesNotMatch") });
    }
    const result = await run("POST", "/api/account/password", {
      currentPassword: data.get("currentPassword"),
      newPassword: data.get("newPassword"),
    });
    if (!result.ok) return;
    // Every session signed in with the old password has just ended, this one included.
    router.push("/signin?reason=password-changed");
  }

  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-4" noValidate aria-label={t("changePassword")}>
      <FormError message={error?.message} />
      <PasswordField label={t("currentPassword")} error={f.currentPassword} name="currentPassword" />
      <NewPasswordField label={t("newPassword")} error={f.newPassword} name="newPassword" />
      <PasswordField label={t("newPasswordAgain")} error={f.confirm} name="confirm" isNew />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
