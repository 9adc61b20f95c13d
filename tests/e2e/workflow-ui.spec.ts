import { expect, test } from "@playwright/test";
import { apiAs, chooseEnglish, gotoHydrated, newSignedInPage, users } from "./support/session";
import { addSource } from "./support/sources";

test.describe.configure({ mode: "serial" });

test("logged-out visitors are sent to sign-in; wrong credentials get one neutral message", async ({
  page,
}) => {
  await chooseEnglish(page.context());
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("E-mail").fill("nobody@claimledger.test");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Wrong e-mail or password.");
});

test("a claim goes from draft to published to retracted, with two people, full history and restore", async ({
  browser,
}) => {
  const quoteA = `Hiện không có định dạng ba bên nào được xây dựng (thử nghiệm ${Date.now()})`;
  const quoteB = `${quoteA} — bản sửa`;
  const editor = await newSignedInPage(browser, users.owner);
  editor.on("dialog", (d) => void d.accept());

  // Editor creates a draft…
  await editor.getByRole("link", { name: "New claim" }).click();
  // Client-side navigation: until the new page commits, the list's "Speaker" filter is still on screen.
  await expect(editor).toHaveURL(/\/dashboard\/claims\/new$/);
  await editor.getByLabel("Speaker").selectOption({ label: "Yuri Ushakov" });
  await editor.getByLabel("Role held at the time").fill("Trợ lý Tổng thống Nga");
  await editor.getByLabel("Quote (as reported, original language)").fill(quoteA);
  await editor.getByLabel("Said on").fill("2025-12-21");
  await editor.getByLabel("Venue or medium").fill("Họp báo tại Moskva");
  await editor.getByLabel("Trilateral talks").check();
  await editor.getByRole("button", { name: "Create draft" }).click();
  await expect(editor).toHaveURL(/\/dashboard\/claims\/(?!new$)[a-z0-9]+$/);
  const claimUrl = editor.url();
  await expect(editor.getByTestId("base-version")).toHaveText("1");

  // …edits it, then restores the first text as a new version.
  await editor.getByLabel("Quote (as reported, original language)").fill(quoteB);
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByText("Saved as version 2.")).toBeVisible();
  await editor.getByRole("link", { name: "History" }).click();
  await editor.getByRole("button", { name: "Restore v1" }).click();
  await expect(editor.getByTestId("version-3")).toContainText("Restored an older version");
  await expect(editor.getByTestId("version-3")).toContainText(quoteA);
  await editor.goto(claimUrl);
  await expect(editor.getByLabel("Quote (as reported, original language)")).toHaveValue(quoteA);

  // Submit; the author cannot approve, neither in the UI nor through the API.
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("In review").first()).toBeVisible();
  await expect(editor.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  const id = claimUrl.split("/").pop()!;
  const version = Number(await editor.getByTestId("claim-version").textContent());
  const sneaky = await editor.request.post(`/api/claims/${id}/transitions`, {
    data: { transition: "approve", version },
    headers: { origin: new URL(claimUrl).origin },
  });
  expect(sneaky.status()).toBe(403);

  // A reviewer approves once the claim has a source; the public page shows it.
  const editorApi = await apiAs(users.owner);
  await addSource(editorApi, id);
  await editorApi.dispose();
  const reviewer = await newSignedInPage(browser, users.reviewer);
  await reviewer.goto(claimUrl);
  await reviewer.getByRole("button", { name: "Approve and publish", exact: true }).click();
  await reviewer
    .getByRole("dialog", { name: "Approve and publish this claim?" })
    .getByRole("button", { name: "Yes, approve and publish" })
    .click();
  await expect(reviewer.getByRole("link", { name: "Public page" })).toBeVisible();
  const publicHref = (await reviewer.getByRole("link", { name: "Public page" }).getAttribute("href"))!;
  const reader = await browser.newPage();
  await reader.goto(publicHref);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText(quoteA);
  // Readers see what was checked, not the newsroom's workflow words (issue 20, item 13).
  await expect(reader.getByText("Đã duyệt", { exact: true })).toHaveCount(0);

  // The reviewer retracts with a public reason; the page stays, marked retracted.
  await reviewer.getByRole("button", { name: "Retract" }).click();
  await reviewer.getByLabel("Public reason for the retraction").fill("Phát ngôn bị gán sai thời điểm.");
  await reviewer.getByRole("button", { name: "Confirm: retract" }).click();
  await expect(reviewer.getByText("Retracted", { exact: true }).first()).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole("note", { name: "Thông báo rút lại" })).toContainText(
    "Phát ngôn bị gán sai thời điểm.",
  );

  // History shows every step, with a readable diff.
  await reviewer.goto(`${claimUrl}/history`);
  const steps = [
    "Created",
    "Edited",
    "Restored an older version",
    "Submitted for review",
    "Approved",
    "Retracted",
  ];
  for (const [i, step] of steps.entries())
    await expect(reviewer.getByTestId(`version-${i + 1}`)).toContainText(step);
  await reviewer.getByLabel("From version").selectOption("1");
  await reviewer.getByLabel("To version").selectOption("2");
  await reviewer.getByRole("button", { name: "Compare" }).click();
  await expect(reviewer.getByTestId("version-diff").locator("ins")).toContainText("bản sửa");
  await reviewer.getByLabel("From version").selectOption("5");
  await reviewer.getByLabel("To version").selectOption("6");
  await reviewer.getByRole("button", { name: "Compare" }).click();
  await expect(reviewer.getByTestId("version-diff").locator("del")).toContainText("Approved");
  await expect(reviewer.getByTestId("version-diff").locator("ins").first()).toContainText("Retracted");
  await expect(reviewer.getByTestId("version-diff")).not.toContainText("RETRACTED");
});

test("a stale edit shows both versions and loses nothing typed", async ({ browser }) => {
  const first = await newSignedInPage(browser, users.owner);
  await first.getByRole("link", { name: "New claim" }).click();
  await expect(first).toHaveURL(/\/dashboard\/claims\/new$/);
  await first.getByLabel("Speaker").selectOption({ label: "Volodymyr Zelensky" });
  await first.getByLabel("Quote (as reported, original language)").fill("Bản gốc về Donbass");
  await first.getByRole("button", { name: "Create draft" }).click();
  await expect(first).toHaveURL(/\/dashboard\/claims\/(?!new$)[a-z0-9]+$/);
  const url = first.url();

  const second = await newSignedInPage(browser, users.editor);
  // Typed into only once hydrated: a fill that lands while React is still taking over the server's
  // HTML loses its select-all and writes in front of the old words.
  await gotoHydrated(second, url);
  await second.getByLabel("Quote (as reported, original language)").fill("Bản của biên tập viên thứ hai");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText("Saved as version 2.")).toBeVisible();

  // The first editor still has version 1 open.
  await first.getByLabel("Quote (as reported, original language)").fill("Bản tôi đang gõ dở");
  await first.getByRole("button", { name: "Save changes" }).click();
  const conflict = first.getByRole("alert").filter({ hasText: "Edit conflict" });
  await expect(conflict).toBeVisible();
  await expect(first.getByTestId("conflict-yours-quote")).toHaveText("Bản tôi đang gõ dở");
  await expect(first.getByTestId("conflict-theirs-quote")).toHaveText("Bản của biên tập viên thứ hai");
  await expect(first.getByLabel("Quote (as reported, original language)")).toHaveValue("Bản tôi đang gõ dở");
  await first.getByRole("button", { name: /Keep my version/ }).click();
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByText("Saved as version 3.")).toBeVisible();
});
