import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { editorialStatusLabel, verificationLabel } from "@/lib/claims/labels";
import type { EditorialStatus, VerificationStatus } from "@/lib/generated/prisma/enums";

const statusTone: Record<EditorialStatus, BadgeTone> = {
  DRAFT: "neutral",
  IN_REVIEW: "info",
  CHANGES_REQUESTED: "warn",
  APPROVED: "good",
  REJECTED: "bad",
  RETRACTED: "bad",
};

const verificationTone: Record<VerificationStatus, BadgeTone> = {
  UNVERIFIED: "neutral",
  VERIFIED_PRIMARY: "good",
  VERIFIED_SECONDARY: "info",
  MISQUOTED: "bad",
  MISATTRIBUTED: "bad",
  UNVERIFIABLE: "warn",
};

export function StatusBadge({ status }: { status: EditorialStatus }) {
  return <Badge tone={statusTone[status]}>{editorialStatusLabel[status]}</Badge>;
}

export function VerificationBadge({ verification }: { verification: VerificationStatus }) {
  return <Badge tone={verificationTone[verification]}>{verificationLabel[verification]}</Badge>;
}
