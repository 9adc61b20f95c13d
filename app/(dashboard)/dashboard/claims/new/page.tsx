import type { Metadata } from "next";
import { ClaimForm } from "@/components/dashboard/ClaimForm";
import { Alert } from "@/components/ui/Alert";
import { requireActor } from "@/lib/auth/actor";
import { claimFormOptions } from "@/lib/claims/dashboard-queries";
import { roleAllows } from "@/lib/permissions";

export const metadata: Metadata = { title: "New claim", robots: { index: false } };

export default async function NewClaimPage() {
  const actor = await requireActor();
  if (!actor || !roleAllows(actor.role, "claim.create")) {
    return <Alert tone="warn">Only editors and admins can create claims.</Alert>;
  }
  const { speakers, topics } = await claimFormOptions(actor);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">New claim</h1>
      <p className="mt-1 text-sm text-muted">A new claim starts as a draft. Submit it for review when it is ready; someone else must approve it.</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <ClaimForm
          mode="create"
          speakers={speakers}
          topics={topics}
          initial={{ speakerId: "", roleHeld: "", quote: "", translation: "", kind: "DIRECT", saidAt: "", saidAtPrecision: "DAY", venue: "", topics: [] }}
        />
      </div>
    </>
  );
}
