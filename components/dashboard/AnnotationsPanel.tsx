"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { MarkdownBody } from "@/components/claims/MarkdownBody";
import { ReplyList } from "@/components/claims/ReplyList";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import type { TextSpan } from "@/lib/text/selectors";
import { MentionField } from "./MentionField";
import { mentionsInText, type MentionPerson } from "./MentionTextarea";
import { SelectableText } from "./SelectableText";
import { useUnsavedWork } from "./UnsavedChanges";

export interface AnnotationView {
  id: string;
  body: string;
  visibility: "INTERNAL" | "PUBLIC";
  author: string;
  createdAt: string;
  /** When, as the page's reader reads it (formatted on the server: same text on both sides). */
  createdLabel: string;
  version: number;
  resolved: boolean;
  resolvedBy: string | null;
  /** Names of the people mentioned (stored references), shown highlighted under the note. */
  mentions?: string[];
  anchor: {
    target: "QUOTE" | "ARTICLE";
    exact: string;
    start: number | null;
    end: number | null;
    appearanceId: string | null;
  } | null;
  replies: {
    id: string;
    body: string;
    author: string;
    createdAt: string;
    createdLabel: string;
    visibility: "INTERNAL" | "PUBLIC";
    mentions?: string[];
  }[];
}

/** The people a note mentions, highlighted as "@Name" (the body keeps the same words as text). */
function MentionedLine({ names, label }: { names?: string[]; label: string }) {
  if (!names?.length) return null;
  return (
    <p className="mt-1 flex flex-wrap gap-1 text-xs" data-testid="annotation-mentions">
      <span className="text-muted">{label}</span>
      {names.map((n) => (
        <span key={n} className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-950">
          @{n}
        </span>
      ))}
    </p>
  );
}

type Anchor = { target: "QUOTE" | "ARTICLE"; appearanceId?: string; span: TextSpan };

/** Threaded comments, internal or public, optionally anchored on words of the quote or an article. */
export function AnnotationsPanel({
  claimId,
  quote,
  annotations,
  sources,
  canPublish,
}: {
  claimId: string;
  quote: string;
  annotations: AnnotationView[];
  sources: { id: string; title: string; text: string }[];
  canPublish: boolean;
}) {
  const t = useTranslations("annotations");
  const tVisibility = useTranslations("enums.annotationVisibility");
  const router = useRouter();
  const [body, setBody] = useState("");
  const [visibility, setVisibility] = useState<"INTERNAL" | "PUBLIC">("INTERNAL");
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const [sourceId, setSourceId] = useState("");
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [reply, setReply] = useState("");
  const [bodyMentions, setBodyMentions] = useState<MentionPerson[]>([]);
  const [replyMentions, setReplyMentions] = useState<MentionPerson[]>([]);
  const tMentions = useTranslations("mentions");
  const [showResolved, setShowResolved] = useState(true);
  // Posting a comment, replying and resolving each show their own failure where their button is.
  const poster = useApiMutation({
    fields: { body: t("comment"), visibility: t("visibility"), mentionIds: t("comment") },
  });
  const replier = useApiMutation({ fields: { body: t("reply"), mentionIds: t("reply") } });
  const resolver = useApiMutation();
  const [failedThread, setFailedThread] = useState<string | null>(null);
  // Said next to the comment form / the thread where it happened, and announced.
  const [posted, setPosted] = useState<string | null>(null);
  const [threadNotice, setThreadNotice] = useState<{ id: string; text: string } | null>(null);
  const tUnsaved = useTranslations("unsaved");
  useUnsavedWork("comment", body.trim().length > 0 || reply.trim().length > 0, tUnsaved("comment"));

  const quoteHighlights = annotations
    .filter((a) => a.anchor?.target === "QUOTE" && a.anchor.start !== null && !a.resolved)
    .map((a) => ({
      start: a.anchor!.start!,
      end: a.anchor!.end!,
      tone: "note" as const,
      title: a.body.slice(0, 80),
    }));
  const source = sources.find((s) => s.id === sourceId);
  const sourceHighlights = annotations
    .filter(
      (a) =>
        a.anchor?.target === "ARTICLE" &&
        a.anchor.appearanceId === sourceId &&
        a.anchor.start !== null &&
        !a.resolved,
    )
    .map((a) => ({
      start: a.anchor!.start!,
      end: a.anchor!.end!,
      tone: "note" as const,
      title: a.body.slice(0, 80),
    }));

  async function post() {
    setPosted(null);
    const result = await poster.run("POST", `/api/claims/${claimId}/annotations`, {
      body,
      visibility,
      mentionIds: mentionsInText(body, bodyMentions).map((m) => m.id),
      anchor: anchor
        ? {
            target: anchor.target,
            appearanceId: anchor.appearanceId,
            start: anchor.span.start,
            end: anchor.span.end,
            exact: anchor.span.exact,
          }
        : null,
    });
    if (!result.ok) return;
    setBody("");
    setBodyMentions([]);
    setAnchor(null);
    setPosted(visibility === "PUBLIC" ? t("postedPublic") : t("posted"));
    router.refresh();
  }

  async function postReply(parent: AnnotationView) {
    setFailedThread(parent.id);
    resolver.reset();
    const result = await replier.run("POST", `/api/claims/${claimId}/annotations`, {
      body: reply,
      visibility: parent.visibility,
      parentId: parent.id,
      mentionIds: mentionsInText(reply, replyMentions).map((m) => m.id),
    });
    if (!result.ok) return;
    setReply("");
    setReplyMentions([]);
    setReplyTo(null);
    setThreadNotice({ id: parent.id, text: t("replyPosted") });
    router.refresh();
  }

  async function toggle(a: AnnotationView) {
    setFailedThread(a.id);
    replier.reset();
    const result = await resolver.run("POST", `/api/annotations/${a.id}/resolve`, {
      resolved: !a.resolved,
      version: a.version,
    });
    if (!result.ok) return;
    setThreadNotice({ id: a.id, text: a.resolved ? t("reopenedNotice") : t("resolvedNotice") });
    router.refresh();
  }

  const shown = annotations.filter((a) => showResolved || !a.resolved);
  const open = annotations.filter((a) => !a.resolved).length;

  return (
    <section aria-labelledby="notes-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="notes-heading" className="text-lg font-semibold">
          {t("heading", { open, resolved: annotations.length - open })}
        </h2>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />{" "}
          {t("showResolved")}
        </label>
      </div>

      <div className="mt-3">
        <p className="mb-1 text-sm font-medium">{t("quotePrompt")}</p>
        <SelectableText
          text={quote}
          label={t("quoteText")}
          lang="vi"
          highlights={[
            ...quoteHighlights,
            ...(anchor?.target === "QUOTE"
              ? [{ start: anchor.span.start, end: anchor.span.end, tone: "selection" as const }]
              : []),
          ]}
          onSelect={(span) => setAnchor(span ? { target: "QUOTE", span } : null)}
          className="font-serif text-base"
        />
      </div>
      {sources.length > 0 && (
        <div className="mt-3">
          <Field label={t("anchorOnSource")}>
            {(p) => (
              <select
                {...p}
                value={sourceId}
                onChange={(e) => setSourceId(e.target.value)}
                className={inputClass}
              >
                <option value="">{t("noArticleText")}</option>
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {source && (
            <SelectableText
              text={source.text}
              label={t("articleText", { title: source.title })}
              lang="vi"
              className="mt-2 max-h-80 overflow-y-auto"
              highlights={[
                ...sourceHighlights,
                ...(anchor?.target === "ARTICLE" && anchor.appearanceId === source.id
                  ? [{ start: anchor.span.start, end: anchor.span.end, tone: "selection" as const }]
                  : []),
              ]}
              onSelect={(span) =>
                setAnchor(span ? { target: "ARTICLE", appearanceId: source.id, span } : null)
              }
            />
          )}
        </div>
      )}

      <ol className="mt-5 space-y-4" aria-label={t("threads")}>
        {shown.map((a) => (
          <li
            key={a.id}
            className={`rounded-md border p-4 text-sm ${a.resolved ? "border-slate-100 bg-slate-50 text-muted" : "border-slate-200"}`}
            data-testid="annotation"
          >
            {a.anchor && (
              <p className="mb-2 text-xs">
                {a.anchor.target === "QUOTE" ? t("onQuote") : t("onArticle")}{" "}
                <mark className="bg-sky-100 text-ink">{a.anchor.exact}</mark>
              </p>
            )}
            <MarkdownBody markdown={a.body} />
            <MentionedLine names={a.mentions} label={tMentions("mentioned")} />
            <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-muted">
              <span>
                {a.author} · <time dateTime={a.createdAt}>{a.createdLabel}</time>
              </span>
              <span
                className={`rounded px-1.5 py-0.5 ${a.visibility === "PUBLIC" ? "bg-violet-100 text-violet-900" : "bg-slate-100"}`}
              >
                {tVisibility(a.visibility)}
              </span>
              {a.resolved && (
                <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-emerald-900">
                  {a.resolvedBy ? t("resolvedBy", { name: a.resolvedBy }) : t("resolved")}
                </span>
              )}
            </p>
            <ReplyList
              replies={a.replies}
              after={(r) => (
                <>
                  <MentionedLine names={r.mentions} label={tMentions("mentioned")} />
                  <p className="text-xs text-muted">
                    {r.author} · <time dateTime={r.createdAt}>{r.createdLabel}</time>
                  </p>
                </>
              )}
            />
            <div className="mt-3 flex flex-wrap gap-2">
              <Button variant="secondary" onClick={() => void toggle(a)}>
                {a.resolved ? t("reopen") : t("resolve")}
              </Button>
              <Button variant="ghost" onClick={() => setReplyTo(replyTo === a.id ? null : a.id)}>
                {t("reply")}
              </Button>
            </div>
            <p role="status" className="mt-2 text-sm text-emerald-800 empty:hidden">
              {threadNotice?.id === a.id ? `✓ ${threadNotice.text}` : ""}
            </p>
            {failedThread === a.id && (
              <div className="mt-2">
                <FormError
                  message={
                    resolver.error?.message ?? (replier.fieldErrors.body ? null : replier.error?.message)
                  }
                />
              </div>
            )}
            {replyTo === a.id && (
              <div className="mt-2 space-y-2">
                <MentionField
                  label={t("reply")}
                  hideLabel
                  error={failedThread === a.id ? replier.fieldErrors.body : null}
                  rows={2}
                  value={reply}
                  onChange={setReply}
                  mentions={replyMentions}
                  onMentionsChange={setReplyMentions}
                />
                <Button onClick={() => void postReply(a)} disabled={!reply.trim() || replier.pending}>
                  {t("postReply")}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ol>

      <fieldset
        className="min-w-0 mt-5 space-y-3 rounded-md border border-slate-200 p-4"
        aria-label={t("newComment")}
      >
        <p className="text-sm" aria-live="polite">
          {anchor ? (
            <>
              {anchor.target === "QUOTE" ? t("anchoredOnQuote") : t("anchoredOnArticle")}{" "}
              <mark className="bg-violet-200">{anchor.span.exact}</mark>{" "}
              <button type="button" className="text-accent underline" onClick={() => setAnchor(null)}>
                {t("clear")}
              </button>
            </>
          ) : (
            <span className="text-muted">{t("notAnchored")}</span>
          )}
        </p>
        <MentionField
          label={t("comment")}
          error={poster.fieldErrors.body}
          rows={3}
          value={body}
          onChange={setBody}
          mentions={bodyMentions}
          onMentionsChange={setBodyMentions}
        />
        {canPublish && (
          <Field label={t("visibility")} error={poster.fieldErrors.visibility}>
            {(p) => (
              <select
                {...p}
                value={visibility}
                onChange={(e) => setVisibility(e.target.value as "INTERNAL" | "PUBLIC")}
                className={inputClass}
              >
                <option value="INTERNAL">{t("visibilityInternal")}</option>
                <option value="PUBLIC">{t("visibilityPublic")}</option>
              </select>
            )}
          </Field>
        )}
        <FormError message={poster.error?.message} />
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={() => void post()} disabled={!body.trim() || poster.pending}>
            {t("post")}
          </Button>
          <p role="status" className="text-sm font-medium text-emerald-800" data-testid="comment-status">
            {posted ? `✓ ${posted}` : ""}
          </p>
        </div>
      </fieldset>
    </section>
  );
}
