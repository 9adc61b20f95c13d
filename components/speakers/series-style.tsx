import { ratingScale } from "@/lib/claims/rating";
import type { ScorecardSeries } from "@/lib/speakers/scorecard-chart";
import { inPublicLocale, publicTranslator } from "@/i18n/public";

/**
 * How each rating looks in a scorecard's chart. Colour is never the only difference: every rating
 * has its own pattern (readers who cannot tell green from red, or who print in grey, still can tell
 * the segments apart), and every colour has at least 3:1 contrast with the white page.
 */
type Pattern = "solid" | "rising" | "dots" | "horizontal" | "falling" | "cross" | "vertical" | "hollow";

export const seriesStyle: Record<ScorecardSeries, { colour: string; pattern: Pattern }> = {
  TRUE: { colour: "#15803d", pattern: "solid" },
  MOSTLY_TRUE: { colour: "#4d7c0f", pattern: "rising" },
  HALF_TRUE: { colour: "#a16207", pattern: "dots" },
  MISLEADING: { colour: "#c2410c", pattern: "horizontal" },
  MOSTLY_FALSE: { colour: "#b91c1c", pattern: "falling" },
  FALSE: { colour: "#7f1d1d", pattern: "cross" },
  UNPROVEN: { colour: "#475569", pattern: "vertical" },
  NONE: { colour: "#475569", pattern: "hollow" },
};

export function seriesLabel(series: ScorecardSeries): string {
  return series === "NONE"
    ? publicTranslator("publicScorecard")("notRated")
    : inPublicLocale(ratingScale[series].labelVi, ratingScale[series].labelEn);
}

/** The fill of a series' shapes: a colour, or the pattern defined by <SeriesPatterns> with this prefix. */
export function seriesFill(prefix: string, series: ScorecardSeries): string {
  const { colour, pattern } = seriesStyle[series];
  if (pattern === "solid") return colour;
  if (pattern === "hollow") return "#e2e8f0";
  return `url(#${prefix}-${series})`;
}

const lines: Record<Exclude<Pattern, "solid" | "hollow" | "dots">, string> = {
  rising: "M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5",
  falling: "M0,0 L6,6 M5,-1 L7,1 M-1,5 L1,7",
  horizontal: "M0,3 L6,3",
  vertical: "M3,0 L3,6",
  cross: "M0,0 L6,6 M6,0 L0,6",
};

/** <defs> with one pattern per patterned series, ids `${prefix}-${series}` (unique per chart). */
export function SeriesPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {Object.entries(seriesStyle).map(([series, { colour, pattern }]) =>
        pattern === "solid" || pattern === "hollow" ? null : (
          <pattern key={series} id={`${prefix}-${series}`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={colour} />
            {pattern === "dots" ? (
              <circle cx="3" cy="3" r="1.3" fill="#ffffff" />
            ) : (
              <path d={lines[pattern]} stroke="#ffffff" strokeWidth="1.2" />
            )}
          </pattern>
        ),
      )}
    </defs>
  );
}

/** The outline of a series' shapes: the hollow series is drawn by its outline alone. */
export function seriesStroke(series: ScorecardSeries): { stroke: string; strokeWidth: number } {
  return seriesStyle[series].pattern === "hollow"
    ? { stroke: seriesStyle[series].colour, strokeWidth: 1.5 }
    : { stroke: "#ffffff", strokeWidth: 1 };
}

/** A small square of a series' fill beside its name (the chart's legend, the counts by rating). */
export function SeriesSwatch({
  prefix,
  series,
  size,
}: {
  prefix: string;
  series: ScorecardSeries;
  size: 12 | 14;
}) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox={`0 0 ${size} ${size}`}>
      <rect
        x="1"
        y="1"
        width={size - 2}
        height={size - 2}
        fill={seriesFill(prefix, series)}
        {...seriesStroke(series)}
        stroke="#475569"
      />
    </svg>
  );
}
