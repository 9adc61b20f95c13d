import { expect, test } from "@playwright/test";
import { apiAs, apiSessionsFor, newSignedInPage, users } from "./support/session";

/**
 * The notification centre as a reviewer sees it (issue 14): an editor submits a claim, the
 * reviewer's bell counts it (after a reload here; the live update is checked with two browsers
 * elsewhere), the centre says what happened in a sentence leading to the claim, and marking read
 * — one, by opening it, or all — brings the count down. The e-mail preference is kept.
 */
test.describe.configure({ mode: "serial" });

const EDITOR = "Bình Biên Tập";
const api = apiSessionsFor("owner", "reviewer");
let counter = 0;

async function submitted(quote: string): Promise<string> {
  const speakers = (await (await api.owner.get("/api/speakers")).json()) as {
    speakers: { id: string; name: string }[];
  };
  const speakerId = speakers.speakers.find((s) => s.name.includes("Ushakov"))!.id;
  const res = await api.owner.post("/api/claims", {
    data: { speakerId, quote, kind: "DIRECT", saidAt: "2025-12-20", topics: ["trilateral-talks"] },
  });
  expect(res.ok(), await res.text()).toBeTruthy();
  const claim = (await res.json()) as { id: string; version: number };
  const sent = await api.owner.post(`/api/claims/${claim.id}/transitions`, {
    data: { transition: "submit", version: claim.version },
  });
  expect(sent.ok(), await sent.text()).toBeTruthy();
  return claim.id;
}

const quote = () => `Thông báo thử ${Date.now().toString(36)}-${++counter}: “không có định dạng ba bên”.`;

test("a reviewer sees the count after a submission, opens the centre and marks read", async ({ browser }) => {
  expect((await api.reviewer.post("/api/notifications/read", { data: { all: true } })).ok()).toBeTruthy();
  const page = await newSignedInPage(browser, users.reviewer);
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("Notifications, none unread");

  const first = quote();
  const firstId = await submitted(first);
  await page.reload();
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await expect(bell).toContainText("1");

  await bell.click();
  await expect(page).toHaveURL(/\/dashboard\/notifications$/);
  await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  const sentence = `${EDITOR} submitted “${first}” for review`;
  const item = page.getByTestId("notification").filter({ hasText: sentence });
  await expect(item).toHaveAttribute("data-unread", "true");
  await expect(item.getByText("Unread", { exact: true })).toBeVisible();
  await expect(item.getByRole("link", { name: sentence })).toHaveAttribute(
    "href",
    `/dashboard/claims/${firstId}`,
  );

  await item.getByRole("button", { name: `Mark read: ${sentence}` }).click();
  await expect(item).toHaveAttribute("data-unread", "false");
  await expect(bell).toHaveAccessibleName("Notifications, none unread");

  // Two more: "mark all read" clears both; opening one marks it read on the way to its claim.
  await submitted(quote());
  await submitted(quote());
  await page.reload();
  await expect(bell).toHaveAccessibleName("Notifications, 2 unread");
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.locator('[data-testid="notification"][data-unread="true"]')).toHaveCount(0);
  await expect(bell).toHaveAccessibleName("Notifications, none unread");

  const last = quote();
  const lastId = await submitted(last);
  await page.reload();
  await page.getByRole("link", { name: `${EDITOR} submitted “${last}” for review` }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/claims/${lastId}$`));
  await expect
    .poll(
      async () =>
        ((await (await api.reviewer.get("/api/notifications?limit=1")).json()) as { unread: number }).unread,
    )
    .toBe(0);

  // The API answers exactly { unread, data }, newest first.
  const body = (await (await api.reviewer.get("/api/notifications?limit=2")).json()) as {
    unread: number;
    data: { claim: { id: string } | null; readAt: string | null }[];
  };
  expect(Object.keys(body).sort()).toEqual(["data", "unread"]);
  expect(body.data[0]!.claim!.id).toBe(lastId);
  expect(body.data[0]!.readAt).not.toBeNull();
  expect((await api.reviewer.get("/api/notifications?limit=0")).status()).toBe(400);
  expect((await (await apiAs(null)).get("/api/notifications")).status()).toBe(401);
  await page.context().close();
});

test("the e-mail frequency is chosen on the account page and kept", async ({ browser }) => {
  const page = await newSignedInPage(browser, users.reviewer);
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Notification e-mails" });
  await expect(form.getByRole("radio", { name: "Immediately, one e-mail per notification" })).toBeChecked();
  await form.getByRole("radio", { name: "Once a day, as a digest" }).check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(form.getByRole("radio", { name: "Once a day, as a digest" })).toBeChecked();
  await form.getByRole("radio", { name: "Immediately, one e-mail per notification" }).check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await page.context().close();
});
