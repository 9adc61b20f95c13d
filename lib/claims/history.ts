import { diffWords } from "diff";
import { CONTENT_FIELDS } from "./form-values";
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
  { field: "deadlineAt", label: "Due date" },
  { field: "deadlinePhrase", label: "Due date words" },
];

/**
 * How a stored value reads to a person: a speaker's name for an id, "In review" for IN_REVIEW,
 * topic names for slugs. Return null to fall back to the raw text.
 */
export type DescribeValue = (field: keyof ClaimSnapshot, value: string) => string | null;

/** Enumerations whose codes a snapshot holds, by their `enums` message group. */
export type EnumGroup = "editorialStatus" | "verificationStatus" | "claimKind" | "datePrecision";
const enumGroupOf: Partial<Record<keyof ClaimSnapshot, EnumGroup>> = {
  status: "editorialStatus",
  verification: "verificationStatus",
  kind: "claimKind",
  saidAtPrecision: "datePrecision",
};

/**
 * The usual DescribeValue: speakers by name, topics by their name in the dashboard's language,
 * codes through `enumLabel` (which returns null for a code it does not know).
 */
export function claimValueDescriber(
  names: {
    speakers: ReadonlyMap<string, string>;
    topics: ReadonlyMap<string, { nameVi: string; nameEn: string }>;
  },
  lang: "vi" | "en",
  enumLabel: (group: EnumGroup, value: string) => string | null,
): DescribeValue {
  return (field, value) => {
    if (field === "speakerId") return names.speakers.get(value) ?? null;
    if (field === "topics") {
      const topic = names.topics.get(value);
      return topic ? (lang === "vi" ? topic.nameVi : topic.nameEn) : null;
    }
    const group = enumGroupOf[field];
    return group ? enumLabel(group, value) : null;
  };
}

// Fields whose values are codes: words inside them mean nothing apart, so they are compared
// whole ("In review" → "Changes requested"), never word by word.
const wholeValueFields = new Set<keyof ClaimSnapshot>([
  "speakerId",
  "kind",
  "saidAtPrecision",
  "status",
  "verification",
  "rating",
]);

function asText(value: unknown, field: keyof ClaimSnapshot, describe: DescribeValue): string {
  if (value === null || value === undefined) return "";
  if (field === "saidAt" || field === "deadlineAt") return String(value).slice(0, 10);
  if (Array.isArray(value)) return value.map((v) => describe(field, String(v)) ?? String(v)).join(", ");
  return describe(field, String(value)) ?? String(value);
}

export function diffSnapshots(from: ClaimSnapshot, to: ClaimSnapshot, describe: DescribeValue): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const { field, label } of fieldLabels) {
    const a = asText(from[field], field, describe);
    const b = asText(to[field], field, describe);
    if (a === b) continue;
    const parts = wholeValueFields.has(field)
      ? [
          ...(a ? [{ value: a, added: false, removed: true }] : []),
          ...(a && b ? [{ value: " → ", added: false, removed: false }] : []),
          ...(b ? [{ value: b, added: true, removed: false }] : []),
        ]
      : diffWords(a, b).map((p) => ({
          value: p.value,
          added: Boolean(p.added),
          removed: Boolean(p.removed),
        }));
    out.push({ field, label, parts });
  }
  return out;
}

/**
 * Whether restoring `version` would change anything: a version that differs from the current
 * one only in status or verification restores to the same text, so it is not offered.
 */
export function contentDiffers(version: ClaimSnapshot, current: ClaimSnapshot): boolean {
  return CONTENT_FIELDS.some(
    (field) => JSON.stringify(normalised(version, field)) !== JSON.stringify(normalised(current, field)),
  );
}

function normalised(s: ClaimSnapshot, field: (typeof CONTENT_FIELDS)[number]): unknown {
  const value = s[field];
  if (field === "topics") return [...((value as string[] | undefined) ?? [])].sort();
  if (field === "saidAt") return value ? String(value).slice(0, 10) : null;
  return value ?? null;
}

/** The audit details a version's own event carries (a reviewer's reason, the version restored). */
export interface VersionDetails {
  reason: string | null;
  restoredFromVersion: number | null;
}

/**
 * Pairs each revision with the audit event written in the same transaction (same action, in
 * order): the revision holds the snapshot, the event what was said with it. Events without a
 * revision (none today) are skipped; a revision without an event gets no details.
 */
export function detailsByVersion(
  revisions: readonly { version: number; action: string }[],
  events: readonly { action: string; after: unknown }[],
): Map<number, VersionDetails> {
  const out = new Map<number, VersionDetails>();
  let next = 0;
  for (const r of [...revisions].sort((a, b) => a.version - b.version)) {
    let i = next;
    while (i < events.length && events[i]!.action !== r.action) i++;
    if (i >= events.length) continue;
    next = i + 1;
    const after = (events[i]!.after ?? {}) as Record<string, unknown>;
    out.set(r.version, {
      reason:
        typeof after.transitionReason === "string" && after.transitionReason.trim()
          ? after.transitionReason
          : null,
      restoredFromVersion: typeof after.restoredFromVersion === "number" ? after.restoredFromVersion : null,
    });
  }
  return out;
}
