"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useState } from "react";
import { FormError } from "@/components/ui/FieldError";
import { callApi } from "@/lib/client/api";
import { describeApiError, type ErrorTranslator } from "@/lib/client/describe-error";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import type { SaidBeforeMatch } from "@/lib/ingest/said-before";
import { isId } from "@/lib/validation/ids";

/** Words typed before the existing claims are looked up: fewer would match anything. */
const MIN_CHARS = 12;
const DEBOUNCE_MS = 400;

/**
 * "Has this been said before?" under the claim form's quote: existing claims like the one being
 * typed (GET /api/claims/said-before, lib/ingest/said-before.ts), looked up once typing pauses,
 * same speaker first. Each opens in the claim's page; "add this article as a source instead" goes
 * to its sources, so the editor does not create a duplicate; an existing claim can be linked to
 * it as the same statement.
 */
export function SaidBefore({
  quote,
  translation,
  speakerId,
  claimId,
}: {
  quote: string;
  translation: string;
  speakerId: string;
  /** The claim being edited (left out of the matches, and what a link starts from). */
  claimId?: string;
}) {
  const t = useTranslations("saidBefore");
  const tError = useTranslations("errors2") as unknown as ErrorTranslator;
  const locale = useLocale();
  const [matches, setMatches] = useState<SaidBeforeMatch[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [linked, setLinked] = useState<Set<string>>(new Set());
  const linker = useApiMutation();
  const enough = quote.trim().length >= MIN_CHARS || translation.trim().length >= MIN_CHARS;

  useEffect(() => {
    if (!enough) {
      setMatches(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setSearching(true);
      const params = new URLSearchParams({
        quote: quote.slice(0, 2000),
        translation: translation.slice(0, 2000),
        // Only ranks the matches: a value that is not an id (nothing chosen yet) is left out.
        speakerId: isId(speakerId) ? speakerId : "",
        excludeId: claimId ?? "",
      });
      const result = await callApi<{ matches: SaidBeforeMatch[] }>(
        "GET",
        `/api/claims/said-before?${params}`,
        undefined,
        controller.signal,
      );
      if (controller.signal.aborted) return;
      setSearching(false);
      if (result.ok) {
        setMatches(result.data.matches);
        setFailed(null);
      } else {
        setFailed(describeApiError(result.error, tError, { serverWords: locale === "en" }).message);
      }
    }, DEBOUNCE_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [enough, quote, translation, speakerId, claimId, tError, locale]);

  async function link(toClaimId: string) {
    if (!claimId) return;
    const result = await linker.run("POST", "/api/links", {
      fromClaimId: claimId,
      toClaimId,
      type: "SAME_STATEMENT",
    });
    if (result.ok) setLinked((s) => new Set(s).add(toClaimId));
  }

  if (!enough) return null;
  return (
    <section
      aria-label={t("title")}
      aria-live="polite"
      aria-busy={searching}
      className="rounded-md border border-amber-200 bg-amber-50/40 p-3 text-sm"
      data-testid="said-before"
    >
      <h3 className="font-medium">{t("title")}</h3>
      {failed ? (
        <p className="mt-1 text-rose-800">{t("failed", { message: failed })}</p>
      ) : matches === null || (searching && matches.length === 0) ? (
        <p className="mt-1 text-muted">{t("searching")}</p>
      ) : matches.length === 0 ? (
        <p className="mt-1 text-muted">{t("none")}</p>
      ) : (
        <>
          <p className="mt-1 text-muted">{t("intro")}</p>
          <ul className="mt-2 space-y-2">
            {matches.map((m) => (
              <li
                key={m.id}
                className="rounded border border-slate-200 bg-white p-2"
                data-testid="said-before-match"
              >
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{m.speaker}</span>
                  {m.sameSpeaker && (
                    <span className="rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-900">
                      {t("sameSpeaker")}
                    </span>
                  )}
                  <span className="text-xs text-muted">
                    {t("match", { percent: Math.round(m.score * 100) })}
                  </span>
                </p>
                <p className="mt-1 line-clamp-2" lang="vi">
                  {m.quote}
                </p>
                <p className="mt-1 flex flex-wrap gap-3">
                  <Link href={`/dashboard/claims/${m.id}`} className="text-accent underline" target="_blank">
                    {t("open")}
                  </Link>
                  <Link href={`/dashboard/claims/${m.id}#sources-heading`} className="text-accent underline">
                    {t("addSource")}
                  </Link>
                  {claimId &&
                    (linked.has(m.id) ? (
                      <span className="text-emerald-800">{t("linked")}</span>
                    ) : (
                      <button
                        type="button"
                        className="text-accent underline"
                        disabled={linker.pending}
                        onClick={() => link(m.id)}
                      >
                        {t("link")}
                      </button>
                    ))}
                </p>
              </li>
            ))}
          </ul>
          <FormError message={linker.error?.message} />
        </>
      )}
    </section>
  );
}
