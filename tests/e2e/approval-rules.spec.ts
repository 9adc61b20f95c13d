import { expect, test, type APIRequestContext } from "@playwright/test";
import { retireChecklistItems } from "./support/checklists";
import { draftClaim, moveClaim } from "./support/newsroom";
import { apiAs, newSignedInPage, users } from "./support/session";
import { addSource } from "./support/sources";

/**
 * Issue 14 item 1: a claim is approved only with a source and every required checklist item of
 * its kind checked. An admin adds a required item; the reviewer is told what is missing before
 * trying, and the server refuses (naming the item) when they try anyway; the reviewer checks the
 * item with a note and evidence link, approves, and the history says who checked what.
 */
const RUN = Date.now().toString(36);
const LABEL_EN = `Original recording located ${RUN}`;
const LABEL_VI = `Đã tìm thấy bản ghi gốc ${RUN}`;
const REVIEWER = "Dũng Thẩm Định";

let admin: APIRequestContext;

test.beforeAll(async () => {
  admin = await apiAs(users.admin);
});
// The item is retired afterwards, whatever happened, so no other spec's REPORTED claim is blocked.
test.afterAll(async () => {
  await retireChecklistItems(admin, LABEL_EN);
  await admin.dispose();
});

test("approval needs a source and the required checklist items, said before the reviewer tries", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // An admin adds a required item for reported claims.
  const adminPage = await newSignedInPage(browser, users.admin);
  await adminPage.getByRole("link", { name: "Checklists" }).click();
  await expect(adminPage.getByRole("heading", { name: "Verification checklists" })).toBeVisible();
  const form = adminPage.getByRole("form", { name: "Add an item" });
  await form.getByLabel("Kind of claim").selectOption({ label: "Reported via an intermediary" });
  await form.getByLabel("Label (Vietnamese)").fill(LABEL_VI);
  await form.getByLabel("Label (English)").fill(LABEL_EN);
  await expect(form.getByLabel("Required before approval")).toBeChecked();
  await form.getByRole("button", { name: "Add item" }).click();
  await expect(form.getByText("Item added.")).toBeVisible();
  const row = adminPage.getByRole("row").filter({ hasText: LABEL_EN });
  await expect(row).toContainText("Required");
  await expect(row).toContainText("not checked on any claim");
  await adminPage.context().close();

  // An editor's reported claim, submitted without a source.
  const owner = await apiAs(users.owner);
  const draft = await draftClaim(owner, {
    quote: `Theo một nguồn tin, đàm phán sẽ tiếp tục (quy tắc duyệt ${RUN})`,
    kind: "REPORTED",
  });
  const claim = await moveClaim(owner, draft, "submit");

  // The reviewer sees what is missing before trying…
  const reviewer = await newSignedInPage(browser, users.reviewer);
  await reviewer.goto(`/dashboard/claims/${claim.id}`);
  const blockers = reviewer.getByTestId("approval-blockers");
  await expect(blockers).toContainText("Add a source: the claim has no article where it appears.");
  await expect(blockers).toContainText(`Check the required checklist items: “${LABEL_EN}”.`);
  // …and trying anyway is refused by the server, in words.
  await reviewer.getByRole("button", { name: "Approve and publish", exact: true }).click();
  // (The approve dialog, closed, has its own copy of the message: only what is shown counts.)
  const refusal = reviewer.getByTestId("workflow-panel").getByRole("alert");
  await expect(refusal.getByTestId("form-error")).toHaveText(
    "This claim cannot be approved yet: it has no source. Add at least one article where it appears.",
  );

  // With a source, only the checklist is missing; the refusal names the item.
  await addSource(owner, claim.id);
  await owner.dispose();
  await reviewer.reload();
  await expect(blockers).not.toContainText("Add a source");
  await expect(blockers).toContainText(LABEL_EN);
  await reviewer.getByRole("button", { name: "Approve and publish", exact: true }).click();
  await expect(refusal.getByTestId("form-error")).toContainText(
    "This claim cannot be approved yet: some required checklist items are not checked.",
  );
  await expect(refusal.getByTestId("refused-items")).toHaveText(`“${LABEL_EN}”`);
  await expect(reviewer.getByTestId("workflow-state")).toContainText("In review");

  // The reviewer checks the item with a note and an evidence link.
  const checklist = reviewer.getByRole("region", { name: "Checklist" });
  const item = checklist.getByTestId("checklist-item").filter({ hasText: LABEL_EN });
  await expect(item).toContainText("Not checked");
  await item.getByRole("button", { name: `Check: ${LABEL_EN}` }).click();
  await item.getByLabel("Note (optional)").fill("Bản ghi âm trên kênh chính thức.");
  await item.getByLabel("Evidence link (optional)").fill("not a link");
  await item.getByRole("button", { name: "Mark as checked" }).click();
  await expect(item.getByTestId("field-error")).toContainText("Evidence link (optional)");
  await item.getByLabel("Evidence link (optional)").fill("https://t.me/example/42");
  await item.getByRole("button", { name: "Mark as checked" }).click();
  await expect(item).toContainText(`Checked by ${REVIEWER}`);
  await expect(item).toContainText("Bản ghi âm trên kênh chính thức.");
  await expect(item.getByRole("link", { name: "Evidence" })).toHaveAttribute(
    "href",
    "https://t.me/example/42",
  );
  await expect(blockers).toHaveCount(0);

  // Now it is approved.
  await reviewer.getByRole("button", { name: "Approve and publish", exact: true }).click();
  const dialog = reviewer.getByRole("dialog", { name: "Approve and publish this claim?" });
  await dialog.getByRole("button", { name: "Yes, approve and publish" }).click();
  await expect(reviewer.getByTestId("workflow-done")).toContainText("Approved and published");
  await expect(checklist).toContainText("This claim has been decided: its checklist no longer changes.");
  await expect(checklist.getByRole("button", { name: /Uncheck/ })).toHaveCount(0);

  // The history says it in sentences, in English and in Vietnamese.
  await reviewer.goto(`/dashboard/claims/${claim.id}/history`);
  await expect(reviewer.getByText(`${REVIEWER} checked the checklist item “${LABEL_EN}”.`)).toBeVisible();
  await reviewer.context().addCookies([{ name: "locale", value: "vi", url: new URL(reviewer.url()).origin }]);
  await reviewer.reload();
  await expect(reviewer.getByText(`${REVIEWER} đã đánh dấu mục kiểm tra “${LABEL_VI}”.`)).toBeVisible();
  await expect(reviewer.getByText("Ghi chú: Bản ghi âm trên kênh chính thức.")).toBeVisible();

  // The checklist is internal: the public page does not mention it.
  const reader = await apiAs(null);
  const slug = ((await (await admin.get(`/api/claims/${claim.id}`)).json()) as { slug: string }).slug;
  const publicPage = await reader.get(`/claims/${slug}`);
  expect(publicPage.status()).toBe(200);
  expect(await publicPage.text()).not.toContain(LABEL_EN);
  await reader.dispose();
  await reviewer.context().close();
});
