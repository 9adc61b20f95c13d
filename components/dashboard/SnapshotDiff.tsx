import type { FieldDiff } from "@/lib/claims/history";

/**
 * Two versions of a claim compared field by field (lib/claims/history.ts diffSnapshots): words
 * removed struck through, words added highlighted, each said to screen readers. The claim's
 * history page and the pending correction of a published claim show their diffs with it.
 */
export function SnapshotDiff({
  diff,
  fieldLabel,
  words,
}: {
  diff: readonly FieldDiff[];
  fieldLabel: (field: FieldDiff["field"]) => string;
  words: { added: string; removed: string };
}) {
  return (
    <dl className="mt-2 divide-y divide-slate-100 text-sm">
      {diff.map((d) => (
        <div key={d.field} className="grid gap-1 py-2 sm:grid-cols-4">
          <dt className="font-medium text-muted">{fieldLabel(d.field)}</dt>
          <dd
            className="whitespace-pre-wrap sm:col-span-3"
            lang={d.field === "quote" || d.field === "roleHeld" || d.field === "venue" ? "vi" : undefined}
          >
            {keyedByPosition(d.parts).map(({ part: p, key }) =>
              p.added ? (
                <ins key={key} className="bg-emerald-100 text-emerald-900 no-underline">
                  <span className="sr-only">{words.added} </span>
                  {p.value}
                </ins>
              ) : p.removed ? (
                <del key={key} className="bg-rose-100 text-rose-900">
                  <span className="sr-only">{words.removed} </span>
                  {p.value}
                </del>
              ) : (
                <span key={key}>{p.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Each part keyed by where it starts in the run of all parts' text: parts are never empty, so the
 * position is unique and stays the same for the same diff.
 */
function keyedByPosition<Part extends { value: string }>(parts: readonly Part[]) {
  let at = 0;
  return parts.map((part) => {
    const key = at;
    at += part.value.length;
    return { part, key };
  });
}
