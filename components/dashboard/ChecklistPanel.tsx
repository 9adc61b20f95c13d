"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { UrlField } from "@/components/ui/TextField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { FormError } from "@/components/ui/FieldError";
import { Panel } from "@/components/ui/Panel";
import { useApiMutation } from "@/lib/client/use-api-mutation";

/** One checklist item of the claim, with its label already in the dashboard's language. */
export interface ChecklistItemView {
  id: string;
  label: string;
  required: boolean;
  retired: boolean;
  check: { by: string; atLabel: string; at: string; note: string | null; evidenceUrl: string | null } | null;
}

/**
 * The claim's verification checklist (internal: never on a public page). Editors and reviewers
 * check items while the claim is open, with an optional note and evidence link; the server
 * refuses an item someone else has just checked or unchecked, and says so.
 */
export function ChecklistPanel({
  claimId,
  kindLabel,
  items,
  canCheck,
  closed,
}: {
  claimId: string;
  kindLabel: string;
  items: ChecklistItemView[];
  canCheck: boolean;
  closed: boolean;
}) {
  const t = useTranslations("checklists.panel");
  const router = useRouter();
  const [open, setOpen] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [evidenceUrl, setEvidenceUrl] = useState("");
  const [acting, setActing] = useState<string | null>(null);
  const mutation = useApiMutation({ fields: { note: t("note"), evidenceUrl: t("evidence") } });
  const required = items.filter((i) => i.required && !i.retired);
  const done = required.filter((i) => i.check).length;

  function startCheck(id: string) {
    mutation.reset();
    setOpen(id);
    setNote("");
    setEvidenceUrl("");
  }

  async function send(itemId: string, body: object) {
    setActing(itemId);
    const result = await mutation.run("PUT", `/api/claims/${claimId}/checklist/${itemId}`, body);
    setActing(null);
    if (!result.ok) return;
    setOpen(null);
    router.refresh();
  }

  async function onSubmit(e: FormEvent, itemId: string) {
    e.preventDefault();
    await send(itemId, { checked: true, note: note || null, evidenceUrl: evidenceUrl || null });
  }

  return (
    <Panel id="checklist-heading" title={t("title")} intro={t("intro", { kind: kindLabel })} padding="p-5">
      <div data-testid="checklist-panel" className="space-y-3 text-sm">
        {items.length === 0 ? (
          <p className="text-muted">{t("none")}</p>
        ) : (
          <>
            {required.length > 0 && (
              <p className="text-muted">{t("progress", { done, total: required.length })}</p>
            )}
            {closed && <p className="text-muted">{t("closed")}</p>}
            {!open && <FormError message={mutation.error?.message} />}
            <ul className="divide-y divide-slate-100">
              {items.map((item) => (
                <li key={item.id} className="py-2" data-testid="checklist-item">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <p className="font-medium">
                        <span aria-hidden="true">{item.check ? "☑" : "☐"} </span>
                        {item.label}{" "}
                        <Badge tone={item.required ? "warn" : "neutral"}>
                          {item.required ? t("required") : t("optional")}
                        </Badge>{" "}
                        {item.retired && <Badge tone="neutral">{t("retired")}</Badge>}
                      </p>
                      {item.check ? (
                        <div className="mt-0.5 text-muted">
                          <p>
                            <time dateTime={item.check.at}>
                              {t("checkedBy", { name: item.check.by, date: item.check.atLabel })}
                            </time>
                          </p>
                          {item.check.note && (
                            <p className="whitespace-pre-wrap text-ink">{item.check.note}</p>
                          )}
                          {item.check.evidenceUrl && (
                            <a
                              href={item.check.evidenceUrl}
                              className="text-accent underline"
                              rel="noopener noreferrer"
                              target="_blank"
                            >
                              {t("evidenceLink")}
                            </a>
                          )}
                        </div>
                      ) : (
                        <p className="mt-0.5 text-muted">{t("notChecked")}</p>
                      )}
                    </div>
                    {canCheck && open !== item.id && (item.check || !item.retired) && (
                      <Button
                        variant="secondary"
                        disabled={mutation.pending}
                        aria-label={`${item.check ? t("uncheck") : t("check")}: ${item.label}`}
                        onClick={() =>
                          item.check ? void send(item.id, { checked: false }) : startCheck(item.id)
                        }
                      >
                        {acting === item.id ? "…" : item.check ? t("uncheck") : t("check")}
                      </Button>
                    )}
                  </div>
                  {open === item.id && (
                    <form onSubmit={(e) => void onSubmit(e, item.id)} className="mt-2 space-y-2" noValidate>
                      <FormError message={mutation.error?.message} />
                      <TextAreaField
                        label={t("note")}
                        error={mutation.fieldErrors.note}
                        rows={2}
                        value={note}
                        onChange={(e) => setNote(e.target.value)}
                      />
                      <UrlField
                        label={t("evidence")}
                        error={mutation.fieldErrors.evidenceUrl}
                        value={evidenceUrl}
                        onChange={(e) => setEvidenceUrl(e.target.value)}
                      />
                      <div className="flex gap-2">
                        <Button type="submit" disabled={mutation.pending}>
                          {t("confirm")}
                        </Button>
                        <Button variant="ghost" onClick={() => setOpen(null)}>
                          {t("cancel")}
                        </Button>
                      </div>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Panel>
  );
}
