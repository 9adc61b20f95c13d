import { getLocale, getTranslations } from "next-intl/server";
import { CHECKABLE_STATUSES } from "@/lib/checklists/service";
import { claimSourcingForStaff } from "@/lib/claims/laundering-queries";
import { formatDateTime } from "@/lib/format/date-time";
import type { EditorialStatus } from "@/lib/generated/prisma/enums";
import { canDecideOnClaim, roleAllows, type Actor } from "@/lib/permissions";
import { SourcingAlertPanel } from "./SourcingAlertPanel";

/**
 * The claim page's source-laundering alert, with its own reads (one line on the page mounts it,
 * next to the approval buttons). Without an alert it is one quiet line; with one, the reviewer
 * acknowledges it here, as approval requires (lib/claims/laundering-service.ts).
 */
export async function SourcingSection({
  actor,
  claim,
}: {
  actor: Actor;
  claim: {
    id: string;
    status: EditorialStatus;
    deletedAt: Date | null;
    createdById: string;
    lastEditedById: string | null;
  };
}) {
  const [{ analysis, current, stale }, locale, t] = await Promise.all([
    claimSourcingForStaff(actor, claim.id),
    getLocale(),
    getTranslations("laundering"),
  ]);
  if (analysis.appearances === 0) return null;
  const loc = locale === "en" ? "en" : "vi";
  const summary = t("panel.summary", {
    outlets: analysis.outlets,
    chains: analysis.chains,
    origin: t(`origin.${analysis.origin ?? "mixed"}`),
  });
  const open = !claim.deletedAt && CHECKABLE_STATUSES.includes(claim.status);
  const mayAcknowledge = roleAllows(actor.role, "claim.acknowledge_sourcing");
  const ack = (a: typeof current) => a && { by: a.by, atLabel: formatDateTime(a.at, loc), note: a.note };
  return (
    <SourcingAlertPanel
      claimId={claim.id}
      alert={analysis.alert}
      summary={summary}
      reasons={analysis.reasons}
      fingerprint={analysis.fingerprint}
      chains={analysis.origins.map((o) => ({
        label: o.label,
        kind: t(`origin.${o.kind}`),
        via: o.via,
        appearances: o.appearances,
      }))}
      current={ack(current)}
      stale={ack(stale)}
      ackState={
        !open ? "closed" : !mayAcknowledge ? "hidden" : canDecideOnClaim(actor, claim) ? "allowed" : "self"
      }
    />
  );
}
