"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo, useRef, useState } from "react";
import { SelectableText } from "@/components/dashboard/SelectableText";
import { Alert } from "@/components/ui/Alert";
import { FormError } from "@/components/ui/FieldError";
import { Button } from "@/components/ui/Button";
import { inputClass, NamedOptions } from "@/components/ui/Field";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import { compareForPicking, sortForPicking } from "@/lib/ingest/picking";
import type { ReviewCandidate, SimilarClaim } from "@/lib/ingest/service";

type Decision =
  | { state: "open" }
  | { state: "accepted"; claimId: string | null; asAppearance: boolean; waitsForReviewer: boolean }
  | { state: "rejected" };
type Topic = { slug: string; nameEn: string; nameVi: string };

/** The card's state as stored (lib/ingest/decisions.ts): the same after a reload and for everyone. */
function storedDecision(c: ReviewCandidate): Decision {
  if (!c.decision) return { state: "open" };
  if (c.decision.outcome === "REJECTED") return { state: "rejected" };
  return {
    state: "accepted",
    claimId: c.decision.claimId,
    asAppearance: c.decision.outcome === "ADDED_AS_SOURCE",
    waitsForReviewer: c.decision.waitsForReviewer,
  };
}

const KINDS = ["DIRECT", "INDIRECT", "REPORTED"] as const;

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

/** The article with suggested statements highlighted; accept, edit or reject each one. */
export function ReviewBoard({
  article,
  candidates,
  speakers,
  topics,
}: {
  article: { id: string; title: string; text: string };
  candidates: ReviewCandidate[];
  speakers: { id: string; name: string }[];
  topics: Topic[];
}) {
  const t = useTranslations("ingest");
  const locale = useLocale();
  const [decisions, setDecisions] = useState<Decision[]>(() => candidates.map(storedDecision));
  // Every list an editor picks from here is sorted the Vietnamese way (lib/ingest/picking.ts).
  const sortedSpeakers = useMemo(() => sortForPicking(speakers), [speakers]);
  const namedTopics = useMemo(
    () =>
      topics
        .map((topic) => ({
          slug: topic.slug,
          name: locale === "vi" && topic.nameVi ? topic.nameVi : topic.nameEn,
        }))
        .sort((a, b) => compareForPicking(a.name, b.name)),
    [topics, locale],
  );
  const [active, setActive] = useState<number | null>(null);
  const open = decisions.filter((d) => d.state === "open").length;
  // The server checks only the first candidates for duplicates while rendering (reviewArticle).
  const checkedOnOpen = candidates.filter((c) => c.matches !== null).length;

  return (
    <div className="grid gap-6 lg:grid-cols-5">
      <div className="lg:col-span-2">
        <div className="lg:sticky lg:top-4">
          <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{t("article")}</h2>
          <SelectableText
            text={article.text}
            label={t("articleText", { title: article.title })}
            lang="vi"
            className="max-h-[75vh] overflow-y-auto"
            highlights={candidates.map((c, i) => ({
              start: c.quote.start,
              end: c.quote.end,
              tone: i === active ? ("selection" as const) : ("source" as const),
              title: `${i + 1}. ${c.speaker.text}`,
            }))}
          />
        </div>
      </div>
      <div className="space-y-4 lg:col-span-3">
        <p className="text-sm text-muted" aria-live="polite">
          {t("summary", { count: candidates.length, open })}
        </p>
        {checkedOnOpen < candidates.length && (
          <Alert tone="info">
            {t("notAllChecked", { checked: checkedOnOpen, count: candidates.length })}
          </Alert>
        )}
        {candidates.map((c, i) => (
          <CandidateCard
            key={`${c.quote.start}-${c.quote.end}`}
            index={i}
            candidate={c}
            articleId={article.id}
            speakers={sortedSpeakers}
            topics={namedTopics}
            decision={decisions[i]!}
            onFocus={() => setActive(i)}
            onDecide={(d) => setDecisions((all) => all.map((x, j) => (j === i ? d : x)))}
          />
        ))}
      </div>
    </div>
  );
}

function CandidateCard({
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
  topics: { slug: string; name: string }[];
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
  const [speakerId, setSpeakerId] = useState(resolvedId || "new");
  const [newName, setNewName] = useState(
    c.speaker.resolved?.name ?? c.speaker.text.replace(/^(ông|bà)\s+/i, ""),
  );
  const [newKind, setNewKind] = useState<"PERSON" | "ORGANISATION" | "UNNAMED_SOURCE">(
    c.chain.at(-1)?.kind === "UNNAMED_SOURCE" ? "UNNAMED_SOURCE" : "PERSON",
  );
  const [quote, setQuote] = useState(c.quote.text);
  const [kind, setKind] = useState<ReviewCandidate["kind"]>(c.kind);
  const [saidAt, setSaidAt] = useState(c.saidAt?.date ?? "");
  const [precision, setPrecision] = useState(c.saidAt?.precision ?? "DAY");
  const [venue, setVenue] = useState(c.venue ?? "");
  const [roleHeld, setRoleHeld] = useState(c.roleAsWritten ?? "");
  const [chosenTopics, setChosenTopics] = useState<string[]>([]);
  // Accepting and rejecting share one mutation: its failure shows on this card, in the dashboard's language.
  const mutation = useApiMutation();
  const [matches, setMatches] = useState<SimilarClaim[] | null>(c.matches);
  const [lookup, setLookup] = useState<"idle" | "running" | "failed">("idle");
  // Accept was held back once because similar claims were found: the next Accept saves.
  const [heldForMatches, setHeldForMatches] = useState(false);
  const running = useRef<Promise<SimilarClaim[] | null> | null>(null);
  const id = `cand-${index}`;
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
            ...(speakerId === "new" ? { newSpeaker: { name: newName, kind: newKind } } : { speakerId }),
            content: {
              quote,
              kind,
              saidAt: saidAt || null,
              saidAtPrecision: precision,
              venue: venue || null,
              roleHeld: roleHeld.trim() || null,
              translation: null,
              topics: chosenTopics,
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
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <label className="text-xs font-medium text-muted" htmlFor={`${id}-speaker`}>
          {t("speaker")}
          <select
            id={`${id}-speaker`}
            value={speakerId}
            onChange={(e) => setSpeakerId(e.target.value)}
            className={`${inputClass} mt-1`}
          >
            <option value="new">{t("newSpeakerOption")}</option>
            <NamedOptions items={speakers} />
          </select>
        </label>
        {speakerId === "new" ? (
          <div className="grid grid-cols-2 gap-2">
            <label className="text-xs font-medium text-muted" htmlFor={`${id}-newname`}>
              {t("newSpeakerName")}
              <input
                id={`${id}-newname`}
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
                className={`${inputClass} mt-1`}
              />
            </label>
            <label className="text-xs font-medium text-muted" htmlFor={`${id}-newkind`}>
              {t("kind")}
              <select
                id={`${id}-newkind`}
                value={newKind}
                onChange={(e) => setNewKind(e.target.value as typeof newKind)}
                className={`${inputClass} mt-1`}
              >
                <option value="PERSON">{te("speakerKind.PERSON")}</option>
                <option value="ORGANISATION">{te("speakerKind.ORGANISATION")}</option>
                <option value="UNNAMED_SOURCE">{te("speakerKind.UNNAMED_SOURCE")}</option>
              </select>
            </label>
          </div>
        ) : (
          <span />
        )}
        <label className="text-xs font-medium text-muted md:col-span-2" htmlFor={`${id}-quote`}>
          {t("quote")}
          <textarea
            id={`${id}-quote`}
            rows={3}
            lang="vi"
            value={quote}
            onChange={(e) => setQuote(e.target.value)}
            className={`${inputClass} mt-1`}
          />
        </label>
        <label className="text-xs font-medium text-muted" htmlFor={`${id}-kind`}>
          {t("claimKind")}
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as ReviewCandidate["kind"])}
            className={`${inputClass} mt-1`}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {te(`claimKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-muted" htmlFor={`${id}-role`}>
          {t2("roleHeld")}
          <input
            id={`${id}-role`}
            value={roleHeld}
            lang="vi"
            onChange={(e) => setRoleHeld(e.target.value)}
            className={`${inputClass} mt-1`}
          />
        </label>
        <fieldset className="text-xs font-medium text-muted md:col-span-2">
          <legend>{t2("topics")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {topics.map((topic) => (
              <label key={topic.slug} className="inline-flex items-center gap-1.5 font-normal text-ink">
                <input
                  type="checkbox"
                  checked={chosenTopics.includes(topic.slug)}
                  onChange={(e) =>
                    setChosenTopics((all) =>
                      e.target.checked ? [...all, topic.slug] : all.filter((s) => s !== topic.slug),
                    )
                  }
                />
                {topic.name}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="text-xs font-medium text-muted" htmlFor={`${id}-said`}>
          {t("saidOn")} {c.saidAt?.text ? `(“${c.saidAt.text}”)` : ""}
          <input
            id={`${id}-said`}
            type="date"
            value={saidAt}
            onChange={(e) => setSaidAt(e.target.value)}
            className={`${inputClass} mt-1`}
          />
        </label>
        <label className="text-xs font-medium text-muted" htmlFor={`${id}-precision`}>
          {t("precision")}
          <select
            id={`${id}-precision`}
            value={precision}
            onChange={(e) => setPrecision(e.target.value as typeof precision)}
            className={`${inputClass} mt-1`}
          >
            <option value="DAY">{te("datePrecision.DAY")}</option>
            <option value="APPROXIMATE">{te("datePrecision.APPROXIMATE")}</option>
          </select>
        </label>
        <label className="text-xs font-medium text-muted md:col-span-2" htmlFor={`${id}-venue`}>
          {t("venue")}
          <input
            id={`${id}-venue`}
            value={venue}
            onChange={(e) => setVenue(e.target.value)}
            className={`${inputClass} mt-1`}
          />
        </label>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button disabled={working || !quote.trim()} onClick={() => void accept()}>
          {t("accept")}
        </Button>
        <Button variant="ghost" disabled={working} onClick={() => void decide("rejected")}>
          {t("reject")}
        </Button>
      </div>
    </article>
  );
}
