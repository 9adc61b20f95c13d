"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { waitsForReviewer } from "@/lib/client/api";

export interface SaveNoticeState {
  tone: "success" | "info";
  text: string;
}

/**
 * What a panel says after a change was answered, where the change was made: done (with what was
 * done), or waiting for a reviewer when the server answered 202 (a change to a published page).
 */
export function useSaveNotice() {
  const tPending = useTranslations("pending");
  const [notice, setNotice] = useState<SaveNoticeState | null>(null);
  return {
    notice,
    clear: () => setNotice(null),
    saved: (data: unknown, doneText: string) =>
      setNotice(
        waitsForReviewer(data)
          ? { tone: "info", text: tPending("savedPending") }
          : { tone: "success", text: doneText },
      ),
  };
}

export function SaveNotice({ notice }: { notice: SaveNoticeState | null }) {
  if (!notice) return null;
  return (
    <p
      className={`rounded-md border p-3 text-sm ${notice.tone === "success" ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-sky-300 bg-sky-50 text-sky-900"}`}
    >
      {notice.tone === "success" ? "✓ " : ""}
      {notice.text}
    </p>
  );
}
