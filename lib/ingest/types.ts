/** A suggested attributed statement, with code-point offsets into the normalised article text. */
export interface Span {
  text: string;
  start: number; // code points
  end: number;
}

export interface KnownSpeaker {
  key: string; // slug or id
  name: string;
  variants: string[];
  kind: "PERSON" | "ORGANISATION" | "UNNAMED_SOURCE";
}

export interface ChainNode {
  kind: "OUTLET" | "PERSON" | "ORGANISATION" | "UNNAMED_SOURCE";
  label: string;
}

export interface Candidate {
  speaker: Span & { resolved: { key: string; name: string } | null; via: "name" | "pronoun" | "description" };
  cue: Span | null;
  quote: Span;
  kind: "DIRECT" | "INDIRECT" | "REPORTED";
  saidAt: { date: string; precision: "DAY" | "APPROXIMATE"; text: string | null } | null;
  venue: string | null;
  chain: ChainNode[];
  confidence: number;
  suggestedSpeakerName?: string; // a person first met in this text, not yet a stored speaker
  /** The entity the mention denotes within the article when it is not the words written ("Bộ này" → "Bộ Y tế"). */
  speakerEntity?: string;
}

export interface ExtractOptions {
  articleDate?: string; // YYYY-MM-DD: resolves "ngày 20/12", "cùng ngày"
  outlet?: string; // publishing outlet: first node of every chain
  speakers?: KnownSpeaker[]; // lexicon for resolving names (diacritics-insensitive)
}
