"use client";

import { useCallback, useRef } from "react";
import { codePoints, spanAt, utf16ToCodePointIndex, type TextSpan } from "@/lib/text/selectors";

export interface Highlight {
  start: number; // code points
  end: number;
  tone: "source" | "note" | "selection";
  title?: string;
}

const toneClass: Record<Highlight["tone"], string> = {
  source: "bg-yellow-100",
  note: "bg-sky-100 underline decoration-sky-500 decoration-2",
  selection: "bg-violet-200",
};

/**
 * Text the user selects a span in with the mouse (or Shift+arrows). The selection is reported
 * as W3C selectors with code-point offsets into `text`; highlights mark existing spans.
 */
export function SelectableText({
  text,
  highlights = [],
  onSelect,
  label,
  lang,
  className = "",
}: {
  text: string;
  highlights?: Highlight[];
  onSelect?: (span: TextSpan | null) => void;
  label: string;
  lang?: string;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);

  const report = useCallback(() => {
    if (!onSelect || !ref.current) return;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!ref.current.contains(range.startContainer) || !ref.current.contains(range.endContainer)) return;
    const before = document.createRange();
    before.selectNodeContents(ref.current);
    before.setEnd(range.startContainer, range.startOffset);
    const start16 = before.toString().length;
    const selected = range.toString();
    // Trim surrounding whitespace a drag often catches.
    const lead = selected.length - selected.trimStart().length;
    const trimmed = selected.trim();
    if (!trimmed) return onSelect(null);
    const start = utf16ToCodePointIndex(text, start16 + lead);
    onSelect(spanAt(text, start, start + codePoints(trimmed).length));
  }, [onSelect, text]);

  // Split the text at every highlight boundary (code points), marking covered segments.
  const cps = codePoints(text);
  const bounds = new Set<number>([0, cps.length]);
  for (const h of highlights) {
    bounds.add(Math.max(0, Math.min(cps.length, h.start)));
    bounds.add(Math.max(0, Math.min(cps.length, h.end)));
  }
  const points = [...bounds].sort((a, b) => a - b);
  const segments = points.slice(0, -1).map((from, i) => {
    const to = points[i + 1]!;
    const covering = highlights.filter((h) => h.start <= from && h.end >= to);
    return { from, to, text: cps.slice(from, to).join(""), covering };
  });

  return (
    <div
      ref={ref}
      role="document"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users select a span of the article with the arrow keys, so it takes focus.
      tabIndex={0}
      lang={lang}
      onMouseUp={report}
      onKeyUp={(e) => {
        if (e.shiftKey) report();
      }}
      className={`whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-4 text-sm leading-relaxed ${className}`}
    >
      {segments.map((s) =>
        s.covering.length ? (
          <mark
            key={s.from}
            className={`${toneClass[s.covering.at(-1)!.tone]} text-ink`}
            title={
              s.covering
                .map((c) => c.title)
                .filter(Boolean)
                .join(" · ") || undefined
            }
          >
            {s.text}
          </mark>
        ) : (
          <span key={s.from}>{s.text}</span>
        ),
      )}
    </div>
  );
}
