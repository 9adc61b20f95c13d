import { publicTranslator } from "@/i18n/public";
import {
  type ChartScale,
  chartGeometry,
  DEFAULT_BOX,
  NARROW_BOX,
  onScale,
  SCORECARD_SERIES,
  type ScorecardMonth,
} from "@/lib/speakers/scorecard-chart";
import { SeriesPatterns, SeriesSwatch, seriesFill, seriesLabel, seriesStroke } from "./series-style";

const parts = (month: string) => {
  const [year, m] = month.split("-");
  // Strings, not numbers: the catalogue's number format would write the year "2.025".
  return { year: year ?? "", month: String(Number(m)) };
};
export const monthShort = (month: string) => publicTranslator("publicScorecard")("monthShort", parts(month));
export const monthLong = (month: string) => publicTranslator("publicScorecard")("monthLong", parts(month));

/**
 * A speaker's claims per month as a stacked bar chart (server-rendered SVG, role="img" named by its
 * <title> and <desc>), a legend, and the same numbers as a table. `scale` is shared when two
 * speakers are compared, so equal counts are equal heights.
 */
export function ScorecardTimeline({
  id,
  name,
  months,
  scale,
  narrow = false,
}: {
  /** Unique on the page: prefixes the SVG's ids. */
  id: string;
  name: string;
  months: ScorecardMonth[];
  scale: ChartScale;
  /** Half a page wide: a box of fewer units (larger text for the same width). */
  narrow?: boolean;
}) {
  const t = publicTranslator("publicScorecard");
  if (scale.months.length === 0) return <p className="text-sm text-muted">{t("chartEmpty")}</p>;
  const g = chartGeometry(months, scale, narrow ? NARROW_BOX : DEFAULT_BOX, narrow ? 8 : 12);
  const rows = onScale(months, scale);
  // The series this speaker has: the legend and the table's columns.
  const shown = SCORECARD_SERIES.filter((s) => rows.some((m) => m.bySeries[s] > 0));
  const axis = g.plot.y + g.plot.height;
  return (
    <div>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${g.box.width} ${g.box.height}`}
        className="h-auto w-full"
      >
        <title id={`${id}-title`}>{t("chartTitle", { name })}</title>
        <desc id={`${id}-desc`}>
          {t("chartDesc", {
            from: monthLong(scale.months[0] as string),
            to: monthLong(scale.months[scale.months.length - 1] as string),
            top: scale.top,
          })}
        </desc>
        <SeriesPatterns prefix={id} />
        {g.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={g.plot.x} x2={g.plot.x + g.plot.width} y1={tick.y} y2={tick.y} stroke="#e2e8f0" />
            <text x={g.plot.x - 6} y={tick.y} dy="0.32em" textAnchor="end" fontSize="11" fill="#475569">
              {tick.value}
            </text>
          </g>
        ))}
        {g.bars.map((bar) => (
          <g key={bar.month}>
            {bar.segments.map((s) => (
              <rect
                key={s.series}
                x={bar.x}
                y={s.y}
                width={bar.width}
                height={s.height}
                fill={seriesFill(id, s.series)}
                {...seriesStroke(s.series)}
              >
                <title>
                  {t("segment", {
                    month: monthLong(bar.month),
                    label: seriesLabel(s.series),
                    count: s.count,
                  })}
                </title>
              </rect>
            ))}
          </g>
        ))}
        <line x1={g.plot.x} x2={g.plot.x + g.plot.width} y1={axis} y2={axis} stroke="#475569" />
        {g.labels.map((l) => (
          <text key={l.month} x={l.x} y={axis + 16} textAnchor="middle" fontSize="11" fill="#475569">
            {monthShort(l.month)}
          </text>
        ))}
      </svg>
      <ul aria-label={t("legend")} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {shown.map((s) => (
          <li key={s} className="flex items-center gap-1.5">
            <SeriesSwatch prefix={id} series={s} size={14} />
            {seriesLabel(s)}
          </li>
        ))}
      </ul>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-accent underline">{t("tableToggle")}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full border-collapse text-left">
            <caption className="sr-only">{t("tableCaption", { name })}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3 font-semibold">
                  {t("month")}
                </th>
                {shown.map((s) => (
                  <th key={s} scope="col" className="px-2 py-1 text-right font-semibold">
                    {seriesLabel(s)}
                  </th>
                ))}
                <th scope="col" className="py-1 pl-2 text-right font-semibold">
                  {t("total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.month} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {monthLong(m.month)}
                  </th>
                  {shown.map((s) => (
                    <td key={s} className="px-2 py-1 text-right tabular-nums">
                      {m.bySeries[s]}
                    </td>
                  ))}
                  <td className="py-1 pl-2 text-right font-semibold tabular-nums">{m.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
