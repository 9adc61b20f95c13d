/**
 * "Reported by five outlets" is not five independent sources when all five cite one
 * anonymous source. A chain runs from the publishing outlet (position 0) towards the origin;
 * its independence key is the outlet nearest the origin (the first one to report it) plus
 * the origin itself. Chains sharing that key are one line of reporting.
 */
export interface ChainNodeLike {
  position: number;
  kind: "OUTLET" | "PERSON" | "ORGANISATION" | "UNNAMED_SOURCE";
  label: string;
  outletId?: string | null;
  speakerId?: string | null;
}

function nodeKey(node: ChainNodeLike): string {
  if (node.outletId) return `outlet:${node.outletId}`;
  if (node.speakerId) return `speaker:${node.speakerId}`;
  return `${node.kind}:${node.label.normalize("NFC").toLowerCase().trim()}`;
}

export function independenceKey(chain: readonly ChainNodeLike[]): string {
  const ordered = [...chain].sort((a, b) => a.position - b.position);
  if (ordered.length === 0) return "empty";
  const origin = ordered[ordered.length - 1]!;
  let firstReporter: ChainNodeLike | undefined;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const node = ordered[i]!;
    if (node.kind === "OUTLET") {
      firstReporter = node;
      break;
    }
  }
  return `${firstReporter ? nodeKey(firstReporter) : "none"}|${nodeKey(origin)}`;
}

/** Number of independent chains among a claim's appearances. */
export function countIndependentChains(chains: readonly (readonly ChainNodeLike[])[]): number {
  return new Set(chains.filter((c) => c.length > 0).map(independenceKey)).size;
}
