import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { publicLabels } from "@/lib/claims/labels";
import type { EditorialStatus, VerificationStatus } from "@/lib/generated/prisma/enums";

const statusTone: Record<EditorialStatus, BadgeTone> = {
  DRAFT: "neutral",
  IN_REVIEW: "info",
  CHANGES_REQUESTED: "warn",
  APPROVED: "good",
  REJECTED: "bad",
  RETRACTED: "bad",
};

/** How each quote-verification verdict looks, wherever it is shown (staff and public badges). */
export const verificationTone: Record<VerificationStatus, BadgeTone> = {
  UNVERIFIED: "neutral",
  VERIFIED_PRIMARY: "good",
  VERIFIED_SECONDARY: "info",
  MISQUOTED: "bad",
  MISATTRIBUTED: "bad",
  UNVERIFIABLE: "warn",
};

// `label` lets the staff dashboard pass its translated label; the public site keeps the
// Vietnamese default (no request-scoped next-intl here: public pages are cached).
export function StatusBadge({ status, label }: { status: EditorialStatus; label?: string }) {
  const { editorialStatusLabel } = publicLabels();
  return <Badge tone={statusTone[status]}>{label ?? editorialStatusLabel[status]}</Badge>;
}

export function VerificationBadge({
  verification,
  label,
}: {
  verification: VerificationStatus;
  label?: string;
}) {
  const { verificationLabel } = publicLabels();
  return <Badge tone={verificationTone[verification]}>{label ?? verificationLabel[verification]}</Badge>;
}
