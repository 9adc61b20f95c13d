/**
 * The geometry of a scorecard's timeline: one stacked bar per month, one segment per rating.
 * Plain arithmetic, rendered as server-side SVG (components/speakers/ScorecardTimeline.tsx): no
 * chart library, nothing for the browser to run. Two speakers compared share one scale (the same
 * months, the same height for the same count) so their bars can be read against each other.
 */

import { Rating } from "../generated/prisma/enums";

/** A bar of the chart and a row of the table: the series of ratings, unrated claims last. */
export const SCORECARD_SERIES = [...Object.values(Rating), "NONE"] as const;
export type ScorecardSeries = (typeof SCORECARD_SERIES)[number];

export interface ScorecardMonth {
  /** "2025-12" */
  month: string;
  total: number;
  bySeries: Record<ScorecardSeries, number>;
}

export const emptySeriesCounts = (): Record<ScorecardSeries, number> =>
  Object.fromEntries(SCORECARD_SERIES.map((s) => [s, 0])) as Record<ScorecardSeries, number>;

/** Every month from `first` to `last` ("2025-11" … "2026-02"), both included. */
export function monthsBetween(first: string, last: string): string[] {
  const [y0, m0] = first.split("-").map(Number) as [number, number];
  const [y1, m1] = last.split("-").map(Number) as [number, number];
  const out: string[] = [];
  for (let i = y0 * 12 + (m0 - 1); i <= y1 * 12 + (m1 - 1); i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  }
  return out;
}

export interface ChartScale {
  /** Every month shown, oldest first. */
  months: string[];
  /** The top of the y axis: a round number at least as large as the largest month. */
  top: number;
  ticks: number[];
}

/** Round ticks from 0 to at least `max`: steps of 1, 2 or 5 × 10ⁿ, at most `most` steps. */
export function niceTicks(max: number, most = 5): number[] {
  if (max <= 0) return [0, 1];
  let step = 1;
  for (let unit = 1; ; unit *= 10) {
    const found = [1, 2, 5].map((k) => k * unit).find((s) => Math.ceil(max / s) <= most);
    if (found) {
      step = found;
      break;
    }
  }
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

/** One scale for the timelines shown together: the months from the earliest to the latest of all, the largest month. */
export function sharedScale(timelines: ScorecardMonth[][]): ChartScale {
  const known = timelines.flatMap((t) => t.map((m) => m.month)).sort();
  const months = known.length ? monthsBetween(known[0] as string, known[known.length - 1] as string) : [];
  const max = Math.max(0, ...timelines.flatMap((t) => t.map((m) => m.total)));
  const ticks = niceTicks(max);
  return { months, top: ticks[ticks.length - 1] as number, ticks };
}

/** A timeline over the scale's months: months it does not have hold zeros. */
export function onScale(timeline: ScorecardMonth[], scale: ChartScale): ScorecardMonth[] {
  const byMonth = new Map(timeline.map((m) => [m.month, m]));
  return scale.months.map(
    (month) => byMonth.get(month) ?? { month, total: 0, bySeries: emptySeriesCounts() },
  );
}

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const DEFAULT_BOX: ChartBox = {
  width: 640,
  height: 240,
  margin: { top: 12, right: 8, bottom: 36, left: 36 },
};

/** Half a page wide (two speakers side by side): fewer units, so the same text is not shrunk as far. */
export const NARROW_BOX: ChartBox = {
  width: 400,
  height: 220,
  margin: { top: 12, right: 6, bottom: 36, left: 32 },
};

export interface BarSegment {
  series: ScorecardSeries;
  count: number;
  y: number;
  height: number;
}

export interface ChartGeometry {
  box: ChartBox;
  plot: { x: number; y: number; width: number; height: number };
  ticks: { value: number; y: number }[];
  bars: { month: string; total: number; x: number; width: number; segments: BarSegment[] }[];
  /** Months named under the axis: all of them when they fit, else evenly spaced ones (the first always). */
  labels: { month: string; x: number }[];
}

/** The widest a bar gets, in the box's units. */
export const MAX_BAR = 40;

const round = (n: number) => Math.round(n * 100) / 100;

/** Where every bar, segment, tick and label goes, in the box's units (the SVG's viewBox). */
export function chartGeometry(
  timeline: ScorecardMonth[],
  scale: ChartScale,
  box: ChartBox = DEFAULT_BOX,
  maxLabels = 12,
): ChartGeometry {
  const plot = {
    x: box.margin.left,
    y: box.margin.top,
    width: box.width - box.margin.left - box.margin.right,
    height: box.height - box.margin.top - box.margin.bottom,
  };
  const months = onScale(timeline, scale);
  const slot = months.length ? plot.width / months.length : plot.width;
  // A gap between bars of a fifth of the slot, at most 8 units; no bar wider than MAX_BAR (one
  // month alone is a bar, not a wall).
  const barWidth = Math.min(slot - Math.min(slot * 0.2, 8), MAX_BAR);
  const yOf = (value: number) => plot.y + plot.height - (value / scale.top) * plot.height;
  const bars = months.map((m, i) => {
    let base = 0;
    const segments: BarSegment[] = [];
    for (const series of SCORECARD_SERIES) {
      const count = m.bySeries[series];
      if (count === 0) continue;
      const y = yOf(base + count);
      segments.push({ series, count, y: round(y), height: round(yOf(base) - y) });
      base += count;
    }
    return {
      month: m.month,
      total: m.total,
      x: round(plot.x + (i + 0.5) * slot - barWidth / 2),
      width: round(barWidth),
      segments,
    };
  });
  const every = Math.max(1, Math.ceil(months.length / maxLabels));
  const labels = months
    .map((m, i) => ({ month: m.month, x: round(plot.x + (i + 0.5) * slot), i }))
    .filter(({ i }) => i % every === 0)
    .map(({ month, x }) => ({ month, x }));
  return {
    box,
    plot,
    ticks: scale.ticks.map((value) => ({ value, y: round(yOf(value)) })),
    bars,
    labels,
  };
}
