import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { apiAs, newSignedInPage, users } from "./support/session";

/**
 * Live updates on one app server (issue 14, item 5): what one person changes appears on the
 * others' open pages without a reload — the claim page and the review queue — unless they have
 * unsaved edits, which are never overwritten; and everyone sees who else has the claim open.
 */
test.describe.configure({ mode: "serial" });

const OWNER = "Bình Biên Tập";
const EDITOR = "Chi Biên Tập";
const REVIEWER = "Dũng Thẩm Định";
const RUN = Date.now().toString(36);

type ClaimRef = { id: string; version: number };
let owner: APIRequestContext;
let speakerId: string;

async function ok<T>(res: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<T> {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

async function draft(quote: string): Promise<ClaimRef> {
  return ok<ClaimRef>(
    await owner.post("/api/claims", { data: { speakerId, quote, kind: "DIRECT", topics: [] } }),
  );
}

/** Marks the page's document: still marked later means it was never reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { liveMark: string }).liveMark = "not reloaded";
  });
}
async function expectNotReloaded(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark)).toBe(
    "not reloaded",
  );
}

/** The page's live stream is open (its first bytes arrived), so nothing said from now on is missed. */
async function openedWithStream(page: Page, url: string): Promise<void> {
  const stream = page.waitForResponse((r) => r.url().includes("/api/live?"));
  await page.goto(url);
  expect((await stream).status()).toBe(200);
}

test.beforeAll(async () => {
  owner = await apiAs(users.owner);
  const { speakers } = await ok<{ speakers: { id: string; name: string }[] }>(
    await owner.get("/api/speakers"),
  );
  speakerId = speakers.find((s) => s.name.includes("Ushakov"))!.id;
});
test.afterAll(async () => owner?.dispose());

test("the live stream: staff only, own topics only, an unbuffered uncompressed event stream", async ({
  browser,
}) => {
  const anonymous = await apiAs(null);
  const refused = await anonymous.get("/api/live?topics=queue");
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
  await anonymous.dispose();
  const { user } = await ok<{ user: { id?: string } }>(await owner.get("/api/auth/session"));
  const bad = await owner.get("/api/live?topics=claims");
  expect(bad.status()).toBe(400);
  const tooMany = await owner.get(
    `/api/live?topics=${Array.from({ length: 11 }, (_, i) => `claim:c${String(i).padStart(20, "0")}`).join(",")}`,
  );
  expect(tooMany.status()).toBe(400);
  const reviewer = await apiAs(users.reviewer);
  const { user: reviewerUser } = await ok<{ user: { id?: string } }>(await reviewer.get("/api/auth/session"));
  await reviewer.dispose();
  if (reviewerUser.id && reviewerUser.id !== user.id) {
    const other = await owner.get(`/api/live?topics=user:${reviewerUser.id}`);
    expect(other.status()).toBe(403);
  }

  // In a browser: the headers, and an event through the stream as it happens.
  const page = await newSignedInPage(browser, users.owner);
  const c = await draft(`Câu nói cho luồng sự kiện ${RUN}`);
  const seen = page.evaluate(async (claimId) => {
    const res = await fetch(`/api/live?topics=claim:${claimId},me`, {
      headers: { "accept-encoding": "gzip" },
    });
    const headers = Object.fromEntries(res.headers.entries());
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes("data: ")) text += decoder.decode((await reader.read()).value, { stream: true });
    while (!text.slice(text.indexOf("data: ")).includes("\n\n"))
      text += decoder.decode((await reader.read()).value, { stream: true });
    await reader.cancel();
    return { headers, event: JSON.parse(text.slice(text.indexOf("data: ") + 6).split("\n")[0]!) as unknown };
  }, c.id);
  await page.waitForTimeout(500);
  await ok(await owner.post(`/api/claims/${c.id}/presence`, { data: { editing: false } }));
  const { headers, event } = await seen;
  expect(headers["content-type"]).toMatch(/^text\/event-stream/);
  expect(headers["cache-control"]).toBe("no-store, no-transform");
  expect(headers["content-encoding"]).toBeUndefined();
  expect(event).toMatchObject({
    type: "presence",
    claimId: c.id,
    presence: "viewing",
    user: { name: OWNER },
  });
  await page.context().close();
});

test("two people on one claim: presence, a change appears on the other's page without reload, unsaved edits are kept", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const c = await draft(`Câu nói hai người cùng mở ${RUN}`);
  const url = `/dashboard/claims/${c.id}`;
  const ownerPage = await newSignedInPage(browser, users.owner);
  const reviewerPage = await newSignedInPage(browser, users.reviewer);
  await openedWithStream(ownerPage, url);
  await openedWithStream(reviewerPage, url);
  await markDocument(reviewerPage);

  // Each sees the other (the second to arrive is told of the first at once, not at the next beat).
  await expect(ownerPage.getByTestId("presence")).toHaveText(`${REVIEWER} is viewing this claim`);
  await expect(reviewerPage.getByTestId("presence")).toHaveText(`${OWNER} is viewing this claim`);

  // The editor starts typing: the reviewer sees "editing" before any conflict could happen.
  const quote = ownerPage.getByLabel("Quote (as reported, original language)");
  const newQuote = `Câu nói đã sửa trực tiếp ${RUN}`;
  await quote.fill(newQuote);
  await expect(reviewerPage.getByTestId("presence")).toHaveText(`${OWNER} is editing this claim`);

  // Saved: the reviewer's open page shows the new words, without a reload.
  await ownerPage.getByRole("button", { name: "Save changes" }).click();
  await expect(ownerPage.getByText("Saved as version 2.")).toBeVisible();
  await expect(reviewerPage.getByTestId("claim-quote")).toContainText(newQuote, { timeout: 5000 });
  await expectNotReloaded(reviewerPage);
  await expect(reviewerPage.getByTestId("presence")).toHaveText(`${OWNER} is viewing this claim`);

  // A second editor with unsaved edits: a change from elsewhere does not overwrite them, it is announced.
  const editorPage = await newSignedInPage(browser, users.editor);
  await openedWithStream(editorPage, url);
  await markDocument(editorPage);
  const mine = `Bản của người sửa thứ hai ${RUN}`;
  await editorPage.getByLabel("Quote (as reported, original language)").fill(mine);
  await expect(ownerPage.getByText(`${EDITOR} is editing this claim`)).toBeVisible();
  await ok(
    await owner.put(`/api/claims/${c.id}/verification`, {
      data: { verification: "VERIFIED_PRIMARY", evidenceUrl: "https://t.me/example/9", version: 2 },
    }),
  );
  await expect(editorPage.getByTestId("changed-elsewhere")).toHaveText(
    "Someone else changed this claim — reload to see it. Your unsaved edits stay in the form.",
  );
  await expect(editorPage.getByLabel("Quote (as reported, original language)")).toHaveValue(mine);
  await expectNotReloaded(editorPage);
  // The reviewer's page (nothing unsaved) took the change in by itself.
  await expect(reviewerPage.getByTestId("claim-version")).toHaveText("3");
  await expectNotReloaded(reviewerPage);

  // Leaving the page: the others drop the person at once, not when the heartbeat expires.
  await expect(ownerPage.getByText(`${REVIEWER} is viewing this claim`)).toBeVisible();
  await reviewerPage.goto("/dashboard");
  await expect(ownerPage.getByText(`${REVIEWER} is viewing this claim`)).toHaveCount(0, { timeout: 5000 });
  await editorPage.context().close();
  await ownerPage.context().close();
  await reviewerPage.context().close();
});

test("the review queue takes in a submission without a reload", async ({ browser }) => {
  const quote = `Câu nói mới vào hàng chờ ${RUN}`;
  const c = await draft(quote);
  const reviewerPage = await newSignedInPage(browser, users.reviewer);
  await openedWithStream(reviewerPage, "/dashboard?view=review-queue");
  await markDocument(reviewerPage);
  await expect(reviewerPage.getByText(quote)).toHaveCount(0);
  await ok(
    await owner.post(`/api/claims/${c.id}/transitions`, {
      data: { transition: "submit", version: c.version },
    }),
  );
  // Not a speed check (the cluster spec measures delivery): under a loaded CI machine the queue
  // page's server refresh alone can take seconds.
  await expect(reviewerPage.getByText(quote)).toBeVisible({ timeout: 15_000 });
  await expectNotReloaded(reviewerPage);
  await reviewerPage.context().close();
});
