"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";

/**
 * What a dashboard page shows when it fails unexpectedly (expected failures — not allowed, not
 * found — have their own pages). The error itself is logged on the server; the person gets words,
 * a retry, and the digest to quote when they report it.
 */
export default function DashboardError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("pageError");
  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-rose-700">500</p>
      <h1 className="mt-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-muted">{t("body")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
        >
          {t("retry")}
        </button>
        <Link
          href="/dashboard"
          className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:border-accent"
        >
          {t("back")}
        </Link>
      </div>
      {error.digest && <p className="mt-6 text-xs text-muted">{t("reference", { digest: error.digest })}</p>}
    </div>
  );
}
