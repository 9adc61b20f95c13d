import Link from "next/link";
import { Section } from "@/components/ui/Section";
import { localePath, publicLocale, publicTranslator } from "@/i18n/public";
import { publicLabels } from "@/lib/claims/labels";
import type { PublicRelatedClaim } from "@/lib/claims/public-dto";
import { quotedText } from "@/lib/claims/quote-text";
import { formatSaidAt } from "@/lib/format/dates";
import type { LinkType } from "@/lib/generated/prisma/enums";

const linkOrder: LinkType[] = ["CONTRADICTS", "UPDATES", "SUPPORTS", "SAME_STATEMENT", "RESPONDS_TO"];

function groupRelated(related: PublicRelatedClaim[]) {
  const { linkLabel } = publicLabels();
  const groups = new Map<string, { label: string; items: PublicRelatedClaim[] }>();
  for (const type of linkOrder) {
    for (const direction of ["outgoing", "incoming"] as const) {
      const items = related.filter((r) => r.type === type && r.direction === direction);
      const label = linkLabel[type][direction];
      if (items.length) groups.set(label, { label, items: [...(groups.get(label)?.items ?? []), ...items] });
    }
  }
  return [...groups.values()];
}

/** The claims this one contradicts, updates, supports… and those that do so to it, by kind of link. */
export function RelatedClaims({ related: links }: { related: PublicRelatedClaim[] }) {
  const related = groupRelated(links);
  if (related.length === 0) return null;
  const t = publicTranslator("public.claim.related");
  return (
    <Section id="related-heading" heading="large" title={t("heading")} className="mt-8">
      {related.map((group) => (
        <div key={group.label} className="mt-4">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-accent">{group.label}</h3>
          <ul className="mt-2 space-y-3">
            {group.items.map((r) => (
              <li
                key={`${r.direction}-${r.type}-${r.claim.slug}`}
                className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
              >
                <p>
                  <Link
                    href={localePath(`/speakers/${r.claim.speakerSlug}`)}
                    className="font-medium hover:text-accent"
                  >
                    {r.claim.speakerName}
                  </Link>
                  {r.claim.saidAt && (
                    <span className="text-muted">
                      {" "}
                      · {formatSaidAt(r.claim.saidAt, "DAY", publicLocale())}
                    </span>
                  )}
                  {r.claim.status === "RETRACTED" && (
                    <span className="ml-2 text-xs text-rose-800">{t("retracted")}</span>
                  )}
                </p>
                <p className="mt-1">
                  <Link
                    href={localePath(`/claims/${r.claim.slug}`)}
                    className="hover:text-accent hover:underline"
                    lang="vi"
                  >
                    {quotedText(r.claim.kind, r.claim.quote)}
                  </Link>
                </p>
                {r.note && <p className="mt-1 text-muted">{r.note}</p>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}
