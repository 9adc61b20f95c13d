import { z } from "zod";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { LinkType, PendingChangeKind, PendingChangeStatus } from "../generated/prisma/enums";
import { CONTENT_FIELDS } from "../claims/form-values";
import type { ClaimSnapshot } from "../claims/snapshot";

/** Pending changes as the dashboard shows them: what changes, on which page, by whom, with the before/after to compare. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface PendingChangeView {
  id: string;
  kind: PendingChangeKind;
  status: PendingChangeStatus;
  claim: { id: string; quote: string; speaker: string } | null;
  speaker: { id: string; name: string } | null;
  proposedBy: { id: string; name: string };
  createdAt: Date;
  decidedBy: { name: string } | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  /** Link changes: the relation and the other claim. */
  link: { type: LinkType; note: string | null; other: { id: string; quote: string } | null } | null;
  /** Source changes: the article and the cited words. */
  source: { article: string; exact: string; chain: string[] } | null;
  /** Speaker edits and merges: field by field. */
  fields: FieldChange[];
  /**
   * Corrections of a published claim's content: the claim as it was when proposed and as it
   * would be (for lib/claims/history.ts diffSnapshots; `snapshotNames` names their speakers and
   * topics), the version the correction is based on, and the reason readers will see.
   */
  correction: {
    reason: string;
    baseVersion: number;
    before: ClaimSnapshot;
    after: ClaimSnapshot;
  } | null;
}

/** What names the ids and slugs of claim snapshots stand for (speakers, topics). */
export interface SnapshotNames {
  speakers: Map<string, string>;
  topics: Map<string, { nameVi: string; nameEn: string }>;
}

const include = {
  claim: { select: { id: true, quote: true, speaker: { select: { name: true } } } },
  speaker: { select: { id: true, name: true } },
  proposedBy: { select: { id: true, name: true } },
  decidedBy: { select: { name: true } },
} satisfies Prisma.PendingChangeInclude;
type Row = Prisma.PendingChangeGetPayload<{ include: typeof include }>;

// The stored JSON is read leniently: a field that is missing shows as empty, never as an error.
const loose = z.record(z.string(), z.unknown()).catch({});
const text = (v: unknown) =>
  v === null || v === undefined ? "" : Array.isArray(v) ? v.join(", ") : String(v);
const record = (v: unknown) => loose.parse(v);
const chainLabels = (v: unknown) => (Array.isArray(v) ? v.map((n) => text(record(n).label)) : []);

const speakerFields = ["name", "kind", "variants", "affiliation", "country", "description"] as const;

function view(row: Row, quotes: Map<string, string>): PendingChangeView {
  const payload = record(row.payload);
  const before = record(row.before);
  const base = {
    id: row.id,
    kind: row.kind,
    status: row.status,
    claim: row.claim ? { id: row.claim.id, quote: row.claim.quote, speaker: row.claim.speaker.name } : null,
    speaker: row.speaker,
    proposedBy: row.proposedBy,
    createdAt: row.createdAt,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
    link: null,
    source: null,
    fields: [],
    correction: null,
  } satisfies PendingChangeView;
  switch (row.kind) {
    case "LINK_CREATE": {
      const otherId = text(payload.toClaimId);
      return {
        ...base,
        link: {
          type: payload.type as LinkType,
          note: text(payload.note) || null,
          other: { id: otherId, quote: quotes.get(otherId) ?? "" },
        },
      };
    }
    case "LINK_DELETE": {
      const to = record(before.toClaim);
      return {
        ...base,
        link: {
          type: before.type as LinkType,
          note: text(before.note) || null,
          other: { id: text(before.toClaimId), quote: text(to.quote) },
        },
      };
    }
    case "APPEARANCE_CREATE":
      return {
        ...base,
        source: {
          article: text(record(before.article).title),
          exact: text(payload.exact),
          chain: chainLabels(payload.chain),
        },
      };
    case "APPEARANCE_DELETE": {
      const chain = Array.isArray(before.chain)
        ? [...before.chain].sort((a, b) => Number(record(a).position) - Number(record(b).position))
        : [];
      return {
        ...base,
        source: {
          article: text(record(before.article).title),
          exact: text(before.exact),
          chain: chainLabels(chain),
        },
      };
    }
    case "SPEAKER_UPDATE":
      return {
        ...base,
        fields: speakerFields
          .map((f) => ({ field: f, before: text(before[f]), after: text(payload[f]) }))
          .filter((c) => c.before !== c.after),
      };
    case "SPEAKER_MERGE": {
      const source = record(before.source);
      const target = record(before.target);
      return {
        ...base,
        fields: [{ field: "merge", before: text(source.name), after: text(target.name) }],
      };
    }
    case "CLAIM_CORRECT": {
      const was = before as unknown as ClaimSnapshot;
      const proposed = { ...was } as Record<string, unknown>;
      for (const f of CONTENT_FIELDS) proposed[f] = payload[f] ?? null;
      return {
        ...base,
        correction: {
          reason: text(payload.reason),
          baseVersion: Number(payload.version),
          before: was,
          after: proposed as unknown as ClaimSnapshot,
        },
      };
    }
  }
}

async function withQuotes(rows: Row[]): Promise<PendingChangeView[]> {
  const ids = rows.flatMap((r) => (r.kind === "LINK_CREATE" ? [text(record(r.payload).toClaimId)] : []));
  const claims = ids.length
    ? await prisma.claim.findMany({ where: { id: { in: ids } }, select: { id: true, quote: true } })
    : [];
  const quotes = new Map(claims.map((c) => [c.id, c.quote]));
  return rows.map((r) => view(r, quotes));
}

/** The speakers and topics the corrections among these changes name, for showing their diffs. */
export async function snapshotNames(changes: readonly PendingChangeView[]): Promise<SnapshotNames> {
  const snapshots = changes.flatMap((c) => (c.correction ? [c.correction.before, c.correction.after] : []));
  const speakerIds = [...new Set(snapshots.map((s) => s.speakerId).filter(Boolean))];
  const topicSlugs = [...new Set(snapshots.flatMap((s) => (Array.isArray(s.topics) ? s.topics : [])))];
  const [speakers, topics] = await Promise.all([
    speakerIds.length
      ? prisma.speaker.findMany({ where: { id: { in: speakerIds } }, select: { id: true, name: true } })
      : [],
    topicSlugs.length
      ? prisma.topic.findMany({
          where: { slug: { in: topicSlugs } },
          select: { slug: true, nameVi: true, nameEn: true },
        })
      : [],
  ]);
  return {
    speakers: new Map(speakers.map((s) => [s.id, s.name])),
    topics: new Map(topics.map((t) => [t.slug, { nameVi: t.nameVi, nameEn: t.nameEn }])),
  };
}

/** Waiting changes, oldest first (the queue), or the most recent decisions. */
export async function listPendingChanges(
  which: "pending" | "decided",
  where: Prisma.PendingChangeWhereInput = {},
  take = 100,
): Promise<PendingChangeView[]> {
  const rows = await prisma.pendingChange.findMany({
    where: { AND: [where, which === "pending" ? { status: "PENDING" } : { status: { not: "PENDING" } }] },
    include,
    orderBy: which === "pending" ? { createdAt: "asc" } : { decidedAt: "desc" },
    take,
  });
  return withQuotes(rows);
}

export function countPendingChanges(where: Prisma.PendingChangeWhereInput = {}): Promise<number> {
  return prisma.pendingChange.count({ where: { AND: [where, { status: "PENDING" }] } });
}
