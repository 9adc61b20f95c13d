import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function DashboardNotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-muted">{t("body")}</p>
      <Link
        href="/dashboard"
        className="mt-8 inline-block rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
      >
        {t("back")}
      </Link>
    </div>
  );
}
