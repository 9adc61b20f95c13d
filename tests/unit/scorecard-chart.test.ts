import { describe, expect, it } from "vitest";
import {
  type ChartBox,
  chartGeometry,
  emptySeriesCounts,
  monthsBetween,
  niceTicks,
  type ScorecardMonth,
  type ScorecardSeries,
  sharedScale,
} from "@/lib/speakers/scorecard-chart";

/** A month of a speaker's timeline with the given counts per rating. */
function month(m: string, counts: Partial<Record<ScorecardSeries, number>>): ScorecardMonth {
  const bySeries = { ...emptySeriesCounts(), ...counts };
  return { month: m, bySeries, total: Object.values(bySeries).reduce((a, b) => a + b, 0) };
}

// A plot of 100 × 100 units at (10, 0): heights and positions are easy to read.
const box: ChartBox = { width: 110, height: 120, margin: { top: 0, right: 0, bottom: 20, left: 10 } };

describe("scorecard timeline geometry", () => {
  it("lists every month between two, across years", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2025-03", "2025-03")).toEqual(["2025-03"]);
    expect(monthsBetween("2025-04", "2025-03")).toEqual([]);
  });

  it("ticks are round steps of 1, 2 or 5 × 10ⁿ reaching at least the largest month", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it("two speakers share one scale: the months of both, from the earliest to the latest, and the larger top", () => {
    const a = [month("2025-11", { TRUE: 2 }), month("2025-12", { FALSE: 1 })];
    const b = [month("2026-02", { HALF_TRUE: 3, NONE: 4 })];
    const scale = sharedScale([a, b]);
    expect(scale.months).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(scale.top).toBe(8);
    expect(sharedScale([a]).top).toBe(2);
    expect(sharedScale([[], []])).toMatchObject({ months: [], top: 1 });
  });

  it("stacks a month's ratings from the axis up, true first, skipping empty ones; equal counts are equal heights", () => {
    const a = [month("2025-11", { TRUE: 2, FALSE: 1, NONE: 1 }), month("2025-12", { MISLEADING: 2 })];
    const b = [month("2025-12", { TRUE: 4 })];
    const scale = sharedScale([a, b]);
    expect(scale.top).toBe(4);
    const g = chartGeometry(a, scale, box);
    expect(g.plot).toEqual({ x: 10, y: 0, width: 100, height: 100 });
    const [nov, dec] = g.bars;
    expect(nov?.segments).toEqual([
      { series: "TRUE", count: 2, y: 50, height: 50 },
      { series: "FALSE", count: 1, y: 25, height: 25 },
      { series: "NONE", count: 1, y: 0, height: 25 },
    ]);
    expect(dec?.segments).toEqual([{ series: "MISLEADING", count: 2, y: 50, height: 50 }]);
    // Slots of 50 units less a gap of 8 (a fifth of the slot, at most 8) is 42: capped at 40, centred.
    expect([nov?.x, nov?.width, dec?.x]).toEqual([15, 40, 65]);
    // Narrow slots: a fifth of each is the gap.
    const many = monthsBetween("2024-01", "2025-12").map((m) => month(m, { TRUE: 1 }));
    const narrow = chartGeometry(many, sharedScale([many]), box).bars;
    expect(narrow[0]?.width).toBeCloseTo((100 / 24) * 0.8, 1);
    expect(narrow[1]?.x ?? 0).toBeCloseTo((narrow[0]?.x ?? 0) + 100 / 24, 1);
    // On the other speaker's chart the same scale: 4 claims reach the top, 2 claims are half as high.
    const other = chartGeometry(b, scale, box);
    expect(other.bars[0]?.segments).toEqual([]);
    expect(other.bars[1]?.segments).toEqual([{ series: "TRUE", count: 4, y: 0, height: 100 }]);
    expect(g.ticks).toEqual([0, 1, 2, 3, 4].map((value) => ({ value, y: 100 - value * 25 })));
  });

  it("names every month under the axis when they fit, else evenly spaced ones starting with the first", () => {
    const twoYears = monthsBetween("2024-01", "2025-12").map((m) => month(m, { TRUE: 1 }));
    const scale = sharedScale([twoYears]);
    const few = chartGeometry(twoYears.slice(0, 6), sharedScale([twoYears.slice(0, 6)]), box);
    expect(few.labels.map((l) => l.month)).toEqual(monthsBetween("2024-01", "2024-06"));
    const many = chartGeometry(twoYears, scale, box, 12);
    expect(many.labels.map((l) => l.month)).toEqual(
      monthsBetween("2024-01", "2025-12").filter((_, i) => i % 2 === 0),
    );
    // Each label sits under the middle of its bar.
    const first = many.bars[0];
    expect(many.labels[0]?.x).toBeCloseTo((first?.x ?? 0) + (first?.width ?? 0) / 2, 1);
  });
});
