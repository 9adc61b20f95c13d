import { speakers } from "../../prisma/seed/data";
import type { KnownSpeaker } from "./types";

/** The demo newsroom's speakers: the lexicon the command-line extractor uses (no database). */
export const defaultLexicon: KnownSpeaker[] = speakers.map((s) => ({ key: s.key, name: s.name, variants: s.variants, kind: s.kind }));
