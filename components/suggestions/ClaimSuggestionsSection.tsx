import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Panel } from "@/components/ui/Panel";
import { roleAllows, type Actor } from "@/lib/permissions";
import { suggestionsForClaim } from "@/lib/suggestions/queries";
import { SuggestionCard } from "./SuggestionCard";

/** The claim page's suggested links, with their own reads (one line on the page renders it); nothing when none. */
export async function ClaimSuggestionsSection({ actor, claimId }: { actor: Actor; claimId: string }) {
  if (!roleAllows(actor.role, "claim.read_internal")) return null;
  const suggestions = await suggestionsForClaim(actor, claimId);
  if (suggestions.length === 0) return null;
  const t = await getTranslations("linkSuggestions");
  const canDecide = roleAllows(actor.role, "suggestion.decide");
  return (
    <Panel id="link-suggestions-heading" title={t("panelTitle")} intro={t("panelIntro")}>
      <ul className="space-y-3">
        {suggestions.map((s) => (
          <li key={s.id}>
            <SuggestionCard suggestion={s} currentClaimId={claimId} canDecide={canDecide} />
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <Link href="/dashboard/suggestions" className="text-accent underline">
          {t("viewQueue")}
        </Link>
      </p>
    </Panel>
  );
}
