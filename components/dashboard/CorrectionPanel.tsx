"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { Panel } from "@/components/ui/Panel";
import { TextAreaField } from "@/components/ui/TextAreaField";
import type { ClaimFormValues } from "@/lib/claims/form-values";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import { ClaimContentFields, type ClaimContentLabels } from "./ClaimContentFields";

/**
 * "Propose a correction" on a published claim's page: its content fields as the claim editor
 * shows them, prefilled, and the reason readers will see. Proposing changes nothing public; the
 * correction waits under Pending changes for another person (lib/claims/service.ts
 * proposeClaimCorrection), and while it waits no other is proposed.
 */
export function CorrectionPanel({
  claimId,
  version,
  initial,
  speakers,
  topics,
  waiting,
}: {
  claimId: string;
  version: number;
  initial: ClaimFormValues;
  speakers: { id: string; name: string }[];
  topics: { slug: string; nameEn: string; nameVi: string }[];
  /** A correction of this claim already waits for a reviewer. */
  waiting: boolean;
}) {
  const t = useTranslations("contentCorrection");
  const tForm = useTranslations("claimForm");
  const tc = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(initial);
  const [reason, setReason] = useState("");
  const [proposed, setProposed] = useState(false);
  const labels = {
    speakerId: tForm("speaker"),
    roleHeld: tForm("roleHeld"),
    quote: tForm("quote"),
    translation: tForm("translation"),
    kind: tForm("kind"),
    saidAt: tForm("saidOn"),
    saidAtPrecision: tForm("precision"),
    venue: tForm("venue"),
    topics: tForm("topics"),
  } satisfies ClaimContentLabels;
  const mutation = useApiMutation({
    fields: { ...labels, speakerId: { label: labels.speakerId, pick: "person" }, reason: t("reason") },
  });
  const { error, fieldErrors, pending } = mutation;

  const set = <K extends keyof ClaimFormValues>(key: K, value: ClaimFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await mutation.run("POST", `/api/claims/${claimId}/corrections`, {
      ...values,
      reason,
      version,
    });
    if (!result.ok) return;
    setProposed(true);
    setOpen(false);
    setReason("");
    router.refresh();
  }

  return (
    <Panel id="correction-heading" title={t("heading")} intro={t("intro")} testId="correction-panel">
      {proposed || waiting ? (
        <Alert tone={proposed ? "success" : "info"}>
          {proposed ? t("proposed") : t("waiting")}{" "}
          <Link href="/dashboard/pending" className="font-medium underline">
            {t("viewQueue")}
          </Link>
        </Alert>
      ) : !open ? (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t("heading")}…
        </Button>
      ) : (
        <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="space-y-5">
          <p className="text-sm text-muted">{t("basedOn", { version })}</p>
          <ClaimContentFields
            values={values}
            onChange={set}
            labels={labels}
            hints={{ roleHeld: tForm("roleHeldHelp"), venuePlaceholder: tForm("venuePlaceholder") }}
            errors={fieldErrors}
            speakers={speakers}
            noSpeaker={{ value: "", label: tForm("chooseSpeaker") }}
            topics={topics}
          />
          <TextAreaField
            label={t("reason")}
            help={t("reasonHelp")}
            error={fieldErrors.reason}
            lang="vi"
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
          />
          <FormError message={error?.message} />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? tc("working") : t("submit")}
            </Button>
            <Button
              variant="ghost"
              disabled={pending}
              onClick={() => {
                setOpen(false);
                setValues(initial);
                setReason("");
                mutation.reset();
              }}
            >
              {tc("cancel")}
            </Button>
          </div>
        </form>
      )}
    </Panel>
  );
}
