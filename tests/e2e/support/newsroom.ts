/**
 * The cast of the newsroom stories (a claim's owner drafts it, a reviewer approves it, a reader
 * looks at the public site) as API sessions, and the little every such spec starts with. One home,
 * so that each spec reads as its story and not as its set-up.
 */
import { test, type APIRequestContext } from "@playwright/test";
import { apiAs, users } from "./session";
import { ok } from "./sources";

export interface NewsroomSessions {
  /** The demo editor who created every seed claim. */
  owner: APIRequestContext;
  reviewer: APIRequestContext;
  /** Anonymous: what the public sees. */
  reader: APIRequestContext;
}

/** A claim as the claims API answers it. */
export type ClaimRef = { id: string; slug: string; version: number };

/**
 * The sessions, signed in before the spec's first test and closed after its last (the hooks are
 * registered by this call, so call it at the top level of the spec).
 */
export function newsroomSessions(): NewsroomSessions {
  const sessions: Partial<NewsroomSessions> = {};
  test.beforeAll(async () => {
    sessions.owner = await apiAs(users.owner);
    sessions.reviewer = await apiAs(users.reviewer);
    sessions.reader = await apiAs(null);
  });
  test.afterAll(async () => {
    for (const session of Object.values(sessions)) await session.dispose();
  });
  return new Proxy(sessions, {
    get(target, name: keyof NewsroomSessions) {
      const session = target[name];
      if (!session) throw new Error(`newsroomSessions: "${String(name)}" is used before beforeAll ran`);
      return session;
    },
  }) as NewsroomSessions;
}

/** A tag unique to this run, for texts that must not collide with another run's (articles are unique by text). */
export const runTag = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The id of the first demo speaker whose name matches (the seed's speakers). */
export async function demoSpeakerId(api: APIRequestContext, name: RegExp): Promise<string> {
  const { speakers } = await ok<{ speakers: { id: string; name: string }[] }>(await api.get("/api/speakers"));
  const speaker = speakers.find((s) => name.test(s.name));
  if (!speaker) throw new Error(`no speaker named ${name} in the demo data`);
  return speaker.id;
}

/** A draft by a demo speaker (Yuri Ushakov unless named), created through the claims API by `api`'s user. */
export async function draftClaim(
  api: APIRequestContext,
  content: { quote: string; kind: "DIRECT" | "INDIRECT" | "REPORTED"; saidAt?: string; speaker?: RegExp },
): Promise<ClaimRef> {
  const { speaker = /Ushakov/, ...fields } = content;
  const speakerId = await demoSpeakerId(api, speaker);
  return ok<ClaimRef>(await api.post("/api/claims", { data: { ...fields, speakerId, topics: [] } }));
}

/** One workflow step (submit, approve…) on `claim` at its version; the claim as it is afterwards. */
export async function moveClaim(
  api: APIRequestContext,
  claim: ClaimRef,
  transition: string,
): Promise<ClaimRef> {
  return ok<ClaimRef>(
    await api.post(`/api/claims/${claim.id}/transitions`, { data: { transition, version: claim.version } }),
  );
}
