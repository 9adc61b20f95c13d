import { publicLocale, publicTranslator } from "@/i18n/public";
import { publicLabels, sentenceCase } from "@/lib/claims/labels";
import { VerificationStatus } from "@/lib/generated/prisma/enums";
import { type ChartScale, SCORECARD_SERIES, sharedScale } from "@/lib/speakers/scorecard-chart";
import type { SpeakerScorecard as Scorecard } from "@/lib/speakers/scorecard-queries";
import { ScorecardTimeline } from "./ScorecardTimeline";
import { SeriesPatterns, SeriesSwatch, seriesLabel } from "./series-style";

function Counts({
  id,
  title,
  rows,
}: {
  id: string;
  title: string;
  rows: { key: string; label: React.ReactNode; count: number }[];
}) {
  return (
    <section aria-labelledby={id} className="rounded border border-slate-200 bg-white p-4">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <dl className="mt-2 space-y-1 text-sm">
        {rows.map((r) => (
          <div key={r.key} className={`flex justify-between gap-3 ${r.count === 0 ? "text-muted" : ""}`}>
            <dt className="flex items-center gap-1.5">{r.label}</dt>
            <dd className="font-semibold tabular-nums">{r.count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * A speaker's scorecard: their published claims counted by rating and by quote verification, the
 * contradiction and update links among them, and their claims per month (chart and table). `scale`
 * is given when the card sits beside another speaker's, so both charts are drawn alike.
 */
export function SpeakerScorecard({
  card,
  scale = sharedScale([card.months]),
  idPrefix = "scorecard",
  title,
  narrow = false,
}: {
  card: Scorecard;
  /** The section's heading: "Scorecard" on the speaker's page, a name side by side. */
  title?: React.ReactNode;
  /** Half a page wide: the counts one above the other. */
  narrow?: boolean;
  scale?: ChartScale;
  /** Unique on the page (two cards side by side). */
  idPrefix?: string;
}) {
  const t = publicTranslator("publicScorecard");
  const id = `${idPrefix}-${card.speaker.slug}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg bg-slate-50 p-4">
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {title ?? t("heading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("basis", { total: card.total })}</p>
      {/* The swatches' patterns (not display:none, which would hide them from the swatches too). */}
      <svg aria-hidden="true" width="0" height="0" className="absolute">
        <SeriesPatterns prefix={id} />
      </svg>
      <div className={`mt-4 grid gap-4 ${narrow ? "" : "sm:grid-cols-2"}`}>
        <Counts
          id={`${id}-rating`}
          title={t("byRating")}
          rows={SCORECARD_SERIES.map((s) => ({
            key: s,
            count: card.byRating[s],
            label: (
              <>
                <SeriesSwatch prefix={id} series={s} size={12} />
                {seriesLabel(s)}
              </>
            ),
          }))}
        />
        <div className="space-y-4">
          <Counts
            id={`${id}-verification`}
            title={t("byVerification")}
            rows={Object.values(VerificationStatus).map((v) => ({
              key: v,
              count: card.byVerification[v],
              label: sentenceCase(publicLabels().publicVerificationLabel[v], publicLocale()),
            }))}
          />
          <div>
            <Counts
              id={`${id}-links`}
              title={t("linksHeading")}
              rows={[
                { key: "contradictions", label: t("contradictions"), count: card.contradictions },
                { key: "updates", label: t("updates"), count: card.updates },
              ]}
            />
            <p className="mt-1 text-xs text-muted">{t("linksNote")}</p>
          </div>
        </div>
      </div>
      <h3 className="mt-6 font-semibold">{t("timelineHeading")}</h3>
      <p className="text-xs text-muted">{t("timelineNote")}</p>
      <div className="mt-2 rounded border border-slate-200 bg-white p-3">
        <ScorecardTimeline
          id={`${id}-chart`}
          name={card.speaker.name}
          months={card.months}
          scale={scale}
          narrow={narrow}
        />
      </div>
    </section>
  );
}
