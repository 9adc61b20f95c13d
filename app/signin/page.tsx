import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/dashboard/LanguageSwitcher";
import { safeLocalPath } from "@/lib/auth/request-path";
import { SignInForm } from "@/components/dashboard/SignInForm";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("signin"), robots: { index: false } };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const callbackUrl =
    safeLocalPath(typeof sp.callbackUrl === "string" ? sp.callbackUrl : null) ?? "/dashboard";
  const reason = typeof sp.reason === "string" ? sp.reason : null;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("signin")]);
  return (
    <NextIntlClientProvider>
      <main id="main" lang={locale} className="flex min-h-screen items-center justify-center px-4">
        <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
          <div className="flex items-center justify-between gap-3">
            <p className="text-xl font-bold tracking-tight">
              Claim<span className="text-accent">Ledger</span>
            </p>
            <LanguageSwitcher />
          </div>
          <h1 className="mt-4 text-lg font-semibold">{t("title")}</h1>
          {reason === "expired" && <p className="mt-2 text-sm text-muted">{t("expired")}</p>}
          {reason === "password-changed" && <p className="mt-2 text-sm text-muted">{t("passwordChanged")}</p>}
          <SignInForm callbackUrl={callbackUrl} />
        </div>
      </main>
    </NextIntlClientProvider>
  );
}
