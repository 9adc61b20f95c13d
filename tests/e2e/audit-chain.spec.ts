import { expect, test } from "@playwright/test";
import { seriousA11yViolations } from "./support/a11y";

/**
 * Tamper-evident history (issue 16): the audit chain's head is public, and a published claim's
 * page shows its public history with each entry's hash and the hash it follows — the same hashes
 * as GET /api/v1/claims/<slug>/history, which a reader recomputes from the entries themselves.
 */
type HistoryEntry = {
  version: number;
  event: string;
  hash: string;
  prevHash: string;
  audit: { seq: string } | null;
};

test("GET /api/v1/audit/head answers the chain's head, cached briefly", async ({ request }) => {
  const res = await request.get("/api/v1/audit/head");
  expect(res.status()).toBe(200);
  const head = (await res.json()) as { id: string; hash: string; count: number; at: string };
  expect(head.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(head.count).toBeGreaterThan(10);
  expect(Number.isNaN(Date.parse(head.at))).toBe(false);
  expect(res.headers()["cache-control"]).toContain("max-age=5");
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
});

test("a published claim's page shows its public history with the hashes of its JSON", async ({
  page,
  request,
}) => {
  const list = (await (await request.get("/api/v1/claims?status=APPROVED&limit=1")).json()) as {
    data: { slug: string }[];
  };
  const slug = list.data[0]?.slug;
  expect(slug, "no published claim in the demo").toBeTruthy();
  const res = await request.get(`/api/v1/claims/${slug}/history`);
  expect(res.status()).toBe(200);
  const history = (await res.json()) as { entries: HistoryEntry[]; head: string };
  expect(history.entries[0]?.event).toBe("publication");
  expect(history.entries[0]?.prevHash).toBe("0".repeat(64));
  expect(history.head).toBe(history.entries.at(-1)?.hash);

  await page.goto(`/claims/${slug}`);
  const section = page.getByTestId("change-history");
  await expect(section).toBeVisible();
  const shown = await section
    .getByTestId("history-hash")
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.hash));
  // Newest first on the page, oldest first in the JSON.
  expect(shown).toEqual(history.entries.map((e) => e.hash).reverse());
  await expect(section.getByTestId("history-hash").last()).toContainText(
    history.entries[0]!.hash.slice(0, 16),
  );
  await expect(
    section.getByTestId("change-history-verify").locator(`a[href="/api/v1/claims/${slug}/history"]`),
  ).toBeVisible();
  expect(await seriousA11yViolations(page, '[data-testid="change-history"]')).toEqual([]);

  // The English page shows the same hashes.
  await page.goto(`/en/claims/${slug}`);
  await expect(page.getByTestId("history-hash").first()).toHaveAttribute("data-hash", history.head);
});
