import { MarkdownBody } from "@/components/claims/MarkdownBody";
import type { PublicClaim } from "@/lib/claims/public-dto";
import { formatDay } from "@/lib/format/dates";

/** The newsroom's public notes on the claim, each with the passage it is about. */
export function EditorialNotes({ annotations }: { annotations: PublicClaim["annotations"] }) {
  if (annotations.length === 0) return null;
  return (
    <section className="mt-8" aria-labelledby="notes-heading">
      <h2 id="notes-heading" className="text-xl font-bold">
        Ghi chú của ban biên tập
      </h2>
      <ul className="mt-4 space-y-3">
        {annotations.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            {a.anchor && (
              <p className="mb-2 text-xs text-muted">
                Về đoạn: <mark className="bg-yellow-100">{a.anchor.exact}</mark>
              </p>
            )}
            <MarkdownBody markdown={a.body} />
            <p className="mt-2 text-xs text-muted">
              <time dateTime={a.createdAt}>{formatDay(a.createdAt)}</time>
            </p>
            {a.replies.length > 0 && (
              <ul className="mt-3 space-y-2 border-l-2 border-slate-200 pl-3">
                {a.replies.map((r) => (
                  <li key={r.id}>
                    <MarkdownBody markdown={r.body} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
