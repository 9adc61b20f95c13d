import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OutletSourcingReport } from "@/components/laundering/OutletSourcingReport";
import { requirePageAction } from "@/lib/auth/actor";
import { outletSourcingForStaff } from "@/lib/claims/laundering-queries";
import { isId } from "@/lib/validation/ids";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("laundering.outlet");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** One outlet: how often the claims it publishes go back to an unnamed source. */
export default async function OutletPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageAction("claim.read_internal");
  if (!isId(id)) notFound();
  const report = await outletSourcingForStaff(actor, id);
  if (!report) notFound();
  return <OutletSourcingReport report={report} />;
}
