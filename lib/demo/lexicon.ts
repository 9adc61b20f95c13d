import type { KnownSpeaker } from "../ingest/types";
import { speakers } from "../../prisma/seed/data";

/**
 * The demo newsroom's speakers as an extractor lexicon, for the command-line extractor, the
 * benchmarks and the tests (no database). The extractor itself never imports demo data: every
 * caller passes the lexicon it has (the app: the speakers in its database).
 */
export const demoLexicon: KnownSpeaker[] = speakers.map((s) => ({
  key: s.key,
  name: s.name,
  variants: s.variants,
  kind: s.kind,
}));
