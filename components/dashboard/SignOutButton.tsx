"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/signin" })} className="text-sm font-medium text-muted hover:text-accent">
      {t("signOut")}
    </button>
  );
}
