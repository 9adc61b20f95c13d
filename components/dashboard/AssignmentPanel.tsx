"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { FormError } from "@/components/ui/FieldError";
import { Panel } from "@/components/ui/Panel";
import { useApiMutation } from "@/lib/client/use-api-mutation";

export interface AssignmentView {
  editorId: string | null;
  reviewerId: string | null;
  /** ISO instant, or null. */
  dueAt: string | null;
  /** The due date's calendar day in the newsroom's time zone (YYYY-MM-DD), for the date input. */
  dueDay: string | null;
  dueLabel: string | null;
  overdue: boolean;
  editorName: string | null;
  reviewerName: string | null;
}

/** End of the chosen day in the newsroom's time zone (GMT+7): a claim due "on the 5th" is due all that day. */
const endOfNewsroomDay = (day: string) => new Date(`${day}T23:59:59.000+07:00`).toISOString();

/** Who edits and who reviews the claim, and by when; anyone on the staff may change it (audited). */
export function AssignmentPanel({
  claimId,
  current,
  editors,
  reviewers,
  excludedReviewerIds,
  canAssign,
}: {
  claimId: string;
  current: AssignmentView;
  editors: { id: string; name: string }[];
  reviewers: { id: string; name: string }[];
  /** The claim's author and last editor: the two-person rule keeps them from reviewing it. */
  excludedReviewerIds: string[];
  canAssign: boolean;
}) {
  const t = useTranslations("assignment");
  const router = useRouter();
  const [editorId, setEditorId] = useState(current.editorId ?? "");
  const [reviewerId, setReviewerId] = useState(current.reviewerId ?? "");
  const [dueDay, setDueDay] = useState(current.dueDay ?? "");
  const [saved, setSaved] = useState(false);
  const saver = useApiMutation({
    fields: { editorId: t("editor"), reviewerId: t("reviewer"), dueAt: t("due") },
  });

  async function save() {
    setSaved(false);
    const dueAt = dueDay ? (dueDay === current.dueDay ? current.dueAt : endOfNewsroomDay(dueDay)) : null;
    const result = await saver.run("PUT", `/api/claims/${claimId}/assignment`, {
      editorId: editorId || null,
      reviewerId: reviewerId || null,
      dueAt,
      expected: { editorId: current.editorId, reviewerId: current.reviewerId, dueAt: current.dueAt },
    });
    if (!result.ok) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <Panel id="assignment-heading" title={t("heading")} padding="p-5">
      <div data-testid="assignment-summary" className="space-y-1 text-sm">
        <p>{t("summaryEditor", { name: current.editorName ?? t("nobody") })}</p>
        <p>{t("summaryReviewer", { name: current.reviewerName ?? t("anyReviewer") })}</p>
        <p>
          {current.dueLabel ? t("dueOn", { date: current.dueLabel }) : t("noDue")}{" "}
          {current.overdue && (
            <span className="ml-1 rounded bg-rose-100 px-1.5 py-0.5 font-semibold text-rose-900">
              {t("overdue")}
            </span>
          )}
        </p>
      </div>
      {canAssign && (
        <div className="mt-4 space-y-3">
          <Field label={t("editor")} error={saver.fieldErrors.editorId}>
            {(p) => (
              <select
                {...p}
                value={editorId}
                onChange={(e) => setEditorId(e.target.value)}
                className={inputClass}
              >
                <option value="">{t("nobody")}</option>
                {editors.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("reviewer")} error={saver.fieldErrors.reviewerId} help={t("twoPersonRule")}>
            {(p) => (
              <select
                {...p}
                value={reviewerId}
                onChange={(e) => setReviewerId(e.target.value)}
                className={inputClass}
              >
                <option value="">{t("anyReviewer")}</option>
                {reviewers.map((u) => {
                  const excluded = excludedReviewerIds.includes(u.id) || u.id === editorId;
                  return (
                    <option key={u.id} value={u.id} disabled={excluded && u.id !== reviewerId}>
                      {excluded ? t("notEligible", { name: u.name }) : u.name}
                    </option>
                  );
                })}
              </select>
            )}
          </Field>
          <Field label={t("due")} error={saver.fieldErrors.dueAt}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={dueDay}
                onChange={(e) => setDueDay(e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <FormError
            message={
              saver.fieldErrors.editorId || saver.fieldErrors.reviewerId || saver.fieldErrors.dueAt
                ? null
                : saver.error?.message
            }
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={() => void save()} disabled={saver.pending}>
              {t("save")}
            </Button>
            <p role="status" className="text-sm font-medium text-emerald-800">
              {saved ? `✓ ${t("saved")}` : ""}
            </p>
          </div>
        </div>
      )}
    </Panel>
  );
}
