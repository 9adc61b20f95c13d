/**
 * Source laundering: "reported by five outlets" reads as corroboration, but when all five relay one
 * line of reporting, or the words go back to someone nobody names, readers are told less than it
 * seems. This reads a claim's sources (live appearances with their attribution chains) and says how
 * many outlets published it, how many independent chains that is (corroboration.ts), and where each
 * chain starts (its origin, the last node). Pure: the service, the claim pages and the outlet page
 * feed it rows they loaded.
 */

import { createHash } from "node:crypto";
import { searchableWords } from "../search/search-text";
import { independenceKeys, type ChainNodeLike } from "./corroboration";

/** Where a chain starts. */
export type OriginKind =
  /** A named person ("Rustem Umerov"). */
  | "named_person"
  /** A named body: ministry, government, company ("Nhà Trắng"). */
  | "named_body"
  /** Nobody named: "nguồn tin giấu tên", "một quan chức không nêu tên", "two people familiar…". */
  | "unnamed"
  /** Another outlet or a wire agency, as far as the chain goes back ("Tân Hoa Xã, Reuters"). */
  | "wire"
  /** Only the publishing outlet: its own reporting, no attribution further back. */
  | "own_reporting";

export const ORIGIN_KINDS: readonly OriginKind[] = [
  "named_person",
  "named_body",
  "unnamed",
  "wire",
  "own_reporting",
];

/** Why the alert is raised. */
export type LaunderingReason =
  /** Several outlets, one line of reporting. */
  | "single_chain"
  /** Every chain starts with someone nobody names. */
  | "unnamed_origin";

export interface SourcingAppearance {
  id: string;
  /** The outlet that published the article (ids compare; the name is for display). */
  outlet: { id: string; name: string };
  chain: readonly ChainNodeLike[];
}

export interface ChainOrigin {
  kind: OriginKind;
  /** The origin's label as the chain records it. */
  label: string;
  /** Outlets between the publisher and the origin (wire agencies and other outlets it relays). */
  via: string[];
  /** Appearances that share this line of reporting. */
  appearances: number;
}

export interface SourcingAnalysis {
  appearances: number;
  /** Distinct publishing outlets. */
  outlets: number;
  /** Independent chains (lines of reporting). */
  chains: number;
  /** The origin of every chain, or "mixed" when they differ, or null without sources. */
  origin: OriginKind | "mixed" | null;
  /** One entry per independent chain, in the order first seen. */
  origins: ChainOrigin[];
  /** Appearances relayed through another outlet or agency. */
  relayed: number;
  reasons: LaunderingReason[];
  alert: boolean;
  /**
   * Identifies the sources analysed (appearances and their chains, in any order): an
   * acknowledgement holds only while the claim's sources still have this fingerprint.
   */
  fingerprint: string;
}

// Folded words (no diacritics, lower case) of labels that name nobody. A node recorded as a person
// or a body is counted as unnamed when its label only describes someone ("một quan chức Mỹ").
const UNNAMED_WORDS =
  / (giau ten|khong neu ten|khong muon neu ten|xin giau ten|an danh|nguon tin|nguon than can|nguoi than can|thao tin|anonymous|unnamed|unidentified|familiar with|declined to be named|asked not to be named|not authori[sz]ed to) /;
const UNNAMED_DESCRIPTION =
  /^ (mot|hai|ba|cac|nhung|nhieu|mot so|a|an|two|three|several|some) (nguon|quan chuc|nha ngoai giao|nguoi|chuyen gia|gioi chuc|dai dien|source|sources|official|officials|diplomat|diplomats|person|people) /;

/** True when a label describes a source without naming it. */
export function namesNobody(label: string): boolean {
  const words = searchableWords(label);
  return UNNAMED_WORDS.test(words) || UNNAMED_DESCRIPTION.test(words);
}

const byPosition = (chain: readonly ChainNodeLike[]) => [...chain].sort((a, b) => a.position - b.position);

/** Where one chain starts, and the outlets it passed through on the way to the publisher. */
export function classifyOrigin(chain: readonly ChainNodeLike[]): Omit<ChainOrigin, "appearances"> | null {
  const ordered = byPosition(chain);
  const origin = ordered.at(-1);
  if (!origin) return null;
  const via = ordered
    .slice(1, -1)
    .filter((n) => n.kind === "OUTLET")
    .map((n) => n.label);
  const label = origin.label;
  if (origin.kind === "UNNAMED_SOURCE") return { kind: "unnamed", label, via };
  if (origin.kind === "OUTLET")
    return ordered.length === 1 ? { kind: "own_reporting", label, via } : { kind: "wire", label, via };
  if (namesNobody(label)) return { kind: "unnamed", label, via };
  return { kind: origin.kind === "PERSON" ? "named_person" : "named_body", label, via };
}

/** A stable digest of the sources: same appearances with the same chains → same fingerprint. */
export function sourcesFingerprint(appearances: readonly SourcingAppearance[]): string {
  const canonical = appearances
    .map((a) =>
      [
        a.id,
        a.outlet.id,
        ...byPosition(a.chain).map((n) =>
          [n.kind, n.label, n.outletId ?? "", n.speakerId ?? ""].join("\u001f"),
        ),
      ].join("\u001e"),
    )
    .sort();
  return createHash("sha256").update(canonical.join("\u001d")).digest("hex").slice(0, 32);
}

/** The claim's corroboration, and whether a reviewer must be warned before approving it. */
export function analyseSourcing(appearances: readonly SourcingAppearance[]): SourcingAnalysis {
  const withChain = appearances.filter((a) => a.chain.length > 0);
  const keys = independenceKeys(withChain.map((a) => a.chain));
  const origins = new Map<string, ChainOrigin>();
  let relayed = 0;
  withChain.forEach((a, i) => {
    const classified = classifyOrigin(a.chain)!;
    if (classified.via.length > 0 || classified.kind === "wire") relayed++;
    const key = keys[i]!;
    const seen = origins.get(key);
    if (seen) seen.appearances++;
    else origins.set(key, { ...classified, appearances: 1 });
  });
  const list = [...origins.values()];
  const outlets = new Set(appearances.map((a) => a.outlet.id)).size;
  const kinds = new Set(list.map((o) => o.kind));
  const origin = list.length === 0 ? null : kinds.size === 1 ? list[0]!.kind : "mixed";
  const reasons: LaunderingReason[] = [];
  if (outlets >= 2 && list.length === 1) reasons.push("single_chain");
  if (list.length > 0 && list.every((o) => o.kind === "unnamed")) reasons.push("unnamed_origin");
  return {
    appearances: appearances.length,
    outlets,
    chains: list.length,
    origin,
    origins: list,
    relayed,
    reasons,
    alert: reasons.length > 0,
    fingerprint: sourcesFingerprint(appearances),
  };
}

/** Share of an outlet's appearances whose chain starts with an unnamed source (null with none). */
export function unnamedShare(counts: { appearances: number; unnamed: number }): number | null {
  return counts.appearances === 0 ? null : counts.unnamed / counts.appearances;
}
