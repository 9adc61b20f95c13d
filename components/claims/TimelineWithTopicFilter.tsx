"use client";

import Link from "next/link";
import { useState } from "react";
import { linkLabel } from "@/lib/claims/labels";
import type { PublicClaimSummary, PublicRelatedClaim, PublicTopicRef } from "@/lib/claims/public-dto";
import { formatSaidAt } from "@/lib/format/dates";

type TimelineClaim = PublicClaimSummary & { links: { type: PublicRelatedClaim["type"]; direction: "outgoing" | "incoming"; claim: PublicRelatedClaim["claim"] }[] };

/** A speaker's claims in date order, filterable by topic, with contradictions and updates marked. */
export function TimelineWithTopicFilter({ claims, topics }: { claims: TimelineClaim[]; topics: (PublicTopicRef & { count: number })[] }) {
  const [topic, setTopic] = useState<string | null>(null);
  const shown = topic ? claims.filter((c) => c.topics.some((t) => t.slug === topic)) : claims;
  return (
    <div>
      <div role="group" aria-label="Lọc theo chủ đề" className="flex flex-wrap gap-2 text-sm">
        <button type="button" aria-pressed={topic === null} onClick={() => setTopic(null)} className={`rounded-full border px-3 py-1 ${topic === null ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}>
          Tất cả ({claims.length})
        </button>
        {topics.map((t) => (
          <button
            key={t.slug}
            type="button"
            aria-pressed={topic === t.slug}
            onClick={() => setTopic(t.slug)}
            className={`rounded-full border px-3 py-1 ${topic === t.slug ? "border-accent bg-sky-50" : "border-slate-300 bg-white"}`}
          >
            {t.nameVi} ({t.count})
          </button>
        ))}
      </div>
      <ol className="relative mt-6 space-y-6 border-l-2 border-slate-200 pl-6">
        {shown.map((c) => (
          <li key={c.slug} className="relative">
            <span aria-hidden="true" className={`absolute -left-[31px] top-1.5 h-3 w-3 rounded-full border-2 border-white ${c.links.some((l) => l.type === "CONTRADICTS") ? "bg-rose-600" : "bg-accent"}`} />
            <p className="text-xs font-medium uppercase tracking-wide text-muted">
              {c.saidAt ? <time dateTime={c.saidAt}>{formatSaidAt(c.saidAt, c.saidAtPrecision)}</time> : "Chưa rõ ngày"}
              {c.speaker.roleHeld ? ` · ${c.speaker.roleHeld}` : ""}
              {c.status === "RETRACTED" ? " · đã rút lại" : ""}
            </p>
            <p className="mt-1 font-serif text-lg leading-snug">
              <Link href={c.url} className="hover:text-accent hover:underline" lang={c.language}>
                “{c.quote}”
              </Link>
            </p>
            <p className="mt-1 flex flex-wrap gap-1.5 text-xs">
              {c.topics.map((t) => (
                <span key={t.slug} className="rounded bg-slate-100 px-1.5 py-0.5">
                  {t.nameVi}
                </span>
              ))}
            </p>
            {c.links.length > 0 && (
              <ul className="mt-2 space-y-1 text-sm">
                {c.links.map((l) => (
                  <li key={`${l.direction}-${l.type}-${l.claim.slug}`} className={l.type === "CONTRADICTS" ? "text-rose-800" : "text-amber-800"}>
                    <span className="font-semibold">{linkLabel[l.type][l.direction]}</span>{" "}
                    <Link href={`/claims/${l.claim.slug}`} className="underline hover:text-accent">
                      {l.claim.speakerName}: “{l.claim.quote.length > 90 ? `${l.claim.quote.slice(0, 90)}…` : l.claim.quote}”
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
