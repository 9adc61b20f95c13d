import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type Messages from "../../messages/en.json";
import { apiAs, baseURL, chooseEnglish, DEMO_PASSWORD, newSignedInPage, users } from "./support/session";

const catalogue = (lang: "en" | "vi") =>
  JSON.parse(
    readFileSync(new URL(`../../messages/${lang}.json`, import.meta.url), "utf8"),
  ) as typeof Messages;
const en = catalogue("en");
const vi = catalogue("vi");

/**
 * Errors are said in the dashboard's language, in a person's words, next to what they are about:
 * never the API's English ("Input is invalid. speakerId: Malformed id."), never a field's code name.
 */

const TECHNICAL = /speakerId|Malformed|Input is invalid|Someone else changed|VALIDATION|CONFLICT/;

/** Signs in through the sign-in page in Vietnamese (the dashboard's default language). */
async function newVietnamesePage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL() });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  return page;
}

/** Puts a speaker the list never offered into the picker (a stale page, a crafted id) and chooses it. */
async function chooseSpeakerValue(page: Page, label: string, value: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  await select.evaluate((el, v) => {
    const option = document.createElement("option");
    option.value = v;
    option.textContent = "Người không có trong danh sách";
    el.appendChild(option);
  }, value);
  await select.selectOption(value);
}

test.describe("error messages", () => {
  test("Vietnamese sign-in: a wrong password is said in Vietnamese", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(users.editor);
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau-hoan-toan");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(alert).toHaveText(vi.errors2.reason.wrong_credentials);
    await expect(alert).not.toContainText("Wrong");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("Vietnamese claim form: a missing, malformed or unknown speaker is said next to the speaker field", async ({
    browser,
  }) => {
    const page = await newVietnamesePage(browser, users.owner);
    await page.goto("/dashboard/claims/new");
    await page.getByLabel(vi.claimForm.quote).fill(`Phát ngôn chưa có người nói ${Date.now()}`);
    const speaker = page.getByLabel(vi.claimForm.speaker, { exact: true });
    const form = page.getByRole("form", { name: vi.claimForm.createLabel });

    // Nothing chosen.
    await page.getByRole("button", { name: vi.claimForm.create }).click();
    await expect(speaker).toHaveAttribute("aria-invalid", "true");
    await expect(speaker).toHaveAccessibleDescription("Người phát ngôn: hãy chọn một người trong danh sách");
    await expect(form.getByTestId("field-error")).toHaveText([
      "Người phát ngôn: hãy chọn một người trong danh sách",
    ]);
    await expect(form.getByTestId("form-error")).toHaveText(vi.errors2.fixFields);
    await expect(form).not.toContainText(TECHNICAL);
    await expect(page).toHaveURL(/\/dashboard\/claims\/new$/);

    // Something that is not an id at all (the API says "Malformed id.").
    await chooseSpeakerValue(page, vi.claimForm.speaker, "khong-phai-ma");
    await page.getByRole("button", { name: vi.claimForm.create }).click();
    await expect(speaker).toHaveAccessibleDescription("Người phát ngôn: hãy chọn một người trong danh sách");
    await expect(form).not.toContainText(TECHNICAL);

    // A well-formed id nobody has (merged or deleted since the page was opened).
    await chooseSpeakerValue(page, vi.claimForm.speaker, "cm0000000000000000000000zz");
    await page.getByRole("button", { name: vi.claimForm.create }).click();
    await expect(speaker).toHaveAccessibleDescription(
      "Người phát ngôn: người này không còn trong danh sách; hãy chọn lại",
    );
    await expect(form.getByTestId("form-error")).toHaveText(vi.errors2.reason.unknown_speaker);
    await expect(form).not.toContainText(TECHNICAL);
    await expect(form).not.toContainText("Unknown speaker");

    // Fixed: the messages go away and the draft is created.
    await speaker.selectOption({ index: 1 });
    await page.getByRole("button", { name: vi.claimForm.create }).click();
    await expect(page).toHaveURL(/\/dashboard\/claims\/(?!new$)[a-z0-9]+$/);
    await page.context().close();
  });

  test("Vietnamese: a stale version is explained in words, both versions shown", async ({ browser }) => {
    const page = await newVietnamesePage(browser, users.owner);
    await page.goto("/dashboard/claims/new");
    await page.getByLabel(vi.claimForm.speaker, { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(vi.claimForm.quote).fill(`Bản gốc để thử xung đột ${Date.now()}`);
    await page.getByRole("button", { name: vi.claimForm.create }).click();
    await expect(page).toHaveURL(/\/dashboard\/claims\/(?!new$)[a-z0-9]+$/);
    const id = new URL(page.url()).pathname.split("/").pop()!;
    const speakerId = await page.getByLabel(vi.claimForm.speaker, { exact: true }).inputValue();

    // Someone else saves version 2 while this page still holds version 1.
    const other = await apiAs(users.editor);
    const saved = await other.patch(`/api/claims/${id}`, {
      data: { speakerId, quote: "Bản của người khác", kind: "DIRECT", version: 1 },
    });
    expect(saved.ok()).toBeTruthy();

    await page.getByLabel(vi.claimForm.quote).fill("Bản tôi đang gõ");
    await page.getByRole("button", { name: vi.claimForm.save }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "Xung đột khi sửa" });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText(vi.errors2.reason.stale_version_compare);
    await expect(conflict).not.toContainText(TECHNICAL);
    await expect(page.getByTestId("conflict-theirs-quote")).toHaveText("Bản của người khác");
    await expect(page.getByLabel(vi.claimForm.quote)).toHaveValue("Bản tôi đang gõ");
    await other.dispose();
    await page.context().close();
  });

  test("English: the same errors in English, in words", async ({ browser, page: signInPage }) => {
    await chooseEnglish(signInPage.context());
    await signInPage.goto("/signin");
    await signInPage.getByLabel("E-mail").fill(users.editor);
    await signInPage.getByLabel("Password").fill("definitely-wrong");
    await signInPage.getByRole("button", { name: "Sign in" }).click();
    await expect(signInPage.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
      "Wrong e-mail or password.",
    );

    const page = await newSignedInPage(browser, users.owner);
    await page.goto("/dashboard/claims/new");
    await page.getByLabel(en.claimForm.quote).fill(`A claim without a speaker ${Date.now()}`);
    await page.getByLabel(en.claimForm.venue).fill("x".repeat(301));
    await page.getByRole("button", { name: en.claimForm.create }).click();
    const speaker = page.getByLabel(en.claimForm.speaker, { exact: true });
    await expect(speaker).toHaveAccessibleDescription("Speaker: choose a person from the list");
    await expect(page.getByLabel(en.claimForm.venue)).toHaveAccessibleDescription(
      `${en.claimForm.venue}: too long (at most 300 characters)`,
    );
    const form = page.getByRole("form", { name: en.claimForm.createLabel });
    await expect(form.getByTestId("form-error")).toHaveText(en.errors2.fixFields);
    await expect(form).not.toContainText(TECHNICAL);

    // A stale version, in English.
    await speaker.selectOption({ index: 1 });
    await page.getByLabel(en.claimForm.venue).fill("Press briefing");
    await page.getByRole("button", { name: en.claimForm.create }).click();
    await expect(page).toHaveURL(/\/dashboard\/claims\/(?!new$)[a-z0-9]+$/);
    const id = new URL(page.url()).pathname.split("/").pop()!;
    const speakerId = await speaker.inputValue();
    const other = await apiAs(users.editor);
    expect(
      (
        await other.patch(`/api/claims/${id}`, {
          data: { speakerId, quote: "Their version", kind: "DIRECT", version: 1 },
        })
      ).ok(),
    ).toBeTruthy();
    await page.getByLabel(en.claimForm.quote).fill("My version");
    await page.getByRole("button", { name: en.claimForm.save }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "Edit conflict" });
    await expect(conflict).toContainText(en.errors2.reason.stale_version_compare);
    await other.dispose();
    await page.context().close();
  });
});
