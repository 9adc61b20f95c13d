import { expect, test } from "@playwright/test";
import { claims } from "../../prisma/seed/data";
import { expectNoSeriousA11yViolations } from "./support/a11y";

/**
 * Issue 15: the reader site in English under /en — the interface translated, each claim in its
 * original words with its translation, `hreflang` alternates both ways, and cached like the
 * Vietnamese pages under the same surrogate keys (one purge refreshes both languages).
 */
const claim = claims.find((c) => c.key === "witkoff-ukraine-fully-committed-to-peace")!;
const slug = claim.key;

async function alternatesOf(page: import("@playwright/test").Page) {
  return page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      Object.fromEntries(
        links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href") ?? "").pathname]),
      ),
    );
}

test("an English reader reads a claim: English interface, original words with their translation, hreflang both ways", async ({
  page,
}) => {
  await page.goto(`/en/claims/${slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Claims" })).toHaveAttribute("href", "/en/claims");
  await expect(nav.getByRole("link", { name: "Speakers" })).toHaveAttribute("href", "/en/speakers");

  // The words as reported, in their language, and the English translation beside them.
  const quote = page.getByRole("heading", { level: 1 });
  await expect(quote).toContainText(claim.quote);
  await expect(quote).toHaveAttribute("lang", "vi");
  await expect(page.getByText(claim.translation!)).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Verification and rating" })).toBeVisible();
  // Dates and topics in English.
  await expect(page.getByText("around 22 December 2025")).toBeVisible();
  await expect(page.getByRole("link", { name: "Peace plan" }).first()).toHaveAttribute(
    "href",
    /^\/en\/topics\//,
  );

  expect(await alternatesOf(page)).toEqual({
    vi: `/claims/${slug}`,
    en: `/en/claims/${slug}`,
    "x-default": `/claims/${slug}`,
  });
  expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "").pathname).toBe(
    `/en/claims/${slug}`,
  );
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_GB");
  await expectNoSeriousA11yViolations(page);

  // The Vietnamese page points back, and the language links swap between the two.
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${slug}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  expect(await alternatesOf(page)).toEqual({
    vi: `/claims/${slug}`,
    en: `/en/claims/${slug}`,
    "x-default": `/claims/${slug}`,
  });
  await page.getByRole("navigation", { name: "Ngôn ngữ" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/claims/${slug}$`));
});

test("the English lists, speaker and topic pages stay in English as the reader moves through them", async ({
  page,
}) => {
  await page.goto("/en/topics");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
  await page.getByRole("link", { name: /Trilateral talks/ }).click();
  await expect(page).toHaveURL(/\/en\/topics\/trilateral-talks$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trilateral talks");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/en/speakers");
  await page.getByRole("link", { name: "Volodymyr Zelensky" }).click();
  await expect(page).toHaveURL(/\/en\/speakers\/volodymyr-zelensky$/);
  await expect(page.getByRole("heading", { level: 1, name: "Volodymyr Zelensky" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/en/claims");
  const first = page.locator("main article a[href*='/claims/']").first();
  await expect(first).toHaveAttribute("href", /\/en\/claims\//);

  // Search keeps its language, and a diacritics-free query still finds Vietnamese words.
  await page.goto("/en/search?q=ba%20ben");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page
      .locator("main")
      .getByRole("link", { name: /ba bên/ })
      .first(),
  ).toHaveAttribute("href", /\/en\/claims\//);
});

test("an unknown English address is an English 404 inside the English site", async ({ page }) => {
  const res = await page.goto("/en/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  const missing = await page.goto("/en/claims/no-such-claim");
  expect(missing?.status()).toBe(404);
  await expect(page.locator("main")).toContainText(/not/i);
});

test("English pages are cached like the Vietnamese ones, under the same surrogate keys", async ({
  request,
}) => {
  for (const path of [
    `/claims/${slug}`,
    "/claims",
    "/topics/trilateral-talks",
    "/speakers/volodymyr-zelensky",
  ]) {
    const [vi, en] = await Promise.all([request.get(path), request.get(`/en${path}`)]);
    expect(en.status(), path).toBe(200);
    expect(en.headers()["cache-control"], path).toMatch(/public.*s-maxage=\d+/);
    expect(en.headers()["set-cookie"], path).toBeUndefined();
    expect(en.headers()["surrogate-key"], path).toBe(vi.headers()["surrogate-key"]);
    expect(await en.text(), path).toContain('lang="en"');
  }
});
