"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLive } from "@/lib/client/use-live";

/**
 * Reads the page again when something it lists changes elsewhere (the review queue, the claim
 * lists): on each event of `topics`, at most once per `debounceMs`, so a burst of changes (a
 * reviewer approving ten claims) costs one refresh.
 */
export function LiveRefresh({ topics, debounceMs = 1000 }: { topics: string[]; debounceMs?: number }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useLive(topics, (event) => {
    if (event.type === "presence") return;
    // Trailing: the refresh comes after the last event of a burst, so it reads every change of
    // the burst (an event dropped while an earlier refresh was pending could be missed).
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, debounceMs);
  });
  return null;
}
