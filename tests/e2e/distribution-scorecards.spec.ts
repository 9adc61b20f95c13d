/**
 * Speaker scorecards (issue 15): on the speaker's page, the counts by rating and by quote
 * verification, the contradiction and update links, and a chart of claims per month whose numbers
 * are also a table; two speakers side by side on one scale, cached under both speakers' keys.
 */

import { expect, type Locator, test } from "@playwright/test";
import { claims } from "../../prisma/seed/data";
import { expectNoSeriousA11yViolations } from "./support/a11y";

const DESKTOP = { width: 1280, height: 900 };
const ZELENSKY = "volodymyr-zelensky";
const RUBIO = "marco-rubio";

/** The numbers the chart draws: one <title> per stacked segment ("tháng 12/2025, Đúng: 1 phát ngôn"). */
const segmentTitles = (chart: Locator) =>
  chart.locator("rect > title").evaluateAll((ts) => ts.map((t) => t.textContent ?? ""));

/** The chart's table as rows of cells: [month, …counts per rating, total]. */
async function tableRows(scope: Locator): Promise<string[][]> {
  await scope.getByText("Xem số liệu của biểu đồ dưới dạng bảng").click();
  const table = scope.getByRole("table");
  await expect(table).toBeVisible();
  return table
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())),
    );
}

/** The chart and its table hold the same numbers: one segment per non-zero cell, totals adding up. */
async function expectChartMatchesTable(scope: Locator) {
  const chart = scope.getByRole("img", { name: /số phát ngôn mỗi tháng, theo đánh giá/ });
  await expect(chart).toBeVisible();
  const titles = await segmentTitles(chart);
  const rows = await tableRows(scope);
  expect(rows.length).toBeGreaterThan(0);
  const cells = rows.flatMap((r) => r.slice(1, -1).map(Number));
  expect(titles.length).toBe(cells.filter((n) => n > 0).length);
  for (const r of rows) {
    const counts = r.slice(1, -1).map(Number);
    expect(
      counts.reduce((a, b) => a + b, 0),
      r[0],
    ).toBe(Number(r[r.length - 1]));
  }
  return { rows, titles };
}

test("the speaker page shows the scorecard: counts, links, and a chart whose numbers are also a table", async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(`/speakers/${ZELENSKY}`);
  const card = page.getByRole("region", { name: "Bảng tổng kết" });
  await expect(card).toBeVisible();

  // Counted over the published claims that stand: the seed's approved claims of the speaker.
  const approved = claims.filter((c) => c.speaker === ZELENSKY && c.status === "APPROVED");
  const rated = approved.filter((c) => c.rating === "TRUE").length;
  expect(rated).toBeGreaterThan(0);
  await expect(card.getByText(`Tính trên ${approved.length} phát ngôn đã công bố`)).toBeVisible();
  const byRating = card.getByRole("region", { name: "Theo đánh giá" });
  const ratingRow = byRating.locator("dl > div", { has: page.getByText("Đúng", { exact: true }) });
  await expect(ratingRow.locator("dd")).toHaveText(String(rated));
  const ratingSum = (await byRating.locator("dd").allTextContents()).map(Number).reduce((a, b) => a + b, 0);
  expect(ratingSum).toBe(approved.length);
  const byVerification = card.getByRole("region", { name: "Theo mức đối chiếu lời trích dẫn" });
  const verificationSum = (await byVerification.locator("dd").allTextContents()).map(Number);
  expect(verificationSum.reduce((a, b) => a + b, 0)).toBe(approved.length);
  const links = card.getByRole("region", { name: "Liên kết giữa các phát ngôn" });
  await expect(links.locator("dt")).toHaveText(["Mâu thuẫn", "Cập nhật"]);

  const { rows } = await expectChartMatchesTable(card);
  const charted = rows.reduce((a, r) => a + Number(r[r.length - 1]), 0);
  expect(charted).toBe(approved.length); // every seed claim has a date said or published
  await expectNoSeriousA11yViolations(page);

  // The way to a comparison works without a script: links.
  await page.getByRole("link", { name: "So sánh với người phát ngôn khác" }).click();
  await expect(page).toHaveURL(new RegExp(`/speakers/${ZELENSKY}/compare$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("So sánh Volodymyr Zelensky với…");
  const choices = page.getByRole("list", { name: "Người phát ngôn" });
  await expect(choices.getByRole("link", { name: /Volodymyr Zelensky/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await choices.getByRole("link", { name: /^Marco Rubio/ }).click();
  await expect(page).toHaveURL(new RegExp(`/speakers/${ZELENSKY}/compare/${RUBIO}$`));
});

test("two speakers side by side: both scorecards, both charts on the same scale", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(`/speakers/${ZELENSKY}/compare/${RUBIO}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "So sánh Volodymyr Zelensky và Marco Rubio",
  );
  const left = page.getByRole("region", { name: "Volodymyr Zelensky" });
  const right = page.getByRole("region", { name: "Marco Rubio" });
  await expect(left).toBeVisible();
  await expect(right).toBeVisible();
  const rubio = claims.filter((c) => c.speaker === RUBIO && c.status === "APPROVED").length;
  await expect(right.getByText(`Tính trên ${rubio} phát ngôn đã công bố`)).toBeVisible();

  // Side by side on a desktop.
  const [l, r] = [await left.boundingBox(), await right.boundingBox()];
  expect(l && r && l.x + l.width <= r.x && Math.abs(l.y - r.y) < 1).toBe(true);

  // One scale: the same y ticks, the same months under the axis, the same number of bar slots.
  const axis = (side: Locator) =>
    side
      .getByRole("img")
      .locator(":scope > g > text, :scope > text")
      .evaluateAll((ts) => ts.map((t) => t.textContent));
  const leftAxis = await axis(left);
  expect(leftAxis.length).toBeGreaterThan(2);
  expect(await axis(right)).toEqual(leftAxis);
  const leftRows = (await expectChartMatchesTable(left)).rows.map((r) => r[0]);
  const rightRows = (await expectChartMatchesTable(right)).rows.map((r) => r[0]);
  expect(rightRows).toEqual(leftRows);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Đổi chỗ hai người" }).click();
  await expect(page).toHaveURL(new RegExp(`/speakers/${RUBIO}/compare/${ZELENSKY}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "So sánh Marco Rubio và Volodymyr Zelensky",
  );
});

test("a comparison is cached under both speakers' keys; unknown speakers are not found; the same one twice is their page", async ({
  request,
}) => {
  const res = await request.get(`/speakers/${ZELENSKY}/compare/${RUBIO}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toMatch(/public.*s-maxage=\d+/);
  expect(res.headers()["set-cookie"]).toBeUndefined();
  expect(res.headers()["surrogate-key"]?.split(" ")).toEqual(
    expect.arrayContaining([`speaker:${ZELENSKY}`, `speaker:${RUBIO}`, "public"]),
  );
  // The chooser shows every speaker's count: purged with the lists.
  const chooser = await request.get(`/speakers/${ZELENSKY}/compare`);
  expect(chooser.status()).toBe(200);
  expect(chooser.headers()["surrogate-key"]?.split(" ")).toEqual(
    expect.arrayContaining([`speaker:${ZELENSKY}`, "claims-list"]),
  );
  // The speaker's own page carries the scorecard under the speaker's key.
  const own = await request.get(`/speakers/${RUBIO}`);
  expect(own.headers()["surrogate-key"]?.split(" ")).toContain(`speaker:${RUBIO}`);
  expect(await own.text()).toContain("Bảng tổng kết");

  expect((await request.get(`/speakers/${ZELENSKY}/compare/khong-co-nguoi-nay`)).status()).toBe(404);
  expect((await request.get(`/speakers/khong-co-nguoi-nay/compare/${RUBIO}`)).status()).toBe(404);
  expect((await request.get(`/speakers/${ZELENSKY}/compare/${RUBIO}/them`)).status()).toBe(404);
  const same = await request.get(`/speakers/${RUBIO}/compare/${RUBIO}`, { maxRedirects: 0 });
  expect([307, 308]).toContain(same.status());
  // (Next.js writes the header twice, identically, for every redirect of a page, "/" too.)
  const locations = same.headersArray().filter((h) => h.name.toLowerCase() === "location");
  expect(locations.length).toBeGreaterThan(0);
  for (const l of locations) expect(new URL(l.value, "http://x").pathname).toBe(`/speakers/${RUBIO}`);
});

test("the same speaker twice takes the reader to the speaker's page", async ({ page }) => {
  await page.goto(`/speakers/${RUBIO}/compare/${RUBIO}`);
  await expect(page).toHaveURL(new RegExp(`/speakers/${RUBIO}$`));
  await expect(page.getByRole("region", { name: "Bảng tổng kết" })).toBeVisible();
});
