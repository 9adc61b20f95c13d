"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { Field, inputClass, NamedOptions } from "@/components/ui/Field";
import { FieldError, FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import { snapshotToFormValues, type ClaimFormValues } from "@/lib/claims/form-values";
import type { ClaimSnapshot } from "@/lib/claims/snapshot";
import { ConflictPanel } from "./ConflictPanel";
import { InlineSpeakerCreator } from "./InlineSpeakerCreator";
import { useUnsavedDrafts, useUnsavedWork } from "./UnsavedChanges";

const kindOptions = ["DIRECT", "INDIRECT", "REPORTED"] as const satisfies readonly ClaimFormValues["kind"][];

const precisionOptions = [
  "DAY",
  "MONTH",
  "YEAR",
  "APPROXIMATE",
] as const satisfies readonly ClaimFormValues["saidAtPrecision"][];

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
}: {
  mode: "create" | "edit";
  claimId?: string;
  initial: ClaimFormValues;
  version?: number;
  speakers: { id: string; name: string }[];
  topics: { slug: string; nameEn: string; nameVi: string }[];
}) {
  const t = useTranslations("claimForm");
  const tEnum = useTranslations("enums");
  const tc = useTranslations("common");
  const tErrors = useTranslations("errors2");
  const locale = useLocale();
  const topicName = (topic: { nameVi: string; nameEn: string }) =>
    locale === "vi" ? topic.nameVi : topic.nameEn;
  const router = useRouter();
  const [values, setValues] = useState(initial);
  // What the server holds: the form is "unsaved" while the fields differ from it.
  const [savedValues, setSavedValues] = useState(initial);
  const [speakerOptions, setSpeakerOptions] = useState(speakers);
  const [creatingSpeaker, setCreatingSpeaker] = useState(false);
  const [baseVersion, setBaseVersion] = useState(version ?? 1);
  const mutation = useApiMutation({
    fields: {
      speakerId: { label: t("speaker"), pick: "person" },
      roleHeld: t("roleHeld"),
      quote: t("quote"),
      translation: t("translation"),
      kind: t("kind"),
      saidAt: t("saidOn"),
      saidAtPrecision: t("precision"),
      venue: t("venue"),
      topics: t("topics"),
    },
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
  const dirty = !sameValues(values, savedValues);

  /** Saves the fields; the claim's new version, or null (the reason is shown next to the button). */
  async function save(): Promise<number | null> {
    setSaved(null);
    const body = { ...values, ...(mode === "edit" ? { version: baseVersion } : {}) };
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
  const topicsErrorId = `${useId()}-topics-err`;

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

      <div className="grid gap-5 md:grid-cols-2">
        <div>
          <Field label={t("speaker")} error={fieldErrors.speakerId}>
            {(p) => (
              <select
                {...p}
                value={values.speakerId}
                onChange={(e) => set("speakerId", e.target.value)}
                className={inputClass}
                required
              >
                <option value="">{t("chooseSpeaker")}</option>
                <NamedOptions items={speakerOptions} />
              </select>
            )}
          </Field>
          {!creatingSpeaker && (
            <button
              type="button"
              onClick={() => setCreatingSpeaker(true)}
              className="mt-1 text-sm text-accent underline"
            >
              {t("newSpeaker")}
            </button>
          )}
        </div>
        <Field label={t("roleHeld")} error={fieldErrors.roleHeld} help={t("roleHeldHelp")}>
          {(p) => (
            <input
              {...p}
              value={values.roleHeld}
              onChange={(e) => set("roleHeld", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
      </div>

      {creatingSpeaker && (
        <InlineSpeakerCreator
          onCancel={() => setCreatingSpeaker(false)}
          onCreated={(sp) => {
            setSpeakerOptions((list) => [...list, sp].sort((a, b) => a.name.localeCompare(b.name)));
            set("speakerId", sp.id);
            setCreatingSpeaker(false);
          }}
        />
      )}

      <Field label={t("quote")} error={fieldErrors.quote}>
        {(p) => (
          <textarea
            {...p}
            lang="vi"
            rows={4}
            value={values.quote}
            onChange={(e) => set("quote", e.target.value)}
            className={inputClass}
            required
          />
        )}
      </Field>
      <Field label={t("translation")} error={fieldErrors.translation}>
        {(p) => (
          <textarea
            {...p}
            lang="en"
            rows={3}
            value={values.translation}
            onChange={(e) => set("translation", e.target.value)}
            className={inputClass}
          />
        )}
      </Field>

      {/* Two by two where the form is narrow (beside the claim's side panel), four across only where each select still shows its longest option in full. */}
      <div className="grid gap-5 @md:grid-cols-2 @4xl:grid-cols-4">
        <Field label={t("kind")} error={fieldErrors.kind}>
          {(p) => (
            <select
              {...p}
              value={values.kind}
              onChange={(e) => set("kind", e.target.value as ClaimFormValues["kind"])}
              className={inputClass}
            >
              {kindOptions.map((o) => (
                <option key={o} value={o}>
                  {tEnum(`claimKind.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("saidOn")} error={fieldErrors.saidAt}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={values.saidAt}
              onChange={(e) => set("saidAt", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field label={t("precision")} error={fieldErrors.saidAtPrecision}>
          {(p) => (
            <select
              {...p}
              value={values.saidAtPrecision}
              onChange={(e) => set("saidAtPrecision", e.target.value as ClaimFormValues["saidAtPrecision"])}
              className={inputClass}
            >
              {precisionOptions.map((o) => (
                <option key={o} value={o}>
                  {tEnum(`datePrecision.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("venue")} error={fieldErrors.venue}>
          {(p) => (
            <input
              {...p}
              value={values.venue}
              onChange={(e) => set("venue", e.target.value)}
              className={inputClass}
              placeholder={t("venuePlaceholder")}
            />
          )}
        </Field>
      </div>

      <fieldset aria-describedby={fieldErrors.topics ? topicsErrorId : undefined}>
        <legend className="text-sm font-medium">{t("topics")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {[...topics]
            .sort((a, b) => topicName(a).localeCompare(topicName(b), locale))
            .map((topic) => {
              const checked = values.topics.includes(topic.slug);
              return (
                <label
                  key={topic.slug}
                  className={`cursor-pointer rounded-full border px-3 py-1 text-sm ${checked ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}
                >
                  <input
                    type="checkbox"
                    className="mr-1.5 align-middle"
                    checked={checked}
                    onChange={(e) =>
                      set(
                        "topics",
                        e.target.checked
                          ? [...values.topics, topic.slug]
                          : values.topics.filter((s) => s !== topic.slug),
                      )
                    }
                  />
                  {topicName(topic)}
                </label>
              );
            })}
        </div>
        <FieldError id={topicsErrorId} message={fieldErrors.topics} />
      </fieldset>

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
