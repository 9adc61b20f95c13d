"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { SelectableText } from "@/components/dashboard/SelectableText";
import { Alert } from "@/components/ui/Alert";
import { sortForPicking } from "@/lib/ingest/picking";
import type { ReviewCandidate } from "@/lib/ingest/service";
import { CandidateCard, type Decision, storedDecision, type Topic } from "./CandidateCard";

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
  const [decisions, setDecisions] = useState<Decision[]>(() => candidates.map(storedDecision));
  // Every list an editor picks from here is sorted the Vietnamese way (lib/ingest/picking.ts).
  const sortedSpeakers = useMemo(() => sortForPicking(speakers), [speakers]);
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
            topics={topics}
            decision={decisions[i]!}
            onFocus={() => setActive(i)}
            onDecide={(d) => setDecisions((all) => all.map((x, j) => (j === i ? d : x)))}
          />
        ))}
      </div>
    </div>
  );
}
