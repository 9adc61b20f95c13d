import { MarkdownBody } from "@/components/claims/MarkdownBody";
import { ReplyList } from "@/components/claims/ReplyList";
import { Section } from "@/components/ui/Section";
import { publicLocale, publicTranslator } from "@/i18n/public";
import type { PublicClaim } from "@/lib/claims/public-dto";
import { formatDay } from "@/lib/format/dates";

/** The newsroom's public notes on the claim, each with the passage it is about. */
export function EditorialNotes({ annotations }: { annotations: PublicClaim["annotations"] }) {
  if (annotations.length === 0) return null;
  const t = publicTranslator("public.claim.notes");
  return (
    <Section id="notes-heading" heading="large" title={t("heading")} className="mt-8">
      <ul className="mt-4 space-y-3">
        {annotations.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            {a.anchor && (
              <p className="mb-2 text-xs text-muted">
                {t.rich("passage", {
                  passage: a.anchor.exact,
                  mark: (passage) => <mark className="bg-yellow-100">{passage}</mark>,
                })}
              </p>
            )}
            <MarkdownBody markdown={a.body} />
            <p className="mt-2 text-xs text-muted">
              <time dateTime={a.createdAt}>{formatDay(a.createdAt, publicLocale())}</time>
            </p>
            <ReplyList replies={a.replies} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
