"use client";

import { useEffect, useId, useRef, useState } from "react";

/**
 * The embed code in a read-only field and a button that copies it. Where the browser refuses
 * the clipboard (no permission, an insecure origin, an old browser), the code is selected
 * instead, and the reader is told to copy it with the keyboard. Either outcome is announced.
 */
export function CopyEmbedCode({
  code,
  labels,
}: {
  code: string;
  labels: { code: string; copy: string; copied: string; selected: string };
}) {
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [outcome, setOutcome] = useState<"copied" | "selected" | null>(null);
  // Without script the button could do nothing: it is enabled once the page is interactive.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(code);
      setOutcome("copied");
    } catch {
      field.current?.focus();
      field.current?.select();
      setOutcome("selected");
    }
  }

  return (
    <div className="mt-3 space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {labels.code}
      </label>
      <textarea
        id={id}
        ref={field}
        readOnly
        rows={3}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs"
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={copy}
          disabled={!ready}
          className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-white hover:bg-accent-strong disabled:opacity-60"
        >
          {labels.copy}
        </button>
        <p role="status" className="text-sm text-muted" data-testid="embed-copy-status">
          {outcome === "copied" ? labels.copied : outcome === "selected" ? labels.selected : ""}
        </p>
      </div>
    </div>
  );
}
