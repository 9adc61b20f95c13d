import { publicTranslator } from "@/i18n/public";
import { findPublicQuoteDrifts } from "@/lib/drift/queries";

/**
 * The drifts reviewers confirmed, for readers of the claim's public page: "Outlet X quoted it as
 * '…' — the number differs", beside the earliest outlet's words. Public fields only (outlets and
 * the words they printed, already on the page); nothing when no drift is confirmed.
 */
export async function PublicQuoteDrift({ slug }: { slug: string }) {
  const drifts = await findPublicQuoteDrifts(slug);
  if (drifts.length === 0) return null;
  const t = publicTranslator("quoteDrift.public");
  const tKind = publicTranslator("quoteDrift.kinds");
  return (
    <section
      className="mt-8 rounded-lg border border-amber-300 bg-amber-50 p-5"
      aria-labelledby="quote-drift-heading"
      data-testid="public-quote-drift"
    >
      <h2 id="quote-drift-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <ul className="mt-3 space-y-3">
        {drifts.map((d) => (
          <li key={d.id}>
            <p>
              {t("quotedAs", {
                outlet: d.outlet,
                quoted: d.quoted,
                kinds: d.kinds.map((k) => tKind(k)).join("; "),
              })}
            </p>
            <p className="mt-1 text-sm text-muted">
              {t("earliest", { outlet: d.baseOutlet, quoted: d.baseQuoted })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
