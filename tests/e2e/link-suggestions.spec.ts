import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { seriousA11yViolations } from "./support/a11y";
import { apiAs, gotoHydrated, newSignedInPage, users } from "./support/session";

/**
 * Issue 16, as people use it: an editor writes a statement that negates (or changes a figure of)
 * the same speaker's earlier one; a reviewer sees the suggested link with the differing words
 * highlighted, and confirms it (the link is made) or dismisses it (never suggested again).
 */
test.describe.configure({ mode: "serial" });

let owner: APIRequestContext;
let reviewerApi: APIRequestContext;

async function ok<T>(res: APIResponse): Promise<T> {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}
type Ref = { id: string; version: number };

/** A new speaker of its own, so that only this test's statements are compared. */
async function newSpeaker(run: string): Promise<string> {
  return (
    await ok<{ id: string }>(
      await owner.post("/api/speakers", { data: { name: `Người phát ngôn gợi ý ${run}`, kind: "PERSON" } }),
    )
  ).id;
}
async function say(speakerId: string, quote: string, saidAt: string): Promise<Ref> {
  return ok<Ref>(
    await owner.post("/api/claims", { data: { speakerId, quote, kind: "DIRECT", saidAt, topics: [] } }),
  );
}

test.beforeAll(async () => {
  owner = await apiAs(users.owner);
  reviewerApi = await apiAs(users.reviewer);
});
test.afterAll(async () => {
  for (const c of [owner, reviewerApi]) await c?.dispose();
});

test("a reviewer sees a suggested contradiction on the claim page, the negation highlighted, and confirms it", async ({
  browser,
}) => {
  const run = Date.now().toString(36);
  const speakerId = await newSpeaker(run);
  const earlierQuote = `Thành phố sẽ mở lại cảng cá ${run} vào ngày 20/12.`;
  await say(speakerId, earlierQuote, "2025-11-02");
  const later = await say(
    speakerId,
    `Thành phố sẽ không mở lại cảng cá ${run} vào ngày 20/12.`,
    "2025-12-01",
  );

  const page = await newSignedInPage(browser, users.reviewer);
  await gotoHydrated(page, `/dashboard/claims/${later.id}`);
  const panel = page.getByRole("region", { name: "Suggested links" });
  const card = panel.getByRole("article", { name: "Possible contradiction" });
  await expect(card).toBeVisible();
  await expect(card.getByText("Why: one denies what the other affirms")).toBeVisible();
  await expect(card.getByTestId("suggestion-diff")).toHaveText(["không"]);
  await expect(card.locator("blockquote").first()).toHaveText(earlierQuote);

  expect(await seriousA11yViolations(page, '[data-testid="link-suggestion"]')).toEqual([]);
  await card.getByLabel("Note on the link (optional)").fill("Đảo ngược lập trường về cảng cá.");
  await card.getByRole("button", { name: "Confirm link" }).click();
  await expect(page.getByRole("region", { name: "Suggested links" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Related claims (1)" })).toBeVisible();
  const { suggestions } = await ok<{ suggestions: unknown[] }>(
    await reviewerApi.get(`/api/link-suggestions?claimId=${later.id}`),
  );
  expect(suggestions).toEqual([]);
  await page.context().close();
});

test("a reviewer dismisses a suggested update from the queue, and editing the claim does not bring it back", async ({
  browser,
}) => {
  const run = Date.now().toString(36);
  const speakerId = await newSpeaker(run);
  const earlier = await say(speakerId, `Đã có 320 người dân ở xã ${run} được sơ tán an toàn.`, "2025-11-02");
  const later = await say(speakerId, `Đã có 450 người dân ở xã ${run} được sơ tán an toàn.`, "2025-11-03");

  const page = await newSignedInPage(browser, users.reviewer);
  await gotoHydrated(page, "/dashboard/suggestions");
  const card = page
    .getByTestId("link-suggestion")
    .filter({ hasText: `xã ${run}` })
    .filter({ has: page.getByRole("heading", { name: "Possible update (position change)" }) });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId("suggestion-diff")).toHaveText(["320", "450"]);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await card.getByRole("button", { name: "Dismiss" }).click();
  await expect(card).toHaveCount(0);

  // The editor changes the figure again: the dismissed pair is not suggested again.
  await ok(
    await owner.patch(`/api/claims/${later.id}`, {
      data: {
        speakerId,
        quote: `Đã có 460 người dân ở xã ${run} được sơ tán an toàn.`,
        kind: "DIRECT",
        saidAt: "2025-11-03",
        topics: [],
        version: later.version,
      },
    }),
  );
  const { suggestions } = await ok<{ suggestions: unknown[] }>(
    await reviewerApi.get(`/api/link-suggestions?claimId=${earlier.id}`),
  );
  expect(suggestions).toEqual([]);
  await gotoHydrated(page, "/dashboard/suggestions");
  await expect(page.getByTestId("link-suggestion").filter({ hasText: `xã ${run}` })).toHaveCount(0);
  await page.context().close();
});
