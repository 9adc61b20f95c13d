"use client";

import { useTranslations } from "next-intl";
import { PasswordField } from "@/components/ui/PasswordField";
import { PASSWORD_MIN_LENGTH } from "@/lib/users/password-rules";

/** A password being chosen (a new account's, or one's own new one), with the rule it must meet. */
export function NewPasswordField({
  label,
  error,
  name,
}: {
  label: string;
  error?: string[] | string | null;
  name: string;
}) {
  const t = useTranslations("passwordRules");
  return (
    <PasswordField
      label={label}
      error={error}
      help={t("help", { min: PASSWORD_MIN_LENGTH })}
      name={name}
      isNew
      required
    />
  );
}
