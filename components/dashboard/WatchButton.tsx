"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiMutation } from "@/lib/client/use-api-mutation";

export type WatchTargetView = { claimId: string } | { speakerId: string } | { topicId: string };

/** "Watch / Watching" toggle (aria-pressed): watchers are told of new notes on the claim, speaker or topic. */
export function WatchButton({
  target,
  watching: initial,
  label,
}: {
  target: WatchTargetView;
  watching: boolean;
  /** What is watched, for screen readers when several buttons share a page (a list's rows). */
  label?: string;
}) {
  const t = useTranslations("watch");
  const [watching, setWatching] = useState(initial);
  const toggler = useApiMutation();

  async function toggle() {
    const result = await toggler.run(watching ? "DELETE" : "PUT", "/api/watches", target);
    if (result.ok) setWatching(!watching);
  }

  return (
    <span className="inline-flex flex-col items-start">
      <button
        type="button"
        aria-pressed={watching}
        aria-label={label ? `${t("watch")}: ${label}` : undefined}
        title={t("hint")}
        disabled={toggler.pending}
        onClick={() => void toggle()}
        className={`rounded-md border px-3 py-2 text-sm font-medium ${watching ? "border-accent bg-sky-50 text-accent" : "border-slate-300 bg-white hover:border-accent"}`}
      >
        {watching ? `✓ ${t("watching")}` : t("watch")}
      </button>
      {toggler.error && (
        <span role="alert" className="mt-1 text-xs text-rose-800">
          {toggler.error.message || t("failed")}
        </span>
      )}
    </span>
  );
}
