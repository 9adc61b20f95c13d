"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { inputClass } from "@/components/ui/Field";
import { TextField } from "@/components/ui/TextField";
import { SelectField } from "@/components/ui/SelectField";
import { FormError } from "@/components/ui/FieldError";
import { useApiMutation } from "@/lib/client/use-api-mutation";
import type { LinkType } from "@/lib/generated/prisma/enums";
import { ClaimGraph, type GraphLink } from "./ClaimGraph";
import { SaveNotice, useSaveNotice } from "./SaveNotice";
import { useUnsavedWork } from "./UnsavedChanges";

const types = [
  "CONTRADICTS",
  "SUPPORTS",
  "SAME_STATEMENT",
  "RESPONDS_TO",
  "UPDATES",
] as const satisfies readonly LinkType[];

/** Cross-links of a claim, both directions with the inverse label, a graph, and a form to add one. */
export function LinksPanel({
  claim,
  links,
  canManage,
}: {
  claim: { id: string; speaker: string };
  links: (GraphLink & { note: string | null; other: GraphLink["other"] & { status: string } })[];
  canManage: boolean;
}) {
  const t = useTranslations("links");
  const tEnum = useTranslations("enums");
  const tc = useTranslations("common");
  const router = useRouter();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<
    { id: string; quote: string; speaker: string; status: string }[] | null
  >(null);
  const [target, setTarget] = useState<{ id: string; quote: string; speaker: string } | null>(null);
  // No default relation: a preselected "contradicts" was saved by people who never chose it.
  const [type, setType] = useState<LinkType | "">("");
  const [typeMissing, setTypeMissing] = useState(false);
  const [note, setNote] = useState("");
  // Linking (with its search) and unlinking each show their own failure, where their buttons are.
  const linker = useApiMutation({
    fields: { type: { label: t("relation"), pick: "item" }, note: t("note") },
  });
  const unlinker = useApiMutation();
  const { notice, clear: clearNotice, saved } = useSaveNotice();
  const tUnsaved = useTranslations("unsaved");
  useUnsavedWork("link", target !== null, tUnsaved("link"));
  const statusRef = useRef<HTMLDivElement>(null);
  // The form shrinks after a link is saved: keep the confirmation on screen.
  useEffect(() => {
    if (notice) statusRef.current?.scrollIntoView({ block: "nearest" });
  }, [notice]);

  async function search() {
    linker.reset();
    const res = await fetch(`/api/claims?q=${encodeURIComponent(q)}`);
    if (!res.ok) return linker.fail(t("searchFailed"));
    const data = (await res.json()) as {
      claims: { id: string; quote: string; speaker: string; status: string }[];
    };
    setResults(data.claims.filter((c) => c.id !== claim.id));
  }

  async function save() {
    if (!target) return;
    if (!type) return setTypeMissing(true);
    const result = await linker.run("POST", "/api/links", {
      fromClaimId: claim.id,
      toClaimId: target.id,
      type,
      note: note || null,
    });
    if (!result.ok) return;
    saved(result.data, t("linked", { relation: tEnum(`linkOutgoing.${type}`), speaker: target.speaker }));
    setTarget(null);
    setType("");
    setResults(null);
    setQ("");
    setNote("");
    router.refresh();
  }

  async function remove(id: string) {
    clearNotice();
    const result = await unlinker.run("DELETE", `/api/links/${id}`, {});
    if (!result.ok) return;
    saved(result.data, t("unlinked"));
    router.refresh();
  }

  return (
    <section aria-labelledby="links-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="links-heading" className="text-lg font-semibold">
        {t("heading", { count: links.length })}
      </h2>
      {unlinker.error && (
        <div className="mt-3">
          <FormError message={unlinker.error.message} />
        </div>
      )}
      {links.length > 0 && (
        <>
          <ul className="mt-3 space-y-2 text-sm">
            {links.map((l) => (
              <li
                key={l.id + l.direction}
                className="flex items-start justify-between gap-3 rounded-md border border-slate-100 p-3"
              >
                <div>
                  <p>
                    {t.rich("sentence", {
                      relation: tEnum(
                        l.direction === "outgoing" ? `linkOutgoing.${l.type}` : `linkIncoming.${l.type}`,
                      ),
                      speaker: l.other.speaker,
                      quote: l.other.quote.length > 120 ? `${l.other.quote.slice(0, 120)}…` : l.other.quote,
                      strong: (chunks) => <strong>{chunks}</strong>,
                      link: (chunks) => (
                        <Link href={`/dashboard/claims/${l.other.id}`} className="text-accent underline">
                          {chunks}
                        </Link>
                      ),
                    })}
                  </p>
                  {l.note && <p className="mt-1 text-muted">{l.note}</p>}
                </div>
                {canManage && (
                  <Button
                    variant="ghost"
                    onClick={() => void remove(l.id)}
                    aria-label={t("removeLabel", { speaker: l.other.speaker })}
                  >
                    {tc("remove")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <div className="mt-4">
            <ClaimGraph claim={claim} links={links} />
          </div>
        </>
      )}
      <div ref={statusRef} role="status" className="mt-3 empty:hidden" data-testid="links-status">
        <SaveNotice notice={notice} />
      </div>
      {canManage && (
        <fieldset
          className="min-w-0 mt-4 space-y-3 rounded-md border border-slate-200 p-4"
          aria-label={t("groupLabel")}
        >
          <FormError message={linker.error?.message} />
          <div className="flex gap-2">
            <label htmlFor="link-search" className="sr-only">
              {t("searchLabel")}
            </label>
            <input
              id="link-search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  void search();
                }
              }}
              placeholder={t("searchPlaceholder")}
              className={inputClass}
            />
            <Button variant="secondary" onClick={() => void search()}>
              {tc("search")}
            </Button>
          </div>
          {results && (
            <ul className="max-h-56 space-y-1 overflow-y-auto text-sm" aria-label={t("results")}>
              {results.length === 0 && <li className="text-muted">{t("noResults")}</li>}
              {results.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    onClick={() => setTarget(r)}
                    aria-pressed={target?.id === r.id}
                    className={`w-full rounded px-2 py-1.5 text-left hover:bg-slate-100 ${target?.id === r.id ? "bg-sky-50 ring-1 ring-accent" : ""}`}
                  >
                    <span className="font-medium">{r.speaker}:</span>{" "}
                    {r.quote.length > 110 ? `${r.quote.slice(0, 110)}…` : r.quote}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {target && (
            <div className="grid gap-3 md:grid-cols-2">
              <SelectField
                label={t("relation")}
                error={typeMissing ? t("chooseRelationError") : linker.fieldErrors.type}
                value={type}
                onChange={(e) => {
                  setType(e.target.value as LinkType | "");
                  setTypeMissing(false);
                }}
                required
              >
                <option value="">{t("chooseRelation")}</option>
                {types.map((v) => (
                  <option key={v} value={v}>
                    {tEnum(`linkOutgoing.${v}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t("note")}
                error={linker.fieldErrors.note}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
              <div className="md:col-span-2">
                <Button onClick={() => void save()} disabled={linker.pending}>
                  {linker.pending ? tc("saving") : t("linkTo", { speaker: target.speaker })}
                </Button>
              </div>
            </div>
          )}
        </fieldset>
      )}
    </section>
  );
}
