/**
 * The freshness checker of the cluster tests. Every mutation goes through one loop, so the
 * public world has a total order of states: state n is the world after the n-th mutation. A
 * model of what each public URL must show (which test markers) in each state is kept as the
 * mutations run. A read that started after mutation n was answered must show state n or a later
 * one (mutations started before the read ended may already be visible); anything older is a
 * stale read.
 *
 * Markers are ASCII tokens like `zwq12x` placed in quotes, names, reasons, notes and titles; a
 * read is compared on the markers of the lanes that URL shows, within a recent window (older
 * rounds are stable and may have moved off page 1).
 */
export interface WorldState {
  /** Workflow lane: claims created, edited, submitted, approved, retracted in rounds. */
  w: { round: number; slug: string; topic: string; status: "draft" | "approved" | "retracted" }[];
  /** Rename lane: the current name marker of speaker R. */
  renameMarker: number;
  /** Link lane: the note marker of the link between L1 and L2, or null when unlinked. */
  linkMarker: number | null;
  /** Public annotations on claim N (markers). */
  notes: number[];
  /** Articles accepted as sources of claim I (title markers). */
  sources: number[];
  /** Merge lane: claims by a duplicate speaker, approved, then merged into speaker M. */
  m: { round: number; slug: string; status: "draft" | "approved"; merged: boolean }[];
}

export interface Fixture {
  wSpeakerSlug: string;
  topics: [string, string];
  rename: { claimSlug: string; speakerSlug: string };
  link: [string, string];
  noteClaimSlug: string;
  sourceClaimSlug: string;
  mergeTargetSlug: string;
}

export type UrlKind =
  | { kind: "w-claim"; slug: string; api: boolean }
  | { kind: "w-list"; url: string }
  | { kind: "w-speaker" }
  | { kind: "w-topic"; topic: string }
  | { kind: "w-feed" }
  | { kind: "rename-claim"; api: boolean }
  | { kind: "rename-speaker" }
  | { kind: "rename-topic" }
  | { kind: "link-claim"; which: 0 | 1 }
  | { kind: "notes" }
  | { kind: "sources" }
  | { kind: "m-claim"; slug: string }
  | { kind: "m-speaker" };

// A marker counts only where it stands as a word of its own: inside a slug (next to a hyphen, e.g.
// a claim URL made from the speaker's first name) it is not text the page shows.
export const marker = {
  wq: (n: number) => `zwq${n}x`,
  wr: (n: number) => `zwr${n}x`,
  rn: (n: number) => `zrn${n}x`,
  ln: (n: number) => `zln${n}x`,
  an: (n: number) => `zan${n}x`,
  src: (n: number) => `zsr${n}x`,
  mq: (n: number) => `zmq${n}x`,
  dup: (n: number) => `zdp${n}x`,
};

const FAMILIES: Record<string, RegExp> = {
  wq: /(?<![A-Za-z0-9-])zwq(\d+)x(?![A-Za-z0-9-])/g,
  wr: /(?<![A-Za-z0-9-])zwr(\d+)x(?![A-Za-z0-9-])/g,
  rn: /(?<![A-Za-z0-9-])zrn(\d+)x(?![A-Za-z0-9-])/g,
  ln: /(?<![A-Za-z0-9-])zln(\d+)x(?![A-Za-z0-9-])/g,
  an: /(?<![A-Za-z0-9-])zan(\d+)x(?![A-Za-z0-9-])/g,
  src: /(?<![A-Za-z0-9-])zsr(\d+)x(?![A-Za-z0-9-])/g,
  mq: /(?<![A-Za-z0-9-])zmq(\d+)x(?![A-Za-z0-9-])/g,
  dup: /(?<![A-Za-z0-9-])zdp(\d+)x(?![A-Za-z0-9-])/g,
};

const isPublic = (s: { status: string }) => s.status !== "draft";

/** The markers a URL shows in a given state, within the comparison window, plus the families looked at. */
function expected(
  u: UrlKind,
  s: WorldState,
  window: { w: (n: number) => boolean; m: (n: number) => boolean },
): { families: string[]; markers: string[]; notFound?: boolean } {
  const set = (xs: string[]) => [...new Set(xs)].sort();
  switch (u.kind) {
    case "w-claim": {
      const c = s.w.find((x) => x.slug === u.slug);
      if (!c || !isPublic(c)) return { families: ["wq", "wr"], markers: [], notFound: true };
      return {
        families: ["wq", "wr"],
        markers: set([`wq${c.round}`, ...(c.status === "retracted" ? [`wr${c.round}`] : [])]),
      };
    }
    case "w-list":
    case "w-speaker":
      return {
        families: ["wq"],
        markers: set(s.w.filter((c) => isPublic(c) && window.w(c.round)).map((c) => `wq${c.round}`)),
      };
    case "w-topic":
      return {
        families: ["wq"],
        markers: set(
          s.w
            .filter((c) => isPublic(c) && c.topic === u.topic && window.w(c.round))
            .map((c) => `wq${c.round}`),
        ),
      };
    case "w-feed":
      return {
        families: ["wq"],
        markers: set(
          s.w.filter((c) => c.status === "approved" && window.w(c.round)).map((c) => `wq${c.round}`),
        ),
      };
    case "rename-claim":
    case "rename-speaker":
    case "rename-topic":
      return { families: ["rn"], markers: s.renameMarker ? [`rn${s.renameMarker}`] : [] };
    case "link-claim":
      return { families: ["ln"], markers: s.linkMarker !== null ? [`ln${s.linkMarker}`] : [] };
    case "notes":
      return { families: ["an"], markers: set(s.notes.map((n) => `an${n}`)) };
    case "sources":
      return { families: ["src"], markers: set(s.sources.map((n) => `src${n}`)) };
    case "m-claim": {
      const c = s.m.find((x) => x.slug === u.slug);
      if (!c || c.status === "draft") return { families: ["mq", "dup"], markers: [], notFound: true };
      return {
        families: ["mq", "dup"],
        markers: set([`mq${c.round}`, ...(c.merged ? [] : [`dup${c.round}`])]),
      };
    }
    case "m-speaker":
      return {
        families: ["mq"],
        markers: set(s.m.filter((c) => c.merged && window.m(c.round)).map((c) => `mq${c.round}`)),
      };
  }
}

export interface MutationRecord {
  startedAt: number;
  answeredAt: number | null;
  what: string;
}

export class World {
  readonly states: WorldState[] = [];
  readonly mutations: MutationRecord[] = [];

  constructor(initial: WorldState) {
    this.states.push(structuredClone(initial));
  }

  get current(): WorldState {
    return this.states[this.states.length - 1]!;
  }

  /** Runs one mutation: `apply` changes a copy of the model once the server has answered it. */
  async mutate<T>(
    what: string,
    send: () => Promise<T>,
    apply: (s: WorldState, result: T) => void,
  ): Promise<T> {
    const record: MutationRecord = { startedAt: performance.now(), answeredAt: null, what };
    this.mutations.push(record);
    const result = await send();
    const next = structuredClone(this.current);
    apply(next, result);
    this.states.push(next);
    record.answeredAt = performance.now();
    return result;
  }

  /**
   * Whether a read of `u` that started at t0 and ended at t1 showed a state at least as new as
   * the newest one answered before t0. Call after every mutation has been answered. Returns
   * null when fresh, else a description.
   */
  check(read: Read): string | null {
    const { u, status, markers, t0, t1 } = read;
    let oldest = 0;
    let newest = 0;
    for (let i = 0; i < this.mutations.length; i++) {
      const m = this.mutations[i]!;
      if (m.answeredAt === null) throw new Error("check() before every mutation was answered");
      if (m.answeredAt < t0) oldest = i + 1;
      if (m.startedAt < t1) newest = i + 1;
    }
    newest = Math.max(oldest, newest);
    const ref = this.states[oldest]!;
    const wRound = Math.max(0, ...ref.w.map((c) => c.round));
    const mRound = Math.max(0, ...ref.m.map((c) => c.round));
    const listLike = ["w-list", "w-speaker", "w-topic", "w-feed", "m-speaker"].includes(u.kind);
    const window = {
      w: (n: number) => !listLike || n >= wRound - 2,
      m: (n: number) => !listLike || n >= mRound - 2,
    };
    const inWindow = (marker: string) => {
      const [, family, n] = /^([a-z]+)(\d+)$/.exec(marker)!;
      return family === "wq" || family === "wr"
        ? window.w(Number(n))
        : family === "mq" || family === "dup"
          ? window.m(Number(n))
          : true;
    };
    const wanted: string[] = [];
    for (let n = oldest; n <= newest; n++) {
      const want = expected(u, this.states[n]!, window);
      const got = markers.filter((m) => want.families.includes(/^[a-z]+/.exec(m)![0]) && inWindow(m)).sort();
      // A page that shows nothing of a lane may not exist yet (a speaker without public claims).
      const fresh =
        want.notFound || want.markers.length === 0
          ? status === 404 || (status === 200 && got.length === 0)
          : status === 200 && JSON.stringify(got) === JSON.stringify(want.markers);
      if (fresh) return null;
      wanted.push(`state ${n}: ${want.notFound ? "404" : want.markers.join(",") || "(none)"}`);
    }
    return `${JSON.stringify(u)} via ${read.via} → ${status} [${markers.join(",")}]; wanted ${wanted.join(" or ")} (answered before the read: #${oldest} ${this.mutations[oldest - 1]?.what ?? "start"})`;
  }
}

export interface Read {
  u: UrlKind;
  via: string;
  status: number;
  markers: string[];
  t0: number;
  t1: number;
}

/** Every test marker in a response body (family + number). */
export function markersIn(body: string): string[] {
  const out = new Set<string>();
  for (const [family, re] of Object.entries(FAMILIES))
    for (const m of body.matchAll(re)) out.add(`${family}${m[1]}`);
  return [...out].sort();
}
