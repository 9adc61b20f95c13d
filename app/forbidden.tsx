import { getTranslations } from "next-intl/server";
import Link from "next/link";

// A dashboard page the signed-in person's role may not open (requirePageAction → forbidden()):
// answered 403. Only the root layout wraps this, so it brings its own landmark.
export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">403</p>
      <h1 className="mt-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-muted">{t("body")}</p>
      <Link href="/dashboard" className="mt-8 inline-block rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong">
        {t("back")}
      </Link>
    </main>
  );
}
