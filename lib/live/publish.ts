import type { DbWriter } from "../audit/record";

/**
 * Telling every app server's open pages that something changed, as part of the change itself:
 * PostgreSQL's NOTIFY inside the transaction is delivered on commit and never for a rollback, on
 * PostgreSQL (every server LISTENs) and on PGlite (one process) alike. The listening side —
 * LISTEN, fan-out to server-sent events — is lib/live/ (bus, route app/api/live).
 *
 * Topics: `claim:<id>` (a claim's page), `queue` (the review queue and claim lists),
 * `user:<id>` (one person's notifications). Events carry ids only: what a page shows is read
 * again through the page's own authorised query, so an event never leaks content.
 */
export const LIVE_CHANNEL = "claimledger_live";

export interface LiveEvent {
  /** What changed: "claim", "notifications", "presence", ... */
  type: string;
  /** The claim concerned, when there is one. */
  claimId?: string;
  /**
   * Presence only (lib/live/presence.ts): who has the claim open and how. The stream is for
   * staff, who all see each other's names on the claim page anyway.
   */
  user?: { id: string; name: string };
  presence?: "viewing" | "editing" | "left";
  /** Presence only: the page has just started listening and asks the others to say they are there. */
  arriving?: true;
}

export interface LiveMessage extends LiveEvent {
  topics: string[];
}

/** Inside the change's transaction: the event goes out when (and only if) it commits. */
export async function publishLiveInTx(tx: DbWriter, topics: string[], event: LiveEvent): Promise<void> {
  const unique = [...new Set(topics)];
  if (unique.length === 0) return;
  const message: LiveMessage = { ...event, topics: unique };
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(message)})`;
}

export const claimTopic = (claimId: string) => `claim:${claimId}`;
export const userTopic = (userId: string) => `user:${userId}`;
export const QUEUE_TOPIC = "queue";
