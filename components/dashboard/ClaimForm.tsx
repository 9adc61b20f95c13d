"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, type FormEvent } from "react";
import { SaidBefore } from "@/components/claims/SaidBefore";
import { DeadlineField, type DeadlineValue } from "@/components/deadlines/DeadlineField";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import { snapshotToFormValues, type ClaimFormValues } from "@/lib/claims/form-values";
import type { ClaimSnapshot } from "@/lib/claims/snapshot";
import { ClaimContentFields, type ClaimContentLabels } from "./ClaimContentFields";
import { ConflictPanel } from "./ConflictPanel";
import { InlineSpeakerCreator } from "./InlineSpeakerCreator";
import { useUnsavedDrafts, useUnsavedWork } from "./UnsavedChanges";

const NO_DEADLINE: DeadlineValue = { deadlineAt: "", deadlinePhrase: "" };

const sameValues = (a: ClaimFormValues, b: ClaimFormValues) =>
  JSON.stringify({ ...a, topics: [...a.topics].sort() }) ===
  JSON.stringify({ ...b, topics: [...b.topics].sort() });

export function ClaimForm({
  mode,
  claimId,
  initial,
  version,
  speakers,
  topics,
  initialDeadline = NO_DEADLINE,
}: {
  mode: "create" | "edit";
  claimId?: string;
  initial: ClaimFormValues;
  version?: number;
  speakers: { id: string; name: string }[];
  topics: { slug: string; nameEn: string; nameVi: string }[];
  /** The claim's due date (lib/deadlines/), edited beside its content. */
  initialDeadline?: DeadlineValue;
}) {
  const t = useTranslations("claimForm");
  const tc = useTranslations("common");
  const tErrors = useTranslations("errors2");
  const router = useRouter();
  const [values, setValues] = useState(initial);
  // What the server holds: the form is "unsaved" while the fields differ from it.
  const [savedValues, setSavedValues] = useState(initial);
  const [speakerOptions, setSpeakerOptions] = useState(speakers);
  const [creatingSpeaker, setCreatingSpeaker] = useState(false);
  const [baseVersion, setBaseVersion] = useState(version ?? 1);
  const [deadline, setDeadline] = useState(initialDeadline);
  const [savedDeadline, setSavedDeadline] = useState(initialDeadline);
  const labels = {
    speakerId: t("speaker"),
    roleHeld: t("roleHeld"),
    quote: t("quote"),
    translation: t("translation"),
    kind: t("kind"),
    saidAt: t("saidOn"),
    saidAtPrecision: t("precision"),
    venue: t("venue"),
    topics: t("topics"),
  } satisfies ClaimContentLabels;
  // A server's complaint about a field is said with the field's label, next to it.
  const mutation = useApiMutation({
    fields: { ...labels, speakerId: { label: labels.speakerId, pick: "person" } },
  });
  const { error, fieldErrors, pending } = mutation;
  const [saved, setSaved] = useState<string | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const tUnsaved = useTranslations("unsaved");
  const { reportSavedVersion } = useUnsavedDrafts();

  const set = <K extends keyof ClaimFormValues>(key: K, value: ClaimFormValues[K]) => {
    setSaved(null);
    setValues((v) => ({ ...v, [key]: value }));
  };
  const changeDeadline = useCallback((v: DeadlineValue) => {
    setSaved(null);
    setDeadline(v);
  }, []);
  const dirty =
    !sameValues(values, savedValues) ||
    deadline.deadlineAt !== savedDeadline.deadlineAt ||
    deadline.deadlinePhrase !== savedDeadline.deadlinePhrase;

  /** Saves the fields; the claim's new version, or null (the reason is shown next to the button). */
  async function save(): Promise<number | null> {
    setSaved(null);
    const body = {
      ...values,
      deadlineAt: deadline.deadlineAt || null,
      deadlinePhrase: deadline.deadlineAt ? deadline.deadlinePhrase || null : null,
      ...(mode === "edit" ? { version: baseVersion } : {}),
    };
    const result =
      mode === "create"
        ? await mutation.run<{ id: string; version: number }>("POST", "/api/claims", body)
        : await mutation.run<{ id: string; version: number }>("PATCH", `/api/claims/${claimId}`, body);
    if (!result.ok) {
      // The two versions are compared at the top of the form: bring them to the person.
      if (result.error.code === "CONFLICT")
        requestAnimationFrame(() => conflictRef.current?.scrollIntoView({ block: "start" }));
      return null;
    }
    setSavedDeadline(deadline);
    if (mode === "create") {
      setSavedValues(values);
      router.push(`/dashboard/claims/${result.data.id}`);
      return result.data.version;
    }
    setBaseVersion(result.data.version);
    setSavedValues(values);
    reportSavedVersion(result.data.version);
    setSaved(t("saved", { version: result.data.version }));
    router.refresh();
    return result.data.version;
  }

  useUnsavedWork("claim", dirty, tUnsaved("claim"), mode === "edit" ? save : undefined);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await save();
  }

  const conflict =
    error?.code === "CONFLICT" && error.details?.current ? (error.details.current as ClaimSnapshot) : null;

  return (
    <form
      onSubmit={onSubmit}
      className="@container space-y-5"
      noValidate
      aria-label={mode === "create" ? t("createLabel") : t("editLabel")}
    >
      {mode === "edit" && (
        <p className="text-sm text-muted">
          {t.rich("editing", {
            version: baseVersion,
            num: (chunks) => <strong data-testid="base-version">{chunks}</strong>,
          })}
        </p>
      )}
      {conflict && (
        <div ref={conflictRef} className="scroll-mt-4">
          <ConflictPanel
            message={tErrors("reason.stale_version_compare")}
            yours={values}
            current={snapshotToFormValues(conflict)}
            currentVersion={(error!.details?.currentVersion as number | null) ?? baseVersion}
            speakers={speakerOptions}
            onKeepMine={(v) => {
              setSavedValues(snapshotToFormValues(conflict));
              setBaseVersion(v);
              mutation.reset();
            }}
            onTakeTheirs={(v, current) => {
              setValues(current);
              setSavedValues(current);
              setBaseVersion(v);
              mutation.reset();
            }}
          />
        </div>
      )}

      <ClaimContentFields
        values={values}
        onChange={set}
        labels={labels}
        hints={{ roleHeld: t("roleHeldHelp"), venuePlaceholder: t("venuePlaceholder") }}
        errors={fieldErrors}
        speakers={speakerOptions}
        noSpeaker={{ value: "", label: t("chooseSpeaker") }}
        speakerExtra={
          !creatingSpeaker && (
            <button
              type="button"
              onClick={() => setCreatingSpeaker(true)}
              className="mt-1 text-sm text-accent underline"
            >
              {t("newSpeaker")}
            </button>
          )
        }
        afterSpeaker={
          creatingSpeaker && (
            <InlineSpeakerCreator
              onCancel={() => setCreatingSpeaker(false)}
              onCreated={(sp) => {
                setSpeakerOptions((list) => [...list, sp].sort((a, b) => a.name.localeCompare(b.name)));
                set("speakerId", sp.id);
                setCreatingSpeaker(false);
              }}
            />
          )
        }
        topics={topics}
        afterQuote={
          <SaidBefore
            quote={values.quote}
            translation={values.translation}
            speakerId={values.speakerId}
            claimId={claimId}
          />
        }
      />
      <DeadlineField
        quote={values.quote}
        saidAt={values.saidAt}
        value={deadline}
        onChange={changeDeadline}
        autofill={mode === "create"}
        errors={{ deadlineAt: fieldErrors.deadlineAt, deadlinePhrase: fieldErrors.deadlinePhrase }}
      />

      <FormError message={conflict ? null : error?.message} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : mode === "create" ? t("create") : t("save")}
        </Button>
        {/* Said where the person is (next to the button), and announced: the top of the form may be off-screen. */}
        <p role="status" className="text-sm" data-testid="claim-form-status">
          {saved ? (
            <span className="font-medium text-emerald-800">✓ {saved}</span>
          ) : dirty && mode === "edit" ? (
            <span className="text-amber-800">{tUnsaved("formDirty")}</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
