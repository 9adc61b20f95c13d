"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { callApi } from "@/lib/client/api";
import { ClaimGraph, type GraphLink } from "./ClaimGraph";

const types = [
  ["CONTRADICTS", "contradicts", "is contradicted by"],
  ["SUPPORTS", "supports", "is supported by"],
  ["SAME_STATEMENT", "is the same statement as", "is the same statement as"],
  ["RESPONDS_TO", "responds to", "is answered by"],
  ["UPDATES", "updates", "is updated by"],
] as const;

export const linkLabelEn = (type: string, direction: "outgoing" | "incoming") => {
  const t = types.find((x) => x[0] === type);
  return t ? (direction === "outgoing" ? t[1] : t[2]) : type;
};

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
  const router = useRouter();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<{ id: string; quote: string; speaker: string; status: string }[] | null>(null);
  const [target, setTarget] = useState<{ id: string; quote: string; speaker: string } | null>(null);
  const [type, setType] = useState("CONTRADICTS");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function search() {
    setError(null);
    const res = await fetch(`/api/claims?q=${encodeURIComponent(q)}`);
    if (!res.ok) return setError("Search failed.");
    const data = (await res.json()) as { claims: { id: string; quote: string; speaker: string; status: string }[] };
    setResults(data.claims.filter((c) => c.id !== claim.id));
  }

  async function save() {
    if (!target) return;
    const result = await callApi("POST", "/api/links", { fromClaimId: claim.id, toClaimId: target.id, type, note: note || null });
    if (!result.ok) return setError(result.error.message);
    setTarget(null);
    setResults(null);
    setQ("");
    setNote("");
    router.refresh();
  }

  async function remove(id: string) {
    const result = await callApi("DELETE", `/api/links/${id}`, {});
    if (!result.ok) return setError(result.error.message);
    router.refresh();
  }

  return (
    <section aria-labelledby="links-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="links-heading" className="text-lg font-semibold">
        Related claims ({links.length})
      </h2>
      {error && (
        <div className="mt-3">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      {links.length > 0 && (
        <>
          <ul className="mt-3 space-y-2 text-sm">
            {links.map((l) => (
              <li key={l.id + l.direction} className="flex items-start justify-between gap-3 rounded-md border border-slate-100 p-3">
                <div>
                  <p>
                    This claim <strong>{linkLabelEn(l.type, l.direction)}</strong>{" "}
                    <Link href={`/dashboard/claims/${l.other.id}`} className="text-accent hover:underline">
                      {l.other.speaker}: “{l.other.quote.length > 120 ? `${l.other.quote.slice(0, 120)}…` : l.other.quote}”
                    </Link>
                  </p>
                  {l.note && <p className="mt-1 text-muted">{l.note}</p>}
                </div>
                {canManage && (
                  <Button variant="ghost" onClick={() => void remove(l.id)} aria-label={`Remove link to ${l.other.speaker}`}>
                    Remove
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
      {canManage && (
        <div className="mt-4 space-y-3 rounded-md border border-slate-200 p-4" role="group" aria-label="Link to another claim">
          <div className="flex gap-2">
            <label htmlFor="link-search" className="sr-only">
              Search claims to link
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
              placeholder="Search claims to link (diacritics optional)"
              className={inputClass}
            />
            <Button variant="secondary" onClick={() => void search()}>
              Search
            </Button>
          </div>
          {results && (
            <ul className="max-h-56 space-y-1 overflow-y-auto text-sm" aria-label="Search results">
              {results.length === 0 && <li className="text-muted">No other claim matches.</li>}
              {results.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    onClick={() => setTarget(r)}
                    aria-pressed={target?.id === r.id}
                    className={`w-full rounded px-2 py-1.5 text-left hover:bg-slate-100 ${target?.id === r.id ? "bg-sky-50 ring-1 ring-accent" : ""}`}
                  >
                    <span className="font-medium">{r.speaker}:</span> {r.quote.length > 110 ? `${r.quote.slice(0, 110)}…` : r.quote}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {target && (
            <div className="grid gap-3 md:grid-cols-2">
              <Field label="This claim…">
                {(p) => (
                  <select {...p} value={type} onChange={(e) => setType(e.target.value)} className={inputClass}>
                    {types.map(([v, out]) => (
                      <option key={v} value={v}>
                        {out}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="Note (optional)">{(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} className={inputClass} />}</Field>
              <div className="md:col-span-2">
                <Button onClick={() => void save()}>Link to {target.speaker}’s claim</Button>
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
