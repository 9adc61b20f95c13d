import type { Highlight } from "@/lib/suggestions/compare";

/**
 * A compared quote with its differing words marked. Highlights are code-point offsets (as the
 * suggester counts them), so the text is split by code points, never by UTF-16 units.
 */
export function HighlightedQuote({ quote, highlights }: { quote: string; highlights: Highlight[] }) {
  const points = Array.from(quote);
  const parts: { text: string; marked: boolean; at: number }[] = [];
  let at = 0;
  for (const h of [...highlights].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(h.start, points.length));
    const end = Math.max(start, Math.min(h.end, points.length));
    if (start > at) parts.push({ text: points.slice(at, start).join(""), marked: false, at });
    if (end > start) parts.push({ text: points.slice(start, end).join(""), marked: true, at: start });
    at = end;
  }
  if (at < points.length) parts.push({ text: points.slice(at).join(""), marked: false, at });
  return (
    <blockquote lang="vi" className="font-serif leading-relaxed">
      {parts.map((p) =>
        p.marked ? (
          <mark
            key={p.at}
            className="rounded bg-amber-200 px-0.5 text-slate-950"
            data-testid="suggestion-diff"
          >
            {p.text}
          </mark>
        ) : (
          <span key={p.at}>{p.text}</span>
        ),
      )}
    </blockquote>
  );
}
