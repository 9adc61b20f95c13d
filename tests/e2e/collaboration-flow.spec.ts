import { expect, test, type APIRequestContext } from "@playwright/test";
import { retireChecklistItems } from "./support/checklists";
import { apiAs, newSignedInPage, users } from "./support/session";
import { addSource } from "./support/sources";

/**
 * Issue 14's whole flow with two people in two browsers, each page left open (nobody reloads to
 * learn of the other): the editor assigns a reviewer and @mentions them in a note → the reviewer's
 * unread count rises live and the e-mail reaches the local SMTP server (scripts/e2e-mail.mjs) →
 * the reviewer opens the claim from the notification centre; approval is refused while the claim
 * has no source and then while a required checklist item is unchecked, each refusal naming what
 * is missing → the reviewer checks the item and approves → the editor's count rises live and the
 * centre says who approved what.
 */
const RUN = Date.now().toString(36);
const ITEM_EN = `Paraphrase compared with the recording ${RUN}`;
const ITEM_VI = `Đã đối chiếu lời thuật với bản ghi ${RUN}`;
const EDITOR = "Bình Biên Tập";
const REVIEWER = "Dũng Thẩm Định";

let admin: APIRequestContext;

test.beforeAll(async () => {
  admin = await apiAs(users.admin);
});
// The item is retired afterwards, whatever happened, so no other spec's paraphrase is held back.
test.afterAll(async () => {
  await retireChecklistItems(admin, ITEM_EN);
  await admin.dispose();
});

interface Mail {
  to: string[];
  subject: string;
  text: string;
}
async function mailsTo(address: string): Promise<Mail[]> {
  const url = process.env.E2E_MAIL_URL;
  expect(url, "the e2e mail server (playwright.config.ts) is running").toBeTruthy();
  const all = (await (await fetch(`${url}/messages`)).json()) as Mail[];
  return all.filter((m) => m.to.includes(address));
}

test("assign, mention, live count and e-mail, checklist, approval, and the editor told", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // An admin requires one checklist item for paraphrases (INDIRECT claims).
  const added = await admin.post("/api/admin/checklists", {
    data: { kind: "INDIRECT", labelVi: ITEM_VI, labelEn: ITEM_EN, required: true },
  });
  expect(added.ok(), await added.text()).toBeTruthy();

  // The editor's paraphrase, not yet sourced.
  const owner = await apiAs(users.owner);
  const { speakers } = (await (await owner.get("/api/speakers")).json()) as {
    speakers: { id: string; name: string }[];
  };
  const quote = `Ông Ushakov nói rằng chưa có thỏa thuận nào về định dạng ba bên (luồng cộng tác ${RUN})`;
  const created = await owner.post("/api/claims", {
    data: {
      speakerId: speakers.find((s) => s.name.includes("Ushakov"))!.id,
      quote,
      kind: "INDIRECT",
      topics: [],
    },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const claim = (await created.json()) as { id: string; version: number };

  // Both start with nothing unread, pages open.
  const reviewerApi = await apiAs(users.reviewer);
  for (const api of [owner, reviewerApi])
    expect((await api.post("/api/notifications/read", { data: { all: true } })).ok()).toBeTruthy();
  const mailsBefore = (await mailsTo(users.reviewer)).length;
  const reviewer = await newSignedInPage(browser, users.reviewer);
  const reviewerBell = reviewer.getByTestId("notification-bell");
  await expect(reviewerBell).toHaveAccessibleName("Notifications, none unread");
  const editor = await newSignedInPage(browser, users.owner);
  await editor.goto(`/dashboard/claims/${claim.id}`);
  const editorBell = editor.getByTestId("notification-bell");
  await expect(editorBell).toHaveAccessibleName("Notifications, none unread");

  // The editor assigns the reviewer: the reviewer's count rises without a reload.
  const panel = editor.getByRole("region", { name: "Assignment" });
  await panel.getByLabel("Reviewer").selectOption({ label: REVIEWER });
  await panel.getByRole("button", { name: "Save assignment" }).click();
  await expect(panel.getByText("Assignment saved.")).toBeVisible();
  await expect(reviewerBell).toHaveAccessibleName("Notifications, 1 unread");

  // …and mentions them in a note, chosen from the autocomplete with the keyboard.
  const comment = editor.getByRole("combobox", { name: "Comment (markdown)" });
  await comment.click();
  await comment.pressSequentially("Nhờ @dung");
  await expect(
    editor.getByRole("listbox", { name: "People to mention" }).getByRole("option", { name: REVIEWER }),
  ).toBeVisible();
  await comment.press("Enter");
  await comment.pressSequentially("đối chiếu với bản ghi giúp.");
  await editor.getByRole("button", { name: "Post comment" }).click();
  await expect(editor.getByTestId("comment-status")).toContainText("Comment posted");
  await expect(reviewerBell).toHaveAccessibleName("Notifications, 2 unread");

  // The mention reaches the reviewer's mailbox too, with a link to the claim.
  const mentionMail = async () =>
    (await mailsTo(users.reviewer))
      .slice(mailsBefore)
      .find((m) => m.text.includes(`${EDITOR} mentioned you`));
  await expect
    .poll(async () => (await mentionMail())?.text ?? "", { timeout: 30_000 })
    .toContain(`/dashboard/claims/${claim.id}`);

  // The editor submits; the reviewer opens the claim from the notification centre.
  const sent = await owner.post(`/api/claims/${claim.id}/transitions`, {
    data: { transition: "submit", version: claim.version },
  });
  expect(sent.ok(), await sent.text()).toBeTruthy();
  await expect(reviewerBell).toHaveAccessibleName("Notifications, 3 unread");
  await reviewerBell.click();
  await reviewer.getByRole("link", { name: `${EDITOR} mentioned you in a note on “${quote}”` }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/dashboard/claims/${claim.id}$`));

  // Approval without a source is refused, in words naming what is missing.
  const refusal = reviewer.getByTestId("workflow-panel").getByRole("alert");
  await reviewer.getByRole("button", { name: "Approve and publish", exact: true }).click();
  await expect(refusal.getByTestId("form-error")).toContainText("it has no source");

  // With a source, the unchecked required item is what is missing; the refusal names it.
  await addSource(owner, claim.id);
  await reviewer.reload();
  await reviewer.getByRole("button", { name: "Approve and publish", exact: true }).click();
  await expect(refusal.getByTestId("form-error")).toContainText(
    "some required checklist items are not checked",
  );
  await expect(refusal.getByTestId("refused-items")).toHaveText(`“${ITEM_EN}”`);

  // The reviewer completes the checklist and approves.
  const item = reviewer
    .getByRole("region", { name: "Checklist" })
    .getByTestId("checklist-item")
    .filter({ hasText: ITEM_EN });
  await item.getByRole("button", { name: `Check: ${ITEM_EN}` }).click();
  await item.getByLabel("Note (optional)").fill("Khớp với bản ghi âm.");
  await item.getByRole("button", { name: "Mark as checked" }).click();
  await expect(item).toContainText(`Checked by ${REVIEWER}`);
  await reviewer.getByRole("button", { name: "Approve and publish", exact: true }).click();
  await reviewer
    .getByRole("dialog", { name: "Approve and publish this claim?" })
    .getByRole("button", { name: "Yes, approve and publish" })
    .click();
  await expect(reviewer.getByTestId("workflow-done")).toContainText("Approved and published");

  // The editor, who never reloaded, is told: the count rises and the centre says who approved.
  await expect(editorBell).toHaveAccessibleName("Notifications, 1 unread");
  await editorBell.click();
  await expect(editor.getByRole("link", { name: `${REVIEWER} approved “${quote}”` })).toBeVisible();

  await owner.dispose();
  await reviewerApi.dispose();
  await editor.context().close();
  await reviewer.context().close();
});
