import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClaimForm } from "@/components/dashboard/ClaimForm";
import { requirePageAction } from "@/lib/auth/actor";
import { claimFormOptions } from "@/lib/claims/dashboard-queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: t("newClaim"), robots: { index: false } };
}

export default async function NewClaimPage() {
  const actor = await requirePageAction("claim.create");
  const t = await getTranslations("claims.new");
  const { speakers, topics } = await claimFormOptions(actor);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <ClaimForm
          mode="create"
          speakers={speakers}
          topics={topics}
          initial={{
            speakerId: "",
            roleHeld: "",
            quote: "",
            translation: "",
            kind: "DIRECT",
            saidAt: "",
            saidAtPrecision: "DAY",
            venue: "",
            topics: [],
          }}
        />
      </div>
    </>
  );
}
