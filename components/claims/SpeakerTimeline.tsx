import Link from "next/link";
import { inPublicLocale, localePath, publicLocale, publicTranslator, yesNo } from "@/i18n/public";
import { publicLabels } from "@/lib/claims/labels";
import type { PublicTopicRef } from "@/lib/claims/public-dto";
import type { TimelineClaim } from "@/lib/claims/public-queries";
import { quotedExcerpt } from "@/lib/claims/quote-text";
import { ClaimQuoteLink } from "./ClaimQuoteLink";
import { formatSaidAt } from "@/lib/format/dates";

/** Where one view of a speaker's timeline lives: a plain path, so every view is cached. */
export function speakerTimelineHref(speaker: string, topic: string | null, page = 1): string {
  return localePath(
    `/speakers/${speaker}${topic ? `/topic/${topic}` : ""}${page > 1 ? `/page/${page}` : ""}`,
  );
}

const chip = "rounded-full border px-3 py-1";

/** A speaker's claims newest first, filterable by topic (links), with contradictions and updates marked. */
export function SpeakerTimeline({
  speaker,
  claims,
  total,
  approximate,
  topics,
  topic,
}: {
  speaker: string;
  claims: TimelineClaim[];
  total: number;
  /** The total and the topic counts are estimates (a speaker with very many claims). */
  approximate: boolean;
  topics: (PublicTopicRef & { count: number })[];
  topic: string | null;
}) {
  const { linkLabel } = publicLabels();
  const t = publicTranslator("public.speaker");
  return (
    <div>
      <nav aria-label={t("filterLabel")} className="flex flex-wrap gap-2 text-sm">
        <Link
          href={speakerTimelineHref(speaker, null)}
          aria-current={topic === null ? "page" : undefined}
          className={`${chip} ${topic === null ? "border-accent bg-sky-50" : "border-slate-300 bg-white hover:border-accent"}`}
        >
          {t("all", { count: total, approximate: yesNo(approximate) })}
        </Link>
        {topics.map((t) => (
          <Link
            key={t.slug}
            href={speakerTimelineHref(speaker, t.slug)}
            aria-current={topic === t.slug ? "page" : undefined}
            className={`${chip} ${topic === t.slug ? "border-accent bg-sky-50" : "border-slate-300 bg-white hover:border-accent"}`}
          >
            {inPublicLocale(t.nameVi, t.nameEn)} ({approximate ? "≈" : ""}
            {t.count})
          </Link>
        ))}
      </nav>
      <ol className="relative mt-6 space-y-6 border-l-2 border-slate-200 pl-6">
        {claims.map((c) => (
          <li key={c.slug} className="relative">
            <span
              aria-hidden="true"
              className={`absolute -left-[31px] top-1.5 h-3 w-3 rounded-full border-2 border-white ${c.links.some((l) => l.type === "CONTRADICTS") ? "bg-rose-600" : "bg-accent"}`}
            />
            <p className="text-xs font-medium uppercase tracking-wide text-muted">
              {c.saidAt ? (
                <time dateTime={c.saidAt}>{formatSaidAt(c.saidAt, c.saidAtPrecision, publicLocale())}</time>
              ) : (
                publicTranslator("public.common")("unknownDate")
              )}
              {c.speaker.roleHeld ? ` · ${c.speaker.roleHeld}` : ""}
              {c.status === "RETRACTED" ? ` · ${t("retracted")}` : ""}
            </p>
            <p className="mt-1 font-serif text-lg leading-snug">
              <ClaimQuoteLink claim={c} />
            </p>
            <p className="mt-1 flex flex-wrap gap-1.5 text-xs">
              {c.topics.map((t) => (
                <span key={t.slug} className="rounded bg-slate-100 px-1.5 py-0.5">
                  {inPublicLocale(t.nameVi, t.nameEn)}
                </span>
              ))}
            </p>
            {c.links.length > 0 && (
              <ul className="mt-2 space-y-1 text-sm">
                {c.links.map((l) => (
                  <li
                    key={`${l.direction}-${l.type}-${l.claim.slug}`}
                    className={l.type === "CONTRADICTS" ? "text-rose-800" : "text-amber-800"}
                  >
                    <span className="font-semibold">{linkLabel[l.type][l.direction]}</span>{" "}
                    <Link
                      href={localePath(`/claims/${l.claim.slug}`)}
                      className="underline hover:text-accent"
                    >
                      {l.claim.speakerName}: {quotedExcerpt(l.claim.kind, l.claim.quote, 90)}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
