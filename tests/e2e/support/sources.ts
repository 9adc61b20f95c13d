import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

/**
 * Approval needs a live source (lib/checklists/service.ts): specs that publish a claim give it one
 * first. `api` is an editor's or admin's session (article.manage, appearance.manage); the claim
 * must not be published yet (an editor's source on a published claim waits for a reviewer).
 * Each source is a new article (articles are unique by text) in one outlet made for the run.
 */
// Per session, not per run: specs talk to several servers and databases (the PostgreSQL project,
// the cluster's own database), and an outlet of one does not exist in another.
const outletOf = new WeakMap<APIRequestContext, Promise<string>>();
let counter = 0;
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The JSON of a successful API answer; a failed one fails the test with its status and body. */
export async function ok<T>(res: APIResponse): Promise<T> {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

export async function addSource(api: APIRequestContext, claimId: string): Promise<{ appearanceId: string }> {
  const n = ++counter;
  let outletId = outletOf.get(api);
  if (!outletId) {
    outletId = api
      .post("/api/outlets", { data: { name: `Báo nguồn thử ${RUN} ${n}` } })
      .then((res) => ok<{ id: string }>(res))
      .then((o) => o.id);
    outletOf.set(api, outletId);
  }
  const article = await ok<{ id: string }>(
    await api.post("/api/articles", {
      data: {
        outletId: await outletId,
        title: `Bài nguồn thử ${RUN} ${n}`,
        text: `Ông Ushakov cho biết không có định dạng ba bên nào. Bài nguồn thử ${RUN} số ${n}.`,
      },
    }),
  );
  const appearance = await ok<{ id: string }>(
    await api.post(`/api/claims/${claimId}/appearances`, {
      data: {
        articleId: article.id,
        start: 0,
        end: 11,
        exact: "Ông Ushakov",
        chain: [{ kind: "OUTLET", label: "Báo nguồn thử" }],
      },
    }),
  );
  return { appearanceId: appearance.id };
}

/**
 * Publishes a claim the way the newsroom does: a source (addSource), then the editor submits and
 * the reviewer approves. Answers the approved claim as the transitions route returns it.
 */
export async function publishClaim<T extends { version: number }>(
  editor: APIRequestContext,
  reviewer: APIRequestContext,
  claim: { id: string; version: number },
): Promise<T> {
  await addSource(editor, claim.id);
  const submitted = await ok<{ version: number }>(
    await editor.post(`/api/claims/${claim.id}/transitions`, {
      data: { transition: "submit", version: claim.version },
    }),
  );
  return ok<T>(
    await reviewer.post(`/api/claims/${claim.id}/transitions`, {
      data: { transition: "approve", version: submitted.version },
    }),
  );
}
