import { expect, test } from "@playwright/test";
import { claims } from "../../prisma/seed/data";
import { expectNoSeriousA11yViolations } from "./support/a11y";

const approvedCount = claims.filter((c) => c.status === "APPROVED" || c.status === "RETRACTED").length;
const draft = claims.find((c) => c.status === "DRAFT")!;
const inReview = claims.find((c) => c.status === "IN_REVIEW")!;
const retracted = claims.find((c) => c.status === "RETRACTED")!;

test("a reader browses the claims list and opens Ushakov's statement", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByRole("heading", { level: 1, name: "Phát ngôn đã công bố" })).toBeVisible();
  // Other specs may publish more claims; the seed's published ones are the floor.
  const intro = await page.getByText(/^\d+ phát ngôn/).textContent();
  expect(Number(intro?.match(/^(\d+)/)?.[1])).toBeGreaterThanOrEqual(approvedCount);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/claims/ushakov-no-trilateral-format-being-built");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "không có bất kỳ định dạng nào cho các cuộc đàm phán 3 bên",
  );
  await expect(page.getByText("Yuri Ushakov").first()).toBeVisible();
  await expect(page.getByText("Trợ lý Tổng thống Nga").first()).toBeVisible();
  // What was checked, in the reader's words; never the newsroom's workflow state ("Đã duyệt").
  await expect(page.getByTestId("verification-answer")).toContainText("Lời nói có đúng như được trích?");
  await expect(page.getByText("Đã duyệt")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Nguồn \(\d+\)/ })).toBeVisible();
  await expect(page.locator("mark").first()).toContainText("không có bất kỳ định dạng nào");
  await expect(page.getByRole("list", { name: /Chuỗi dẫn nguồn/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The contradiction with Zelensky's 20/12 statement is shown and can be followed.
  const related = page
    .getByRole("region", { name: "Phát ngôn liên quan" })
    .or(page.locator("section", { has: page.getByRole("heading", { name: "Phát ngôn liên quan" }) }));
  await expect(related.getByText(/Mâu thuẫn|Bị mâu thuẫn/).first()).toBeVisible();
  await related.getByRole("link").filter({ hasText: "ba bên" }).first().click();
  await expect(page).toHaveURL(/\/claims\/zelensky-/);
});

test("the TTXVN ← Kyiv Independent ← Politico ← two unnamed sources chain is shown in order", async ({
  page,
}) => {
  const politico = claims.find(
    (c) =>
      (c.status === "APPROVED" || c.status === "RETRACTED") &&
      c.appearances.some((a) => a.chain.some((n) => n.outlet === "politico")),
  );
  test.skip(!politico, "no published claim cites Politico");
  await page.goto(`/claims/${politico!.key}`);
  const chain = page.getByRole("list", { name: /Chuỗi dẫn nguồn/ }).first();
  await expect(chain.getByRole("listitem")).toHaveText([/TTXVN/, /Kyiv Independent/, /Politico/, /giấu tên/]);
});

test("drafts and claims in review are not public", async ({ page }) => {
  for (const c of [draft, inReview]) {
    const response = await page.goto(`/claims/${c.key}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy phát ngôn" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeVisible();
  }
  await page.goto("/claims?page=1");
  await expect(page.locator(`a[href="/claims/${draft.key}"]`)).toHaveCount(0);
  expect((await page.goto("/claims/NOT a slug"))?.status()).toBe(404);
});

test("a retracted claim keeps its page with the reason", async ({ page }) => {
  await page.goto(`/claims/${retracted.key}`);
  await expect(page.getByRole("note", { name: "Thông báo rút lại" })).toContainText("đã bị rút lại");
  await expect(page.getByRole("note", { name: "Thông báo rút lại" })).toContainText(
    retracted.retractionReason!,
  );
  await expectNoSeriousA11yViolations(page);
});
