import { extractCandidates } from "@/lib/ingest/extract";

/** The speaker's name as the scorer reads it, the quote and the kind, per statement. */
export function statements(text: string) {
  return extractCandidates(text).candidates.map((c) => ({
    speaker: c.suggestedSpeakerName ?? c.speaker.resolved?.name ?? c.speakerEntity ?? c.speaker.text,
    quote: c.quote.text,
    kind: c.kind,
  }));
}
