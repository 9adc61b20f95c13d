import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiAs, users } from "./support/session";

/**
 * The staff read endpoints that came with working together (issue 14), for every kind of
 * caller: anonymous callers are refused (401) and learn nothing; each staff role reads, and
 * reads only what is its own (one's notifications are nobody else's). The live stream's own
 * rules (staff only, one's own topics only) are in live-updates.spec.ts.
 */
const actors = {
  anonymous: null,
  owner: users.owner,
  editor: users.editor,
  reviewer: users.reviewer,
  admin: users.admin,
};
type ActorName = keyof typeof actors;
const sessions = {} as Record<ActorName, APIRequestContext>;

test.beforeAll(async () => {
  for (const [name, email] of Object.entries(actors)) sessions[name as ActorName] = await apiAs(email);
});
test.afterAll(async () => {
  for (const s of Object.values(sessions)) await s.dispose();
});

const reads = [
  { name: "notifications", url: "/api/notifications?limit=5" },
  { name: "people to @mention", url: "/api/users/mentionable?q=bien" },
];

for (const read of reads) {
  test(`${read.name}: 401 for anonymous callers, 200 for every staff role`, async () => {
    const anonymous = await sessions.anonymous.get(read.url);
    expect(anonymous.status()).toBe(401);
    expect(await anonymous.text()).not.toMatch(/@claimledger\.test|quote/);
    for (const name of ["owner", "editor", "reviewer", "admin"] as const) {
      const res = await sessions[name].get(read.url);
      expect(res.status(), `${name} reads ${read.url}`).toBe(200);
    }
  });
}

test("each person's notifications are their own: someone else's are neither listed nor marked read", async () => {
  // The owner submits a claim: the reviewer pool is told, the owner (the actor) is not.
  const { speakers } = (await (await sessions.owner.get("/api/speakers")).json()) as {
    speakers: { id: string; name: string }[];
  };
  const created = await sessions.owner.post("/api/claims", {
    data: {
      speakerId: speakers[0]!.id,
      quote: `Quyền đọc thông báo ${Date.now().toString(36)}`,
      kind: "DIRECT",
      topics: [],
    },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const claim = (await created.json()) as { id: string; version: number };
  const sent = await sessions.owner.post(`/api/claims/${claim.id}/transitions`, {
    data: { transition: "submit", version: claim.version },
  });
  expect(sent.ok(), await sent.text()).toBeTruthy();

  type Listed = { data: { id: string; readAt: string | null; claim: { id: string } | null }[] };
  const reviewers = (await (await sessions.reviewer.get("/api/notifications?limit=100")).json()) as Listed;
  const told = reviewers.data.find((n) => n.claim?.id === claim.id && !n.readAt);
  expect(told, "the reviewer is told of the submission").toBeTruthy();
  for (const other of ["owner", "editor", "admin"] as const) {
    const theirs = (await (await sessions[other].get("/api/notifications?limit=100")).json()) as Listed;
    expect(
      theirs.data.some((n) => n.id === told!.id),
      `${other} does not see the reviewer's notification`,
    ).toBe(false);
    // Marking someone else's notification read changes nothing.
    const marked = await sessions[other].post("/api/notifications/read", { data: { ids: [told!.id] } });
    expect(marked.ok()).toBeTruthy();
  }
  const after = (await (await sessions.reviewer.get("/api/notifications?limit=100")).json()) as Listed;
  expect(after.data.find((n) => n.id === told!.id)?.readAt).toBeNull();
});
