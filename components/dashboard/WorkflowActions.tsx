"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { FormError } from "@/components/ui/FieldError";
import { Panel } from "@/components/ui/Panel";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import type { Transition } from "@/lib/claims/workflow";
import type { EditorialStatus } from "@/lib/generated/prisma/enums";
import { useUnsavedDrafts } from "./UnsavedChanges";

const variant: Record<Transition, "primary" | "secondary" | "danger"> = {
  submit: "primary",
  withdraw: "secondary",
  approve: "primary",
  reject: "danger",
  request_changes: "secondary",
  retract: "danger",
  reopen: "secondary",
};

// A decision that sends the claim back says why: the editor reads it on the claim until they
// submit again. Retraction's reason is public.
const needsReason: readonly Transition[] = ["retract", "request_changes", "reject"];

/** What a reviewer is about to publish, shown in the approval dialog. */
export interface ApprovalSummary {
  speaker: string;
  quote: string;
  saidOn: string;
  venue: string | null;
  sources: string[];
  verification: string;
  publicNotes: number;
  links: number;
  openNotes: { id: string; excerpt: string; author: string; visibility: "INTERNAL" | "PUBLIC" }[];
}

/** What still stands between the claim and its approval (lib/checklists/), item names in the page's language. */
export interface ApprovalBlockersView {
  missingSource: boolean;
  items: string[];
}

/** The transitions this user may take now; the server re-checks role, ownership and state. */
export function WorkflowActions({
  claimId,
  version,
  status,
  isAuthor,
  allowed,
  blockedReason,
  approval,
  approvalBlockers,
}: {
  claimId: string;
  version: number;
  status: EditorialStatus;
  isAuthor: boolean;
  allowed: Transition[];
  blockedReason?: string | null;
  approval?: ApprovalSummary | null;
  approvalBlockers?: ApprovalBlockersView | null;
}) {
  const t = useTranslations("workflow");
  const tBlockers = useTranslations("checklists.blockers");
  const locale = useLocale();
  const tc = useTranslations("common");
  const router = useRouter();
  const { drafts, savedVersion } = useUnsavedDrafts();
  const [reasonFor, setReasonFor] = useState<Transition | null>(null);
  const mutation = useApiMutation({
    fields: { reason: reasonFor === "retract" ? t("retractReason") : t("editorNote") },
  });
  // Which button was pressed: that one says "Working…" while the hook's call is pending.
  const [requested, setRequested] = useState<Transition | null>(null);
  const pending = mutation.pending ? requested : null;
  const error = mutation.error?.message ?? null;
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const [unsavedPrompt, setUnsavedPrompt] = useState(false);
  const [approving, setApproving] = useState(false);
  const [done, setDone] = useState<Transition | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = useId();
  // The form may have saved a newer version than the one this page was rendered with.
  const currentVersion = Math.max(version, savedVersion ?? 0);
  const unsavedClaim = drafts.claim;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (approving && !dialog.open) {
      dialog.showModal();
      // Start on the way back, not on the irreversible button: Enter must not publish by accident.
      dialog.querySelector<HTMLButtonElement>("[data-initial-focus]")?.focus();
    }
    if (!approving && dialog.open) dialog.close();
  }, [approving]);

  async function send(transition: Transition, atVersion: number) {
    setRequested(transition);
    setDone(null);
    const result = await mutation.run("POST", `/api/claims/${claimId}/transitions`, {
      transition,
      version: atVersion,
      reason: reason.trim() || null,
    });
    if (!result.ok) return;
    setReasonFor(null);
    setReason("");
    setApproving(false);
    setUnsavedPrompt(false);
    setDone(transition);
    router.refresh();
  }

  function start(transition: Transition) {
    mutation.reset();
    setDone(null);
    if (needsReason.includes(transition) && reasonFor !== transition) {
      setReasonFor(transition);
      setReasonMissing(false);
      return;
    }
    if (needsReason.includes(transition) && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    if (transition === "submit" && unsavedClaim) {
      setUnsavedPrompt(true);
      return;
    }
    // With something missing, the server's refusal (below the list) says what, in the same words.
    if (transition === "approve" && approval && !blocked) {
      setApproving(true);
      return;
    }
    void send(transition, currentVersion);
  }

  async function saveThenSubmit() {
    const saved = await unsavedClaim?.save?.();
    if (saved == null) {
      setUnsavedPrompt(false);
      mutation.fail(t("unsaved.saveFailed"));
      return;
    }
    await send("submit", saved);
  }

  const blocked =
    allowed.includes("approve") &&
    approvalBlockers &&
    (approvalBlockers.missingSource || approvalBlockers.items.length > 0)
      ? approvalBlockers
      : null;
  // The required items the server named when it refused (they may differ from the page's list
  // when someone unchecked one meanwhile).
  const refusedItems = (mutation.error?.details as { missingItems?: unknown } | null)?.missingItems;
  const refusedNames = Array.isArray(refusedItems)
    ? refusedItems
        .map((i: { labelVi?: unknown; labelEn?: unknown }) => (locale === "en" ? i.labelEn : i.labelVi))
        .filter((x): x is string => typeof x === "string")
    : [];

  const statusLine = status === "IN_REVIEW" && isAuthor ? t("state.IN_REVIEW_author") : t(`state.${status}`);

  return (
    <Panel id="workflow-heading" title={t("heading")} heading="label" padding="p-4" testId="workflow-panel">
      <p className="text-sm" data-testid="workflow-state">
        {statusLine}
      </p>
      {blockedReason && <p className="mt-2 text-sm text-muted">{blockedReason}</p>}
      {/* Always present, so the confirmation of what just happened is announced where it happened. */}
      <div role="status" className="empty:hidden mt-3" data-testid="workflow-done">
        {done && (
          <p className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
            ✓ {t(`done.${done}`)}
          </p>
        )}
      </div>
      {blocked && (
        <div
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="approval-blockers"
          id={`${ids}-blockers`}
        >
          <p className="font-medium">{tBlockers("heading")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {blocked.missingSource && <li>{tBlockers("missingSource")}</li>}
            {blocked.items.length > 0 && (
              <li>{tBlockers("missingItems", { items: blocked.items.map((n) => `“${n}”`).join(", ") })}</li>
            )}
          </ul>
        </div>
      )}
      {error && (
        <div className="mt-3">
          <FormError message={error}>
            {refusedNames.length > 0 && (
              <span className="mt-1 block" data-testid="refused-items">
                {refusedNames.map((n) => `“${n}”`).join(", ")}
              </span>
            )}
          </FormError>
        </div>
      )}
      {reasonFor && (
        <div className="mt-3">
          <TextAreaField
            label={reasonFor === "retract" ? t("retractReason") : t("editorNote")}
            help={reasonFor === "retract" ? t("retractHelp") : t("editorNoteHelp")}
            error={reasonMissing ? t("reasonRequired") : mutation.fieldErrors.reason}
            rows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setReasonMissing(false);
            }}
            required
          />
        </div>
      )}
      {unsavedPrompt && (
        <fieldset className="mt-3 space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <legend className="sr-only">{t("unsaved.legend")}</legend>
          <p role="alert" className="font-medium">
            {t("unsaved.prompt")}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button autoFocus disabled={pending !== null} onClick={() => void saveThenSubmit()}>
              {pending === "submit" ? tc("working") : t("unsaved.saveAndSubmit")}
            </Button>
            <Button
              variant="secondary"
              disabled={pending !== null}
              onClick={() => void send("submit", currentVersion)}
            >
              {t("unsaved.submitSaved")}
            </Button>
            <Button variant="ghost" onClick={() => setUnsavedPrompt(false)}>
              {tc("cancel")}
            </Button>
          </div>
        </fieldset>
      )}
      {allowed.length > 0 && !unsavedPrompt && (
        <div className="mt-3 flex flex-wrap gap-2">
          {allowed.map((tr) => (
            <Button
              key={tr}
              variant={variant[tr]}
              disabled={pending !== null}
              onClick={() => start(tr)}
              aria-describedby={tr === "approve" && blocked ? `${ids}-blockers` : undefined}
            >
              {pending === tr ? tc("working") : reasonFor === tr ? t(`confirm.${tr}`) : t(`actions.${tr}`)}
            </Button>
          ))}
          {reasonFor && (
            <Button variant="ghost" onClick={() => setReasonFor(null)}>
              {tc("cancel")}
            </Button>
          )}
        </div>
      )}

      {approval && (
        <dialog
          ref={dialogRef}
          aria-labelledby={`${ids}-approve-title`}
          aria-describedby={`${ids}-approve-intro`}
          onClose={() => setApproving(false)}
          className="m-auto w-[min(40rem,calc(100vw-2rem))] max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-lg border border-slate-300 bg-white p-0 text-ink shadow-xl backdrop:bg-slate-900/50"
          data-testid="approve-dialog"
        >
          <div className="space-y-4 p-5">
            <h2 id={`${ids}-approve-title`} className="text-lg font-semibold">
              {t("approveDialog.title")}
            </h2>
            <p id={`${ids}-approve-intro`} className="text-sm">
              {t("approveDialog.intro")}
            </p>
            <section
              aria-labelledby={`${ids}-public`}
              className="rounded-md border border-slate-200 p-3 text-sm"
            >
              <h3 id={`${ids}-public`} className="font-semibold">
                {t("approveDialog.publicHeading")}
              </h3>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                <li>
                  <span lang="vi">
                    {approval.speaker}: {approval.quote}
                  </span>
                </li>
                <li>{t("approveDialog.saidOn", { date: approval.saidOn, venue: approval.venue ?? "—" })}</li>
                <li className={approval.sources.length === 0 ? "font-medium text-amber-900" : undefined}>
                  {t("approveDialog.sources", { count: approval.sources.length })}
                  {approval.sources.length > 0 && (
                    <span className="text-muted"> ({approval.sources.join("; ")})</span>
                  )}
                </li>
                <li>{t("approveDialog.verification", { status: approval.verification })}</li>
                <li>{t("approveDialog.publicNotes", { count: approval.publicNotes })}</li>
                <li>{t("approveDialog.links", { count: approval.links })}</li>
              </ul>
              <p className="mt-2 text-muted">{t("approveDialog.staysInternal")}</p>
            </section>
            <section
              aria-labelledby={`${ids}-open`}
              className={`rounded-md border p-3 text-sm ${approval.openNotes.length ? "border-amber-300 bg-amber-50" : "border-slate-200"}`}
            >
              <h3 id={`${ids}-open`} className="font-semibold">
                {t("approveDialog.openHeading", { count: approval.openNotes.length })}
              </h3>
              {approval.openNotes.length === 0 ? (
                <p className="mt-1 text-muted">{t("approveDialog.noOpenNotes")}</p>
              ) : (
                <>
                  <p className="mt-1">{t("approveDialog.openWarning")}</p>
                  <ul className="mt-2 space-y-2" data-testid="approve-open-notes">
                    {approval.openNotes.map((n) => (
                      <li key={n.id} className="rounded border border-amber-200 bg-white p-2">
                        <p lang="vi">{n.excerpt}</p>
                        <p className="mt-1 text-xs text-muted">
                          {t("approveDialog.noteBy", { name: n.author })} ·{" "}
                          {n.visibility === "PUBLIC"
                            ? t("approveDialog.notePublic")
                            : t("approveDialog.noteInternal")}
                        </p>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
            <FormError message={error} />
            <div className="flex flex-wrap justify-end gap-2">
              <Button variant="secondary" data-initial-focus onClick={() => setApproving(false)}>
                {approval.openNotes.length ? t("approveDialog.backToNotes") : tc("cancel")}
              </Button>
              <Button disabled={pending !== null} onClick={() => void send("approve", currentVersion)}>
                {pending === "approve" ? tc("working") : t("approveDialog.confirm")}
              </Button>
            </div>
          </div>
        </dialog>
      )}
    </Panel>
  );
}
