import { readableExcerpt } from "@/lib/claims/excerpt";

/** The cited span in its context, trimmed to whole words (lib/claims/excerpt.ts). */
export function SourceExcerpt({
  excerpt,
  language,
}: {
  excerpt: { prefix: string; exact: string; suffix: string };
  language: string;
}) {
  const x = readableExcerpt(excerpt);
  return (
    <blockquote
      className="mt-3 rounded bg-slate-50 p-3 text-sm leading-relaxed text-slate-700"
      lang={language}
      data-testid="source-excerpt"
    >
      {(x.cutBefore || x.before) && (
        <span data-testid="excerpt-before">
          {x.cutBefore ? "…" : ""}
          {x.before}
        </span>
      )}
      <mark className="bg-yellow-100 px-0.5 text-ink">{x.exact}</mark>
      {(x.cutAfter || x.after) && (
        <span data-testid="excerpt-after">
          {x.after}
          {x.cutAfter ? "…" : ""}
        </span>
      )}
    </blockquote>
  );
}
