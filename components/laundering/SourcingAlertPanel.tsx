"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { FormError } from "@/components/ui/FieldError";
import { Panel } from "@/components/ui/Panel";
import { TextAreaField } from "@/components/ui/TextAreaField";
import type { LaunderingReason } from "@/lib/claims/laundering";
import { useApiMutation } from "@/lib/client/use-api-mutation";

export interface SourcingChainView {
  label: string;
  kind: string;
  via: string[];
  appearances: number;
}

interface AckView {
  by: string;
  atLabel: string;
  note: string | null;
}

/**
 * The alert when a claim's sources reduce to one line of reporting or to an unnamed origin
 * ("5 cơ quan báo chí, 1 chuỗi độc lập, nguồn gốc: giấu tên"), each independent chain with its
 * origin, and the acknowledgement approval requires. The acknowledgement names the sources seen
 * (`fingerprint`): if they changed meanwhile, the server refuses it and the page is reloaded.
 */
export function SourcingAlertPanel({
  claimId,
  alert,
  summary,
  reasons,
  fingerprint,
  chains,
  current,
  stale,
  ackState,
}: {
  claimId: string;
  alert: boolean;
  summary: string;
  reasons: LaunderingReason[];
  fingerprint: string;
  chains: SourcingChainView[];
  current: AckView | null;
  stale: AckView | null;
  /** allowed: this person may acknowledge; self: the two-person rule says another; closed: decided. */
  ackState: "allowed" | "self" | "closed" | "hidden";
}) {
  const t = useTranslations("laundering.panel");
  const router = useRouter();
  const [note, setNote] = useState("");
  const mutation = useApiMutation({ fields: { note: t("note") } });

  if (!alert)
    return (
      <p className="text-sm text-muted" data-testid="sourcing-summary">
        {t("noAlert", { summary })}
      </p>
    );

  async function acknowledge() {
    const result = await mutation.run("POST", `/api/claims/${claimId}/sourcing-ack`, {
      fingerprint,
      note: note.trim() || null,
    });
    // Sources changed meanwhile: the reloaded page shows the alert as it is now.
    if (result.ok) setNote("");
    if (result.ok || result.error.reason === "sourcing_changed") router.refresh();
  }

  return (
    <Panel id="sourcing-heading" title={t("title")} intro={t("intro")} padding="p-5">
      <div
        className="space-y-3 rounded-md border-2 border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
        data-testid="sourcing-alert"
      >
        <p className="font-semibold">{t("alertTitle")}</p>
        <p data-testid="sourcing-summary">{summary}</p>
        <ul className="list-disc space-y-1 pl-5">
          {reasons.map((r) => (
            <li key={r}>{t(`reason.${r}`)}</li>
          ))}
        </ul>
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide">{t("chainsHeading")}</p>
          <ul className="mt-1 space-y-1">
            {chains.map((c) => (
              <li key={`${c.label}|${c.via.join("|")}`}>
                {t("chain", { label: c.label, kind: c.kind, count: c.appearances })}
                {c.via.length > 0 && (
                  <span className="text-amber-900"> · {t("via", { outlets: c.via.join(", ") })}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className="mt-3 space-y-2 text-sm">
        {current ? (
          <p className="text-emerald-800" data-testid="sourcing-ack">
            {t("acknowledged", { name: current.by, date: current.atLabel })}
            {current.note && <span className="block text-muted">{t("ackNote", { note: current.note })}</span>}
          </p>
        ) : (
          <>
            {stale && (
              <p className="font-medium text-amber-900" data-testid="sourcing-ack-stale">
                {t("stale", { name: stale.by, date: stale.atLabel })}
              </p>
            )}
            {ackState !== "closed" && <p>{t("mustAck")}</p>}
            {ackState === "self" && <p className="text-muted">{t("selfReview")}</p>}
            {ackState === "closed" && <p className="text-muted">{t("closed")}</p>}
            {ackState === "allowed" && (
              <div className="space-y-2">
                <TextAreaField
                  label={t("note")}
                  rows={2}
                  value={note}
                  maxLength={1000}
                  onChange={(e) => setNote(e.target.value)}
                  error={mutation.fieldErrors.note}
                />
                <FormError
                  message={mutation.error && !mutation.fieldErrors.note ? mutation.error.message : null}
                />
                <Button onClick={acknowledge} disabled={mutation.pending} data-testid="sourcing-acknowledge">
                  {mutation.pending ? t("working") : t("acknowledge")}
                </Button>
              </div>
            )}
          </>
        )}
      </div>
    </Panel>
  );
}
