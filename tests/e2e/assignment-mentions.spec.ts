import { expect, test } from "@playwright/test";
import { apiAs, newSignedInPage, users } from "./support/session";

/**
 * Issue 14 items 2 and 3, as people do it: an editor assigns a reviewer and a due date on the
 * claim page, then @mentions a colleague in a note with the keyboard alone; the reviewer finds
 * the claim under "Assigned to me", and the note shows whom it mentions.
 */
test("an editor assigns a reviewer and @mentions someone through the keyboard autocomplete", async ({
  browser,
}) => {
  const quote = `Phân công và nhắc tên (thử nghiệm ${Date.now()})`;
  const api = await apiAs(users.owner);
  const { speakers } = (await (await api.get("/api/speakers")).json()) as {
    speakers: { id: string; name: string }[];
  };
  const created = await api.post("/api/claims", {
    data: {
      speakerId: speakers.find((s) => s.name.includes("Ushakov"))!.id,
      quote,
      kind: "DIRECT",
      topics: [],
    },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const claim = (await created.json()) as { id: string };
  await api.dispose();

  const editor = await newSignedInPage(browser, users.owner);
  await editor.goto(`/dashboard/claims/${claim.id}`);
  const panel = editor.getByRole("region", { name: "Assignment" });
  await expect(panel.getByTestId("assignment-summary")).toContainText("Reviewer: Any reviewer");
  // Reviewers are chosen among reviewers and admins (the author, an editor, is not offered).
  await expect(panel.getByLabel("Reviewer").locator("option", { hasText: "Bình Biên Tập" })).toHaveCount(0);
  await panel.getByLabel("Reviewer").selectOption({ label: "Dũng Thẩm Định" });
  const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await panel.getByLabel("Due date").fill(due);
  await panel.getByRole("button", { name: "Save assignment" }).click();
  await expect(panel.getByText("Assignment saved.")).toBeVisible();
  await expect(panel.getByTestId("assignment-summary")).toContainText("Reviewer: Dũng Thẩm Định");
  await expect(panel.getByTestId("assignment-summary")).not.toContainText("Overdue");

  // Watch the claim: the toggle says so (aria-pressed) and stays after a reload.
  const watchButton = editor.getByRole("button", { name: "Watch", exact: true });
  await watchButton.click();
  await expect(editor.getByRole("button", { name: "✓ Watching" })).toHaveAttribute("aria-pressed", "true");

  // A note mentioning a colleague, keyboard only: "@chi" (no diacritics) lists "Chi Biên Tập".
  const comment = editor.getByRole("combobox", { name: "Comment (markdown)" });
  await comment.click();
  await comment.pressSequentially("Nhờ @chi");
  const list = editor.getByRole("listbox", { name: "People to mention" });
  await expect(list.getByRole("option", { name: "Chi Biên Tập" })).toBeVisible();
  await expect(comment).toHaveAttribute("aria-expanded", "true");
  await expect(list.getByRole("option", { name: "Chi Biên Tập" })).toHaveAttribute("aria-selected", "true");
  await comment.press("Enter");
  await expect(comment).toHaveValue("Nhờ @Chi Biên Tập ");
  await expect(comment).toHaveAttribute("aria-expanded", "false");
  await comment.pressSequentially("xem lại nguồn giúp.");
  await editor.getByRole("button", { name: "Post comment" }).click();
  await expect(editor.getByTestId("comment-status")).toContainText("Comment posted");
  const thread = editor.getByTestId("annotation").filter({ hasText: "xem lại nguồn giúp." });
  await expect(thread.getByTestId("annotation-mentions")).toContainText("@Chi Biên Tập");

  // Escape closes the list without inserting anything.
  await comment.pressSequentially("@dung");
  await expect(list.getByRole("option", { name: "Dũng Thẩm Định" })).toBeVisible();
  await comment.press("Escape");
  await expect(comment).toHaveAttribute("aria-expanded", "false");
  await expect(comment).toHaveValue("@dung");

  // The reviewer finds it under "Assigned to me", with its due date.
  const reviewer = await newSignedInPage(browser, users.reviewer);
  await reviewer.goto("/dashboard");
  await reviewer.getByRole("link", { name: /open claims? assigned to you/ }).click();
  await expect(reviewer).toHaveURL(/view=assigned-to-me/);
  const row = reviewer.getByRole("row").filter({ hasText: quote });
  await expect(row).toContainText("Reviewer: Dũng Thẩm Định");
  await editor.context().close();
  await reviewer.context().close();
});
