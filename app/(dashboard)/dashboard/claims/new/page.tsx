import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClaimForm } from "@/components/dashboard/ClaimForm";
import { PageHeader } from "@/components/ui/PageHeader";
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
      <PageHeader title={t("title")} intro={<p className="mt-1">{t("intro")}</p>} />
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
