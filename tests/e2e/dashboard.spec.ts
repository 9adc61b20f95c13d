import { expect, test, type Browser } from "@playwright/test";
import { seriousA11yViolations } from "./support/a11y";
import { openAddSource, selectWithMouse } from "./support/select-text";
import { baseURL, newSignedInPage, users } from "./support/session";

test.describe.configure({ mode: "serial" });

let claimUrl = "";

test("an editor builds a claim through the UI: speaker, claim, span-selected source with a two-step chain, a contradiction link and an anchored annotation", async ({
  browser,
}) => {
  const editor = await newSignedInPage(browser, users.owner);
  const stamp = Date.now().toString(36);
  const speakerName = `Maria Zakharova ${stamp}`;

  // A new speaker with name variants.
  await editor.goto("/dashboard/speakers");
  const form = editor.getByRole("form", { name: "New speaker" });
  await form.getByLabel("Name", { exact: true }).fill(speakerName);
  await form.getByLabel("Name variants").fill("Мария Захарова, Zakharova");
  await form.getByLabel("Affiliation").fill("Bộ Ngoại giao Nga");
  await form.getByRole("button", { name: "Create speaker" }).click();
  await expect(form.getByText("Speaker created.")).toBeVisible();

  // A claim by that speaker.
  await editor.goto("/dashboard/claims/new");
  await editor.getByLabel("Speaker", { exact: true }).selectOption({ label: speakerName });
  await editor
    .getByLabel("Quote (as reported, original language)")
    .fill("Phía Nga vẫn chưa thấy bất kỳ văn kiện nào từ Mỹ về giải pháp hòa bình");
  await editor.getByLabel("Said on").fill("2025-12-21");
  await editor.getByLabel("Trilateral talks").check();
  await editor.getByRole("button", { name: "Create draft" }).click();
  await expect(editor).toHaveURL(/\/dashboard\/claims\/(?!new$)[a-z0-9]+$/);
  claimUrl = editor.url();

  // A source: select the words in the seed article with the mouse, then a two-step chain.
  const { addSource, articleText } = await openAddSource(editor, "Nga từ chối đàm phán 3 bên", "Ông Ushakov");
  const phrase = "cho đến nay phía Nga vẫn chưa thấy bất kỳ văn kiện nào từ Mỹ";
  await selectWithMouse(editor, articleText, phrase);
  await expect(addSource.getByTestId("selected-span")).toContainText(phrase);
  await addSource.getByRole("button", { name: "Add a link to the chain" }).click();
  const row = addSource.getByTestId("chain-row-1");
  await row.getByLabel("Kind").selectOption("PERSON");
  await row.getByLabel("Known speaker").selectOption({ label: "Yuri Ushakov" });
  await expect(addSource.getByText(/Preview: .+ ← Yuri Ushakov/)).toBeVisible();
  await addSource.getByRole("button", { name: "Save source" }).click();
  await expect(editor.getByTestId("sources-status")).toContainText("Source added: ");
  const sources = editor.getByRole("region", { name: /Sources \(1\)/ });
  await expect(sources).toBeVisible();
  await expect(sources.getByRole("list", { name: /Chuỗi dẫn nguồn/ }).getByRole("listitem")).toHaveCount(2);
  await expect(sources.getByText(phrase)).toBeVisible();
  await expect(editor.getByTestId("corroboration")).toContainText("1 independent chain");

  // A contradiction link to Ushakov's statement, found by a search without diacritics.
  const linkGroup = editor.getByRole("group", { name: "Link to another claim" });
  await linkGroup.getByLabel("Search claims to link").fill("dinh dang nao cho cac cuoc dam phan 3 ben");
  await linkGroup.getByRole("button", { name: "Search" }).click();
  await linkGroup
    .getByRole("button", { name: /không có bất kỳ định dạng nào/ })
    .first()
    .click();
  await linkGroup.getByLabel("This claim…").selectOption("CONTRADICTS");
  await linkGroup
    .getByLabel("Note (optional)")
    .fill("Moscow nói không có văn kiện; cùng ngày Kyiv nói đã gửi lập trường.");
  await linkGroup.getByRole("button", { name: /Link to Yuri Ushakov/ }).click();
  // Ushakov's claim is published: an editor's link to it waits for a reviewer (two-person rule),
  // and the panel says so where the link was made. (Direct links: review-loop.spec.ts.)
  await expect(editor.getByTestId("links-status")).toContainText(
    "Saved as a pending change: a reviewer must approve it",
  );
  await expect(
    editor
      .getByRole("status")
      .filter({ hasText: "1 change to this claim's public page waits for a reviewer" }),
  ).toBeVisible();

  // An annotation anchored on words of the quote.
  const quote = editor.getByRole("document", { name: "Quote text" });
  await selectWithMouse(editor, quote, "văn kiện nào");
  const newComment = editor.getByRole("group", { name: "New comment" });
  await expect(newComment.getByText("Anchored on the quote:")).toBeVisible();
  await newComment.getByLabel("Comment (markdown)").fill("Cần đối chiếu với **bản gốc** trên Telegram.");
  await newComment.getByRole("button", { name: "Post comment" }).click();
  const thread = editor.getByTestId("annotation").filter({ hasText: "Cần đối chiếu" });
  await expect(thread.getByText("On the quote:")).toBeVisible();
  await expect(thread.locator("strong")).toHaveText("bản gốc");
  await expect(quote.locator("mark")).toHaveText("văn kiện nào");
});

test("a reviewer resolves that annotation, and it can be reopened", async ({ browser }) => {
  const reviewer = await newSignedInPage(browser, users.reviewer);
  await reviewer.goto(claimUrl);
  const thread = reviewer.getByTestId("annotation").filter({ hasText: "Cần đối chiếu" });
  await thread.getByRole("button", { name: "Resolve" }).click();
  await expect(thread.getByText(/Resolved by/)).toBeVisible();
  await expect(reviewer.getByRole("heading", { name: /Annotations \(0 open, 1 resolved\)/ })).toBeVisible();
  await thread.getByRole("button", { name: "Reopen" }).click();
  await expect(reviewer.getByRole("heading", { name: /Annotations \(1 open, 0 resolved\)/ })).toBeVisible();
});

async function checkPages(browser: Browser, locale: "vi" | "en") {
  const context = await browser.newContext({ baseURL: baseURL() });
  await context.addCookies([{ name: "locale", value: locale, url: baseURL() }]);
  const page = await context.newPage();
  // Sign in with the form's fields by type: the labels are in the page's language.
  await page.goto("/signin");
  await page.locator('input[name="email"]').fill(users.admin);
  await page.locator('input[name="password"]').fill("claimledger-demo");
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/dashboard/);
  const claimPath = new URL(claimUrl).pathname;
  const failures: string[] = [];
  for (const path of [
    "/dashboard",
    "/dashboard?view=review-queue",
    "/dashboard/claims/new",
    claimPath,
    `${claimPath}/history`,
    "/dashboard/speakers",
    "/dashboard/articles",
    "/dashboard/topics",
    "/dashboard/activity",
    "/dashboard/suggestions",
    "/dashboard/ingest",
    "/admin/users",
    "/account",
  ]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    for (const violation of await seriousA11yViolations(page))
      failures.push(`${locale} ${path} ${violation}`);
  }
  await context.close();
  return failures;
}

for (const locale of ["vi", "en"] as const) {
  test(`every dashboard page has no serious accessibility violations (${locale})`, async ({ browser }) => {
    // Twelve pages, each loaded and analysed by axe: about a minute on a slow 2-core machine.
    test.setTimeout(180_000);
    expect(await checkPages(browser, locale)).toEqual([]);
  });
}
