import { diffWords } from "diff";
import type { ClaimSnapshot } from "./snapshot";

/** A readable, field-by-field diff between two claim versions. */
export interface FieldDiff {
  field: keyof ClaimSnapshot;
  label: string;
  parts: { value: string; added: boolean; removed: boolean }[];
}

const fieldLabels: { field: keyof ClaimSnapshot; label: string }[] = [
  { field: "speakerId", label: "Speaker" },
  { field: "roleHeld", label: "Role held" },
  { field: "quote", label: "Quote" },
  { field: "translation", label: "Translation" },
  { field: "kind", label: "Kind" },
  { field: "saidAt", label: "Said on" },
  { field: "saidAtPrecision", label: "Date precision" },
  { field: "venue", label: "Venue" },
  { field: "topics", label: "Topics" },
  { field: "status", label: "Status" },
  { field: "verification", label: "Verification" },
  { field: "verificationUrl", label: "Evidence URL" },
  { field: "verificationNote", label: "Evidence note" },
  { field: "rating", label: "Rating" },
  { field: "retractionReason", label: "Retraction reason" },
];

function asText(value: unknown, field: keyof ClaimSnapshot, names: Map<string, string>): string {
  if (value === null || value === undefined) return "";
  if (field === "speakerId") return names.get(String(value)) ?? String(value);
  if (field === "saidAt") return String(value).slice(0, 10);
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

export function diffSnapshots(from: ClaimSnapshot, to: ClaimSnapshot, speakerNames: Map<string, string>): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const { field, label } of fieldLabels) {
    const a = asText(from[field], field, speakerNames);
    const b = asText(to[field], field, speakerNames);
    if (a === b) continue;
    out.push({ field, label, parts: diffWords(a, b).map((p) => ({ value: p.value, added: Boolean(p.added), removed: Boolean(p.removed) })) });
  }
  return out;
}
