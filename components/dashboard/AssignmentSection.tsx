import { getLocale } from "next-intl/server";
import { assignablePeople, claimAssignment, isOverdue } from "@/lib/assignments/queries";
import { formatDateTime, NEWSROOM_TIME_ZONE } from "@/lib/format/date-time";
import { roleAllows, type Actor } from "@/lib/permissions";
import { AssignmentPanel } from "./AssignmentPanel";

/** The claim page's assignment panel, with its own reads (one line on the page renders it). */
export async function AssignmentSection({ actor, claimId }: { actor: Actor; claimId: string }) {
  const [claim, people, locale] = await Promise.all([
    claimAssignment(actor, claimId),
    assignablePeople(actor),
    getLocale(),
  ]);
  if (!claim) return null;
  const dueDay = claim.dueAt
    ? new Intl.DateTimeFormat("en-CA", { timeZone: NEWSROOM_TIME_ZONE }).format(claim.dueAt)
    : null;
  return (
    <AssignmentPanel
      claimId={claim.id}
      current={{
        editorId: claim.assignedEditorId,
        reviewerId: claim.assignedReviewerId,
        dueAt: claim.dueAt?.toISOString() ?? null,
        dueDay,
        dueLabel: claim.dueAt ? formatDateTime(claim.dueAt, locale === "en" ? "en" : "vi") : null,
        overdue: isOverdue(claim),
        editorName: claim.assignedEditor?.name ?? null,
        reviewerName: claim.assignedReviewer?.name ?? null,
      }}
      editors={people.editors}
      reviewers={people.reviewers}
      excludedReviewerIds={[claim.createdById, claim.lastEditedById].filter((id): id is string => !!id)}
      canAssign={!claim.deletedAt && roleAllows(actor.role, "claim.assign")}
    />
  );
}
