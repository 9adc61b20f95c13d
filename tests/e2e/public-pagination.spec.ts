import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { apiAs, users } from "./support/session";
import { publishClaim } from "./support/sources";

/**
 * Speaker timelines and topic pages come a page at a time (20 claims, newest first), each
 * page and each topic filter at its own plain path, so a speaker quoted every day for years
 * never makes one page render thousands of claims. A new approval shows on every page at once.
 */
let admin: APIRequestContext;
let reviewer: APIRequestContext;
let reader: APIRequestContext;
const run = Date.now().toString(36);
let speaker: { id: string; slug: string };
let topic: { slug: string };
const quotes: string[] = []; // index i said on day i + 1: the last one is the newest

async function ok<T>(res: APIResponse): Promise<T> {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

/** A new claim of the run's speaker, published. */
async function publishNew(quote: string, saidAt: string, topics: string[]): Promise<void> {
  const c = await ok<{ id: string; version: number }>(
    await admin.post("/api/claims", {
      data: { speakerId: speaker.id, quote, kind: "DIRECT", saidAt, topics },
    }),
  );
  await publishClaim(admin, reviewer, c);
}

async function publish(i: number, topics: string[]): Promise<void> {
  const quote = `Phát ngôn phân trang ${run} số ${String(i).padStart(2, "0")}`;
  await publishNew(quote, `2025-10-${String(i + 1).padStart(2, "0")}`, topics);
  quotes[i] = quote;
}

/** The quotes a page lists, in order (only this run's claims are on these pages). */
async function listedQuotes(page: Page, path: string): Promise<string[]> {
  expect((await page.goto(path))?.status(), path).toBe(200);
  return (
    await page.getByRole("link", { name: new RegExp(`Phát ngôn phân trang ${run}`) }).allTextContents()
  ).map((t) => t.replace(/[“”]/g, "").trim());
}

test.beforeAll(async () => {
  admin = await apiAs(users.admin);
  reviewer = await apiAs(users.reviewer);
  reader = await apiAs(null);
  speaker = await ok(
    await admin.post("/api/speakers", {
      data: { name: `Người phát ngôn phân trang ${run}`, kind: "PERSON" },
    }),
  );
  topic = await ok(
    await admin.post("/api/topics", { data: { nameVi: `Phân trang ${run}`, nameEn: `Paging ${run}` } }),
  );
  // 23 claims on the new topic; the three oldest also on an existing one.
  for (let i = 0; i < 23; i++) await publish(i, i < 3 ? [topic.slug, "us-russia-talks"] : [topic.slug]);
});
test.afterAll(async () => {
  for (const c of [admin, reviewer, reader]) await c?.dispose();
});

test("a speaker's timeline: 20 newest first, the rest on page 2, topic filters at their own paths", async ({
  page,
}) => {
  const base = `/speakers/${speaker.slug}`;
  const newest = [...quotes].reverse();
  expect(await listedQuotes(page, base)).toEqual(newest.slice(0, 20));
  await expect(page.getByText("Trang 1 / 2")).toBeVisible();
  await expect(page.getByRole("link", { name: /Tất cả \(23\)/ })).toHaveAttribute("aria-current", "page");

  await page
    .getByRole("navigation", { name: "Phân trang" })
    .getByRole("link", { name: /Trang sau/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${base}/page/2$`));
  expect(await listedQuotes(page, `${base}/page/2`)).toEqual(newest.slice(20));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${base}/page/2$`));

  // The topic filter is a link to a cached view of its own, with its own pages.
  await page.goto(base);
  await page
    .getByRole("navigation", { name: "Lọc theo chủ đề" })
    .getByRole("link", { name: /\(3\)/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${base}/topic/us-russia-talks$`));
  expect(await listedQuotes(page, `${base}/topic/us-russia-talks`)).toEqual(quotes.slice(0, 3).reverse());
  await expect(page.getByRole("navigation", { name: "Phân trang" })).toHaveCount(0);

  for (const missing of [
    `${base}/page/3`,
    `${base}/page/1`,
    `${base}/page/0`,
    `${base}/page/x`,
    `${base}/pages/2`,
    `${base}/topic/no-such-topic`,
    `${base}/topic/ai-negotiations/page/2`,
    `${base}/topic`,
  ]) {
    expect((await reader.get(missing)).status(), missing).toBe(404);
  }
});

test("a topic page: 20 newest first, the rest on page 2", async ({ page }) => {
  const base = `/topics/${topic.slug}`;
  const newest = [...quotes].reverse();
  expect(await listedQuotes(page, base)).toEqual(newest.slice(0, 20));
  await expect(page.getByText("23 phát ngôn của 1 người/tổ chức")).toBeVisible();
  expect(await listedQuotes(page, `${base}/page/2`)).toEqual(newest.slice(20));
  for (const missing of [`${base}/page/3`, `${base}/page/1`, `${base}/2`])
    expect((await reader.get(missing)).status(), missing).toBe(404);
});

test("every cached page of a timeline shows a new approval at once", async ({ page }) => {
  const pages = [`/speakers/${speaker.slug}/page/2`, `/topics/${topic.slug}/page/2`];
  for (const path of pages) {
    await reader.get(path);
    expect((await reader.get(path)).headers()["x-nextjs-cache"], path).toBe("HIT");
  }
  // A claim said before all the others goes to the end of the last page.
  const quote = `Phát ngôn phân trang ${run} số cũ nhất`;
  await publishNew(quote, "2025-09-01", [topic.slug]);
  for (const path of pages) expect((await listedQuotes(page, path)).at(-1), path).toBe(quote);
});
