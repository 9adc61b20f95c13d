"use client";

import { Button } from "@/components/ui/Button";
import type { ClaimFormValues } from "@/lib/claims/form-values";

const labels: Record<keyof ClaimFormValues, string> = {
  speakerId: "Speaker",
  roleHeld: "Role held",
  quote: "Quote",
  translation: "Translation",
  kind: "Kind",
  saidAt: "Said on",
  saidAtPrecision: "Date precision",
  venue: "Venue",
  topics: "Topics",
};

function show(key: keyof ClaimFormValues, v: ClaimFormValues, speakers: { id: string; name: string }[]): string {
  if (key === "speakerId") return speakers.find((s) => s.id === v.speakerId)?.name ?? v.speakerId;
  if (key === "topics") return v.topics.join(", ");
  return String(v[key] ?? "");
}

/** Shown on a 409: the user's unsaved text next to the version someone else saved. */
export function ConflictPanel({
  message,
  yours,
  current,
  currentVersion,
  speakers,
  onKeepMine,
  onTakeTheirs,
}: {
  message: string;
  yours: ClaimFormValues;
  current: ClaimFormValues;
  currentVersion: number;
  speakers: { id: string; name: string }[];
  onKeepMine: (version: number) => void;
  onTakeTheirs: (version: number, current: ClaimFormValues) => void;
}) {
  const keys = (Object.keys(labels) as (keyof ClaimFormValues)[]).filter((k) => show(k, yours, speakers) !== show(k, current, speakers));
  return (
    <section role="alert" aria-labelledby="conflict-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="conflict-title" className="font-semibold text-amber-900">
        Edit conflict: version {currentVersion} was saved by someone else
      </h2>
      <p className="mt-1 text-amber-900">{message}</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-amber-300">
              <th scope="col" className="py-1 pr-3">
                Field
              </th>
              <th scope="col" className="py-1 pr-3">
                Your unsaved version
              </th>
              <th scope="col" className="py-1">
                Saved version {currentVersion}
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.length === 0 ? (
              <tr>
                <td colSpan={3} className="py-2">
                  The content is the same; only the status or verification changed.
                </td>
              </tr>
            ) : (
              keys.map((k) => (
                <tr key={k} className="border-b border-amber-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {labels[k]}
                  </th>
                  <td className="whitespace-pre-wrap py-2 pr-3" data-testid={`conflict-yours-${k}`}>
                    {show(k, yours, speakers)}
                  </td>
                  <td className="whitespace-pre-wrap py-2" data-testid={`conflict-theirs-${k}`}>
                    {show(k, current, speakers)}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={() => onKeepMine(currentVersion)}>Keep my version (save it over version {currentVersion})</Button>
        <Button variant="secondary" onClick={() => onTakeTheirs(currentVersion, current)}>
          Discard mine and load version {currentVersion}
        </Button>
      </div>
    </section>
  );
}
