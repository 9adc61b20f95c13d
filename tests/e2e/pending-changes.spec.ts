import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { apiAs, newSignedInPage, users } from "./support/session";
import { publishClaim } from "./support/sources";

/**
 * Issue 19, finding 3, as people use it: an editor's link note on a published claim is saved as a
 * pending change (readers do not see it); a reviewer finds it under Pending changes, approves
 * it, and the public page shows it at once.
 */
test.describe.configure({ mode: "serial" });

let owner: APIRequestContext;
let reviewerApi: APIRequestContext;
let anonymous: APIRequestContext;

async function ok<T>(res: APIResponse): Promise<T> {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}
type Ref = { id: string; slug: string; version: number };

async function published(speakerId: string, quote: string): Promise<Ref> {
  const c = await ok<Ref>(
    await owner.post("/api/claims", {
      data: { speakerId, quote, kind: "DIRECT", saidAt: "2026-01-10", topics: [] },
    }),
  );
  return publishClaim<Ref>(owner, reviewerApi, c);
}

test.beforeAll(async () => {
  owner = await apiAs(users.owner);
  reviewerApi = await apiAs(users.reviewer);
  anonymous = await apiAs(null);
});
test.afterAll(async () => {
  for (const c of [owner, reviewerApi, anonymous]) await c?.dispose();
});

test("an editor's link note on a published claim waits for a reviewer, who approves it from the queue", async ({
  browser,
}) => {
  const run = Date.now().toString(36);
  const { speakers } = await ok<{ speakers: { id: string; name: string }[] }>(
    await owner.get("/api/speakers"),
  );
  const speakerId = speakers.find((s) => s.name.includes("Ushakov"))!.id;
  await published(speakerId, `Câu nói được trả lời ${run}`);
  const b = await published(speakerId, `Câu nói trả lời lại zqx${run}`);
  const note = `Ghi chú liên kết chờ duyệt ${run}`;

  const editor = await newSignedInPage(browser, users.editor);
  await editor.goto(`/dashboard/claims/${b.id}`);
  await editor.getByLabel("Search claims to link").fill(`Câu nói được trả lời ${run}`);
  await editor.getByRole("button", { name: "Search", exact: true }).click();
  await editor.getByRole("list", { name: "Search results" }).getByRole("button").first().click();
  await editor.getByLabel("This claim…").selectOption("RESPONDS_TO");
  await editor.getByLabel("Note (optional)").fill(note);
  await editor.getByRole("button", { name: /^Link to / }).click();
  await expect(editor.getByText("Saved as a pending change")).toBeVisible();
  await expect(editor.getByText("1 change to this claim's public page waits for a reviewer.")).toBeVisible();

  // Readers see nothing of it yet.
  const before = await anonymous.get(`/claims/${b.slug}`);
  expect(before.status()).toBe(200);
  expect(await before.text()).not.toContain(note);

  // The editor cannot approve their own change: the queue shows no decision buttons to them.
  await editor.goto("/dashboard/pending");
  const mine = editor.getByRole("article").filter({ hasText: note });
  await expect(mine).toBeVisible();
  await expect(mine.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  await expect(mine.getByRole("button", { name: "Withdraw" })).toBeVisible();

  const reviewer = await newSignedInPage(browser, users.reviewer);
  await expect(reviewer.getByRole("link", { name: /Pending changes/ })).toBeVisible();
  await reviewer.getByRole("link", { name: /Pending changes/ }).click();
  const card = reviewer.getByRole("article").filter({ hasText: note });
  await expect(card).toContainText("New link");
  await expect(card).toContainText("responds to");
  await card.getByLabel("Note to the author (optional)").fill("Đã đối chiếu hai phát ngôn.");
  await card.getByRole("button", { name: "Approve and publish" }).click();
  await expect(
    reviewer.getByRole("region", { name: "Recently decided" }).getByRole("article").filter({ hasText: note }),
  ).toContainText("Applied by");

  // Answered: the public page shows the note now.
  const after = await anonymous.get(`/claims/${b.slug}`);
  expect(await after.text()).toContain(note);
  await editor.context().close();
  await reviewer.context().close();
});
