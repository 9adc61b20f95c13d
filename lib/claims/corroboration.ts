import { chainNameKey } from "../appearances/chain-references";

/**
 * "Reported by five outlets" is not five independent sources when all five cite one
 * anonymous source. A chain runs from the publishing outlet (position 0) towards the origin;
 * its independence key is the outlet nearest the origin (the first one to report it) plus
 * the origin itself. Chains sharing that key are one line of reporting.
 *
 * Nodes are compared by their outlet or speaker reference. Every path that saves a chain fills
 * those in where a node names a known outlet or speaker (lib/appearances/chain-references.ts),
 * and a migration did so for older chains; a node still without one (its name was unknown when it
 * was saved) counts as the referenced node of the same name among the claim's chains, if any.
 */
export interface ChainNodeLike {
  position: number;
  kind: "OUTLET" | "PERSON" | "ORGANISATION" | "UNNAMED_SOURCE";
  label: string;
  outletId?: string | null;
  speakerId?: string | null;
}

/** References by name, learnt from the referenced nodes of a claim's chains. */
type Aliases = ReadonlyMap<string, string>;

const nameKey = (node: ChainNodeLike) =>
  `${node.kind === "OUTLET" ? "outlet" : "speaker"}~${chainNameKey(node.label)}`;

function nodeKey(node: ChainNodeLike, aliases: Aliases = new Map()): string {
  if (node.outletId) return `outlet:${node.outletId}`;
  if (node.speakerId) return `speaker:${node.speakerId}`;
  return aliases.get(nameKey(node)) ?? `${node.kind}:${node.label.normalize("NFC").toLowerCase().trim()}`;
}

/** Name → reference, for names that only one referenced outlet (or speaker) among `chains` carries. */
function aliasesOf(chains: readonly (readonly ChainNodeLike[])[]): Aliases {
  const seen = new Map<string, Set<string>>();
  for (const chain of chains) {
    for (const node of chain) {
      if (!node.outletId && !node.speakerId) continue;
      const key = nameKey(node);
      seen.set(key, (seen.get(key) ?? new Set()).add(nodeKey(node)));
    }
  }
  const aliases = new Map<string, string>();
  for (const [name, refs] of seen) if (refs.size === 1) aliases.set(name, [...refs][0]!);
  return aliases;
}

export function independenceKey(chain: readonly ChainNodeLike[], aliases: Aliases = new Map()): string {
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
  return `${firstReporter ? nodeKey(firstReporter, aliases) : "none"}|${nodeKey(origin, aliases)}`;
}

/** Each chain's independence key, compared as countIndependentChains compares them (same order). */
export function independenceKeys(chains: readonly (readonly ChainNodeLike[])[]): string[] {
  const aliases = aliasesOf(chains);
  return chains.map((c) => independenceKey(c, aliases));
}

/** Number of independent chains among a claim's appearances. */
export function countIndependentChains(chains: readonly (readonly ChainNodeLike[])[]): number {
  const keys = independenceKeys(chains);
  return new Set(keys.filter((_, i) => chains[i]!.length > 0)).size;
}
