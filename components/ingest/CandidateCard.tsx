"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRef, useState } from "react";
import { ClaimContentFields } from "@/components/dashboard/ClaimContentFields";
import { DeadlineHint } from "@/components/deadlines/DeadlineHint";
import { Button } from "@/components/ui/Button";
import { EnumOptions } from "@/components/ui/EnumOptions";
import { TextField } from "@/components/ui/TextField";
import { SelectField } from "@/components/ui/SelectField";
import { FormError } from "@/components/ui/FieldError";
import type { ClaimFormValues } from "@/lib/claims/form-values";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import { SpeakerKind } from "@/lib/generated/prisma/enums";
import type { ReviewCandidate, SimilarClaim } from "@/lib/ingest/service";

export type Decision =
  | { state: "open" }
  | { state: "accepted"; claimId: string | null; asAppearance: boolean; waitsForReviewer: boolean }
  | { state: "rejected" };
export type Topic = { slug: string; nameEn: string; nameVi: string };

/** The card's state as stored (lib/ingest/decisions.ts): the same after a reload and for everyone. */
export function storedDecision(c: ReviewCandidate): Decision {
  if (!c.decision) return { state: "open" };
  if (c.decision.outcome === "REJECTED") return { state: "rejected" };
  return {
    state: "accepted",
    claimId: c.decision.claimId,
    asAppearance: c.decision.outcome === "ADDED_AS_SOURCE",
    waitsForReviewer: c.decision.waitsForReviewer,
  };
}

/** Similar claims of one suggested statement (GET /api/ingest/similar), or null when the look-up failed. */
async function fetchSimilarClaims(
  articleId: string,
  quote: { start: number; end: number },
): Promise<SimilarClaim[] | null> {
  const query = new URLSearchParams({ articleId, start: String(quote.start), end: String(quote.end) });
  try {
    const response = await fetch(`/api/ingest/similar?${query}`, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      cache: "no-store",
    });
    if (!response.ok) return null;
    return ((await response.json()) as { matches: SimilarClaim[] }).matches;
  } catch {
    return null;
  }
}

/** One suggested statement: its evidence, similar claims in the ledger, its content to edit, accept or reject. */
export function CandidateCard({
  index,
  candidate: c,
  articleId,
  speakers,
  topics,
  decision,
  onFocus,
  onDecide,
}: {
  index: number;
  candidate: ReviewCandidate;
  articleId: string;
  speakers: { id: string; name: string }[];
  topics: Topic[];
  decision: Decision;
  onFocus: () => void;
  onDecide: (d: Decision) => void;
}) {
  const t = useTranslations("ingest");
  const t2 = useTranslations("ingestReview2");
  const te = useTranslations("enums");
  const tPending = useTranslations("pending");
  const resolvedId =
    c.speaker.resolved && speakers.some((s) => s.id === c.speaker.resolved!.key)
      ? c.speaker.resolved.key
      : "";
  // The content as the extractor read it; "new" as the speaker: save the name below as a new speaker.
  const [values, setValues] = useState<ClaimFormValues>({
    speakerId: resolvedId || "new",
    roleHeld: c.roleAsWritten ?? "",
    quote: c.quote.text,
    translation: "",
    kind: c.kind,
    saidAt: c.saidAt?.date ?? "",
    saidAtPrecision: c.saidAt?.precision ?? "DAY",
    venue: c.venue ?? "",
    topics: [],
  });
  const [newName, setNewName] = useState(
    c.speaker.resolved?.name ?? c.speaker.text.replace(/^(ông|bà)\s+/i, ""),
  );
  const [newKind, setNewKind] = useState<SpeakerKind>(
    c.chain.at(-1)?.kind === "UNNAMED_SOURCE" ? "UNNAMED_SOURCE" : "PERSON",
  );
  // Accepting and rejecting share one mutation: its failure shows on this card, in the dashboard's language.
  const mutation = useApiMutation();
  const [matches, setMatches] = useState<SimilarClaim[] | null>(c.matches);
  const [lookup, setLookup] = useState<"idle" | "running" | "failed">("idle");
  // Accept was held back once because similar claims were found: the next Accept saves.
  const [heldForMatches, setHeldForMatches] = useState(false);
  const running = useRef<Promise<SimilarClaim[] | null> | null>(null);
  // Not the similar-claims look-up: it starts when the card gets focus, i.e. on the very mousedown of
  // a click on Accept, and a button disabled by it would swallow that click (accept awaits it anyway).
  const working = mutation.pending;

  /** This card's similar claims, looked up once (focus and a click may ask at the same time). */
  function findSimilar(): Promise<SimilarClaim[] | null> {
    if (matches) return Promise.resolve(matches);
    running.current ??= (async () => {
      setLookup("running");
      const found = await fetchSimilarClaims(articleId, c.quote);
      setLookup(found ? "idle" : "failed");
      if (found) setMatches(found);
      running.current = null;
      return found;
    })();
    return running.current;
  }

  function startWorking() {
    onFocus();
    if (matches === null && lookup === "idle") void findSimilar();
  }

  const appearance = {
    start: c.quote.start,
    end: c.quote.end,
    exact: c.quote.text,
    chain: c.chain.map((n) => ({ kind: n.kind, label: n.label })),
  };

  async function accept(asAppearanceOf?: string) {
    mutation.reset();
    // Never save a new claim unchecked: look up now (unless known), and hold back once if the ledger
    // has it already — also when the similar claims were on screen before the click, so the second
    // Accept is a decision taken knowingly. A failed look-up holds back once too; accepting again
    // then saves without the check.
    if (!asAppearanceOf && !heldForMatches && lookup !== "failed") {
      const found = matches ?? (await findSimilar());
      if (!found || found.length > 0) return setHeldForMatches(Boolean(found));
    }
    const result = await mutation.run<{ claimId: string; pendingChange?: { id: string } }>(
      "POST",
      "/api/ingest/accept",
      asAppearanceOf
        ? { articleId, mode: "appearance", claimId: asAppearanceOf, appearance }
        : {
            articleId,
            mode: "new",
            ...(values.speakerId === "new"
              ? { newSpeaker: { name: newName, kind: newKind } }
              : { speakerId: values.speakerId }),
            content: {
              quote: values.quote,
              kind: values.kind,
              saidAt: values.saidAt || null,
              saidAtPrecision: values.saidAtPrecision,
              venue: values.venue || null,
              roleHeld: values.roleHeld.trim() || null,
              translation: null,
              topics: values.topics,
            },
            appearance,
          },
    );
    setHeldForMatches(false);
    if (!result.ok) return;
    onDecide({
      state: "accepted",
      claimId: result.data.claimId,
      asAppearance: Boolean(asAppearanceOf),
      waitsForReviewer: Boolean(result.data.pendingChange),
    });
  }

  /** Rejecting, and taking a rejection back, are stored for everyone (POST /api/ingest/decisions). */
  async function decide(next: "rejected" | "open") {
    const result = await mutation.run<{ decision: unknown }>("POST", "/api/ingest/decisions", {
      articleId,
      start: c.quote.start,
      end: c.quote.end,
      decision: next,
    });
    if (!result.ok) return;
    onDecide(next === "rejected" ? { state: "rejected" } : { state: "open" });
  }

  if (decision.state !== "open") {
    return (
      <article
        className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm"
        aria-label={t("statement", { n: index + 1 })}
      >
        <p className="text-muted">
          {index + 1}. {c.speaker.text}: “{c.quote.text.slice(0, 100)}
          {c.quote.text.length > 100 ? "…" : ""}”
        </p>
        {decision.state === "accepted" ? (
          <p className="mt-1 font-medium text-emerald-800">
            {decision.waitsForReviewer
              ? tPending("savedPending")
              : decision.asAppearance
                ? t("addedAsSource")
                : t("savedAsDraft")}{" "}
            {decision.claimId && (
              <Link href={`/dashboard/claims/${decision.claimId}`} className="text-accent underline">
                {t("open")}
              </Link>
            )}
          </p>
        ) : (
          <p className="mt-1 font-medium text-muted">
            {t("rejected")}{" "}
            <button
              type="button"
              className="text-accent underline disabled:opacity-50"
              disabled={working}
              onClick={() => void decide("open")}
            >
              {t("undo")}
            </button>
          </p>
        )}
        {mutation.error && (
          <div className="mt-2">
            <FormError message={mutation.error.message} />
          </div>
        )}
      </article>
    );
  }

  return (
    <article
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
      aria-label={t("statement", { n: index + 1 })}
      onFocus={startWorking}
      onMouseEnter={onFocus}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
        <span className="font-semibold text-ink">#{index + 1}</span>
        <span>
          {t("speakerAsWritten")} <q className="text-ink">{c.speaker.text}</q>
          {c.speaker.via === "pronoun" ? ` ${t("refersBack")}` : ""}
        </span>
        {c.cue && (
          <span>
            · {t("cue")} <q className="text-ink">{c.cue.text}</q>
          </span>
        )}
        <span
          className={`rounded px-1.5 py-0.5 ${c.confidence >= 0.8 ? "bg-emerald-50 text-emerald-900" : c.confidence >= 0.6 ? "bg-amber-50 text-amber-900" : "bg-rose-50 text-rose-900"}`}
        >
          {t("confidence", { pct: Math.round(c.confidence * 100) })}
        </span>
      </div>
      <p className="mt-1 text-xs text-muted">
        {t("chain", { chain: c.chain.map((n) => n.label).join(" ← ") })}
      </p>
      {/* The quote in its sentence, as editors read it (never raw character offsets). */}
      <p className="mt-2 rounded-md bg-slate-50 p-2 text-sm text-ink" lang="vi">
        <span className="text-xs font-medium text-muted">{t2("inArticle")} </span>
        {c.context.before}
        <mark className="rounded bg-amber-100 px-0.5 text-ink">{c.context.quote}</mark>
        {c.context.after}
      </p>
      {c.attachedTo.length > 0 && !c.attachedTo.some((id) => matches?.some((m) => m.id === id)) && (
        <p className="mt-2 text-xs font-medium text-emerald-800">
          {t2("alreadyAttached")}{" "}
          <Link href={`/dashboard/claims/${c.attachedTo[0]}`} className="text-accent underline">
            {t2("openAttached")}
          </Link>
        </p>
      )}

      {c.matches === null && (
        // Only on cards not checked when the page opened; one live region says how their check went.
        <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-muted" aria-live="polite">
          {matches === null ? (
            <>
              <span>
                {lookup === "running"
                  ? t("findingSimilar")
                  : lookup === "failed"
                    ? t("similarFailed")
                    : t("notChecked")}
              </span>
              <Button variant="secondary" disabled={lookup === "running"} onClick={() => void findSimilar()}>
                {t("findSimilar")}
              </Button>
            </>
          ) : (
            matches.length === 0 && <span>{t("noSimilar")}</span>
          )}
        </div>
      )}

      {heldForMatches && (
        // Why Accept saved nothing, on every card (checked on opening or later): one place for it.
        <p className="mt-2 text-xs font-medium text-amber-900" role="status">
          {t("checkBeforeSaving")}
        </p>
      )}

      {matches && matches.length > 0 && (
        <div
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3"
          role="note"
          aria-label={t("duplicate")}
        >
          <p className="font-medium text-amber-900">{t("duplicateIntro")}</p>
          <ul className="mt-2 space-y-2">
            {matches.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {m.speaker}: “{m.quote.slice(0, 90)}
                  {m.quote.length > 90 ? "…" : ""}”{" "}
                  <span className="text-xs text-muted">
                    {t("similar", { pct: Math.round(m.score * 100) })}
                  </span>
                </span>
                {c.attachedTo.includes(m.id) ? (
                  // The same span on the same claim is refused by the server: say so instead of offering it.
                  <span className="text-xs font-medium text-emerald-800">{t2("alreadySource")}</span>
                ) : (
                  <Button variant="secondary" disabled={working} onClick={() => void accept(m.id)}>
                    {t("addAsSource")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      {mutation.error && (
        <div className="mt-3">
          <FormError message={mutation.error.message} />
        </div>
      )}
      <div className="mt-3">
        <ClaimContentFields
          values={values}
          onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
          labels={{
            speakerId: t("speaker"),
            roleHeld: t2("roleHeld"),
            quote: t("quote"),
            kind: t("claimKind"),
            saidAt: c.saidAt?.text ? `${t("saidOn")} (“${c.saidAt.text}”)` : t("saidOn"),
            saidAtPrecision: t("precision"),
            venue: t("venue"),
            topics: t2("topics"),
          }}
          speakers={speakers}
          noSpeaker={{ value: "new", label: t("newSpeakerOption") }}
          afterQuote={<DeadlineHint quote={values.quote} saidAt={values.saidAt} />}
          afterSpeaker={
            values.speakerId === "new" && (
              <div className="grid grid-cols-2 gap-2">
                <TextField
                  label={t("newSpeakerName")}
                  compact
                  value={newName}
                  onChange={(e) => setNewName(e.target.value)}
                />
                <SelectField
                  label={t("kind")}
                  compact
                  value={newKind}
                  onChange={(e) => setNewKind(e.target.value as SpeakerKind)}
                >
                  <EnumOptions values={SpeakerKind} label={(k) => te(`speakerKind.${k}`)} />
                </SelectField>
              </div>
            )
          }
          topics={topics}
          // The extractor tells a day, or that the date is approximate.
          precisions={["DAY", "APPROXIMATE"]}
          compact
        />
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button disabled={working || !values.quote.trim()} onClick={() => void accept()}>
          {t("accept")}
        </Button>
        <Button variant="ghost" disabled={working} onClick={() => void decide("rejected")}>
          {t("reject")}
        </Button>
      </div>
    </article>
  );
}
