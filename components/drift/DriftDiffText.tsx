import type { DiffSegment } from "@/lib/drift/compare";

/**
 * An outlet's words with the word diff against the earliest text: dropped words struck through,
 * added ones highlighted, those of a substantive kind more strongly; respelled words (case,
 * diacritics) are underlined lightly, as the harmless difference they are.
 */
export function DriftDiffText({
  segments,
  labels,
}: {
  segments: DiffSegment[];
  labels: { removed: string; added: string; kind: (kind: NonNullable<DiffSegment["kind"]>) => string };
}) {
  return (
    <p className="font-serif leading-relaxed" lang="vi" data-testid="drift-diff">
      {segments.map((s, i) => {
        const key = `${i}-${s.change}`;
        const title = s.kind ? labels.kind(s.kind) : undefined;
        if (s.change === "removed")
          return (
            <del
              key={key}
              title={title ?? labels.removed}
              data-kind={s.kind}
              className={`rounded px-0.5 text-rose-800 ${s.kind ? "bg-rose-100 font-semibold" : "bg-rose-50"}`}
            >
              {s.text}
            </del>
          );
        if (s.change === "added")
          return (
            <ins
              key={key}
              title={title ?? labels.added}
              data-kind={s.kind}
              className={`rounded px-0.5 no-underline ${s.kind ? "bg-amber-200 font-semibold" : "bg-amber-50"}`}
            >
              {s.text}
            </ins>
          );
        return s.respelled ? (
          <span key={key} className="underline decoration-slate-300 decoration-dotted">
            {s.text}
          </span>
        ) : (
          <span key={key}>{s.text}</span>
        );
      })}
    </p>
  );
}
